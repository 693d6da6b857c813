import { LineIndex } from './text/positions';
import type { Finding, OffsetRange } from './types';

/** How a file kind writes comments that can carry directives. */
export type CommentStyle = 'yaml' | 'markdown';

const DIRECTIVE: Record<CommentStyle, RegExp> = {
  // `# copydesk-disable-next-line jd/schema, jd/salary-range` on its own line or after a value.
  yaml: /(?:^|\s)#\s*copydesk-(disable-next-line|disable-line|disable|enable)\b([^#\r\n]*)/,
  markdown: /<!--\s*copydesk-(disable-next-line|disable-line|disable|enable)\b(.*?)-->/,
};

/** The comment part of a YAML line: from a `#` outside quotes that starts the line or follows a space. */
function yamlComment(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      // A quote only opens a quoted scalar at the start of a value, not inside words (it's, 90's).
      if (i === 0 || /[\s:[{,-]/.test(line[i - 1])) quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) return line.slice(i);
  }
  return '';
}

interface Directive {
  kind: 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
  line: number;
  /** Rule ids, or empty for every rule. */
  rules: string[];
}

function parseDirectives(index: LineIndex, style: CommentStyle, yamlRange?: OffsetRange): Directive[] {
  const directives: Directive[] = [];
  const { text, starts } = index;
  if (!text.includes('copydesk-')) return directives;
  for (let line = 0; line < starts.length; line++) {
    const lineText = text.slice(starts[line], line + 1 < starts.length ? starts[line + 1] : text.length);
    if (!lineText.includes('copydesk-')) continue;
    // A post's front matter is YAML: there the directives are `#` comments.
    const lineStyle = yamlRange && starts[line] >= yamlRange.start && starts[line] < yamlRange.end ? 'yaml' : style;
    const match = DIRECTIVE[lineStyle].exec(lineStyle === 'yaml' ? yamlComment(lineText) : lineText);
    if (!match) continue;
    const rules = match[2].split(/[\s,]+/).filter((r) => r.length > 0);
    directives.push({ kind: match[1] as Directive['kind'], line, rules });
  }
  return directives;
}

/**
 * Drops findings silenced by `copydesk-disable-next-line`, `copydesk-disable-line`, or inside a
 * `copydesk-disable` … `copydesk-enable` region. Without rule ids a directive covers every rule.
 */
export function applySuppressions(text: string, findings: Finding[], style: CommentStyle, yamlRange?: OffsetRange): Finding[] {
  if (findings.length === 0 || !text.includes('copydesk-')) return findings;
  const index = new LineIndex(text);
  const directives = parseDirectives(index, style, yamlRange);
  if (directives.length === 0) return findings;
  const applies = (d: Directive, ruleId: string) => d.rules.length === 0 || d.rules.includes(ruleId);
  return findings.filter((finding) => {
    const line = index.lineOf(finding.range.start);
    let disabled = false;
    for (const d of directives) {
      if (d.line > line) break;
      if (!applies(d, finding.ruleId)) continue;
      if (d.kind === 'disable') disabled = true;
      else if (d.kind === 'enable') disabled = false;
      else if (d.kind === 'disable-line' && d.line === line) return false;
      else if (d.kind === 'disable-next-line' && d.line === line - 1) return false;
    }
    return !disabled;
  });
}
