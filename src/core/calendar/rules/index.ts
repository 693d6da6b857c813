import type { Rule } from '../../types';
import type { CalendarContext } from './context';
import { scheduleConflict } from './schedule-conflict';
import { schedulePast } from './schedule-past';
import { statusFlow } from './status-flow';

export type { CalendarContext } from './context';

/** The rules about a post's place in the editorial calendar, run after the post's other rules. */
export const CALENDAR_RULES: readonly Rule<CalendarContext>[] = [scheduleConflict, schedulePast, statusFlow];
