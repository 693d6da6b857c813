// The clock keys promise what `copydesk lint --cache` relies on: two moments with the same key
// give a file the same findings. Checked by linting posts of every status around their schedule,
// and JDs around their review date, at many moments.
import { strict as assert } from 'node:assert';
import { CalendarIndex, analyzePost, calendarEntry, lint, resolveConfig, type CalendarEntry } from '../../src/core/index';
import { jdClockKey, postClockKey } from '../../src/core/calendar/clock';
import { MINIMAL_COMPLETE_JD } from '../support/texts';

const BASE = Date.UTC(2027, 2, 10, 12, 0);
const HOUR = 3_600_000;

function post(status: string | undefined, at: number, extra = ''): string {
  const when = new Date(at).toISOString().replace(/\.000Z$/, 'Z');
  return `---\nplatforms: [linkedin, x]\nschedule: ${when}\n${status ? `status: ${status}\n` : ''}${extra}---\nOur repair café is open every Thursday evening.\n`;
}

describe('clock keys (lint --cache)', () => {
  it('a post: the same key at two moments means the same findings', function () {
    this.timeout(60_000);
    const config = resolveConfig({ calendar: { approval_lead: 6 } });
    const offsets = [-50 * HOUR, -3 * HOUR, -20 * 60_000, 0, 25 * 60_000, 5 * HOUR, 7 * HOUR, 30 * HOUR, 75 * HOUR];
    let compared = 0;
    for (const status of [undefined, 'draft', 'review', 'approved', 'scheduled', 'published']) {
      for (const offset of offsets) {
        const text = post(status, BASE + offset);
        const entry = calendarEntry('a.post.md', analyzePost(text, config, new Date(BASE)));
        const seen = new Map<string, string>();
        // Moments from two and a half days before the schedule to two and a half after, every 37 minutes.
        for (let now = BASE - 60 * HOUR; now <= BASE + 60 * HOUR; now += 37 * 60_000) {
          const key = postClockKey(entry, config, new Date(now));
          const findings = JSON.stringify(lint(text, { fileName: 'a.post.md', config, now: new Date(now) }));
          const before = seen.get(key);
          if (before === undefined) seen.set(key, findings);
          else {
            compared++;
            assert.equal(findings, before, `${status ?? 'no status'}, schedule ${offset / HOUR} h from base, now ${new Date(now).toISOString()}: key '${key}'`);
          }
        }
      }
    }
    assert.ok(compared > 1000, `${compared} comparisons`);
  });

  it('a post without a schedule, or scheduled ahead and not due for approval, keeps its key', () => {
    const config = resolveConfig({});
    const unscheduled = calendarEntry('a.post.md', analyzePost('---\nplatforms: [x]\nstatus: draft\n---\nHello\n', config, new Date(BASE)));
    assert.equal(postClockKey(unscheduled, config, new Date(BASE)), postClockKey(unscheduled, config, new Date(BASE + 400 * HOUR)));
    const ahead = calendarEntry('a.post.md', analyzePost(post('scheduled', BASE + 90 * 24 * HOUR), config, new Date(BASE)));
    assert.equal(postClockKey(ahead, config, new Date(BASE)), postClockKey(ahead, config, new Date(BASE + 60 * 24 * HOUR)));
  });

  it('a JD: the same UTC day means the same findings (jd/review-overdue counts days)', () => {
    const config = resolveConfig({});
    const text = `${MINIMAL_COMPLETE_JD}review:\n  last_reviewed: 2026-03-10\n  owner: Head of Marketing\n`;
    const at = (iso: string) => lint(text, { fileName: 'a.jd.yaml', config, now: new Date(iso) });
    assert.equal(jdClockKey(new Date('2027-03-20T00:10:00Z')), jdClockKey(new Date('2027-03-20T23:50:00Z')));
    assert.deepEqual(at('2027-03-20T00:10:00Z'), at('2027-03-20T23:50:00Z'));
    assert.notEqual(jdClockKey(new Date('2027-03-20T23:50:00Z')), jdClockKey(new Date('2027-03-21T00:10:00Z')));
    assert.notDeepEqual(at('2027-03-20T23:50:00Z'), at('2027-03-21T00:10:00Z'));
  });
});

describe('CalendarIndex.load', () => {
  it('gives the neighbours set() one by one gives, in any order of loading', () => {
    const config = resolveConfig({});
    const entries: CalendarEntry[] = [];
    for (let i = 0; i < 60; i++) {
      const text = post('scheduled', BASE + (i % 7) * 20 * 60_000 + Math.floor(i / 7) * HOUR * 3, i % 3 === 0 ? 'timezone: Europe/Berlin\n' : '');
      entries.push(calendarEntry(`p${i}.post.md`, analyzePost(text, config, new Date(BASE))));
    }
    const one = new CalendarIndex();
    for (const e of entries) one.set(e);
    const loaded = new CalendarIndex();
    loaded.load([...entries].reverse());
    for (const e of entries) {
      const names = (index: CalendarIndex) => index.neighbours(e, 2 * HOUR).map((n) => `${n.account} ${n.other.path} ${n.apart}`);
      assert.deepEqual(names(loaded), names(one), e.path);
    }
    assert.equal(loaded.size, one.size);
    // Loading a path again replaces it, as set() does.
    loaded.load([{ ...entries[0], schedule: undefined }]);
    assert.deepEqual(loaded.neighbours(entries[1], 2 * HOUR).map((n) => n.other.path).includes('p0.post.md'), false);
  });
});
