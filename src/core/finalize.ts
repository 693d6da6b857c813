import type { Config } from './config/schema';
import { applySuppressions, type CommentStyle } from './suppress';
import type { Finding, OffsetRange } from './types';

/** True when `offset` falls between a high and a low surrogate. */
function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const high = text.charCodeAt(offset - 1);
  const low = text.charCodeAt(offset);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/** Suppressions, severity settings, clamping and ordering: the same for every file kind. */
export function finalizeFindings(text: string, findings: Finding[], style: CommentStyle, config: Config, yamlRange?: OffsetRange): Finding[] {
  const out: Finding[] = [];
  for (const finding of applySuppressions(text, findings, style, yamlRange)) {
    const setting = config.rules[finding.ruleId];
    if (setting === 'off') continue;
    if (setting) finding.severity = setting;
    // Inside the text, and never between the two halves of a surrogate pair (an emoji).
    let start = Math.max(0, Math.min(finding.range.start, text.length));
    let end = Math.max(start, Math.min(finding.range.end, text.length));
    if (splitsPair(text, start)) start--;
    if (splitsPair(text, end)) end++;
    if (start !== finding.range.start || end !== finding.range.end) finding.range = { start, end };
    out.push(finding);
  }
  return out.sort(compareFindings);
}

const RANK = { error: 0, warning: 1, info: 2 };

/** The order findings are reported in: by position, then severity, then rule. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.range.start - b.range.start || a.range.end - b.range.end || RANK[a.severity] - RANK[b.severity] || a.ruleId.localeCompare(b.ruleId);
}
