// Headless Chromium for the browser tests (Debian's chromium through playwright-core). A
// missing browser fails with the package to install, never a silent skip.
import type { Browser, Page } from 'playwright-core';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.COPYDESK_CHROMIUM ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`The browser tests need Chromium at ${CHROMIUM}: install the Debian package with 'sudo apt-get install -y chromium' (or set COPYDESK_CHROMIUM).`);
  }
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Opens `html` with every request, dialog and page error recorded. */
export async function open(browser: Browser, html: string, width: number): Promise<{ page: Page; requests: string[]; dialogs: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const requests: string[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.setContent(html, { waitUntil: 'load' });
  return { page, requests, dialogs, errors };
}
