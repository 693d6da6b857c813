// The preview as a user sees it: a real VS Code workbench (code-server) in headless Chromium with
// the extension loaded, a post opened, Ctrl+K V pressed, the webview's frame found in the page,
// its counter read, then typing in the editor and the counter following.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { analyzePost, resolveConfig } from '../../src/core/index';
import { README_SHOTS, REPO_ROOT } from '../support/paths';
import { frameWith, startWorkbench, type Workbench } from './workbench-support';

const previewFrame = (page: Page): Promise<Frame> => frameWith(page, '.cd-card');

/** LinkedIn's counter: it publishes the default copy, where the test types. */
async function linkedInCount(frame: Frame): Promise<string | null> {
  return frame.locator('.cd-card[data-platform="linkedin"] .cd-count').textContent();
}

/** Waits until LinkedIn's counter in the preview reads `text`; returns what it read last. */
async function waitForText(page: Page, text: string, timeoutMs = 20_000): Promise<string | null> {
  const deadline = Date.now() + timeoutMs;
  let last: string | null = null;
  while (Date.now() < deadline) {
    last = await linkedInCount(await previewFrame(page)).catch(() => null);
    if (last === text) return last;
    await page.waitForTimeout(200);
  }
  await page.screenshot({ path: join(tmpdir(), 'copydesk-workbench-failure.png') });
  return last;
}

describe('the preview in the VS Code workbench', function () {
  this.timeout(120_000);
  let workbench: Workbench;

  before(async () => {
    workbench = await startWorkbench('workbench');
  });

  after(async () => {
    await workbench?.stop();
  });

  it('Ctrl+K V opens the preview beside the post; the counter follows typing', async () => {
    const file = join(workbench.workspace, 'posts', 'winter-trails.post.md');
    const page = await workbench.open(file, REPO_ROOT);
    const editor = page.locator('.part.editor .editor-instance .monaco-editor .view-lines').first();
    // The language is registered a moment after the editor opens: wait for it in the status bar.
    await page.locator('.statusbar-item', { hasText: 'Social Post' }).first().waitFor({ timeout: 60_000 });
    await editor.click();
    await page.keyboard.press('Control+K');
    await page.keyboard.press('V');
    await previewFrame(page);
    const original = readFileSync(file, 'utf8');
    const typed = ' More snow on the way!';
    const expected = (text: string) => {
      const linkedin = analyzePost(text, resolveConfig(undefined), new Date()).targets.find((t) => t.target.name === 'linkedin')!;
      return linkedin.target.platform.count(linkedin.publish.text).toLocaleString('en-US');
    };
    await waitForText(page, expected(original));
    const before = await linkedInCount(await previewFrame(page));
    assert.equal(before, expected(original));
    // Images settle first: loaded, or (a missing file) replaced by the placeholder.
    await (await previewFrame(page)).waitForFunction(() => [...document.querySelectorAll('img.cd-image')].every((img) => (img as HTMLImageElement).complete));
    await page.screenshot({ path: join(README_SHOTS, 'vscode-preview.png') });
    // Back to the editor (the first editor group), as a user would with Ctrl+1.
    const focused = page.locator('.part.editor .editor-instance .monaco-editor.focused').first();
    for (let attempt = 0; attempt < 5 && !(await focused.isVisible()); attempt++) {
      await page.keyboard.press('Control+1');
      await focused.waitFor({ timeout: 2_000 }).catch(() => undefined);
    }
    await focused.waitFor({ timeout: 5_000 });
    // The end of the file is after the last ::: block: default copy again.
    await page.keyboard.press('Control+End');
    await page.keyboard.type(typed);
    const after = await waitForText(page, expected(original + typed));
    assert.equal(after, expected(original + typed));
    await page.close();
  });
});
