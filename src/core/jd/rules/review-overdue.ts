import { nodeRange, pairOf } from '../../yaml/document';
import { isoDay } from '../../text/dates';
import type { Rule } from '../../types';
import type { JdContext } from '../context';

const DAY = 24 * 60 * 60 * 1000;

function parseDate(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCMonth() === Number(match[2]) - 1 ? date : undefined;
}

function addMonths(date: Date, months: number): Date {
  const result = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return result;
}


/** jd/review-overdue: the JD was last reviewed longer ago than the policy allows. */
export const reviewOverdue: Rule<JdContext> = {
  id: 'jd/review-overdue',
  description: 'A JD must be reviewed at least every `jd.review_every_months` months (default 12).',
  defaultSeverity: 'warning',
  fileKind: 'jd',
  check(context, report) {
    const review = pairOf(context.root, 'review')?.value;
    const pair = pairOf(review, 'last_reviewed');
    const raw = (pair?.value as { value?: unknown } | null)?.value;
    if (typeof raw !== 'string') return;
    const last = parseDate(raw);
    const range = nodeRange(context.parsed.text, pair!.value);
    if (!last || !range) return;
    const today = new Date(Date.UTC(context.now.getUTCFullYear(), context.now.getUTCMonth(), context.now.getUTCDate()));
    if (last.getTime() > today.getTime()) {
      report({ message: `The review date ${raw} is in the future: use the date the review actually happened.`, range });
      return;
    }
    const months = context.config.jd.review_every_months;
    const due = addMonths(last, months);
    if (today.getTime() <= due.getTime()) return;
    const days = Math.round((today.getTime() - due.getTime()) / DAY);
    report({
      message: `Last reviewed ${raw}; reviews are due every ${months} month${months === 1 ? '' : 's'}, so this one was due ${isoDay(due)} (${days} day${days === 1 ? '' : 's'} ago). Review the JD and update the date.`,
      range,
    });
  },
};
