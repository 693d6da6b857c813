// The editorial calendar's webview as the panel builds it (the core's fragment, the page's strict
// Content-Security-Policy, the real media/calendar.js, a stand-in for VS Code's API) in real
// Chromium: the view and campaign a reader chose survive live updates, a click or Enter asks to
// open the post at its copy, hostile text stays text. A screenshot is left in out/screenshots/.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { CalendarIndex, analyzePost, calendarEntry, resolveConfig } from '../../src/core/index';
import { CALENDAR_PAGE_STYLES, renderCalendar } from '../../src/core/render/calendar';
import { renderPage } from '../../src/core/render/page';
import { escapeAttribute } from '../../src/core/render/html';
import { REPO_ROOT, TODAY } from '../support/paths';
import { launchChromium } from './browser';

const SHOTS = join(REPO_ROOT, 'out', 'screenshots');

const POSTS: [string, string][] = [
  ['/w/posts/winter.post.md', '---\nplatforms: [linkedin, x]\nstatus: approved\ncampaign: winter-trails\nschedule: 2026-12-08T09:00:00+01:00\n---\nTwelve winter routes around the lakes.\n'],
  ['/w/posts/swap.post.md', '---\nplatforms: [instagram]\nstatus: scheduled\ncampaign: gear-swap\nschedule: 2026-12-10T17:30:00+01:00\n---\nBring the gear you no longer use.\n'],
  ['/w/posts/hostile.post.md', '---\nplatforms: [mastodon]\nstatus: draft\ncampaign: "<img src=x onerror=alert(1)>"\nschedule: 2026-12-15T12:00:00Z\n---\n<script>alert(2)</script> and a cake.\n'],
];

function entries() {
  const index = new CalendarIndex();
  for (const [path, text] of POSTS) index.set(calendarEntry(path, analyzePost(text, resolveConfig(undefined), TODAY)));
  return index.entries();
}

describe('the editorial calendar webview in Chromium', function () {
  this.timeout(60_000);
  let browser: Browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });

  it('keeps the chosen view and campaign across updates, opens a post on click and Enter, and runs nothing of the posts', async () => {
    const nonce = 'n0nce';
    const fragment = renderCalendar(entries(), { interactive: true, now: TODAY, nonce, zone: 'Europe/Berlin' });
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-calendar-'));
    const scriptUri = pathToFileURL(join(REPO_ROOT, 'media', 'calendar.js')).href;
    writeFileSync(join(dir, 'page.html'), renderPage(`<div id="cd-root" data-nonce="${escapeAttribute(nonce)}">${fragment}</div>`, { title: 'Editorial calendar', titleSuffix: 'Copydesk', styles: CALENDAR_PAGE_STYLES, webview: { cspSource: 'file:', nonce, scriptUri } }));
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    const dialogs: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.addInitScript('window.posted = []; window.acquireVsCodeApi = () => ({ postMessage: (m) => window.posted.push(m), setState: (s) => { window.state = s; }, getState: () => window.state });');
    type Posted = { type: string; path?: string; line?: number };
    const posted = () => page.evaluate(() => (window as unknown as { posted: Posted[] }).posted);
    try {
      await page.goto(pathToFileURL(join(dir, 'page.html')).href);
      await page.waitForFunction(() => (window as unknown as { posted: { type: string }[] }).posted.some((m) => m.type === 'ready'));
      const view = (name: string) => page.locator(`[data-view="${name}"]`);
      assert.ok(await view('month').isVisible(), 'the month view shows first');
      assert.ok(!(await view('list').isVisible()));
      // Month: three posts on their days (in Berlin time).
      assert.equal(await view('month').locator('[data-path]').count(), 3);
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, 'calendar-webview-month.png'), fullPage: true });

      // The reader picks the list and one campaign.
      await page.locator('label[for="cd-cal-view-list"]').click();
      await page.locator('label[for^="cd-cal-campaign-"][data-campaign="gear-swap"]').click();
      assert.ok(await view('list').isVisible());
      assert.deepEqual(await view('list').locator('[data-path]:visible').evaluateAll((items) => items.map((i) => i.getAttribute('data-path'))), ['/w/posts/swap.post.md']);

      // A live update (a post moved): the list and the campaign stay chosen.
      const moved = POSTS.map(([p, t]) => [p, t.replace('2026-12-10T17:30', '2026-12-11T17:30')] as [string, string]);
      const index = new CalendarIndex();
      for (const [path, text] of moved) index.set(calendarEntry(path, analyzePost(text, resolveConfig(undefined), TODAY)));
      const html = renderCalendar(index.entries(), { interactive: true, now: TODAY, nonce, zone: 'Europe/Berlin' });
      await page.evaluate((h) => window.postMessage({ type: 'update', html: h }, '*'), html);
      await page.waitForFunction(() => document.querySelector('[data-view="list"]')!.textContent!.includes('11'));
      assert.ok(await view('list').isVisible(), 'still the list after the update');
      assert.deepEqual(await view('list').locator('[data-path]:visible').evaluateAll((items) => items.map((i) => i.getAttribute('data-path'))), ['/w/posts/swap.post.md']);

      // A click opens the post at its copy; so does Enter on a focused one.
      await view('list').locator('[data-path]:visible').first().click();
      await page.locator('label[for="cd-cal-campaign-all"]').click();
      const hostile = view('list').locator('[data-path="/w/posts/hostile.post.md"]');
      await hostile.focus();
      await page.keyboard.press('Enter');
      assert.deepEqual((await posted()).filter((m) => m.type === 'open'), [
        { type: 'open', path: '/w/posts/swap.post.md', line: 7 },
        { type: 'open', path: '/w/posts/hostile.post.md', line: 7 },
      ]);
      // Hostile campaign names and copy are text.
      assert.match(await page.locator('[data-view="list"]').innerText(), /<script>alert\(2\)<\/script> and a cake\./);
      assert.equal(await page.locator('#cd-root img').count(), 0);
      await page.screenshot({ path: join(SHOTS, 'calendar-webview-list.png'), fullPage: true });
      assert.deepEqual(dialogs, []);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
