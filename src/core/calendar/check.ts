import type { PostContext } from '../post/context';
import { runRules } from '../engine';
import type { Finding } from '../types';
import { calendarEntry } from './entry';
import type { CalendarIndex } from './index';
import { CALENDAR_RULES } from './rules/index';

/**
 * The calendar rules' findings for one post (before suppressions and severity settings), given
 * the findings of its other rules (after them). `path` is the post's key in `index`.
 */
export function calendarFindings(path: string, context: PostContext, findings: readonly Finding[], index?: CalendarIndex): Finding[] {
  return runRules(CALENDAR_RULES, { post: context, entry: calendarEntry(path, context), index, findings });
}
