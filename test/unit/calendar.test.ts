import { strict as assert } from 'node:assert';
import { CalendarIndex, analyzePost, calendarEntry, lint, resolveConfig, type CalendarEntry } from '../../src/core/index';
import { readSchedule, formatMoment, wallTimeIn } from '../../src/core/text/time';
import { firstLine } from '../../src/core/calendar/entry';
import { relativeFrom } from '../../src/core/paths';
import { TODAY } from '../support/paths';

const iso = (at: number | undefined) => (at === undefined ? undefined : new Date(at).toISOString());

function post(front: string, body = 'Our repair café is open every Thursday evening.'): string {
  return `---\n${front.trim()}\n---\n${body}\n`;
}

function entry(path: string, text: string, config: unknown = undefined): CalendarEntry {
  return calendarEntry(path, analyzePost(text, resolveConfig(config), TODAY));
}

describe('calendar: schedules as moments', () => {
  it('reads offsets, Z and compact offsets as the same moment', () => {
    for (const text of ['2026-12-01T09:00:00+01:00', '2026-12-01 09:00+0100', '2026-12-01T08:00Z', '2026-12-01T08:00:00.000z', '2026-12-01T09:00+01']) {
      assert.equal(iso(readSchedule(text).at), '2026-12-01T08:00:00.000Z', text);
    }
  });

  it('reads a local time in its zone, following daylight saving time', () => {
    // The last Sunday of March 2027 is the 28th: Berlin moves from +01:00 to +02:00.
    assert.equal(iso(readSchedule('2027-03-27T09:00', 'Europe/Berlin').at), '2027-03-27T08:00:00.000Z');
    assert.equal(iso(readSchedule('2027-03-29T09:00', 'Europe/Berlin').at), '2027-03-29T07:00:00.000Z');
    // New York moves on the second Sunday of March (14 March 2027).
    assert.equal(iso(readSchedule('2027-03-13T09:00', 'America/New_York').at), '2027-03-13T14:00:00.000Z');
    assert.equal(iso(readSchedule('2027-03-15T09:00', 'America/New_York').at), '2027-03-15T13:00:00.000Z');
    // Half-hour and southern-hemisphere zones.
    assert.equal(iso(readSchedule('2027-01-10T09:00', 'Asia/Kolkata').at), '2027-01-10T03:30:00.000Z');
    assert.equal(iso(readSchedule('2027-01-10T09:00', 'Australia/Sydney').at), '2027-01-09T22:00:00.000Z');
    // A written offset wins over the zone.
    assert.equal(iso(readSchedule('2027-07-01T09:00Z', 'Europe/Berlin').at), '2027-07-01T09:00:00.000Z');
  });

  it('refuses a local time the clocks skip, and reads one they pass twice as the first', () => {
    assert.match(readSchedule('2027-03-28T02:30', 'Europe/Berlin').problem ?? '', /does not exist in Europe\/Berlin/);
    assert.equal(iso(readSchedule('2027-10-31T02:30', 'Europe/Berlin').at), '2027-10-31T00:30:00.000Z');
    assert.equal(iso(readSchedule('2027-10-31T03:30', 'Europe/Berlin').at), '2027-10-31T02:30:00.000Z');
  });

  it('says why a schedule names no moment', () => {
    assert.match(readSchedule('2026-12-01 09:00').problem ?? '', /has no time zone/);
    assert.match(readSchedule('2026-12-01T09:00', 'Mars/Olympus').problem ?? '', /not a known IANA time zone/);
    assert.match(readSchedule('2026-12-01').problem ?? '', /has no time/);
    assert.match(readSchedule('2026-02-29T09:00Z').problem ?? '', /not a real date/);
    assert.match(readSchedule('2026-12-01T24:00Z').problem ?? '', /not a real date/);
    assert.match(readSchedule('2026-12-01T09:00+14:30').problem ?? '', /no place on Earth/);
    assert.match(readSchedule('next Tuesday').problem ?? '', /not an ISO 8601/);
    assert.equal(readSchedule('2028-02-29T09:00Z').problem, undefined);
  });

  it('knows the offset on either side of a change that falls on a half hour in UTC', () => {
    // St. John's moves from -03:30 to -02:30 at 02:00 local on 14 March 2027: 05:30 UTC.
    const before = wallTimeIn(Date.UTC(2027, 2, 14, 5, 29, 59), 'America/St_Johns');
    const after = wallTimeIn(Date.UTC(2027, 2, 14, 5, 30, 0), 'America/St_Johns');
    assert.deepEqual([before.hour, before.minute, before.second, before.offsetMinutes], [1, 59, 59, -210]);
    assert.deepEqual([after.hour, after.minute, after.offsetMinutes], [3, 0, -150]);
    // Asked again (from the per-hour memory), the same answers.
    assert.equal(wallTimeIn(Date.UTC(2027, 2, 14, 5, 10), 'America/St_Johns').offsetMinutes, -210);
    assert.equal(wallTimeIn(Date.UTC(2027, 2, 14, 5, 50), 'America/St_Johns').offsetMinutes, -150);
  });

  it('cuts a long first line by characters, never inside an emoji', () => {
    const line = `${'a'.repeat(118)}😀😀 and more`;
    assert.equal(firstLine(line), `${'a'.repeat(118)}😀…`);
  });

  it('shows moments in a zone with the offset in force', () => {
    assert.equal(formatMoment(Date.UTC(2027, 6, 1, 7), 'Europe/Berlin'), '2027-07-01 09:00 +02:00');
    assert.equal(formatMoment(Date.UTC(2027, 0, 1, 7), 'America/St_Johns'), '2027-01-01 03:30 -03:30');
    assert.equal(formatMoment(Date.UTC(2027, 0, 1, 7), undefined), '2027-01-01 07:00 UTC');
  });
});

describe('calendar: the index', () => {
  const a = '/ws/posts/a.post.md';
  const b = '/ws/posts/b.post.md';
  const c = '/ws/june/a.post.md';

  it('finds the posts to one account closer than the gap, nearest first, and not itself', () => {
    const index = new CalendarIndex();
    index.set(entry(a, post('platforms: [x, linkedin]\nschedule: 2026-12-04T09:00:00Z')));
    index.set(entry(b, post('platforms: [x]\nschedule: 2026-12-04T09:45:00Z')));
    index.set(entry(c, post('platforms: [linkedin]\nschedule: 2026-12-04T09:10:00Z')));
    const near = index.neighbours(index.get(a)!, 60 * 60_000);
    assert.deepEqual(near.map((n) => [n.account, n.other.path, n.apart / 60_000]), [['linkedin', c, 10], ['x', b, 45]]);
    assert.deepEqual(index.neighbours(index.get(a)!, 30 * 60_000).map((n) => n.other.path), [c]);
    // Exactly the gap apart is far enough.
    assert.deepEqual(index.neighbours(index.get(a)!, 45 * 60_000).map((n) => n.other.path), [c]);
  });

  it('keeps two files with the same name in different folders apart', () => {
    const index = new CalendarIndex();
    index.set(entry(a, post('platforms: [x]\nschedule: 2026-12-04T09:00:00Z')));
    index.set(entry(c, post('platforms: [x]\nschedule: 2026-12-04T09:00:00Z')));
    assert.equal(index.size, 2);
    assert.deepEqual(index.neighbours(index.get(a)!, 60_000).map((n) => n.other.path), [c]);
    assert.equal(relativeFrom(a, c), '../june/a.post.md');
  });

  it('moves a post when it is edited, forgets it when deleted, follows a rename, and says whom it affected', () => {
    const index = new CalendarIndex();
    index.set(entry(a, post('platforms: [x]\nschedule: 2026-12-04T09:00:00Z')));
    assert.deepEqual(index.set(entry(b, post('platforms: [x]\nschedule: 2026-12-04T09:20:00Z'))), [a]);
    // b moves a day later: a was close to it before, so a is affected; nothing is close now.
    assert.deepEqual(index.set(entry(b, post('platforms: [x]\nschedule: 2026-12-12T09:20:00Z'))), [a]);
    assert.deepEqual(index.neighbours(index.get(a)!, 3_600_000), []);
    // Back, then renamed: the old path is gone, the new one is found.
    index.set(entry(b, post('platforms: [x]\nschedule: 2026-12-04T09:20:00Z')));
    assert.deepEqual(index.rename(b, '/ws/posts/b2.post.md'), [a]);
    assert.equal(index.get(b), undefined);
    assert.deepEqual(index.neighbours(index.get(a)!, 3_600_000).map((n) => n.other.path), ['/ws/posts/b2.post.md']);
    assert.deepEqual(index.delete('/ws/posts/b2.post.md'), [a]);
    assert.deepEqual(index.neighbours(index.get(a)!, 3_600_000), []);
    assert.equal(index.size, 1);
    // A post that loses its schedule or changes account leaves no slot behind.
    index.set(entry(b, post('platforms: [x]\nschedule: 2026-12-04T09:20:00Z')));
    index.set(entry(b, post('platforms: [mastodon]\nschedule: 2026-12-04T09:20:00Z')));
    assert.deepEqual(index.neighbours(index.get(a)!, 3_600_000), []);
    index.set(entry(b, post('platforms: [x]')));
    assert.deepEqual(index.neighbours(index.get(a)!, 3_600_000), []);
    assert.deepEqual(index.entries().map((e) => e.path), [a, b]);
  });

  it('reads schedules in the post\'s zone, else the configuration\'s', () => {
    const local = post('platforms: [x]\nschedule: 2026-12-04T09:00');
    assert.equal(entry(a, local).schedule?.at, undefined);
    assert.equal(iso(entry(a, local, { calendar: { timezone: 'Europe/Berlin' } }).schedule?.at), '2026-12-04T08:00:00.000Z');
    assert.equal(iso(entry(a, post('platforms: [x]\nschedule: 2026-12-04T09:00\ntimezone: America/New_York'), { calendar: { timezone: 'Europe/Berlin' } }).schedule?.at), '2026-12-04T14:00:00.000Z');
  });
});

describe('calendar: rules across files', () => {
  const config = resolveConfig(undefined);
  const other = '/ws/posts/gear-swap.post.md';

  it('puts the other post in related information, with its file and position', () => {
    const index = new CalendarIndex();
    const otherText = post('platforms: [x]\nstatus: approved\nschedule: 2026-12-04T09:00:00+01:00');
    index.set(entry(other, otherText));
    const findings = lint(post('platforms: [x]\nschedule: 2026-12-04T08:30:00Z'), { fileName: '/ws/posts/cafe.post.md', config, now: TODAY, calendar: index });
    const conflict = findings.filter((f) => f.ruleId === 'post/schedule-conflict');
    assert.equal(conflict.length, 1);
    assert.match(conflict[0].message, /^Another post goes to x 30 minutes earlier: gear-swap\.post\.md\. Keep posts/);
    assert.deepEqual(conflict[0].related, [
      { range: { start: 46, end: 71 }, message: 'gear-swap.post.md goes to x at 2026-12-04 08:00 UTC', file: { path: other, start: { line: 4, column: 11 }, end: { line: 4, column: 36 } } },
    ]);
    assert.equal(otherText.slice(46, 71), '2026-12-04T09:00:00+01:00');
  });

  it('checks the text being typed, not the index\'s older copy of the same file', () => {
    const index = new CalendarIndex();
    const path = '/ws/posts/cafe.post.md';
    index.set(entry(other, post('platforms: [x]\nschedule: 2026-12-04T09:00:00Z')));
    index.set(entry(path, post('platforms: [x]\nschedule: 2026-12-10T09:00:00Z')));
    const typed = lint(post('platforms: [x]\nschedule: 2026-12-04T09:15:00Z'), { fileName: path, config, now: TODAY, calendar: index });
    assert.deepEqual(typed.filter((f) => f.ruleId === 'post/schedule-conflict').map((f) => f.message.slice(0, 50)), ['Another post goes to x 15 minutes earlier: gear-sw']);
  });

  it('is silent without a calendar, with min_gap 0, or when switched off', () => {
    const index = new CalendarIndex();
    index.set(entry(other, post('platforms: [x]\nschedule: 2026-12-04T09:00:00Z')));
    const text = post('platforms: [x]\nschedule: 2026-12-04T09:15:00Z');
    const ids = (options: Partial<Parameters<typeof lint>[1]>) => lint(text, { fileName: '/ws/posts/cafe.post.md', now: TODAY, ...options }).map((f) => f.ruleId);
    assert.ok(!ids({ config }).includes('post/schedule-conflict'));
    assert.ok(ids({ config, calendar: index }).includes('post/schedule-conflict'));
    assert.ok(!ids({ config: { calendar: { min_gap: 0 } }, calendar: index }).includes('post/schedule-conflict'));
    assert.ok(!ids({ config: { rules: { 'post/schedule-conflict': 'off' } }, calendar: index }).includes('post/schedule-conflict'));
  });

  it('post/status-flow lists the errors an approved post still has, after severity settings', () => {
    const long = 'Twelve winter routes around the lakes, from flat lakeside loops for families to proper ridge walks for early risers, each one with parking, café stops, toilets, what to pack and how long it really takes with a dog, plus the buses back into town, the cafés that still open on winter weekdays and the huts that sell hot soup at the top.';
    const text = post('platforms: [x]\nstatus: approved\nschedule: 2026-12-04T09:00:00Z', long);
    const flow = lint(text, { fileName: 'a.post.md', config, now: TODAY }).filter((f) => f.ruleId === 'post/status-flow');
    assert.equal(flow.length, 1);
    assert.equal(flow[0].severity, 'error');
    assert.deepEqual(flow[0].related?.map((r) => r.message.split(':')[0]), ['post/over-limit']);
    const relaxed = lint(text, { fileName: 'a.post.md', config: { rules: { 'post/over-limit': 'warning' } }, now: TODAY });
    assert.deepEqual(relaxed.filter((f) => f.ruleId === 'post/status-flow'), []);
  });
});
