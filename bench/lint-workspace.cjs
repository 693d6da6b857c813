// A generated workspace for `copydesk lint` at scale (issue 17): posts and job descriptions as a
// real team writes them, from the examples' files varied file by file (schedules over two years,
// accounts, statuses, copy, locations, titles), most clean and some with findings of every
// family (missing sections, schema errors, banned and preferred terms, over-limit copy, missing
// alt text, schedule conflicts, shouting). Three teams' folders, one with its own configuration
// extending the root's, one whose name has spaces and one with non-ASCII letters. Used by the
// bench (bench/lint.mjs) and by the CLI's tests (test/cli/workers.test.ts, cache.test.ts), so
// both lint the same kind of workspace; CommonJS, so that the compiled tests can require it.
'use strict';
const { mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');
const EXAMPLES = join(ROOT, 'examples');

const ROOT_CONFIG = readFileSync(join(EXAMPLES, '.copydesk.yaml'), 'utf8');
/** The outlet team's own settings: the root's, with two rules changed. */
const TEAM_CONFIG = `extends: [../.copydesk.yaml]
brand: Northwind Outlet
tone:
  max_exclamations: 2
rules:
  jd/missing-recommended: off
  brand/emoji-max: error
`;

/** The teams' folders: plain, with spaces, with non-ASCII letters. */
const TEAMS = ['marketing', 'Outlet Stores', 'Équipe Süd'];

const JDS = ['social-media-manager', 'community-manager', 'store-associate'].map((name) => readFileSync(join(EXAMPLES, 'jobs', `${name}.jd.yaml`), 'utf8'));
const CITIES = [
  ['Hamburg', 'DE', 'EUR'],
  ['Berlin', 'DE', 'EUR'],
  ['München', 'DE', 'EUR'],
  ['Wien', 'AT', 'EUR'],
  ['Zürich', 'CH', 'CHF'],
  ['Lyon', 'FR', 'EUR'],
  ['Manchester', 'GB', 'GBP'],
  ['Toronto', 'CA', 'CAD'],
];
const ROLE_SUFFIXES = ['', ' (Maternity Cover)', ', Outdoor Apparel', ', Nordics', ' – Trail Running', ', Climbing'];

const PLATFORMS = ['x', 'linkedin', 'instagram', 'facebook', 'threads', 'mastodon', 'bluesky', 'tiktok'];
const STATUSES = ['draft', 'review', 'approved', 'scheduled', 'published'];
const SENTENCES = [
  'Our winter trail guide is here: twelve routes around the Harz, from a flat lakeside loop to a proper ridge walk.',
  'Every route comes with parking, café stops and what to pack, tested by the team in the snow.',
  'Bring the boots that no longer fit and swap them for something you will actually wear on the trail.',
  'The repair team will patch, re-proof and re-lace whatever needs a second life.',
  'Which one are you trying first? Tell us in the comments.',
  'Doors open at 10:00 and the coffee is on us.',
  'Trailhead Club members walk with us every Thursday evening: head torches on, back in time for soup.',
  'Our Ridge 40 pack now comes in a recycled fabric that is lighter and just as tough.',
  'Tell us where you walked this weekend and we will share our favourite photos on Friday.',
  'The Hamburg store stays open late on Thursdays until Christmas.',
];
/** Sentences that bring findings: banned and preferred terms, shouting, exclamations, links. */
const FLAWED = [
  'Send us an e-mail with your best trail photo!',
  'HUGE NEWS!!! The winter sale starts now.',
  'Our gear guru picked the cheapest boots that still last.',
  'Read more at http://northwind.example/journal',
  'Members of the trailhead club get 15% off this week.',
];

function two(n) {
  return String(n).padStart(2, '0');
}

/** Post `i`: deterministic, varied; about one in six has a finding besides the calendar's. */
function workspacePost(i) {
  const count = 1 + (i % 4);
  const platforms = [...new Set(Array.from({ length: count }, (_, k) => PLATFORMS[(i * 3 + k * 5) % PLATFORMS.length]))];
  // Every 97th post goes out at the same moment as the one before it: post/schedule-conflict.
  const slot = i % 97 === 1 ? i - 1 : i;
  // Two years of posts, a few a day, at a time between 07:00 and 21:55 that looks random.
  const day = new Date(Date.UTC(2027, 0, 1) + ((slot * 7) % 730) * 86_400_000);
  const minute = 7 * 60 + ((Math.imul(slot, 2654435761) >>> 0) % 180) * 5;
  const time = `${two(Math.floor(minute / 60))}:${two(minute % 60)}`;
  const lines = [
    `platforms: [${platforms.join(', ')}]`,
    ...(i % 11 === 3 ? [] : [`schedule: ${day.toISOString().slice(0, 10)}T${time}:00+01:00`]),
    `status: ${STATUSES[i % STATUSES.length]}`,
    `campaign: campaign-${i % 20}`,
    `hashtags: [Northwind${i % 9 === 0 ? ', WinterTrails' : ''}]`,
    ...(i % 2 === 0 ? ['media:', `  - src: media/photo-${i % 50}.jpg`, ...(i % 23 === 0 ? [] : ['    alt: Two hikers crossing a snowy ridge at dawn'])] : []),
    ...(i % 5 === 0 ? [`link: https://northwind.example/trails/${i}?utm_source=social&utm_campaign=campaign-${i % 20}`] : []),
  ];
  const sentences = Array.from({ length: 2 + (i % 4) }, (_, k) => SENTENCES[(i + k * 3) % SENTENCES.length]);
  if (i % 6 === 0) sentences.splice(1, 0, FLAWED[(i / 6) % FLAWED.length]);
  let copy = sentences.join(' ');
  // One post in 40 is far over X's limit, one in 10 has its own copy for X.
  if (i % 40 === 7 && platforms.includes('x')) copy = `${copy} ${SENTENCES.join(' ')}`;
  const blocks = i % 10 === 4 && platforms.includes('x') ? `\n\n::: x\n${SENTENCES[i % SENTENCES.length]}\n:::` : '';
  return `---\n${lines.join('\n')}\n---\n${copy}\n${blocks}\n`;
}

/** JD `i`: one of the three examples, its title, place, pay and review date varied. */
function workspaceJd(i) {
  const [city, country, currency] = CITIES[i % CITIES.length];
  // Most are the complete social media manager; one in six the shop role, one in six the draft.
  let text = JDS[[0, 0, 0, 0, 2, 1][i % 6]]
    .replace(/^title: (.+)$/m, (_, title) => `title: ${title.replace(/, Denver Flagship$/, '')}${ROLE_SUFFIXES[i % ROLE_SUFFIXES.length]}`)
    .replace(/^ {2}city: .+$/m, `  city: ${city}`)
    .replace(/^ {2}country: .+$/m, `  country: ${country}`)
    .replace(/^ {2}currency: EUR$/m, `  currency: ${currency}`)
    .replace(/^ {2}min: (\d+)$/m, (_, min) => `  min: ${Number(min) + (i % 13) * 500}`)
    .replace(/last_reviewed: \d{4}-\d\d-\d\d/, `last_reviewed: 2026-${two(1 + (i % 12))}-${two(1 + (i % 28))}`);
  // One JD in eight loses its daily tasks, one in nine has a KPI that is not measurable.
  if (i % 8 === 5) text = text.replace(/^daily_tasks:\n(?: {2}- .*\n)+/m, '');
  if (i % 9 === 2) text = text.replace(/target: "\+15%"/, 'target: "more engagement"');
  return text;
}

/**
 * Writes `files` post and JD files (three posts for every two JDs) and the configuration under
 * `dir`; returns the relative paths written, sorted.
 */
function writeLintWorkspace(dir, files) {
  writeFileSync(join(dir, '.copydesk.yaml'), ROOT_CONFIG);
  mkdirSync(join(dir, TEAMS[1]), { recursive: true });
  writeFileSync(join(dir, TEAMS[1], '.copydesk.yaml'), TEAM_CONFIG);
  const made = new Set();
  const written = [];
  for (let i = 0; i < files; i++) {
    const team = TEAMS[i % TEAMS.length];
    const post = i % 5 < 3;
    const n = Math.floor(i / TEAMS.length);
    const folder = post ? join(team, 'posts', `2027-${two(1 + (n % 12))}`) : join(team, 'jobs');
    if (!made.has(folder)) {
      mkdirSync(join(dir, folder), { recursive: true });
      made.add(folder);
    }
    const name = post ? `${n % 7 === 0 ? 'café meetup' : 'post'}-${i}.post.md` : `${n % 7 === 0 ? 'rôle' : 'role'}-${i}.jd.yaml`;
    const path = join(folder, name);
    writeFileSync(join(dir, path), post ? workspacePost(i) : workspaceJd(i));
    written.push(path);
  }
  return written.sort();
}

module.exports = { TEAMS, STATUSES, SENTENCES, two, workspacePost, workspaceJd, writeLintWorkspace };
