import { BRAND_RULES } from './brand/rules/index';
import { CALENDAR_RULES } from './calendar/rules/index';
import { invalid } from './config/rules/invalid';
import { JD_RULES } from './jd/rules/index';
import { POST_RULES } from './post/rules/index';
import type { RuleMeta } from './types';

/**
 * Every rule Copydesk has: the list behind docs, SARIF rule tables and `rules:` checks. The
 * registry only lists rules; no rule imports it (the config rule is handed the ids it knows).
 */
export const ALL_RULES: readonly RuleMeta[] = [...JD_RULES, ...POST_RULES, ...CALENDAR_RULES, ...BRAND_RULES, invalid];

/** The id of every rule, in the order of `ALL_RULES`. */
export const RULE_IDS: readonly string[] = ALL_RULES.map((r) => r.id);

const BY_ID = new Map(ALL_RULES.map((r) => [r.id, r]));

/** The rule with id `id`, if any. */
export function ruleById(id: string): RuleMeta | undefined {
  return BY_ID.get(id);
}
