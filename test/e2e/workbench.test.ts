// The preview as a user sees it: a real VS Code workbench (code-server) in headless Chromium with
// the extension loaded, a post opened, Ctrl+K V pressed, the webview's frame found in the page,
// its counter read, then typing in the editor and the counter following.
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Frame, Page } from 'playwright-core';
import { analyzePost, resolveConfig } from '../../src/core/index';
import { REPO_ROOT } from '../support/paths';
import { launchChromium } from './browser';

interface CodeServer {
  url: string;
  stop(): void;
}

async function previewFrame(page: Page, timeoutMs = 30_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (await frame.locator('.cd-card').count().catch(() => 0)) return frame;
    }
    await page.waitForTimeout(200);
  }
  throw new Error('no webview frame with the preview appeared');
}

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
  let browser: Browser;
  let server: CodeServer;
  let scratch: string;

  before(async () => {
    // scripts/code-server.mjs is an ES module; tsc would turn import() into require().
    const importModule = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;
    const codeServer = (await importModule(pathToFileURL(join(REPO_ROOT, 'scripts', 'code-server.mjs')).href)) as {
      freePort(): Promise<number>;
      startCodeServer(o: object): Promise<CodeServer>;
    };
    scratch = mkdtempSync(join(tmpdir(), 'copydesk-workbench-'));
    cpSync(join(REPO_ROOT, 'examples'), join(scratch, 'workspace'), { recursive: true });
    const port = await codeServer.freePort();
    server = await codeServer.startCodeServer({ userDataDir: join(scratch, 'user'), extensionsDir: join(scratch, 'extensions'), port });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    server?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('Ctrl+K V opens the preview beside the post; the counter follows typing', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const remote = (path: string) => `vscode-remote://${new URL(server.url).host}${path}`;
    const file = join(scratch, 'workspace', 'posts', 'winter-trails.post.md');
    const payload = [
      ['extensionDevelopmentPath', remote(REPO_ROOT)],
      ['openFile', remote(file)],
      ['skipWelcome', 'true'],
    ];
    await page.goto(`${server.url}/?folder=${encodeURIComponent(join(scratch, 'workspace'))}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const editor = page.locator('.part.editor .editor-instance .monaco-editor .view-lines').first();
    await editor.waitFor({ timeout: 60_000 });
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
    await page.screenshot({ path: join(REPO_ROOT, 'media', 'screenshots', 'vscode-preview.png') });
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
