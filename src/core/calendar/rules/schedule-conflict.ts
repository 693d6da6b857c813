import { relativeFrom } from '../../paths';
import type { RelatedLocation, Rule } from '../../types';
import { momentFor } from '../entry';
import { formatSpan } from '../../text/time';
import { minGapMs, type CalendarContext } from './context';

/** post/schedule-conflict: two posts to one account are not scheduled closer than `calendar.min_gap`. */
export const scheduleConflict: Rule<CalendarContext> = {
  id: 'post/schedule-conflict',
  description: 'Two posts to the same account are at least `calendar.min_gap` minutes apart (default 60), so one does not bury the other in the feed.',
  defaultSeverity: 'warning',
  fileKind: 'post',
  check(context, report) {
    const { entry, index } = context;
    const gap = minGapMs(context);
    if (!index || !entry.schedule || entry.schedule.at === undefined || gap <= 0) return;
    const byAccount = new Map<string, ReturnType<typeof index.neighbours>>();
    for (const n of index.neighbours(entry, gap)) {
      const list = byAccount.get(n.account) ?? [];
      list.push(n);
      byAccount.set(n.account, list);
    }
    const minutes = gap / 60_000;
    for (const [account, neighbours] of byAccount) {
      const nearest = neighbours[0];
      const when = nearest.apart === 0 ? 'at the same time' : `${formatSpan(nearest.apart)} ${nearest.apart > 0 ? 'later' : 'earlier'}`;
      const others = neighbours.length > 1 ? ` (and ${neighbours.length - 1} more within ${minutes} minutes)` : '';
      const related: RelatedLocation[] = neighbours.map((n) => ({
        range: n.other.schedule!.place.range,
        message: `${relativeFrom(entry.path, n.other.path)} goes to ${account} at ${momentFor(entry, n.other.schedule!.at!)}`,
        file: { path: n.other.path, start: n.other.schedule!.place.start, end: n.other.schedule!.place.end },
      }));
      report({
        message: `Another post goes to ${account} ${when}: ${relativeFrom(entry.path, nearest.other.path)}${others}. Keep posts to one account at least ${minutes} minutes apart (calendar.min_gap), or move one.`,
        range: entry.schedule.place.range,
        related,
      });
    }
  },
};
