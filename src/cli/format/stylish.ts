import { LineIndex } from '../../core/index';
import { findingPosition, type FileResult } from './result';

const COLORS = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m', dim: '\u001b[2m', reset: '\u001b[0m' };

/** `path:line:col  severity  message  rule-id`, one line per finding, then a summary. */
export function formatStylish(results: readonly FileResult[], color: boolean): string {
  const paint = (code: keyof typeof COLORS, s: string) => (color ? `${COLORS[code]}${s}${COLORS.reset}` : s);
  const lines: string[] = [];
  const totals = { error: 0, warning: 0, info: 0 };
  for (const result of results) {
    const index = new LineIndex(result.text);
    for (const finding of result.findings) {
      totals[finding.severity]++;
      const { start } = findingPosition(index, finding);
      lines.push(`${result.path}:${start.line}:${start.column}  ${paint(finding.severity, finding.severity)}  ${finding.message}  ${paint('dim', finding.ruleId)}`);
    }
  }
  const files = `${results.length} file${results.length === 1 ? '' : 's'}`;
  const count = (n: number, word: string) => `${n} ${word}${n === 1 || word === 'info' ? '' : 's'}`;
  lines.push(
    totals.error + totals.warning + totals.info === 0
      ? `No problems in ${files}.`
      : `${count(totals.error, 'error')}, ${count(totals.warning, 'warning')}, ${count(totals.info, 'info')} in ${files}.`,
  );
  return lines.join('\n') + '\n';
}
