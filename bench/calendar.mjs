// The editorial calendar's rows of `npm run bench` (issue 16): a workspace of 5,000 posts written
// to a temporary folder (eight accounts on the eight platforms, schedules with offsets and in
// time zones over a year, every status, twenty campaigns, some threads), then the index built as
// the editor builds it, one file's change applied, and `copydesk calendar --format ics` run as a
// user runs it. Run alone with `node bench/calendar.mjs` (after `node esbuild.mjs`).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

export const CALENDAR_POSTS = 5_000;

const ACCOUNTS = {
  'northwind-x': 'x',
  'northwind-li': 'linkedin',
  'northwind-ig': 'instagram',
  'northwind-fb': 'facebook',
  'northwind-threads': 'threads',
  'northwind-social': 'mastodon',
  'northwind-bsky': 'bluesky',
  'northwind-tt': 'tiktok',
};
const CONFIG = `brand: Northwind Outfitters
calendar:
  timezone: Europe/Berlin
accounts:
${Object.entries(ACCOUNTS)
  .map(([name, platform]) => `  ${name}: { platform: ${platform} }`)
  .join('\n')}
hashtags:
  required: [Northwind]
`;
const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Europe/London'];
// The statuses and the first six sentences of the lint workspace's posts (bench/lint-workspace.cjs).
const { STATUSES, SENTENCES: ALL_SENTENCES, two } = require('./lint-workspace.cjs');
const SENTENCES = ALL_SENTENCES.slice(0, 6);

/** Post `i` of the workspace: deterministic, varied like a real team's posts. */
export function calendarPost(i) {
  const names = Object.keys(ACCOUNTS);
  const count = 1 + (i % 4);
  const platforms = Array.from({ length: count }, (_, k) => names[(i * 3 + k * 5) % names.length]);
  const day = new Date(Date.UTC(2027, 0, 1) + (i % 365) * 86_400_000);
  const date = `${day.getUTCFullYear()}-${two(day.getUTCMonth() + 1)}-${two(day.getUTCDate())}`;
  const time = `${two(7 + (i % 12))}:${two((i * 15) % 60)}`;
  const inZone = i % 3 !== 0;
  const schedule = inZone ? `${date}T${time}` : `${date}T${time}:00+01:00`;
  const lines = [
    `platforms: [${[...new Set(platforms)].join(', ')}]`,
    `schedule: ${schedule}`,
    ...(inZone && i % 3 === 2 ? [`timezone: ${ZONES[i % ZONES.length]}`] : []),
    `status: ${STATUSES[i % STATUSES.length]}`,
    `campaign: campaign-${i % 20}`,
    'hashtags: [Northwind, WinterTrails]',
    ...(i % 2 === 0 ? ['media:', `  - src: media/photo-${i % 50}.jpg`, '    alt: Two hikers crossing a snowy ridge at dawn'] : []),
    ...(i % 5 === 0 ? [`link: https://northwind.example/trails/${i}?utm_source=social`] : []),
  ];
  const body = [0, 1, 2, 3].map((k) => SENTENCES[(i + k) % SENTENCES.length]).join(' ');
  // One post in ten is a thread of three parts.
  const copy = i % 10 === 0 ? `${body}\n---\n${SENTENCES[(i + 4) % SENTENCES.length]}\n---\n${SENTENCES[(i + 5) % SENTENCES.length]}` : `${body}\n\n${SENTENCES[(i + 4) % SENTENCES.length]}`;
  return `---\n${lines.join('\n')}\n---\n${copy}\n`;
}

/** Writes the workspace; returns its folder (remove it when done). */
export function writeCalendarWorkspace(posts = CALENDAR_POSTS) {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-bench-calendar-'));
  writeFileSync(join(dir, '.copydesk.yaml'), CONFIG);
  for (let i = 0; i < posts; i++) {
    const folder = join(dir, 'posts', `2027-${two(1 + (i % 12))}`);
    if (i < 12) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `post-${i}.post.md`), calendarPost(i));
  }
  return dir;
}

/** The bench rows of the calendar, added with `row(what, figure, bar, pass)`. */
export async function calendarRows(row, { core, ms, quick }) {
  const dir = writeCalendarWorkspace();
  try {
    const config = core.resolveConfig(require('yaml').parse(CONFIG));
    const files = [];
    for (const month of readdirSync(join(dir, 'posts')).sort()) for (const name of readdirSync(join(dir, 'posts', month)).sort()) files.push(join(dir, 'posts', month, name));

    // 1. The index, built as the editor builds it when it opens the workspace: every file read,
    // analysed (the same context the rules and the preview read) and set.
    const build = () => {
      const index = new core.CalendarIndex();
      const now = new Date();
      for (const file of files) index.set(core.calendarEntry(file, core.analyzePost(readFileSync(file, 'utf8'), config, now)));
      return index;
    };
    build(); // warm: code optimised and the file cache filled, as in an editor that already read them
    const builds = [];
    let index;
    for (let i = 0; i < (quick ? 2 : 5); i++) {
      const t0 = performance.now();
      index = build();
      builds.push(performance.now() - t0);
    }
    builds.sort((a, b) => a - b);
    const buildMedian = builds[Math.floor(builds.length / 2)];
    row(`calendar index of ${CALENDAR_POSTS.toLocaleString('en-US')} posts (read, analyse, set)`, `median ${ms(buildMedian)} ms (${index.size.toLocaleString('en-US')} entries)`, 'median ≤ 1 s (issue 16)', buildMedian <= 1000 && index.size === CALENDAR_POSTS);

    // 2. One file's change: the edited text analysed, its entry set (the neighbours it leaves and
    // joins are returned), and its neighbours within the gap looked up for post/schedule-conflict.
    const changes = [];
    const gap = 60 * 60_000;
    const now = new Date();
    const runs = quick ? 50 : 400;
    for (let i = 0; i < runs + 20; i++) {
      const k = (i * 7919) % files.length;
      // The edit moves the post by a quarter of an hour each time, as someone rescheduling it would.
      const text = readFileSync(files[k], 'utf8').replace(/(schedule: \d{4}-\d\d-\d\dT)(\d\d):(\d\d)/, (_, head, h, m) => `${head}${h}:${two((Number(m) + 15 * (1 + (i % 3))) % 60)}`);
      const t0 = performance.now();
      const entry = core.calendarEntry(files[k], core.analyzePost(text, config, now));
      index.set(entry);
      index.neighbours(entry, gap);
      const t = performance.now() - t0;
      if (i >= 20) changes.push(t);
    }
    changes.sort((a, b) => a - b);
    const changeMedian = changes[Math.floor(changes.length / 2)];
    const changeP95 = changes[Math.floor(changes.length * 0.95)];
    row(`one post's change applied, ${CALENDAR_POSTS.toLocaleString('en-US')}-post calendar (analyse, set, neighbours)`, `median ${ms(changeMedian)} ms, p95 ${ms(changeP95)} ms`, 'median ≤ 5 ms (issue 16)', changeMedian <= 5);

    // 3. The command line, the whole process: `copydesk calendar --format ics` over the folder.
    const cli = join(ROOT, 'dist', 'cli.js');
    const times = [];
    let events = 0;
    for (let i = 0; i < (quick ? 2 : 5); i++) {
      const t0 = performance.now();
      const result = spawnSync(process.execPath, [cli, 'calendar', '--format', 'ics'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
      times.push(performance.now() - t0);
      if (result.status !== 0) throw new Error(`copydesk calendar failed: ${result.stderr}`);
      events = (result.stdout.match(/^BEGIN:VEVENT\r$/gm) ?? []).length;
    }
    times.sort((a, b) => a - b);
    const cliMedian = times[Math.floor(times.length / 2)];
    row(`copydesk calendar --format ics, ${CALENDAR_POSTS.toLocaleString('en-US')} posts (whole process)`, `median ${ms(cliMedian)} ms (${events.toLocaleString('en-US')} events)`, 'median ≤ 2 s (issue 16)', cliMedian <= 2000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const core = require(join(ROOT, 'dist', 'core.js'));
  const rows = [];
  const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
  await calendarRows((what, figure, bar, pass) => rows.push({ what, figure, bar, pass }), { core, ms, quick: process.argv.includes('--quick') });
  for (const r of rows) console.log(`| ${r.what} | ${r.figure} | ${r.bar} | ${r.pass ? 'PASS' : 'FAIL'} |`);
}
