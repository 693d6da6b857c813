import { isScalar } from 'yaml';
import type { Rule } from '../../types';
import { nodeRange, pairOf } from '../../yaml/document';
import type { PostContext } from '../context';

// ISO 8601 date and time with an offset: 2026-12-01T09:00:00+01:00, 2026-12-01T08:00Z.
const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)$/;

/** Why `value` is not a usable schedule, or undefined when it is; with the instant it names. */
export function checkSchedule(value: string): { problem?: string; instant?: Date } {
  const match = ISO_WITH_OFFSET.exec(value.trim());
  if (!match) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return { problem: 'has no time: write date, time and offset, e.g. 2026-12-01T09:00:00+01:00' };
    if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value.trim())) {
      return { problem: 'has no time zone offset, so it means a different moment in every time zone: add one, e.g. +01:00 or Z for UTC' };
    }
    return { problem: 'is not an ISO 8601 date and time with an offset, e.g. 2026-12-01T09:00:00+01:00' };
  }
  const [, y, mo, d, h, mi, s] = match.map((m) => (m === undefined ? undefined : m));
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth || Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) {
    return { problem: 'is not a real date and time' };
  }
  const offset = match[7];
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${offset === 'Z' ? 'Z' : offset.length === 3 ? `${offset}:00` : offset.includes(':') ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`}`;
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return { problem: 'is not a real date and time' };
  return { instant };
}

/** post/schedule-invalid: the schedule is an exact moment, and not in the past for a scheduled post. */
export const scheduleInvalid: Rule<PostContext> = {
  id: 'post/schedule-invalid',
  description: '`schedule:` is an ISO 8601 date and time with an offset; a post with status `scheduled` has one, in the future.',
  defaultSeverity: 'error',
  fileKind: 'post',
  check({ parsed, frontMatter, now }, report) {
    if (!frontMatter) return;
    const root = parsed.frontMatter.parsed.doc.contents;
    const text = parsed.text;
    const schedule = pairOf(root, 'schedule');
    const status = pairOf(root, 'status');
    const scheduled = isScalar(status?.value) && status!.value.value === 'scheduled';
    const value = isScalar(schedule?.value) ? schedule!.value.value : undefined;
    if (schedule && (value === null || value === undefined || (typeof value === 'string' && value.trim() === ''))) {
      if (scheduled) report({ message: 'The post is `scheduled` but `schedule:` is empty: add the date and time, e.g. 2026-12-01T09:00:00+01:00.', range: nodeRange(text, schedule.key as never)! });
      return;
    }
    if (!schedule) {
      if (scheduled) report({ message: 'The post is `scheduled` but has no `schedule:`: add the date and time it goes out, e.g. 2026-12-01T09:00:00+01:00.', range: nodeRange(text, status!.value)! });
      return;
    }
    if (typeof value !== 'string') return; // post/schema reports other kinds of value
    const range = nodeRange(text, schedule.value)!;
    const { problem, instant } = checkSchedule(value);
    if (problem) {
      report({ message: `The schedule '${value}' ${problem}.`, range });
      return;
    }
    if (scheduled && instant && instant.getTime() < now.getTime()) {
      report({ message: `The schedule ${value} is in the past, but the post is \`scheduled\`: move it to a future time, or set the status to published.`, range });
    }
  },
};
