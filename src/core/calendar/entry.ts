import { isScalar } from 'yaml';
import type { PostContext } from '../post/context';
import { POST_STATUSES } from '../post/schema';
import { LineIndex, type LineColumn } from '../text/positions';
import type { OffsetRange } from '../types';
import { nodeRange, pairOf } from '../yaml/document';
import { formatMoment, readSchedule, type ScheduleReading } from '../text/time';

export type PostStatus = (typeof POST_STATUSES)[number];

/** A place in a file, with its line and column (1-based) so a face can point there without reading the file. */
export interface FilePlace {
  range: OffsetRange;
  start: LineColumn;
  end: LineColumn;
}

/** One post as the editorial calendar sees it. */
export interface CalendarEntry {
  /** The key the face gave the file (a path on the command line, a URI's path in the editor). */
  path: string;
  /** `schedule:` as written, where, and what it reads as. */
  schedule?: ScheduleReading & { text: string; place: FilePlace };
  /** The time zone the post is shown in: its `timezone:`, else the configuration's, else none (UTC). */
  zone?: string;
  status?: PostStatus;
  campaign?: string;
  /** Where it is published: `platforms:` entries that name a platform or an account, in order, once each. */
  targets: { name: string; platform: string }[];
  /** The first line of the default copy (else of the first block), for calendars and lists. */
  title: string;
  /** Where the copy starts, for "open the post at its copy". */
  copy: LineColumn;
}

function stringAt(context: PostContext, key: string): { value: string; range: OffsetRange } | undefined {
  const pair = pairOf(context.parsed.frontMatter.parsed.doc.contents, key);
  if (!pair || !isScalar(pair.value) || typeof pair.value.value !== 'string') return undefined;
  return { value: pair.value.value, range: nodeRange(context.parsed.text, pair.value)! };
}

/** The zone a post's local schedule is read in: its own `timezone:`, else the configuration's `calendar.timezone`. */
export function zoneOf(context: PostContext): string | undefined {
  const own = stringAt(context, 'timezone')?.value.trim();
  return own || context.config.calendar?.timezone?.trim() || undefined;
}

/** The first non-blank line of `text`, without Markdown emphasis markers, at most 120 characters. */
export function firstLine(text: string): string {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '' && l.trim() !== '---')?.trim() ?? '';
  const plain = line.replace(/^#{1,6}\s+/, '').replace(/[*_]{1,3}(\S[^*_]*?)[*_]{1,3}/g, '$1');
  // Cut by characters (code points), never between the halves of an emoji.
  const chars = Array.from(plain);
  return chars.length > 120 ? `${chars.slice(0, 119).join('').trimEnd()}…` : plain;
}

/** The calendar's view of one post, read from its context (front matter already parsed). */
export function calendarEntry(path: string, context: PostContext): CalendarEntry {
  // Positions are needed in the front matter and where the copy starts: index only that much of
  // the text (a 1 MB post is linted on every keystroke).
  const first = context.targets.find((t) => !t.block) ?? context.targets[0];
  const copyStart = first && first.copy.text.length > 0 ? first.copy.fileOffset(0) : context.parsed.body.start;
  const lines = new LineIndex(context.parsed.text.slice(0, Math.max(copyStart, context.parsed.body.start) + 1));
  const place = (range: OffsetRange): FilePlace => ({ range, start: lines.positionAt(range.start), end: lines.positionAt(range.end) });
  const zone = zoneOf(context);
  const fm = context.frontMatter;
  const scheduleText = stringAt(context, 'schedule');
  const status = typeof fm?.status === 'string' && (POST_STATUSES as readonly string[]).includes(fm.status) ? (fm.status as PostStatus) : undefined;
  const campaign = typeof fm?.campaign === 'string' && fm.campaign.trim() !== '' ? fm.campaign.trim() : undefined;
  const seen = new Set<string>();
  const targets: CalendarEntry['targets'] = [];
  for (const { target } of context.targets) {
    if (seen.has(target.name)) continue;
    seen.add(target.name);
    targets.push({ name: target.name, platform: target.platform.id });
  }
  const title = firstLine(first ? first.copy.text.slice(0, 2000) : '');
  const entry: CalendarEntry = { path, targets, title, copy: lines.positionAt(copyStart) };
  if (scheduleText && scheduleText.value.trim() !== '') entry.schedule = { text: scheduleText.value, place: place(scheduleText.range), ...readSchedule(scheduleText.value, zone) };
  if (zone) entry.zone = zone;
  if (status) entry.status = status;
  if (campaign) entry.campaign = campaign;
  return entry;
}

/**
 * `at` as the post's readers think of it: in its time zone, else at the offset its schedule is
 * written with, else in UTC.
 */
export function momentFor(entry: CalendarEntry, at: number): string {
  if (entry.zone) return formatMoment(at, entry.zone);
  const offset = entry.schedule?.offset;
  if (offset && offset !== 'Z') {
    const minutes = (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
    return formatMoment(at + minutes * 60_000, undefined).replace(/ UTC$/, ` ${offset}`);
  }
  return formatMoment(at, undefined);
}
