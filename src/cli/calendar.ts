import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { analyzePost, calendarEntry, resolveConfig } from '../core/index';
import { isTimeZone } from '../core/text/time';
import { inDayRange, isDay } from '../core/calendar/days';
import { handoffPost, type HandoffPost } from '../core/calendar/handoff';
import { renderCalendarPage } from '../core/render/calendar';
import { MAX_BYTES, readTextFileSync, writeTextFile } from '../node/files';
import { eachArg, usageError } from './args';
import { csvCalendar } from './format/calendar-csv';
import { icsCalendar } from './format/calendar-ics';
import { jsonCalendar } from './format/calendar-json';
import { escapeForTerminal } from './format/escape';
import { toPosix, workspaceFor } from './host';
import { POST_FILES, filesFor } from './inputs';

export const CALENDAR_USAGE = `Usage: copydesk calendar [paths or globs…] --format <ics|html|json|csv> [--from <date>] [--to <date>] [--zone <zone>] [-o <file>]

Writes the editorial calendar of the posts (*.post.md) under the paths (default: the
current folder):
  ics   an iCalendar file for Google Calendar, Outlook or Apple Calendar: one event per
        post and platform or account, at its time in UTC, lasting 15 minutes
  html  a page to share: the month grid, a week view and a list, no script
  json  every post with the exact text each platform publishes, for scripts and
        schedulers' APIs
  csv   one row per post and platform or account, for a spreadsheet or a scheduler's
        bulk upload
A post without a schedule, or whose schedule names no moment, is left out (one line on
stderr says why); json lists it with "scheduled": null unless --from or --to is given.
See docs/calendar.md for the formats.

Options:
  -f, --format <format>          ics, html, json or csv (required)
      --from <YYYY-MM-DD>        only posts on or after this day
      --to <YYYY-MM-DD>          only posts on or before this day (days as each
                                 post's own time zone has them, or --zone's)
      --zone <IANA zone>         csv, html: dates and times in this zone (e.g. the
                                 scheduler account's) instead of each post's own
  -o, --out <file>               write to this file (it is replaced) instead of
                                 standard output; '-' is standard output
      --bom                      csv: start with a byte order mark (for Excel)
      --allow-extends-from <folder>  let configuration extend files in this folder too
  -h, --help                     show this help

Exit codes: 0 written, 2 usage or I/O error.
`;

const FORMATS = ['ics', 'html', 'json', 'csv'] as const;
type CalendarFormat = (typeof FORMATS)[number];

/** Why a post is not in a calendar that needs a moment. */
function leftOutReason(post: HandoffPost, frontMatterRead: boolean): string {
  const schedule = post.entry.schedule;
  if (!frontMatterRead) return 'its front matter cannot be read (copydesk lint shows why)';
  if (schedule?.problem) return `its schedule '${schedule.text}' ${schedule.problem}`;
  if (!schedule) return 'it has no schedule';
  return 'it names no platform Copydesk knows';
}

/** `copydesk calendar`: resolves to the exit code. */
export async function calendarCommand(args: string[], cwd: string, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const inputs: string[] = [];
  const allowExtendsFrom: string[] = [];
  let format: CalendarFormat | undefined;
  let from: string | undefined;
  let to: string | undefined;
  let output: string | undefined;
  let bom = false;
  let zone: string | undefined;
  let rest = false;
  const usage = usageError(err, 'calendar');
  for (const { name, arg, value } of eachArg(args)) {
    if (rest || !name.startsWith('-') || name === '-') {
      inputs.push(arg);
      continue;
    }
    if (name === '--') rest = true;
    else if (name === '-h' || name === '--help') {
      out.write(CALENDAR_USAGE);
      return 0;
    } else if (name === '-f' || name === '--format') {
      const given = value();
      if (!FORMATS.includes(given as CalendarFormat)) return usage(given === undefined ? `${name} needs a value: ics, html, json or csv.` : `Unknown format '${given}': use ics, html, json or csv.`);
      format = given as CalendarFormat;
    } else if (name === '--from' || name === '--to') {
      const given = value();
      if (given === undefined) return usage(`${name} needs a day: YYYY-MM-DD, e.g. 2027-01-31.`);
      if (!isDay(given)) return usage(`${name} '${given}' is not a day: write YYYY-MM-DD, e.g. 2027-01-31.`);
      if (name === '--from') from = given;
      else to = given;
    } else if (name === '-o' || name === '--out') {
      output = value();
      if (!output) return usage(`${name} needs a file name, or '-' for standard output.`);
    } else if (name === '--zone') {
      const given = value();
      if (!given) return usage(`${name} needs an IANA time zone, e.g. Europe/Berlin or UTC.`);
      if (!isTimeZone(given)) return usage(`Unknown time zone '${given}': use an IANA time zone such as Europe/Berlin, America/New_York or UTC.`);
      zone = given;
    } else if (name === '--bom') bom = true;
    else if (name === '--allow-extends-from') {
      const folder = value();
      if (!folder) return usage(`${name} needs a folder.`);
      allowExtendsFrom.push(folder);
    } else return usage(`Unknown option '${name}'.`);
  }
  if (format === undefined) return usage('calendar needs --format: ics, html, json or csv.');
  if (from && to && from > to) return usage(`--from ${from} is after --to ${to}.`);
  if (bom && format !== 'csv') return usage('--bom is for --format csv.');
  if (zone && format !== 'csv' && format !== 'html') return usage(`--zone is for --format csv and html (${format === 'ics' ? 'ICS times are in UTC' : 'JSON gives each post\'s zone and the UTC moment'}).`);

  let ioError = false;
  const say = (message: string) => err.write(`copydesk: ${escapeForTerminal(message)}\n`);
  const files = new Set<string>();
  const folders: string[] = [];
  for (const input of inputs.length > 0 ? inputs : ['.']) {
    const found = filesFor(input, cwd, POST_FILES);
    if ('error' in found) {
      ioError = true;
      say(found.error);
    } else {
      found.files.forEach((f) => files.add(f));
      folders.push(found.folder);
    }
  }
  const target = output === undefined || output === '-' ? undefined : resolve(cwd, output);
  const workspace = workspaceFor(cwd, [...folders, ...(target ? [dirname(target)] : [])], allowExtendsFrom);
  const loader = workspace.loader();
  const shown = (path: string) => toPosix(relative(cwd, path) || path);
  const fromRoot = (path: string) => {
    const rel = relative(workspace.root, path);
    return toPosix(rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel);
  };

  const now = new Date();
  // Each folder's real path is found once (see ReadOptions.folders).
  const realFolders = new Map<string, string>();
  const read = async (path: string) => {
    let text: string;
    try {
      text = readTextFileSync(path, { maxBytes: MAX_BYTES.document, within: workspace.within, folders: realFolders }).text;
    } catch (error) {
      ioError = true;
      say(`Cannot read '${shown(path)}': ${(error as Error).message}.`);
      return undefined;
    }
    const { config } = await loader.configFor(toPosix(path));
    const context = analyzePost(text, resolveConfig(config), now);
    return { post: handoffPost(calendarEntry(shown(path), context), context, { counted: format === 'json' }), uidPath: fromRoot(path), frontMatterRead: context.frontMatter !== undefined };
  };
  // Files are read synchronously, one after the other: each is small, and the asynchronous
  // reader's round trips cost a folder of 5,000 posts a second of waiting.
  const posts = [];
  for (const path of [...files].sort()) {
    const post = await read(path);
    if (post) posts.push(post);
  }

  // What goes in: a calendar needs a moment (and, for ICS and CSV, a target); JSON lists every
  // post unless a range is asked for; the page lists the undated ones when no range is.
  const ranged = Boolean(from || to);
  posts.sort((a, b) => (a.post.entry.schedule?.at ?? Infinity) - (b.post.entry.schedule?.at ?? Infinity) || (a.post.entry.path < b.post.entry.path ? -1 : a.post.entry.path > b.post.entry.path ? 1 : 0));
  const kept: HandoffPost[] = [];
  const notes: [string, string][] = [];
  for (const { post, frontMatterRead } of posts) {
    const dated = post.entry.schedule?.at !== undefined;
    const needsTarget = format === 'ics' || format === 'csv';
    if (dated && !(needsTarget && post.targets.length === 0)) {
      if (inDayRange(post.entry, { from, to }, zone)) kept.push(post);
      continue;
    }
    if (!ranged && (format === 'json' || (format === 'html' && !dated))) {
      kept.push(post);
      continue;
    }
    notes.push([post.entry.path, `Not in the calendar: ${post.entry.path}: ${leftOutReason(post, frontMatterRead)}.`]);
  }
  const leftOut = notes.length;
  for (const [, note] of notes.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) say(note);
  if (leftOut > 1) say(`${leftOut} of ${posts.length} posts are not in the calendar (see above).`);
  if (files.size === 0 && !ioError) say(`No posts (*.post.md) under ${inputs.length > 0 ? inputs.map((i) => `'${i}'`).join(', ') : 'the current folder'}.`);

  const uidPaths = new Map(posts.map((p) => [p.post, p.uidPath]));
  let document: string;
  if (format === 'ics') document = icsCalendar(kept, { now, uidPath: (post) => uidPaths.get(post)! });
  else if (format === 'csv') document = csvCalendar(kept, { bom, zone });
  else if (format === 'json') document = jsonCalendar(kept, { now, from, to });
  else document = renderCalendarPage(kept.map((p) => p.entry), { from, to, now, zone });

  if (target === undefined) {
    await write(out, document);
    return ioError ? 2 : 0;
  }
  try {
    // Replaced like `copydesk export --out-dir` and `preview --out` replace theirs, through the safe
    // writer: never through a link the repository planted to lead out of it, never a read-only file.
    await writeTextFile(target, document, { within: workspace.within });
  } catch (error) {
    say(`Cannot write '${output}': ${(error as Error).message}.`);
    return 2;
  }
  const events = format === 'ics' || format === 'csv' ? kept.reduce((n, p) => n + p.targets.length, 0) : undefined;
  const what = events === undefined ? `${kept.length} post${kept.length === 1 ? '' : 's'}` : `${events} ${format === 'ics' ? 'event' : 'row'}${events === 1 ? '' : 's'} from ${kept.length} post${kept.length === 1 ? '' : 's'}`;
  err.write(`${escapeForTerminal(`Wrote ${output} (${what}).`)}\n`);
  return ioError ? 2 : 0;
}

/** Writes `chunk`, waiting for the stream to drain when it asks to (a slow pipe). */
function write(out: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (chunk === '' || out.write(chunk)) return Promise.resolve();
  return new Promise((done) => out.once('drain', () => done()));
}
