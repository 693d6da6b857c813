// A real VS Code workbench for the browser tests: code-server (scripts/code-server.mjs) serving a
// copy of examples/, and headless Chromium. One place for starting, opening a file with an
// extension loaded, and finding a webview's frame.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Frame, Page } from 'playwright-core';
import { REPO_ROOT } from '../support/paths';
import { launchChromium } from './browser';

export interface Workbench {
  browser: Browser;
  /** The scratch folder: the workspace is its `workspace/`. */
  scratch: string;
  workspace: string;
  /** Opens the workbench in a new page on `file`, with the extension at `extensionPath` loaded; resolves once the editor shows. */
  open(file: string, extensionPath: string, page?: Page): Promise<Page>;
  stop(): Promise<void>;
}

interface CodeServer {
  url: string;
  stop(): void;
}

/** Starts code-server on a copy of examples/ (in a scratch folder named after `prefix`) and Chromium. */
export async function startWorkbench(prefix: string): Promise<Workbench> {
  // scripts/code-server.mjs is an ES module; tsc would turn import() into require().
  const importModule = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;
  const codeServer = (await importModule(pathToFileURL(join(REPO_ROOT, 'scripts', 'code-server.mjs')).href)) as {
    freePort(): Promise<number>;
    startCodeServer(o: object): Promise<CodeServer>;
  };
  const scratch = mkdtempSync(join(tmpdir(), `copydesk-${prefix}-`));
  const workspace = join(scratch, 'workspace');
  cpSync(join(REPO_ROOT, 'examples'), workspace, { recursive: true });
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  const stop = async () => {
    await browser?.close();
    server?.stop();
    rmSync(scratch, { recursive: true, force: true });
  };
  try {
    const port = await codeServer.freePort();
    server = await codeServer.startCodeServer({ userDataDir: join(scratch, 'user'), extensionsDir: join(scratch, 'extensions'), port });
    browser = await launchChromium();
  } catch (error) {
    await stop();
    throw error;
  }
  const url = server.url;
  const remote = (path: string) => `vscode-remote://${new URL(url).host}${path}`;
  return {
    browser,
    scratch,
    workspace,
    stop,
    async open(file, extensionPath, page) {
      page ??= await browser!.newPage({ viewport: { width: 1400, height: 900 } });
      const payload = [
        ['extensionDevelopmentPath', remote(extensionPath)],
        ['openFile', remote(file)],
        ['skipWelcome', 'true'],
      ];
      await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
      await page.locator('.part.editor .editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: 60_000 });
      return page;
    },
  };
}

/** The first frame of the page (a webview's, usually) with an element matching `selector`. */
export async function frameWith(page: Page, selector: string, timeoutMs = 30_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) if (await frame.locator(selector).count().catch(() => 0)) return frame;
    await page.waitForTimeout(200);
  }
  throw new Error(`no frame with ${selector} appeared`);
}
