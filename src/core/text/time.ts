// Schedules as moments in time (used by the post rules, the configuration and the calendar). A schedule is either ISO 8601 with an offset
// (2027-01-12T09:00:00+01:00), which names one moment everywhere, or a local date and time
// (2027-01-12T09:00) read in an IANA time zone: the post's `timezone:` or the configuration's
// `calendar.timezone`. Zones come from the JavaScript runtime's own database (Intl), which Node
// and every browser carry, so the core needs no zone data of its own and no Node built-in.

// ISO 8601 date and time, with an optional offset: 2026-12-01T09:00:00+01:00, 2026-12-01T08:00Z, 2026-12-01 09:00.
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** What a schedule's text says, read in the zone that applies. */
export interface ScheduleReading {
  /** The moment, as milliseconds since 1970 UTC, when the text names one. */
  at?: number;
  /** Why the text names no moment, as the end of a sentence that starts with the schedule. */
  problem?: string;
  /** The offset written in the text (`+01:00`, `Z`), when there is one. */
  offset?: string;
}

const formatters = new Map<string, Intl.DateTimeFormat | undefined>();

/** A formatter giving wall-clock parts in `zone`, or undefined when the runtime does not know the zone. */
function wallClock(zone: string): Intl.DateTimeFormat | undefined {
  if (formatters.has(zone)) return formatters.get(zone);
  let formatter: Intl.DateTimeFormat | undefined;
  try {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  } catch {
    formatter = undefined;
  }
  if (formatters.size < 500) formatters.set(zone, formatter);
  return formatter;
}

/** True when `zone` is a time zone the runtime knows (Europe/Berlin, America/New_York, UTC). */
export function isTimeZone(zone: string): boolean {
  return zone.trim() !== '' && wallClock(zone.trim()) !== undefined;
}

/** The wall-clock date and time in `zone` at moment `at`. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Minutes east of UTC in force then (60 for +01:00). */
  offsetMinutes: number;
}

/** The wall clock of `zone` (a known zone, else UTC) at `at`. */
export function wallTimeIn(at: number, zone: string | undefined): WallTime {
  const formatter = zone ? wallClock(zone) : undefined;
  const offsetMinutes = formatter ? offsetIn(formatter, zone!, at) : 0;
  const d = new Date(Math.floor(at / 1000) * 1000 + offsetMinutes * 60_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), offsetMinutes };
}

/** The offset in force in a zone at `at`, asked of the runtime's zone database. */
function zoneOffset(formatter: Intl.DateTimeFormat, at: number): number {
  const date = new Date(at);
  // "1/12/2027, 09:00:00": read from the formatted string, half the time of formatToParts (a
  // calendar of 5,000 posts asks some 35,000 times); the parts when the runtime writes it otherwise.
  const m = EN_US_WALL_CLOCK.exec(formatter.format(date));
  const parts: Record<string, number> = {};
  if (m) [parts.month, parts.day, parts.year, parts.hour, parts.minute, parts.second] = m.slice(1).map(Number);
  else for (const part of formatter.formatToParts(date)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour === 24 ? 0 : parts.hour, parts.minute, parts.second);
  return Math.round((asUtc - Math.floor(at / 1000) * 1000) / 60_000);
}

const EN_US_WALL_CLOCK = /^(\d{1,2})\/(\d{1,2})\/(\d{1,6}), (\d{1,2}):(\d{2}):(\d{2})$/;

const HOUR = 3_600_000;
/** Offsets by zone and UTC hour: 5,000 posts in a calendar ask the same few hours many times. */
const hourOffsets = new Map<string, number>();

/**
 * The offset of `zone` at `at`. An hour whose first and last second have the same offset has it
 * throughout (clocks change at most once an hour), so it is asked once; an hour with a change in
 * it (they fall on half hours in some zones) is asked at the moment itself.
 */
function offsetIn(formatter: Intl.DateTimeFormat, zone: string, at: number): number {
  const hour = Math.floor(at / HOUR);
  const key = `${zone}|${hour}`;
  const known = hourOffsets.get(key);
  if (known !== undefined) return known;
  const first = zoneOffset(formatter, hour * HOUR);
  if (first !== zoneOffset(formatter, (hour + 1) * HOUR - 1000)) return zoneOffset(formatter, at);
  if (hourOffsets.size >= 50_000) hourOffsets.clear();
  hourOffsets.set(key, first);
  return first;
}

/**
 * The moment a local date and time names in `zone`. A time the clocks skip (the spring gap) names
 * no moment; a time they pass twice (the autumn overlap) names the first, as calendars do.
 */
function localToMoment(fields: number[], zone: string): number | undefined {
  const [year, month, day, hour, minute, second] = fields;
  const local = Date.UTC(year, month - 1, day, hour, minute, second);
  // Offsets either side of the moment: the earlier of the candidates that read back as `local` wins.
  const candidates = new Set<number>();
  for (const probe of [local - 86_400_000, local + 86_400_000, local]) candidates.add(local - wallTimeIn(probe, zone).offsetMinutes * 60_000);
  const matching = [...candidates].filter((at) => {
    const wall = wallTimeIn(at, zone);
    return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) === local;
  });
  return matching.length > 0 ? Math.min(...matching) : undefined;
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** `+01:00`, `-05:30`, `Z` for an offset in minutes. */
export function offsetText(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/**
 * Reads a schedule. `zone` is the time zone a local time is read in (the post's `timezone:`, else
 * the configuration's `calendar.timezone`); with a written offset it is not needed.
 */
export function readSchedule(value: string, zone?: string): ScheduleReading {
  const text = value.trim();
  const match = ISO_DATE_TIME.exec(text);
  if (!match) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return { problem: 'has no time: write the date and the time, e.g. 2026-12-01T09:00:00+01:00' };
    return { problem: 'is not an ISO 8601 date and time, e.g. 2026-12-01T09:00:00+01:00 (or 2026-12-01T09:00 with a `timezone:`)' };
  }
  const fields = match.slice(1, 7).map((m) => Number(m ?? 0));
  const [year, month, day, hour, minute, second] = fields;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth || hour > 23 || minute > 59 || second > 59) return { problem: 'is not a real date and time' };
  const written = match[7];
  if (written) {
    const offset = written.toUpperCase() === 'Z' ? 0 : (written[0] === '-' ? -1 : 1) * (Number(written.slice(1, 3)) * 60 + Number(written.slice(written.includes(':') ? 4 : 3) || 0));
    if (Math.abs(offset) > 14 * 60 || Number(written.slice(written.includes(':') ? 4 : 3) || 0) > 59) return { problem: `has the offset ${written}, which no place on Earth uses (offsets run from -12:00 to +14:00)` };
    return { at: Date.UTC(year, month - 1, day, hour, minute, second) - offset * 60_000, offset: written.toUpperCase() === 'Z' ? 'Z' : offsetText(offset) };
  }
  if (!zone) return { problem: 'has no time zone, so it means a different moment in every place: add an offset (e.g. +01:00, or Z for UTC), or a `timezone:` such as Europe/Berlin (or `calendar.timezone` in .copydesk.yaml)' };
  if (!wallClock(zone)) return { problem: `is read in the time zone '${zone}', which is not a known IANA time zone (e.g. Europe/Berlin, America/New_York)` };
  const at = localToMoment(fields, zone);
  if (at === undefined) return { problem: `does not exist in ${zone}: the clocks skip that hour that night (daylight saving time starts); pick another time` };
  return { at };
}

/** `2027-01-12 09:00` in `zone` (else UTC), with the offset in force: `2027-01-12 09:00 +01:00`. */
export function formatMoment(at: number, zone: string | undefined): string {
  const wall = wallTimeIn(at, zone);
  return `${wall.year}-${two(wall.month)}-${two(wall.day)} ${two(wall.hour)}:${two(wall.minute)} ${wall.offsetMinutes === 0 ? 'UTC' : offsetText(wall.offsetMinutes)}`;
}

/** "20 minutes", "1 hour 5 minutes", "3 days": a span for messages. */
export function formatSpan(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (minutes < 60) return plural(minutes, 'minute');
  if (minutes < 48 * 60) {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    return rest === 0 ? plural(hours, 'hour') : `${plural(hours, 'hour')} ${plural(rest, 'minute')}`;
  }
  return plural(Math.round(minutes / 1440), 'day');
}
