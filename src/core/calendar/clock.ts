import type { Config } from '../config/schema';
import { isoDay } from '../text/dates';
import { formatSpan } from '../text/time';
import type { CalendarEntry } from './entry';

// What a file's findings read of "now", as a key: a cache of findings (copydesk lint --cache)
// keeps a file's findings only while its key is the same, so they stay right as time passes.
// Kept beside the rules that read the clock: a rule that starts reading `now` differently
// changes this file too (test/unit/clock-key.test.ts lints at many moments and checks the promise).

/**
 * A JD's findings read the day (UTC): jd/review-overdue counts the days since the review was
 * due, jd/pay-transparency picks the laws in force.
 */
export function jdClockKey(now: Date): string {
  return isoDay(now);
}

/**
 * A post's findings read the distance between its schedule and now, and only where a calendar
 * rule reports it: post/schedule-past for a post not published whose time has passed (the
 * message says how long ago), post/status-flow for one published but still in the future, or
 * in draft or review and due within `calendar.approval_lead` (the message says how soon). Two
 * moments with the same key give the post the same findings; a post without a schedule, or
 * scheduled and in the future, keeps its key until its moment passes.
 */
export function postClockKey(entry: CalendarEntry, config: Config, now: Date): string {
  const at = entry.schedule?.at;
  if (at === undefined) return '';
  const ahead = at - now.getTime();
  const status = entry.status;
  const lead = (config.calendar?.approval_lead ?? 24) * 3_600_000;
  if (ahead < 0) return status === 'published' ? 'past' : `past ${formatSpan(-ahead)}`;
  if (ahead === 0) return 'now';
  if (status === 'published') return `ahead ${formatSpan(ahead)}`;
  if ((status === 'draft' || status === 'review') && ahead < lead) return `ahead ${formatSpan(ahead)} within lead`;
  return 'ahead';
}
