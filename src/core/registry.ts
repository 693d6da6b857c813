import { BRAND_RULES } from './brand/rules/index';
import { invalid } from './config/rules/invalid';
import { JD_RULES } from './jd/rules/index';
import { POST_RULES } from './post/rules/index';
import type { RuleMeta } from './types';

/**
 * Every rule Copydesk has: the list behind docs, SARIF rule tables and `rules:` checks. A function,
 * because the config rule itself asks for the list (a constant would see it half-initialised).
 */
export function allRules(): readonly RuleMeta[] {
  return [...JD_RULES, ...POST_RULES, ...BRAND_RULES, invalid];
}

/** The rule with id `id`, if any. */
export function ruleById(id: string): RuleMeta | undefined {
  return allRules().find((r) => r.id === id);
}
