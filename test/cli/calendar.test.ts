// copydesk calendar as a user runs it, on a month of posts (test/fixtures-calendar): the ICS read
// back by a real parser (ical.js) with its UTC times across the change to summer time, its
// escaping, folding and UIDs; the CSV read back by csv-parse; the JSON's shape and texts; the
// day filter; and what it refuses, each with exit code 2, one line and no stack trace.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { csvField } from '../../src/cli/format/calendar-csv';
import { foldLine, icsText } from '../../src/cli/format/calendar-ics';
import { REPO_ROOT } from '../support/paths';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Event {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  stamp: string;
  categories: string[];
  url: string | null;
  status: string;
  file: string;
}

/** The events of an ICS as ical.js reads them, times in UTC. */
function events(ics: string): Event[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
  assert.equal(calendar.getFirstPropertyValue('prodid'), '-//Copydesk//Copydesk editorial calendar//EN');
  assert.equal(calendar.getFirstPropertyValue('method'), 'PUBLISH');
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const utc = (t: InstanceType<typeof ICAL.Time>) => t.toJSDate().toISOString().replace('.000Z', 'Z');
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: utc(event.startDate),
      end: utc(event.endDate),
      stamp: utc(vevent.getFirstPropertyValue('dtstamp') as InstanceType<typeof ICAL.Time>),
      categories: vevent.getAllProperties('categories').flatMap((p) => p.getValues() as string[]),
      url: (vevent.getFirstPropertyValue('url') as string | null) ?? null,
      status: vevent.getFirstPropertyValue('status') as string,
      file: vevent.getFirstPropertyValue('x-copydesk-file') as string,
    };
  });
}

function post(frontMatter: string, body: string): string {
  return `---\n${frontMatter}\n---\n${body}\n`;
}

describe('calendar formats: the writers\' pieces', () => {
  it('foldLine: every line at most 75 octets, no character cut, unfolding gives the line back', () => {
    const pieces = ['a', 'é', '€', '🥾', '👩‍👩‍👧', '日本', ' ', ',', '\\n'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 300; n++) {
      let line = 'DESCRIPTION:';
      for (let k = Math.floor(random() * 120); k > 0; k--) line += pieces[Math.floor(random() * pieces.length)];
      const folded = foldLine(line);
      for (const part of folded.split('\r\n')) {
        assert.ok(Buffer.byteLength(part) <= 75, `${Buffer.byteLength(part)}: ${part}`);
        assert.doesNotMatch(part, /^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/, 'a surrogate pair cut in two');
      }
      assert.equal(folded.replace(/\r\n /g, ''), line);
    }
  });

  it('icsText: TEXT escapes; control characters dropped; a lone surrogate becomes U+FFFD', () => {
    assert.equal(icsText('a\\b;c,d\r\ne\rf\ng'), 'a\\\\b\\;c\\,d\\ne\\nf\\ng');
    assert.equal(icsText('bell\u0007 tab\t nul\u0000 esc\u001B'), 'bell tab\t nul esc');
    assert.equal(icsText('cut \uD83D here, 🥾 kept'), 'cut \uFFFD here\\, 🥾 kept');
  });

  it('csvField: quoted only when it must be, quotes doubled', () => {
    assert.deepEqual(['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\r', ' lead', 'trail ', ''].map(csvField), ['plain', '"a,b"', '"say ""hi"""', '"two\nlines"', '"cr\r"', '" lead"', '"trail "', '']);
  });
});

describe('copydesk calendar (CLI)', function () {
  this.timeout(30000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-calendar-'));
    cpSync(join(REPO_ROOT, 'test', 'fixtures-calendar'), dir, { recursive: true });
    mkdirSync(join(dir, '.git'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('--format ics', () => {
    it('one event per post and target, read back by ical.js; 09:00 in Berlin is 08:00Z before the last Sunday of March and 07:00Z after', () => {
      const { code, stdout, stderr } = run(['calendar', '--format', 'ics'], dir);
      assert.equal(code, 0, stderr);
      assert.equal(stderr, '');
      const all = events(stdout);
      assert.equal(all.length, 40, 'the 17 posts of March go to 40 platforms and accounts');
      const clocks = all.filter((e) => e.file === 'march/clocks-change.post.md');
      assert.deepEqual(
        clocks.map((e) => [e.summary.split(':')[0], e.start, e.end]),
        [
          ['X', '2027-03-26T08:00:00Z', '2027-03-26T08:15:00Z'],
          ['Bluesky', '2027-03-26T08:00:00Z', '2027-03-26T08:15:00Z'],
          ['Facebook', '2027-03-26T08:00:00Z', '2027-03-26T08:15:00Z'],
        ],
      );
      const evening = all.filter((e) => e.file === 'march/evening-walk.post.md');
      assert.deepEqual(
        evening.map((e) => e.start),
        ['2027-03-29T07:00:00Z', '2027-03-29T07:00:00Z'],
      );
      const raw = stdout.split('\r\n');
      assert.ok(raw.includes('DTSTART:20270326T080000Z') && raw.includes('DTSTART:20270329T070000Z'), 'DTSTART in UTC, with Z');
    });

    it('SUMMARY, DESCRIPTION (the publish text), CATEGORIES, URL, STATUS and DTSTAMP', () => {
      const all = events(run(['calendar', '-f', 'ics'], dir).stdout);
      const launch = all.find((e) => e.file === 'march/spring-kickoff.post.md' && e.summary.startsWith('LinkedIn'))!;
      assert.equal(launch.summary, 'LinkedIn: Spring is on its way: our new collection lands in every store on 15 March.');
      assert.equal(launch.description, 'Spring is on its way: our new collection lands in every store on 15 March.\n\nMore on the blog and in every Northwind store.\n\n#Northwind');
      assert.deepEqual(launch.categories, ['spring-collection']);
      assert.equal(launch.url, 'https://northwind.example/spring');
      assert.equal(launch.status, 'CONFIRMED');
      assert.ok(Math.abs(Date.parse(launch.stamp) - Date.now()) < 60_000, launch.stamp);
      assert.equal(all.find((e) => e.file === 'march/tiktok-knots.post.md')!.status, 'TENTATIVE', 'a draft');
      assert.equal(all.find((e) => e.file === 'march/trail-tuesday-1.post.md')!.status, 'CONFIRMED', 'published');
      const account = all.find((e) => e.file === 'march/sustainability-report.post.md' && e.summary.includes('northwind-de'))!;
      assert.match(account.summary, /^LinkedIn \(northwind-de\): Our 2026 sustainability report/);
      assert.deepEqual(account.categories, []);
      const thread = all.find((e) => e.file === 'march/packing-list.post.md' && e.summary.startsWith('X'))!;
      assert.equal(thread.description, '[1/4]\nWhat goes in a 20-litre day pack? A thread.\n\n#Northwind\n\n[2/4]\nWater, a warm layer and a hat, even in spring.\n\n[3/4]\nA map on paper: phones die in the cold.\n\n[4/4]\nSnacks, and one more snack.');
    });

    it('commas, semicolons, backslashes and line breaks escaped; CRLF; lines folded at 75 octets without splitting a character', () => {
      writeFileSync(
        join(dir, 'march', 'escapes.post.md'),
        post(
          'platforms: [linkedin]\nschedule: 2027-03-20T10:00\ncampaign: "spring, summer; autumn"\nlink: https://northwind.example/a?b=1,2;c=3',
          'Boots, jackets; and a back\\slash.\nünïcödé ünïcödé ünïcödé ünïcödé ünïcödé ünïcödé ünïcödé ünïcödé 🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾 ünï 🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾',
        ),
      );
      const { stdout } = run(['calendar', '-f', 'ics', 'march/escapes.post.md'], dir);
      assert.ok(stdout.endsWith('END:VCALENDAR\r\n'));
      assert.doesNotMatch(stdout.replace(/\r\n/g, ''), /[\r\n]/, 'every line ends with CRLF');
      for (const line of stdout.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `${Buffer.byteLength(line)} octets: ${line}`);
      const unfolded = stdout.replace(/\r\n[ \t]/g, '');
      assert.match(unfolded, /\r\nSUMMARY:LinkedIn: Boots\\, jackets\\; and a back\\\\slash\.\r\n/);
      assert.match(unfolded, /\r\nDESCRIPTION:Boots\\, jackets\\; and a back\\\\slash\.\\nünïcödé /);
      assert.match(unfolded, /\r\nCATEGORIES:spring\\, summer\\; autumn\r\n/);
      assert.doesNotMatch(stdout, /\uFFFD/, 'no character cut in two by the folding');
      const [event] = events(stdout);
      assert.equal(event.description, 'Boots, jackets; and a back\\slash.\nünïcödé ünïcödé ünïcödé ünïcödé ünïcödé ünïcödé ünïcödé ünïcödé 🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾 ünï 🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾🥾');
      assert.deepEqual(event.categories, ['spring, summer; autumn']);
      assert.equal(event.url, 'https://northwind.example/a?b=1,2;c=3', 'a URI value is not TEXT: not escaped');
      assert.match(unfolded, /\r\nURL:https:\/\/northwind\.example\/a\?b=1,2;c=3\r\n/);
    });

    it('UIDs: unique, the same on every run and from any working folder, different for the same file name in two folders', () => {
      mkdirSync(join(dir, 'april'));
      cpSync(join(dir, 'march', 'launch-day.post.md'), join(dir, 'april', 'launch-day.post.md'));
      const first = events(run(['calendar', '-f', 'ics'], dir).stdout);
      const second = events(run(['calendar', '-f', 'ics'], dir).stdout);
      const fromSubfolder = events(run(['calendar', '-f', 'ics', '.'], join(dir, 'march')).stdout);
      const uids = first.map((e) => e.uid);
      assert.equal(new Set(uids).size, uids.length, 'unique');
      for (const uid of uids) assert.match(uid, /^[0-9a-f]{32}@copydesk$/);
      assert.deepEqual(second.map((e) => e.uid), uids);
      const byFile = (list: Event[], file: string) => list.filter((e) => e.file.endsWith(file)).map((e) => e.uid);
      assert.deepEqual(byFile(fromSubfolder, 'launch-day-bsky.post.md'), byFile(first, 'march/launch-day-bsky.post.md'), 'from the repository root, not the working folder');
      const march = byFile(first, 'march/launch-day.post.md');
      const april = byFile(first, 'april/launch-day.post.md');
      assert.equal(march.length, 4);
      assert.equal(april.length, 4);
      assert.deepEqual(march.filter((uid) => april.includes(uid)), []);
    });

    it('posts without a moment are left out, one line each on stderr; exit 0', () => {
      writeFileSync(join(dir, 'march', 'undated.post.md'), post('platforms: [x]\nstatus: draft', 'Some day.'));
      writeFileSync(join(dir, 'march', 'feb-30.post.md'), post('platforms: [x]\nschedule: 2027-02-30T09:00', 'No such day.'));
      writeFileSync(join(dir, 'march', 'mars.post.md'), post('platforms: [x]\nschedule: 2027-03-20T09:00\ntimezone: Mars/Olympus_Mons', 'Far away.'));
      writeFileSync(join(dir, 'march', 'gap.post.md'), post('platforms: [x]\nschedule: 2027-03-28T02:30', 'The hour that is not.'));
      writeFileSync(join(dir, 'march', 'nowhere.post.md'), post('platforms: [myspace]\nschedule: 2027-03-20T09:00', 'Nowhere.'));
      writeFileSync(join(dir, 'march', 'broken.post.md'), post('platforms: [x\nschedule: 2027-03-20T09:00', 'Broken.'));
      const { code, stdout, stderr } = run(['calendar', '-f', 'ics'], dir);
      assert.equal(code, 0, stderr);
      assert.equal(events(stdout).length, 40);
      assert.equal(
        stderr,
        [
          "copydesk: Not in the calendar: march/broken.post.md: its front matter cannot be read (copydesk lint shows why).",
          "copydesk: Not in the calendar: march/feb-30.post.md: its schedule '2027-02-30T09:00' is not a real date and time.",
          "copydesk: Not in the calendar: march/gap.post.md: its schedule '2027-03-28T02:30' does not exist in Europe/Berlin: the clocks skip that hour that night (daylight saving time starts); pick another time.",
          "copydesk: Not in the calendar: march/mars.post.md: its schedule '2027-03-20T09:00' is read in the time zone 'Mars/Olympus_Mons', which is not a known IANA time zone (e.g. Europe/Berlin, America/New_York).",
          "copydesk: Not in the calendar: march/nowhere.post.md: it names no platform Copydesk knows.",
          'copydesk: Not in the calendar: march/undated.post.md: it has no schedule.',
          'copydesk: 6 of 23 posts are not in the calendar (see above).',
          '',
        ].join('\n'),
      );
    });
  });

  describe('--format json', () => {
    it('every post, in time order, with the texts and counts of copydesk lint --format json; undated ones with scheduled: null', () => {
      writeFileSync(join(dir, 'march', 'undated.post.md'), post('platforms: [x]\nstatus: draft', 'Some day.'));
      writeFileSync(join(dir, 'march', 'feb-30.post.md'), post('platforms: [x]\nschedule: 2027-02-30T09:00', 'No such day.'));
      const { code, stdout, stderr } = run(['calendar', '-f', 'json'], dir);
      assert.equal(code, 0, stderr);
      assert.equal(stderr, '');
      const calendar = JSON.parse(stdout);
      assert.equal(calendar.version, 1);
      assert.equal(calendar.range, null);
      assert.equal(calendar.posts.length, 19);
      assert.deepEqual(calendar.posts.slice(-2).map((p: { path: string; scheduled: unknown }) => [p.path, p.scheduled]), [
        ['march/feb-30.post.md', null],
        ['march/undated.post.md', null],
      ]);
      assert.deepEqual(calendar.posts[17].schedule, { written: '2027-02-30T09:00', zone: 'Europe/Berlin', local: null, problem: 'The schedule is not a real date and time' });
      assert.equal(calendar.posts[18].schedule, null);
      const thread = calendar.posts.find((p: { path: string }) => p.path === 'march/packing-list.post.md');
      assert.deepEqual(
        { ...thread, targets: undefined },
        {
          path: 'march/packing-list.post.md',
          line: 8,
          title: 'What goes in a 20-litre day pack? A thread.',
          status: 'review',
          campaign: 'spring-collection',
          scheduled: '2027-03-10T07:00:00Z',
          schedule: { written: '2027-03-10T08:00', zone: 'Europe/Berlin', local: '2027-03-10T08:00' },
          targets: undefined,
        },
      );
      const x = thread.targets[0];
      assert.deepEqual(Object.keys(x), ['account', 'platform', 'text', 'length', 'limit', 'parts', 'link', 'media']);
      assert.deepEqual(x.parts.map((p: { text: string }) => p.text), ['What goes in a 20-litre day pack? A thread.\n\n#Northwind', 'Water, a warm layer and a hat, even in spring.', 'A map on paper: phones die in the cold.', 'Snacks, and one more snack.']);
      const lint = JSON.parse(run(['lint', '--format', 'json', 'march/packing-list.post.md'], dir).stdout);
      const counts = lint.files.find((f: { path: string }) => f.path === 'march/packing-list.post.md').counts;
      for (const target of thread.targets) {
        assert.equal(target.length, counts[target.account].length);
        assert.equal(target.limit, counts[target.account].limit);
        assert.deepEqual(target.parts.map(({ text: _text, ...count }: { text: string }) => count), counts[target.account].parts);
      }
      assert.deepEqual(thread.targets[2], { ...thread.targets[2], platform: 'bluesky', bytes: counts.bluesky.bytes, byteLimit: 3000 });
    });

    it('--from and --to: days as each post\'s own zone has them, inclusive; undated posts are then left out', () => {
      writeFileSync(join(dir, 'march', 'midnight.post.md'), post('platforms: [x]\nschedule: 2027-04-01T00:30', 'Just after midnight in Berlin, still 31 March in UTC.'));
      writeFileSync(join(dir, 'march', 'undated.post.md'), post('platforms: [x]', 'Some day.'));
      const { code, stdout, stderr } = run(['calendar', '-f', 'json', '--from', '2027-03-29', '--to=2027-04-01'], dir);
      assert.equal(code, 0, stderr);
      const calendar = JSON.parse(stdout);
      assert.deepEqual(calendar.range, { from: '2027-03-29', to: '2027-04-01' });
      assert.deepEqual(
        calendar.posts.map((p: { path: string; scheduled: string }) => [p.path, p.scheduled]),
        [
          ['march/evening-walk.post.md', '2027-03-29T07:00:00Z'],
          ['march/month-recap.post.md', '2027-03-31T13:00:00Z'],
          ['march/midnight.post.md', '2027-03-31T22:30:00Z'],
        ],
      );
      assert.equal(stderr, 'copydesk: Not in the calendar: march/undated.post.md: it has no schedule.\n');
      const ics = events(run(['calendar', '-f', 'ics', '--to', '2027-03-31', '--from', '2027-03-31'], dir).stdout);
      assert.deepEqual([...new Set(ics.map((e) => e.file))], ['march/month-recap.post.md']);
    });
  });

  describe('--format csv', () => {
    it('one row per post and target, read back by csv-parse; RFC 4180 quoting, CRLF, no byte order mark', () => {
      writeFileSync(join(dir, 'march', 'quotes.post.md'), post('platforms: [linkedin]\nschedule: 2027-03-20T10:00\nmedia:\n  - src: media/a.jpg\n    alt: A\n  - src: media/b, c.jpg\n    alt: B', 'She said "boots, not shoes".\nSecond line.'));
      const { code, stdout, stderr } = run(['calendar', '-f', 'csv'], dir);
      assert.equal(code, 0, stderr);
      assert.ok(!stdout.startsWith('\uFEFF'));
      assert.ok(stdout.startsWith('date,time,timezone,utc,platform,account,text,parts,link,media,campaign,status,file\r\n'));
      assert.ok(stdout.endsWith('\r\n'));
      const rows: Record<string, string>[] = parseCsv(stdout, { columns: true, record_delimiter: '\r\n' });
      assert.equal(rows.length, 41);
      assert.deepEqual(rows.find((r) => r.file === 'march/quotes.post.md'), {
        date: '2027-03-20',
        time: '10:00',
        timezone: 'Europe/Berlin',
        utc: '2027-03-20T09:00:00Z',
        platform: 'linkedin',
        account: 'linkedin',
        text: 'She said "boots, not shoes".\nSecond line.',
        parts: '1',
        link: '',
        media: 'media/a.jpg\nmedia/b, c.jpg',
        campaign: '',
        status: '',
        file: 'march/quotes.post.md',
      });
      assert.match(stdout, /,"She said ""boots, not shoes""\.\nSecond line\.",1,,/);
      const evening = rows.filter((r) => r.file === 'march/evening-walk.post.md');
      assert.deepEqual(evening.map((r) => [r.date, r.time, r.utc, r.platform]), [
        ['2027-03-29', '09:00', '2027-03-29T07:00:00Z', 'instagram'],
        ['2027-03-29', '09:00', '2027-03-29T07:00:00Z', 'facebook'],
      ]);
      const thread = rows.find((r) => r.file === 'march/packing-list.post.md' && r.platform === 'x')!;
      assert.equal(thread.parts, '4');
    });

    it('--zone: dates and times in the scheduler account\'s zone, and --from/--to by its days', () => {
      const { code, stdout, stderr } = run(['calendar', '-f', 'csv', '--zone', 'America/New_York', '--from', '2027-03-29'], dir);
      assert.equal(code, 0, stderr);
      const rows: Record<string, string>[] = parseCsv(stdout, { columns: true });
      assert.deepEqual(
        [...new Set(rows.map((r) => [r.file, r.date, r.time, r.timezone, r.utc].join(' ')))],
        ['march/evening-walk.post.md 2027-03-29 03:00 America/New_York 2027-03-29T07:00:00Z', 'march/month-recap.post.md 2027-03-31 09:00 America/New_York 2027-03-31T13:00:00Z'],
      );
      const page = run(['calendar', '-f', 'html', '--zone', 'Asia/Tokyo', 'march/month-recap.post.md'], dir).stdout;
      assert.match(page, /Days and times in Asia\/Tokyo\./);
      assert.match(page, /data-date="2027-03-31"[^>]*><span class="cd-cal-date"[^>]*>31<\/span><ul class="cd-cal-items"><li [^>]*><span class="cd-cal-line"><time class="cd-cal-time">22:00<\/time>/);
    });

    it('--bom starts the file with one, for Excel', () => {
      const { stdout } = run(['calendar', '-f', 'csv', '--bom', 'march/hiring-store.post.md'], dir);
      assert.ok(stdout.startsWith('\uFEFFdate,time,'));
      assert.equal(parseCsv(stdout, { columns: true, bom: true }).length, 1);
    });
  });

  describe('--format html', () => {
    it('a page with the month grid, no script, every post of the month', () => {
      const { code, stdout } = run(['calendar', '-f', 'html'], dir);
      assert.equal(code, 0);
      assert.match(stdout, /^<!DOCTYPE html>\n/);
      assert.doesNotMatch(stdout, /<script/i);
      assert.deepEqual([...stdout.matchAll(/data-month="([\d-]+)"/g)].map((m) => m[1]), ['2027-03']);
      assert.equal(new Set([...stdout.matchAll(/data-path="([^"]+)"/g)].map((m) => m[1])).size, 17);
    });
  });

  describe('-o', () => {
    it('writes the file, replacing one that is there (as export and preview do), and says so on stderr', () => {
      writeFileSync(join(dir, 'calendar.ics'), 'old');
      const { code, stdout, stderr } = run(['calendar', '-f', 'ics', '-o', 'calendar.ics'], dir);
      assert.equal(code, 0, stderr);
      assert.equal(stdout, '');
      assert.equal(stderr, 'Wrote calendar.ics (40 events from 17 posts).\n');
      assert.equal(events(readFileSync(join(dir, 'calendar.ics'), 'utf8')).length, 40);
      assert.equal(run(['calendar', '-f', 'csv', '--out=plan.csv', 'march/launch-day.post.md'], dir).stderr, 'Wrote plan.csv (4 rows from 1 post).\n');
      assert.equal(run(['calendar', '-f', 'json', '-o', '-'], dir).stdout.startsWith('{'), true, '- is standard output');
    });

    it('never through a link the repository planted to lead out of it, never a read-only file; exit 2', () => {
      const outside = mkdtempSync(join(tmpdir(), 'copydesk-outside-'));
      try {
        writeFileSync(join(outside, 'victim.txt'), 'keep');
        symlinkSync(join(outside, 'victim.txt'), join(dir, 'calendar.ics'));
        const linked = run(['calendar', '-f', 'ics', '-o', 'calendar.ics'], dir);
        assert.equal(linked.code, 2);
        assert.match(linked.stderr, /^copydesk: Cannot write 'calendar\.ics': it is a symbolic link to a file outside the folders Copydesk may read or write\.\n$/);
        assert.equal(readFileSync(join(outside, 'victim.txt'), 'utf8'), 'keep');
        writeFileSync(join(dir, 'locked.ics'), 'locked');
        chmodSync(join(dir, 'locked.ics'), 0o444);
        const locked = run(['calendar', '-f', 'ics', '-o', 'locked.ics'], dir);
        assert.equal(locked.code, 2);
        assert.match(locked.stderr, /Cannot write 'locked\.ics': it is read-only\./);
        assert.equal(readFileSync(join(dir, 'locked.ics'), 'utf8'), 'locked');
      } finally {
        rmSync(outside, { recursive: true, force: true });
      }
    });
  });

  describe('mistakes', () => {
    it('usage mistakes: exit 2, one line and a pointer to --help, nothing on standard output', () => {
      const cases: [string[], string][] = [
        [['calendar'], 'calendar needs --format: ics, html, json or csv.'],
        [['calendar', '-f', 'pdf'], "Unknown format 'pdf': use ics, html, json or csv."],
        [['calendar', '--format'], '--format needs a value: ics, html, json or csv.'],
        [['calendar', '-f', 'ics', '--from', '2027-02-30'], "--from '2027-02-30' is not a day: write YYYY-MM-DD, e.g. 2027-01-31."],
        [['calendar', '-f', 'ics', '--to', '2027-3-1'], "--to '2027-3-1' is not a day: write YYYY-MM-DD, e.g. 2027-01-31."],
        [['calendar', '-f', 'ics', '--to', 'tomorrow'], "--to 'tomorrow' is not a day: write YYYY-MM-DD, e.g. 2027-01-31."],
        [['calendar', '-f', 'ics', '--from'], '--from needs a day: YYYY-MM-DD, e.g. 2027-01-31.'],
        [['calendar', '-f', 'ics', '--from', '2027-04-01', '--to', '2027-03-01'], '--from 2027-04-01 is after --to 2027-03-01.'],
        [['calendar', '-f', 'ics', '--bom'], '--bom is for --format csv.'],
        [['calendar', '-f', 'ics', '-o'], "-o needs a file name, or '-' for standard output."],
        [['calendar', '-f', 'ics', '--week'], "Unknown option '--week'."],
        [['calendar', '-f', 'csv', '--zone', 'Mars/Olympus_Mons'], "Unknown time zone 'Mars/Olympus_Mons': use an IANA time zone such as Europe/Berlin, America/New_York or UTC."],
        [['calendar', '-f', 'csv', '--zone'], '--zone needs an IANA time zone, e.g. Europe/Berlin or UTC.'],
        [['calendar', '-f', 'ics', '--zone', 'UTC'], '--zone is for --format csv and html (ICS times are in UTC).'],
      ];
      for (const [args, message] of cases) {
        const { code, stdout, stderr } = run(args, dir);
        assert.equal(code, 2, args.join(' '));
        assert.equal(stdout, '');
        assert.equal(stderr, `copydesk: ${message}\nRun 'copydesk calendar --help' for usage.\n`);
      }
      const help = run(['calendar', '--help'], dir);
      assert.equal(help.code, 0);
      assert.match(help.stdout, /^Usage: copydesk calendar \[paths or globs…\] --format <ics\|html\|json\|csv>/);
      assert.match(run(['--help'], dir).stdout, /copydesk calendar \[paths…\] --format <ics\|html\|json\|csv>/);
    });

    it('a path that is not there, or not a post: exit 2 with the reason, the rest still written', () => {
      const { code, stdout, stderr } = run(['calendar', '-f', 'json', 'nowhere', '.copydesk.yaml', 'march/hiring-store.post.md'], dir);
      assert.equal(code, 2);
      assert.equal(stderr, "copydesk: Cannot read 'nowhere': no such file or folder.\ncopydesk: '.copydesk.yaml' is not a post (*.post.md).\n");
      assert.equal(JSON.parse(stdout).posts.length, 1);
      assert.match(run(['calendar', '-f', 'ics', 'april/*.post.md'], dir).stderr, /^copydesk: No posts \(\*\.post\.md\) match 'april\/\*\.post\.md'\.\n/);
    });

    it('a folder without posts: an empty calendar and a note, exit 0', () => {
      mkdirSync(join(dir, 'empty'));
      const { code, stdout, stderr } = run(['calendar', '-f', 'ics', 'empty'], dir);
      assert.equal(code, 0);
      assert.equal(events(stdout).length, 0);
      assert.equal(stderr, "copydesk: No posts (*.post.md) under 'empty'.\n");
    });

    it('hostile and odd input never ends in a stack trace', () => {
      writeFileSync(join(dir, 'march', 'weird.post.md'), post('platforms: [x, {a: 1}, 3]\nschedule: [2027-03-01]\ntimezone: 42\nstatus: flying\ncampaign: [a, b]\nmedia: nope\nlink: 7', '\u0000\u202E'));
      writeFileSync(join(dir, 'march', 'nofm.post.md'), 'No front matter at all.\n');
      writeFileSync(join(dir, 'march', 'year.post.md'), post('platforms: [x]\nschedule: 9999-12-31T23:59:59+14:00', 'Late.'));
      for (const format of ['ics', 'html', 'json', 'csv']) {
        const { code, stderr } = run(['calendar', '-f', format], dir);
        assert.equal(code, 0, `${format}: ${stderr}`);
        assert.doesNotMatch(stderr, /\n\s+at |unexpected error/, format);
      }
    });
  });

  it('the README\'s example folder: a calendar from examples/ too', () => {
    const { code, stdout, stderr } = run(['calendar', '-f', 'ics', join(REPO_ROOT, 'examples', 'posts')], REPO_ROOT);
    assert.equal(code, 0, stderr);
    assert.ok(events(stdout).length > 0);
    assert.ok(existsSync(join(REPO_ROOT, 'examples', 'posts')));
  });
});
