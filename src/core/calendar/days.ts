// The days and times of posts as their readers see them, for calendars and the `--from`/`--to`
// filter: the wall clock of the post's zone (or the offset it is written with, else UTC).
import type { CalendarEntry } from './entry';
import { offsetText, wallTimeIn, type WallTime } from '../text/time';

/** A moment as the post's readers see it: its wall clock, and the zone or offset that clock is in. */
export interface LocalTime {
  wall: WallTime;
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:mm`, 24-hour. */
  time: string;
  /** The IANA zone (`Europe/Berlin`), else the offset the schedule is written with (`+01:00`), else `UTC`. */
  zone: string;
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** Minutes east of UTC of an offset as `readSchedule` gives it (`+01:00`, `Z`). */
function offsetMinutes(offset: string): number {
  if (offset === 'Z') return 0;
  return (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
}

/**
 * `at` on the wall clock of `zone` when given (a page shown in one zone), else of the post's own
 * zone, else at the offset its schedule is written with, else in UTC: the day a post is on is the
 * day its writer means.
 */
export function localTime(entry: Pick<CalendarEntry, 'zone' | 'schedule'>, at: number, zone?: string): LocalTime {
  const named = zone ?? entry.zone;
  let wall: WallTime;
  let label: string;
  if (named) {
    wall = wallTimeIn(at, named);
    label = named;
  } else {
    const offset = entry.schedule?.offset;
    const minutes = offset ? offsetMinutes(offset) : 0;
    wall = { ...wallTimeIn(at + minutes * 60_000, undefined), offsetMinutes: minutes };
    label = minutes === 0 ? 'UTC' : offsetText(minutes);
  }
  return { wall, date: `${wall.year}-${two(wall.month)}-${two(wall.day)}`, time: `${two(wall.hour)}:${two(wall.minute)}`, zone: label };
}

/** `2027-01-12T08:00:00Z`: a moment in UTC, to the second. */
export function utcText(at: number): string {
  return new Date(Math.floor(at / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** True when `day` is a real `YYYY-MM-DD` date. */
export function isDay(day: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return false;
  const [year, month, date] = match.slice(1).map(Number);
  return month >= 1 && month <= 12 && date >= 1 && date <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days from `from` to `to` (`YYYY-MM-DD`, inclusive; either may be left open). */
export interface DayRange {
  from?: string;
  to?: string;
}

/**
 * True when the post's day (see localTime; in `zone` when given) lies in `range`; a post without
 * a moment lies in no bounded range.
 */
export function inDayRange(entry: CalendarEntry, range: DayRange, zone?: string): boolean {
  if (!range.from && !range.to) return true;
  const at = entry.schedule?.at;
  if (at === undefined) return false;
  const { date } = localTime(entry, at, zone);
  return (!range.from || date >= range.from) && (!range.to || date <= range.to);
}
