import { escapeForTerminal } from './escape';
import { findingPosition, positionsOf, type FileResult, type Reporter } from './result';

const COLORS = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m', dim: '\u001b[2m', reset: '\u001b[0m' };

/** `path:line:col  severity  message  rule-id`, one line per finding, then a summary. Text from the repository is escaped for the terminal. */
export function stylishReporter(color: boolean): Reporter {
  const paint = (code: keyof typeof COLORS, s: string) => (color ? `${COLORS[code]}${s}${COLORS.reset}` : s);
  const totals = { error: 0, warning: 0, info: 0 };
  let fileCount = 0;
  return {
    start: () => '',
    file(result: FileResult) {
      fileCount++;
      if (result.findings.length === 0) return '';
      const index = positionsOf(result);
      const path = escapeForTerminal(result.path);
      let out = '';
      for (const finding of result.findings) {
        totals[finding.severity]++;
        const { start } = findingPosition(index, finding);
        out += `${path}:${start.line}:${start.column}  ${paint(finding.severity, finding.severity)}  ${escapeForTerminal(finding.message)}  ${paint('dim', escapeForTerminal(finding.ruleId))}\n`;
      }
      return out;
    },
    end() {
      const files = `${fileCount} file${fileCount === 1 ? '' : 's'}`;
      const count = (n: number, word: string) => `${n} ${word}${n === 1 || word === 'info' ? '' : 's'}`;
      return totals.error + totals.warning + totals.info === 0
        ? `No problems in ${files}.\n`
        : `${count(totals.error, 'error')}, ${count(totals.warning, 'warning')}, ${count(totals.info, 'info')} in ${files}.\n`;
    },
  };
}
