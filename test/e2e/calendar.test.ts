// The calendar page (copydesk calendar --format html) in a real browser: a month of posts
// (test/fixtures-calendar) opened in Chromium with JavaScript off, to prove the view switch and
// the campaign filter need none, and on, to prove nothing in the page runs or loads. The month
// view's screenshot is the README's (media/screenshots/calendar.png).
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import { analyzePost, calendarEntry, resolveConfig, type CalendarEntry } from '../../src/core/index';
import { renderCalendarPage } from '../../src/core/render/calendar';
import { README_SHOTS, REPO_ROOT, TODAY } from '../support/paths';
import { launchChromium, open } from './browser';

const SHOTS = join(REPO_ROOT, 'out', 'screenshots');
const FIXTURE = join(REPO_ROOT, 'test', 'fixtures-calendar');

function month(): CalendarEntry[] {
  const config = resolveConfig(parse(readFileSync(join(FIXTURE, '.copydesk.yaml'), 'utf8')));
  return readdirSync(join(FIXTURE, 'march'))
    .sort()
    .map((name) => calendarEntry(`march/${name}`, analyzePost(readFileSync(join(FIXTURE, 'march', name), 'utf8'), config, TODAY)));
}

describe('the calendar page in a real browser', function () {
  this.timeout(60_000);
  let browser: Browser;
  before(async () => {
    browser = await launchChromium();
    mkdirSync(SHOTS, { recursive: true });
  });
  after(async () => browser?.close());

  it('without JavaScript: month first, the view switch and the campaign filter work by their labels', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.setContent(renderCalendarPage(month(), { now: TODAY }), { waitUntil: 'load' });
    await page.screenshot({ path: join(SHOTS, 'calendar.png'), fullPage: true });
    // The README shows this one.
    if (README_SHOTS !== SHOTS) copyFileSync(join(SHOTS, 'calendar.png'), join(README_SHOTS, 'calendar.png'));

    const rects = async () => {
      const months = await page.locator('[data-view="month"]').isVisible();
      const weeks = await page.locator('[data-view="week"]').isVisible();
      const list = await page.locator('[data-view="list"]').isVisible();
      return { months, weeks, list };
    };
    assert.deepEqual(await rects(), { months: true, weeks: false, list: false });
    assert.equal(await page.locator('[data-view="month"] .cd-cal-item').count(), 17);
    await page.click('label[for="cd-cal-view-week"]');
    assert.deepEqual(await rects(), { months: false, weeks: true, list: false });
    await page.screenshot({ path: join(SHOTS, 'calendar-week.png'), fullPage: true });
    await page.click('label[for="cd-cal-view-list"]');
    assert.deepEqual(await rects(), { months: false, weeks: false, list: true });
    assert.equal(await page.locator('[data-view="list"] .cd-cal-item:visible').count(), 17);
    await page.click('label[data-campaign="trail-tuesday"]');
    const trail = await page.locator('[data-view="list"] .cd-cal-item:visible').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-path')));
    assert.deepEqual(trail, ['march/trail-tuesday-1.post.md', 'march/trail-tuesday-2.post.md', 'march/trail-tuesday-3.post.md', 'march/trail-tuesday-4.post.md', 'march/evening-walk.post.md']);
    await page.click('label[for="cd-cal-campaign-0"]');
    assert.equal(await page.locator('[data-view="list"] .cd-cal-item:visible').count(), 6, 'No campaign');
    await page.click('label[for="cd-cal-view-month"]');
    assert.equal(await page.locator('[data-view="month"] .cd-cal-item:visible').count(), 6, 'the filter holds across views');
    await page.click('label[for="cd-cal-campaign-all"]');
    assert.equal(await page.locator('[data-view="month"] .cd-cal-item:visible').count(), 17);
    assert.deepEqual(requests.filter((u) => u !== 'about:blank'), []);
    await context.close();
  });

  it('with JavaScript on: nothing runs, nothing is requested; platform badges keep 4.5:1 and say their name', async () => {
    const { page, requests, dialogs, errors } = await open(browser, renderCalendarPage(month(), { now: TODAY }), 1280);
    const seen = await page.evaluate(() => {
      const luminance = (rgb: string) => {
        const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => {
          const v = Number(c) / 255;
          return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const ratio = (a: string, b: string) => {
        const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
        return (x + 0.05) / (y + 0.05);
      };
      const badges = [...document.querySelectorAll('.cd-cal-legend .cd-cal-badge')].map((b) => {
        const style = getComputedStyle(b);
        return { text: b.parentElement!.textContent!.trim(), ratio: ratio(style.color, style.backgroundColor) };
      });
      return { scripts: document.scripts.length, badges };
    });
    assert.equal(seen.scripts, 0);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(errors, []);
    assert.deepEqual(requests.filter((u) => u !== 'about:blank'), []);
    assert.deepEqual(
      seen.badges.map((b) => b.text),
      ['X', 'LI LinkedIn', 'IG Instagram', 'FB Facebook', 'TH Threads', 'MA Mastodon', 'BS Bluesky', 'TT TikTok'],
    );
    for (const badge of seen.badges) assert.ok(badge.ratio >= 4.5, `${badge.text}: ${badge.ratio.toFixed(2)}:1`);
    await page.close();
  });

  it('hostile titles, paths, campaigns and accounts: nothing runs, nothing is requested, the page still reads', async () => {
    const evil = '"><script>window.ran=1</script><img src=https://tracker.example/x.png onerror="window.ran=2"><style>body{display:none}</style>';
    const yaml = evil.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
    const config = resolveConfig({ calendar: { timezone: 'Europe/Berlin' }, accounts: { [evil]: { platform: 'x' } } });
    const text = `---\nplatforms: [x, "${yaml}"]\nschedule: 2027-03-15T08:00\nstatus: scheduled\ncampaign: "${yaml}"\n---\n${evil}\n`;
    const entries = [calendarEntry(`march/${evil}.post.md`, analyzePost(text, config, TODAY))];
    const { page, requests, dialogs, errors } = await open(browser, renderCalendarPage(entries, { now: TODAY, title: evil }), 1000);
    const seen = await page.evaluate(() => ({
      ran: (window as unknown as { ran?: number }).ran,
      scripts: document.scripts.length,
      images: document.images.length,
      display: getComputedStyle(document.body).display,
      h1: document.querySelector('h1')!.textContent,
      item: document.querySelector('.cd-cal-item')!.getAttribute('data-campaign'),
    }));
    await page.screenshot({ path: join(SHOTS, 'calendar-hostile.png'), fullPage: true });
    await page.close();
    assert.equal(seen.ran, undefined);
    assert.equal(seen.scripts, 0);
    assert.equal(seen.images, 0);
    assert.notEqual(seen.display, 'none');
    assert.equal(seen.h1, evil);
    assert.equal(seen.item, evil);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(errors, []);
    assert.deepEqual(requests.filter((u) => u !== 'about:blank'), []);
  });
});
