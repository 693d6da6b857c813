import type { Finding, Rule, RuleMeta, RuleReport } from './types';

/** Where each rule's documentation page lives; the path mirrors the rule id. */
export const DOCS_BASE_URL = 'https://github.com/copydesk/copydesk/blob/main/docs/rules/';

/** The documentation page of rule `ruleId`. */
export function docsUrlFor(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}

/** A finding from a rule's report, with the rule's id, severity and docs link filled in. */
export function toFinding(meta: RuleMeta, report: RuleReport): Finding {
  const finding: Finding = {
    ruleId: meta.id,
    severity: report.severity ?? meta.defaultSeverity,
    message: report.message,
    range: { start: report.range.start, end: report.range.end },
    docsUrl: docsUrlFor(meta.id),
  };
  if (report.fixes && report.fixes.length > 0) finding.fixes = report.fixes;
  return finding;
}

/**
 * Runs each rule over `context`. A rule that throws is a bug in Copydesk, not in the user's file:
 * it becomes a visible finding instead of taking the other rules (and the editor) down with it.
 */
export function runRules<Context>(rules: readonly Rule<Context>[], context: Context): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    try {
      rule.check(context, (report) => findings.push(toFinding(rule, report)));
    } catch (error) {
      findings.push(
        toFinding(rule, {
          message: `Copydesk could not finish checking ${rule.id} (${(error as Error)?.message ?? String(error)}). This is a bug in Copydesk; please report it with this file.`,
          range: { start: 0, end: 0 },
          severity: 'error',
        }),
      );
    }
  }
  return findings;
}
