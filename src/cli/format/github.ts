import { type Finding, type Severity } from '../../core/index';
import { escapeForTerminal } from './escape';
import { positionsOf, type FileResult, type Reporter, type TextPositions } from './result';

// GitHub Actions workflow commands, so a pull request shows each finding on its line:
// https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
// (`::error file={name},line={line},endLine={endLine},title={title}::{message}`, with col and
// endColumn), escaped as the runner unescapes them (actions/toolkit, packages/core/src/command.ts).

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * The command's message ("data"): `%`, CR and LF percent-encoded, so a message of several lines
 * stays one command and cannot start another. Other control and bidi characters, which the log
 * would act on, become visible escapes, as in the terminal.
 */
export function escapeWorkflowData(text: string): string {
  return escapeForTerminal(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** A property value (`file=`, `title=`): also `:` and `,`, which end a value. */
export function escapeWorkflowProperty(text: string): string {
  return escapeWorkflowData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Where the annotation goes. GitHub's end line and end column are inclusive (the toolkit: endColumn
 * "defaults to startColumn"), so the end is the range's last character. Columns are sent only when
 * the range is on one line: the toolkit says they "cannot be sent when startLine and endLine are
 * different values".
 */
function annotationPlace(index: TextPositions, finding: Finding) {
  const start = index.positionAt(finding.range.start);
  const end = index.lastCharacterAt(finding.range);
  return end.line === start.line ? { line: start.line, endLine: end.line, col: start.column, endColumn: Math.max(start.column, end.column) } : { line: start.line, endLine: end.line };
}

/** `--format github`: one workflow command per finding, nothing else, so the log holds only annotations. */
export function githubReporter(): Reporter {
  return {
    start: () => '',
    file(result: FileResult) {
      if (result.findings.length === 0) return '';
      const index = positionsOf(result);
      const file = escapeWorkflowProperty(result.path);
      let out = '';
      for (const finding of result.findings) {
        const place = annotationPlace(index, finding);
        const properties = [`file=${file}`, ...Object.entries(place).map(([key, value]) => `${key}=${value}`), `title=${escapeWorkflowProperty(finding.ruleId)}`];
        out += `::${COMMAND[finding.severity]} ${properties.join(',')}::${escapeWorkflowData(finding.message)}\n`;
      }
      return out;
    },
    end: () => '',
  };
}
