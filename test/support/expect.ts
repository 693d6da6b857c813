import { LineIndex, type Finding } from '../../src/core/index';

/** `3:18-3:26` for a finding's range, 1-based, end exclusive. */
export function rangeText(text: string, finding: Finding): string {
  const index = new LineIndex(text);
  const s = index.positionAt(finding.range.start);
  const e = index.positionAt(finding.range.end);
  return `${s.line}:${s.column}-${e.line}:${e.column}`;
}

/** `ruleId L:C-L:C` for each finding: compact and exact for assertions. */
export function summarize(text: string, findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.ruleId} ${rangeText(text, f)}`);
}
