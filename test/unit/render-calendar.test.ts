// The editorial calendar's HTML (src/core/render/calendar.ts) and the hand-off of a post's texts
// (src/core/calendar/handoff.ts): where posts land in the grids, what the webview can rely on
// (data attributes, the views), the filter without script, and escaping of hostile values.
import { strict as assert } from 'node:assert';
import { analyzePost, calendarEntry, lint, postCounts, resolveConfig, type CalendarEntry } from '../../src/core/index';
import { inDayRange, isDay, localTime } from '../../src/core/calendar/days';
import { handoffPost } from '../../src/core/calendar/handoff';
import { renderCalendar, renderCalendarPage } from '../../src/core/render/calendar';
import { TODAY } from '../support/paths';

const BERLIN = { calendar: { timezone: 'Europe/Berlin' } };

function post(frontMatter: string, body = 'Hello.'): string {
  return `---\n${frontMatter}\n---\n${body}\n`;
}

function entry(path: string, text: string, config: unknown = BERLIN): CalendarEntry {
  return calendarEntry(path, analyzePost(text, resolveConfig(config), TODAY));
}

/** The `data-date` of the month-grid cell holding the post at `path`. */
function dayOf(html: string, path: string): string | undefined {
  const month = /data-view="month"[\s\S]*?<\/section><section class="cd-cal-view" data-view="week"/.exec(html)![0];
  for (const cell of month.matchAll(/<td class="[^"]*" data-date="([\d-]+)"[^>]*>([\s\S]*?)<\/td>/g)) if (cell[2].includes(`data-path="${path}"`)) return cell[1];
  return undefined;
}

describe('calendar HTML: the month grid', () => {
  it('weeks as rows, Monday first, every day of the month once, the days around it empty', () => {
    const html = renderCalendar([entry('a.post.md', post('platforms: [x]\nschedule: 2027-03-15T09:00'))]);
    assert.deepEqual([...html.matchAll(/<th scope="col" abbr="(\w+)">/g)].map((m) => m[1]).slice(0, 7), ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    const month = /<section class="cd-cal-month" data-month="2027-03">([\s\S]*?)<\/section>/.exec(html)![1];
    const rows = month.split('<tr>').slice(2);
    assert.equal(rows.length, 5, 'March 2027: Monday 1 to Wednesday 31, five weeks');
    const days = [...month.matchAll(/data-date="([\d-]+)"(?! aria-hidden)[^>]*><span class="cd-cal-date"[^>]*>(\d+)</g)].map((m) => m[1]);
    assert.equal(days.length, 31);
    assert.equal(days[0], '2027-03-01');
    assert.match(month, /data-date="2027-04-04" aria-hidden="true"><span class="cd-cal-date"[^>]*><\/span>/);
  });

  it('a post lands on its day in its own zone; the page\'s zone moves it', () => {
    const late = entry('late.post.md', post('platforms: [x]\nschedule: 2027-03-01T00:30'));
    assert.equal(dayOf(renderCalendar([late]), 'late.post.md'), '2027-03-01');
    assert.equal(dayOf(renderCalendar([late], { zone: 'UTC' }), 'late.post.md'), '2027-02-28');
    const offset = entry('offset.post.md', post('platforms: [x]\nschedule: 2027-03-01T00:30:00-05:00'), {});
    assert.equal(dayOf(renderCalendar([offset]), 'offset.post.md'), '2027-03-01', 'at the offset it is written with');
    assert.match(renderCalendar([offset]), /<time class="cd-cal-time">00:30<\/time>/);
  });

  it('times across the change to summer time stay the wall-clock times written', () => {
    const before = entry('before.post.md', post('platforms: [x]\nschedule: 2027-03-26T09:00'));
    const after = entry('after.post.md', post('platforms: [x]\nschedule: 2027-03-29T09:00'));
    assert.equal(after.schedule!.at! - before.schedule!.at!, 3 * 86_400_000 - 3_600_000);
    const html = renderCalendar([after, before]);
    assert.equal([...html.matchAll(/<time class="cd-cal-time">(\d\d:\d\d)<\/time>/g)].filter((m) => m[1] === '09:00').length, 4, 'month and week views, both posts');
    assert.ok(html.indexOf('before.post.md') < html.indexOf('after.post.md'), 'in time order');
  });

  it('months from the first post to the last; a typo of two centuries shows only the months with posts', () => {
    const jan = entry('jan.post.md', post('platforms: [x]\nschedule: 2027-01-05T09:00'));
    const mar = entry('mar.post.md', post('platforms: [x]\nschedule: 2027-03-05T09:00'));
    assert.deepEqual([...renderCalendar([jan, mar]).matchAll(/data-month="([\d-]+)"/g)].map((m) => m[1]), ['2027-01', '2027-02', '2027-03']);
    const typo = entry('typo.post.md', post('platforms: [x]\nschedule: 2207-03-05T09:00'));
    const html = renderCalendar([jan, typo]);
    assert.deepEqual([...html.matchAll(/data-month="([\d-]+)"/g)].map((m) => m[1]), ['2027-01', '2207-03']);
    assert.ok(html.length < 60_000, `${html.length} characters`);
  });

  it('--from/--to: every month of the range, posts outside it and undated ones left out', () => {
    const feb = entry('feb.post.md', post('platforms: [x]\nschedule: 2027-02-27T09:00'));
    const undated = entry('undated.post.md', post('platforms: [x]'));
    const html = renderCalendar([feb, undated], { from: '2027-03-01', to: '2027-04-30' });
    assert.deepEqual([...html.matchAll(/data-month="([\d-]+)"/g)].map((m) => m[1]), ['2027-03', '2027-04']);
    assert.doesNotMatch(html, /feb\.post\.md|undated\.post\.md/);
    assert.match(html, /No scheduled posts in this range/);
  });

  it('today is marked in the zone asked for', () => {
    const html = renderCalendar([entry('a.post.md', post('platforms: [x]\nschedule: 2026-11-20T09:00'))], { now: TODAY, zone: 'Europe/Berlin' });
    assert.match(html, /<td class="cd-cal-day cd-cal-today" data-date="2026-11-23">/);
  });
});

describe('calendar HTML: what the webview and the reader rely on', () => {
  const spring = entry('posts/spring.post.md', post('platforms: [linkedin, x, science]\nschedule: 2027-03-15T08:00\nstatus: scheduled\ncampaign: spring', 'Spring is **here**.\n\nMore soon.'), {
    ...BERLIN,
    accounts: { science: { platform: 'mastodon' } },
  });
  const draft = entry('posts/draft.post.md', post('platforms: [tiktok]\nschedule: 2027-03-16T19:00\nstatus: draft', 'Three knots.'));
  const undated = entry('posts/undated.post.md', post('platforms: [instagram]\nstatus: review\ncampaign: spring', 'Some day.'));
  const html = renderCalendar([spring, draft, undated]);

  it('three views, each in an element with data-view; month first unless asked', () => {
    assert.deepEqual([...html.matchAll(/<section class="cd-cal-view" data-view="(\w+)"/g)].map((m) => m[1]), ['month', 'week', 'list']);
    assert.match(html, /id="cd-cal-view-month" value="month" checked>/);
    assert.match(renderCalendar([spring], { view: 'list' }), /id="cd-cal-view-list" value="list" checked>/);
  });

  it('every post item carries data-path, data-line (its copy), data-campaign and data-status', () => {
    const items = [...html.matchAll(/<(?:li|tr) class="cd-cal-item[^"]*" data-path="([^"]*)" data-line="(\d+)" data-campaign="([^"]*)" data-status="(\w+)"/g)].map((m) => m.slice(1).join(' '));
    assert.deepEqual(items, [
      'posts/spring.post.md 7 spring scheduled',
      'posts/draft.post.md 6  draft',
      'posts/spring.post.md 7 spring scheduled',
      'posts/draft.post.md 6  draft',
      'posts/spring.post.md 7 spring scheduled',
      'posts/draft.post.md 6  draft',
      'posts/undated.post.md 6 spring review',
    ]);
    assert.equal(spring.copy.line, 7);
  });

  it('platforms by colour and by name (an account with its platform), status by mark and word', () => {
    assert.match(html, /<span class="cd-cal-badge cd-cal-p-mastodon" title="Mastodon \(science\)"><span aria-hidden="true">MA<\/span><span class="cd-cal-sr">Mastodon \(science\)<\/span><\/span>/);
    assert.match(html, /<span class="cd-cal-badge cd-cal-p-linkedin">LinkedIn<\/span>/);
    assert.match(html, /<span class="cd-cal-status" title="Scheduled"><span class="cd-cal-mark" aria-hidden="true">◷<\/span><span class="cd-cal-sr">Scheduled<\/span><\/span>/);
    assert.match(html, /<span class="cd-cal-status"><span class="cd-cal-mark" aria-hidden="true">✎<\/span> Draft<\/span>/);
    assert.match(html, /<span class="cd-cal-title">Spring is here\.<\/span>/, 'the first line, without Markdown markers');
  });

  it('the list ends with the posts that have no moment', () => {
    const list = html.slice(html.indexOf('data-view="list"'));
    assert.ok(list.indexOf('posts/undated.post.md') > list.indexOf('posts/draft.post.md'));
    assert.match(list, /not scheduled/);
    const bad = entry('bad.post.md', post('platforms: [x]\nschedule: 2027-02-30T09:00'));
    assert.match(renderCalendar([bad]), /<span class="cd-cal-problem">schedule 2027-02-30T09:00 is not a real date and time<\/span>/);
  });

  it('the campaign filter: a radio per campaign, rules by number, names never in the CSS', () => {
    assert.match(html, /<input class="cd-cal-toggle" type="radio" name="cd-cal-campaign" id="cd-cal-campaign-1" value="spring" data-campaign="spring">/);
    assert.match(html, /#cd-cal-campaign-1:checked~\.cd-cal-views \.cd-cal-item:not\(\.cd-cal-c1\)\{display:none\}/);
    assert.match(html, /#cd-cal-campaign-0:checked~\.cd-cal-views \.cd-cal-item:not\(\.cd-cal-c0\)\{display:none\}/);
    assert.match(html, /<label for="cd-cal-campaign-1" data-campaign="spring">spring <span class="cd-cal-n">2<\/span><\/label>/);
    assert.doesNotMatch(renderCalendar([draft]), /<style|cd-cal-filter/, 'no campaign, no filter');
  });

  it('no script; the nonce on its style for the webview; tabindex and role when the webview makes posts clickable', () => {
    assert.doesNotMatch(html, /<script|\son[a-z]+=/i);
    assert.match(renderCalendar([spring], { nonce: 'abc"def' }), /<style nonce="abc&quot;def">/);
    assert.match(renderCalendar([spring], { interactive: true }), /data-interactive>[\s\S]*title="[^"]*" tabindex="0" role="button">/);
    assert.doesNotMatch(html, /tabindex/);
  });

  it('the page: a strict CSP that loads nothing and runs nothing', () => {
    const page = renderCalendarPage([spring]);
    assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; img-src data:; style-src &#39;unsafe-inline&#39;;">/);
    assert.match(page, /<title>Editorial calendar — Copydesk<\/title>/);
    assert.doesNotMatch(page, /<script|url\(|@import|<link|<img/i);
  });
});

describe('calendar HTML: hostile values', () => {
  const evil = '"><script>alert(1)</script><img src=x onerror=alert(2)>';
  const text = post(`platforms: [x, "${evil.replace(/"/g, '\\"')}"]\nschedule: 2027-03-15T08:00\nstatus: scheduled\ncampaign: "${evil.replace(/"/g, '\\"')}"`, `${evil} first line`);
  const hostile = entry(`posts/${evil}.post.md`, text, { ...BERLIN, accounts: { [evil]: { platform: 'x' } } });
  const html = renderCalendarPage([hostile], { title: evil, nonce: evil });

  it('every string escaped: title, path, campaign, account, heading', () => {
    assert.equal(hostile.campaign, evil);
    assert.doesNotMatch(html, /<script|<img/i);
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.match(html, /data-campaign="&quot;&gt;&lt;script&gt;/);
    assert.match(html, /<h1>&quot;&gt;&lt;script&gt;/);
  });

  it('a campaign name cannot reach the CSS', () => {
    const style = /<style nonce="[^"]*">([\s\S]*?)<\/style>/.exec(html)![1];
    assert.doesNotMatch(style, /script|alert/);
  });
});

describe('calendar hand-off: the texts the counters counted', () => {
  const config = resolveConfig({ ...BERLIN, accounts: { science: { platform: 'mastodon', max_length: 800 } } });
  const text = post('platforms: [linkedin, x, science]\nschedule: 2027-03-15T08:00\nhashtags: [Northwind]\nlink: https://northwind.example/a\nmedia:\n  - src: media/a.jpg\n    alt: A boot', 'Part one, with a comma.\n---\nPart two.');

  it('per target the publish text, its parts and the counts of copydesk lint --format json', () => {
    const context = analyzePost(text, config, TODAY);
    const counts = postCounts(context);
    const handed = handoffPost(calendarEntry('a.post.md', context), context, { counted: true });
    assert.deepEqual(
      handed.targets.map((t) => [t.account, t.platform, t.platformName, t.parts.length]),
      [
        ['linkedin', 'linkedin', 'LinkedIn', 1],
        ['x', 'x', 'X', 2],
        ['science', 'mastodon', 'Mastodon', 2],
      ],
    );
    const [linkedin, x, science] = handed.targets;
    assert.equal(linkedin.text, 'Part one, with a comma.\n\nPart two.\n\n#Northwind');
    assert.deepEqual(linkedin.parts, [linkedin.text]);
    assert.deepEqual(x.parts, ['Part one, with a comma.\n\n#Northwind', 'Part two.']);
    for (const t of handed.targets) {
      const { parts, ...whole } = counts[t.account] as (typeof counts)[string] & { parts?: unknown[] };
      assert.deepEqual({ ...t.counts, parts: undefined }, { ...whole, parts: undefined });
      assert.deepEqual(t.counts!.parts, parts ?? [whole]);
    }
    assert.equal(handoffPost(calendarEntry('a.post.md', context), context).targets[0].counts, undefined, 'counted only when asked');
    assert.equal(science.counts!.limit, 800);
    assert.equal(handed.link, 'https://northwind.example/a');
    assert.deepEqual(handed.media, [{ src: 'media/a.jpg', alt: 'A boot' }]);
    assert.deepEqual(lint(text, { fileName: 'a.post.md', config, now: TODAY }).filter((f) => f.severity === 'error'), []);
  });

  it('days: localTime in the post\'s zone, its offset, or UTC; inDayRange inclusive by that day', () => {
    const late = entry('late.post.md', post('platforms: [x]\nschedule: 2027-03-01T00:30'));
    assert.deepEqual({ ...localTime(late, late.schedule!.at!), wall: undefined }, { wall: undefined, date: '2027-03-01', time: '00:30', zone: 'Europe/Berlin' });
    assert.equal(inDayRange(late, { from: '2027-03-01', to: '2027-03-01' }), true);
    assert.equal(inDayRange(late, { to: '2027-02-28' }), false);
    const utc = entry('utc.post.md', post('platforms: [x]\nschedule: 2027-03-01T00:30Z'), {});
    assert.equal(localTime(utc, utc.schedule!.at!).zone, 'UTC');
    const undated = entry('u.post.md', post('platforms: [x]'));
    assert.equal(inDayRange(undated, {}), true);
    assert.equal(inDayRange(undated, { from: '2000-01-01' }), false);
    assert.deepEqual(['2027-02-28', '2028-02-29', '2027-02-29', '2027-13-01', '27-01-01', '2027-1-1'].map(isDay), [true, true, false, false, false, false]);
  });
});
