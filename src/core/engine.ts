import type { Finding, Rule, RuleMeta, RuleReport } from './types';

/** Where each rule's documentation page lives; the path mirrors the rule id. */
export const DOCS_BASE_URL = 'https://github.com/copydesk/copydesk/blob/main/docs/rules/';

const docsUrls = new Map<string, string>();

/** The documentation page of rule `ruleId`. */
export function docsUrlFor(ruleId: string): string {
  // One string per rule, shared by its findings: a 1 MB file can have thousands.
  let url = docsUrls.get(ruleId);
  if (url === undefined) {
    url = `${DOCS_BASE_URL}${ruleId}.md`;
    if (docsUrls.size < 1000) docsUrls.set(ruleId, url);
  }
  return url;
}

/**
 * A finding from a rule's report, with the rule's id, severity and docs link filled in. `share`
 * returns one string for equal texts (see runRules); it may give a fix its shared title.
 */
export function toFinding(meta: RuleMeta, report: RuleReport, share: (text: string) => string = (text) => text): Finding {
  const ruleId = meta.id;
  const severity = report.severity ?? meta.defaultSeverity;
  const message = share(report.message);
  const range = { start: report.range.start, end: report.range.end };
  const docsUrl = docsUrlFor(ruleId);
  // One literal per shape: adding `fixes` afterwards would give every finding a second object.
  if (report.related && report.related.length > 0) {
    for (const fix of report.fixes ?? []) fix.title = share(fix.title);
    return report.fixes && report.fixes.length > 0 ? { ruleId, severity, message, range, docsUrl, fixes: report.fixes, related: report.related } : { ruleId, severity, message, range, docsUrl, related: report.related };
  }
  if (report.fixes && report.fixes.length > 0) {
    for (const fix of report.fixes) fix.title = share(fix.title);
    return { ruleId, severity, message, range, docsUrl, fixes: report.fixes };
  }
  return { ruleId, severity, message, range, docsUrl };
}

/**
 * Equal strings as one: a file with thousands of hits of one term has thousands of equal
 * messages and fix titles, each built in pieces (a string made with + or a template is a tree of
 * pieces). Kept apart, they were most of what the garbage collector copied in a 1 MB file.
 */
function stringSharer(): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    const known = seen.get(text);
    if (known !== undefined) return known;
    seen.set(text, text);
    return text;
  };
}

/**
 * Runs each rule over `context`. A rule that throws is a bug in Copydesk, not in the user's file:
 * it becomes a visible finding instead of taking the other rules (and the editor) down with it.
 */
export function runRules<Context>(rules: readonly Rule<Context>[], context: Context): Finding[] {
  const findings: Finding[] = [];
  const share = stringSharer();
  for (const rule of rules) {
    try {
      rule.check(context, (report) => findings.push(toFinding(rule, report, share)));
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
