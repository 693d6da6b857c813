import type { OffsetRange, RelatedLocation, Rule } from '../../types';
import { momentFor } from '../entry';
import { formatSpan } from '../../text/time';
import type { CalendarContext } from './context';

/** How many of the post's errors a status-flow finding lists as related information. */
const LISTED_ERRORS = 5;

/** Where `status:`'s value is written, else where `schedule:`'s is, else the front matter's start. */
function statusRange({ post, entry }: CalendarContext): OffsetRange {
  const fm = post.parsed.frontMatterRange;
  const match = /^status:[ \t]*(\S[^\n#]*?)[ \t]*(?:#.*)?$/m.exec(post.parsed.text.slice(fm.start, fm.end));
  if (match) {
    const start = fm.start + match.index + match[0].indexOf(match[1]);
    return { start, end: start + match[1].length };
  }
  return entry.schedule?.place.range ?? { start: fm.start, end: fm.start };
}

/**
 * post/status-flow: the status says where the post is in the approval flow (draft → review →
 * approved → scheduled → published, as in Buffer's and Hootsuite's approvals), and the rest of the
 * file agrees with it.
 */
export const statusFlow: Rule<CalendarContext> = {
  id: 'post/status-flow',
  description: 'The post\'s `status:` agrees with the rest of the file: a scheduled post has a time, an approved or scheduled one has no errors, a published one is not in the future, and one still in draft or review is not due within `calendar.approval_lead` hours.',
  defaultSeverity: 'warning',
  fileKind: 'post',
  check(context, report) {
    const { entry, post, findings } = context;
    const status = entry.status;
    if (!status) return;
    const range = statusRange(context);
    const schedule = entry.schedule;
    const at = schedule?.at;
    const now = post.now.getTime();
    if (status === 'scheduled' && !schedule) {
      report({ message: 'The post is `scheduled` but has no `schedule:`: add the date and time it goes out, e.g. 2026-12-01T09:00:00+01:00.', range, severity: 'error' });
    }
    if (status === 'approved' || status === 'scheduled') {
      const errors = findings.filter((f) => f.severity === 'error');
      if (errors.length > 0) {
        const related: RelatedLocation[] = errors.slice(0, LISTED_ERRORS).map((f) => ({ range: f.range, message: `${f.ruleId}: ${f.message}` }));
        report({
          message: `The post is \`${status}\` but still has ${errors.length === 1 ? 'an error' : `${errors.length} errors`} (${[...new Set(errors.map((f) => f.ruleId))].slice(0, 3).join(', ')}): fix ${errors.length === 1 ? 'it' : 'them'}, or set it back to \`review\`.`,
          range,
          severity: 'error',
          related,
        });
      }
    }
    if (status === 'published' && at !== undefined && at > now) {
      report({ message: `The post is marked \`published\` but its schedule ${momentFor(entry, at)} is ${formatSpan(at - now)} away: correct the schedule to when it went out, or the status.`, range, severity: 'error' });
    }
    if ((status === 'draft' || status === 'review') && at !== undefined && at > now) {
      const lead = (post.config.calendar?.approval_lead ?? 24) * 3_600_000;
      if (at - now < lead) {
        report({
          message: `The post goes out in ${formatSpan(at - now)} (${momentFor(entry, at)}) but is still in \`${status}\`: approve it in time, or move the schedule. Schedulers such as Hootsuite let a post that is not approved by then expire.`,
          range,
        });
      }
    }
  },
};
