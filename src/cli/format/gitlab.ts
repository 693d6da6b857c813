import { createHash } from 'node:crypto';
import { LineIndex, type Finding, type Severity } from '../../core/index';
import { indentJson, lastCharacterPosition, type FileResult, type Reporter } from './result';

// GitLab's Code Quality report, the `artifacts:reports:codequality` file a merge request shows:
// https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format — an array of
// { description, check_name, fingerprint, severity, location: { path, lines: { begin } } }.

/**
 * GitLab's five levels (info, minor, major, critical, blocker) for Copydesk's three. An error is
 * `major`, not `critical` or `blocker`: copy that breaks a brand rule or a platform limit blocks the
 * merge through the job's exit code, and the widget keeps the top levels for what endangers the
 * product itself (as ESLint's GitLab formatters do).
 */
const SEVERITY: Record<Severity, string> = { error: 'major', warning: 'minor', info: 'info' };

/**
 * What identifies a finding across commits, so the merge request shows what is new and what is
 * fixed: the path, the rule, the text the finding is about and its message with numbers left
 * out (counts and line numbers change as the copy around moves). Not its line: inserting a line
 * above keeps every fingerprint. Findings alike in all of that are told apart by their order.
 */
function fingerprintKey(path: string, finding: Finding, text: string): string {
  return JSON.stringify([path, finding.ruleId, text.slice(finding.range.start, finding.range.end), finding.message.replace(/\d+/g, '#')]);
}

/** `--format gitlab`: the GitLab Code Quality report (JSON), written one file at a time. */
export function gitlabReporter(): Reporter {
  let first = true;
  return {
    start: () => '[',
    file(result: FileResult) {
      if (result.findings.length === 0) return '';
      const index = new LineIndex(result.text);
      const seen = new Map<string, number>();
      let out = '';
      for (const finding of result.findings) {
        const key = fingerprintKey(result.path, finding, result.text);
        const occurrence = seen.get(key) ?? 0;
        seen.set(key, occurrence + 1);
        const issue = {
          description: finding.message,
          check_name: finding.ruleId,
          fingerprint: createHash('sha256').update(`${key}\n${occurrence}`).digest('hex'),
          severity: SEVERITY[finding.severity],
          location: { path: result.path, lines: { begin: index.positionAt(finding.range.start).line, end: lastCharacterPosition(index, finding).line } },
        };
        out += `${first ? '\n' : ',\n'}  ${indentJson(JSON.stringify(issue, null, 2), 2)}`;
        first = false;
      }
      return out;
    },
    end: () => (first ? ']\n' : '\n]\n'),
  };
}
