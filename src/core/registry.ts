import { invalid } from './config/rules/invalid';
import { JD_RULES } from './jd/rules/index';
import type { RuleMeta } from './types';

/** Every rule Copydesk has: the list behind docs, SARIF rule tables and `rules:` checks. */
export const ALL_RULES: readonly RuleMeta[] = [...JD_RULES, invalid];

/** The rule with id `id`, if any. */
export function ruleById(id: string): RuleMeta | undefined {
  return ALL_RULES.find((r) => r.id === id);
}
