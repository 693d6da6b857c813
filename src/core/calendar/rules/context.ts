import type { Config } from '../../config/schema';
import type { PostContext } from '../../post/context';
import type { Finding } from '../../types';
import type { CalendarEntry } from '../entry';
import type { CalendarIndex } from '../index';

/** What the calendar rules look at: one post, its place in the calendar, and the rest of the calendar. */
export interface CalendarContext {
  post: PostContext;
  /** The post as the calendar sees it, read from the text being linted. */
  entry: CalendarEntry;
  /** The other posts of the workspace (the editor) or of the run (the command line), when the face keeps them. */
  index?: CalendarIndex;
  /** The post's other findings, after suppressions and severity settings. */
  findings: readonly Finding[];
}

/** `calendar.min_gap` in milliseconds (default 60 minutes; 0 switches the check off). */
export function minGapMs(context: CalendarContext): number {
  return minGapOf(context.post.config);
}

/** `calendar.min_gap` of `config` in milliseconds: how far post/schedule-conflict looks from a post linted with it (the command line sends a worker only that much of the calendar). */
export function minGapOf(config: Config): number {
  return (config.calendar?.min_gap ?? 60) * 60_000;
}
