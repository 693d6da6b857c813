import type { Rule } from '../../types';
import { momentFor } from '../entry';
import { formatSpan } from '../../text/time';
import type { CalendarContext } from './context';

/** post/schedule-past: a post that is not published is not scheduled in the past. */
export const schedulePast: Rule<CalendarContext> = {
  id: 'post/schedule-past',
  description: 'A post that is not `published` has its schedule in the future: a past time means it went out late, never, or is marked wrongly.',
  defaultSeverity: 'warning',
  fileKind: 'post',
  check({ entry, post }, report) {
    const schedule = entry.schedule;
    if (!schedule || schedule.at === undefined || entry.status === 'published') return;
    const ago = post.now.getTime() - schedule.at;
    if (ago <= 0) return;
    const status = entry.status ?? 'draft';
    const range = schedule.place.range;
    const statusPair = /^status:[ \t]*\S+/m.exec(post.parsed.text.slice(post.parsed.frontMatterRange.start, post.parsed.frontMatterRange.end));
    const fixes = [];
    if (statusPair) {
      const start = post.parsed.frontMatterRange.start + statusPair.index;
      fixes.push({ title: 'Mark the post as published', edits: [{ start, end: start + statusPair[0].length, text: 'status: published' }], safe: false });
    }
    report({
      message: `The schedule ${momentFor(entry, schedule.at)} was ${formatSpan(ago)} ago, and the post is ${entry.status ? `\`${status}\`` : 'not marked published'}: move it to a future time, or set \`status: published\` if it went out.`,
      range,
      severity: entry.status === 'scheduled' ? 'error' : undefined,
      fixes,
    });
  },
};
