// VS Code for the Web runs an extension that has only a `browser` entry in a web worker. This
// test packs exactly that: a copy of the extension whose manifest has no `main`, so no Node
// extension host can run it; code-server then loads it into its web worker extension host in
// real Chromium. On an example post it checks what a writer sees there: diagnostics in the
// editor, a quick fix that edits the text, the counts in the status bar, and the preview.
import { strict as assert } from 'node:assert';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/paths';
import { frameWith, startWorkbench, type Workbench } from './workbench-support';

/** A copy of the extension with only its web entry point: the manifest without `main`. */
function webOnlyExtension(into: string): string {
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
  delete manifest.main;
  manifest.extensionKind = ['web'];
  const dir = join(into, 'copydesk-web');
  mkdirSync(join(dir, 'dist', 'web'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  cpSync(join(REPO_ROOT, 'dist', 'web', 'extension.js'), join(dir, 'dist', 'web', 'extension.js'));
  for (const folder of ['media', 'syntaxes', 'snippets', 'schemas', 'language-configuration']) cpSync(join(REPO_ROOT, folder), join(dir, folder), { recursive: true, filter: (src) => !src.includes('screenshots') });
  return dir;
}

describe('the web extension in a web worker (code-server, real Chromium)', function () {
  this.timeout(180_000);
  let workbench: Workbench;
  let extension: string;

  before(async () => {
    workbench = await startWorkbench('web');
    extension = webOnlyExtension(workbench.scratch);
  });

  after(async () => {
    await workbench?.stop();
  });

  it('diagnostics, a quick fix, the status bar counts and the preview work there', async () => {
    const page = await workbench.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const workerLogs: string[] = [];
    page.on('worker', (worker) => workerLogs.push(worker.url()));
    const file = join(workbench.workspace, 'posts', 'trailhead-meetup.post.md');
    try {
      await workbench.open(file, extension, page);
      await page.locator('.statusbar-item', { hasText: 'Social Post' }).first().waitFor({ timeout: 60_000 });
      // Web workers started in the page (the extension host among them; their URLs are blobs).
      // The copy has no `main`, so only a web worker extension host can run it at all.
      assert.ok(workerLogs.length > 0, 'the page started web workers');

      // Diagnostics: the missing alt text is an error squiggle in the editor, and in the Problems panel.
      await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 60_000 });
      await page.keyboard.press('Control+Shift+M');
      const problems = page.locator('.markers-panel .monaco-list-row');
      await problems.first().waitFor({ timeout: 30_000 });
      const texts = await problems.allInnerTexts();
      assert.ok(texts.some((t) => t.includes('post/missing-alt-text')), texts.join('\n'));

      // The status bar: the post's count on each platform.
      const counts = page.locator('.statusbar-item', { hasText: /Instagram \d+\/2200/ });
      await counts.first().waitFor({ timeout: 30_000 });
      assert.match(await counts.first().innerText(), /Instagram \d+\/2,?200 · Facebook \d+\/63,?206/);

      // A quick fix: from the Problems panel to the finding, Ctrl+. lists Copydesk's fixes there.
      await problems.filter({ hasText: 'post/missing-alt-text' }).first().dblclick();
      // Into the editor, on the finding (the panel keeps the focus after a double click).
      await page.locator('.part.editor .monaco-editor .view-line', { hasText: 'meetup-group.jpg' }).first().click();
      await page.keyboard.press('Control+.');
      const action = page.locator('.action-widget .monaco-list-row', { hasText: /Disable post\/missing-alt-text/ }).first();
      await action.waitFor({ timeout: 30_000 });
      // The menu takes the keyboard (a pointer block covers it): move the focus to the fix, Enter.
      for (let i = 0; i < 20 && !((await action.getAttribute('class')) ?? '').includes('focused'); i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      // The comment is written above the finding, and the error leaves the Problems panel.
      await page.locator('.part.editor .monaco-editor .view-line', { hasText: '# copydesk-disable-next-line post/missing-alt-text' }).first().waitFor({ timeout: 30_000 });
      await problems.filter({ hasText: 'post/missing-alt-text' }).first().waitFor({ state: 'detached', timeout: 30_000 });
      assert.ok((await problems.allInnerTexts()).every((t) => !t.includes('post/missing-alt-text')));

      // The preview: Ctrl+K V opens the cards beside the post.
      await page.locator('.part.editor .monaco-editor').first().click();
      await page.keyboard.press('Control+K');
      await page.keyboard.press('V');
      const preview = await frameWith(page, '.cd-card');
      assert.ok((await preview.locator('.cd-card').count()) >= 2);
      await page.screenshot({ path: join(REPO_ROOT, 'out', 'screenshots', 'web-extension.png') });
    } catch (error) {
      mkdirSync(join(REPO_ROOT, 'out', 'screenshots'), { recursive: true });
      await page.screenshot({ path: join(REPO_ROOT, 'out', 'screenshots', 'web-extension-failure.png') }).catch(() => undefined);
      throw error;
    } finally {
      await page.close();
    }
  });
});
