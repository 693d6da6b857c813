import { isScalar, visit, type Document } from 'yaml';
import { fileKindOf } from './paths';
import { parsePost } from './post/parse';
import { LineIndex } from './text/positions';
import type { Finding, Fix } from './types';
import { parseYaml } from './yaml/document';

/**
 * The fix "Disable <rule> for this line": a `copydesk-disable-next-line` comment above the
 * finding's line, in the file's comment syntax (YAML `#`, Markdown `<!-- -->`, YAML again in a
 * post's front matter). A comment line inside a multi-line YAML value would become part of the
 * value, so there the whole value is wrapped in `copydesk-disable` / `copydesk-enable` instead.
 */
export function disableRuleFix(text: string, fileName: string, finding: Finding): Fix | undefined {
  const kind = fileKindOf(fileName);
  if (!kind) return undefined;
  const index = new LineIndex(text);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const line = index.lineOf(finding.range.start);
  let yaml: Document.Parsed | undefined;
  let inYaml = kind !== 'post';
  if (kind === 'post') {
    const post = parsePost(text);
    const fm = post.frontMatterRange;
    inYaml = post.frontMatterState === 'ok' && finding.range.start >= fm.start && finding.range.start < fm.end;
    if (inYaml) yaml = post.frontMatter.parsed.doc;
  } else {
    yaml = parseYaml(text).doc;
  }
  const comment = (directive: string) => (inYaml ? `# copydesk-${directive} ${finding.ruleId}` : `<!-- copydesk-${directive} ${finding.ruleId} -->`);
  const title = `Disable ${finding.ruleId} for this line`;
  const lineStart = (n: number) => index.offsetOfLine(n);
  const indentOf = (n: number) => /^[ \t]*/.exec(text.slice(lineStart(n)))![0];
  const multiLine = yaml ? multiLineScalarAround(yaml, finding.range.start, index) : undefined;
  if (multiLine && multiLine.firstLine < line) {
    const indent = indentOf(multiLine.firstLine);
    const after = lineStart(multiLine.lastLine + 1);
    const atEnd = after >= text.length && !/\n$/.test(text);
    return {
      title: `Disable ${finding.ruleId} for this value`,
      edits: [
        { start: lineStart(multiLine.firstLine), end: lineStart(multiLine.firstLine), text: `${indent}${comment('disable')}${eol}` },
        { start: after, end: after, text: `${atEnd ? eol : ''}${indent}${comment('enable')}${eol}` },
      ],
      safe: false,
    };
  }
  if (finding.range.start === 0) {
    // A finding about the whole file sits at offset 0 whatever is above it: a comment line
    // inserted there would take its place, so the directive goes at the end of the first line.
    const newline = text.indexOf('\n');
    const end = newline < 0 ? text.length : newline > 0 && text[newline - 1] === '\r' ? newline - 1 : newline;
    return { title, edits: [{ start: end, end, text: `${end > 0 ? ' ' : ''}${comment('disable-line')}` }], safe: false };
  }
  const at = lineStart(line);
  return { title, edits: [{ start: at, end: at, text: `${indentOf(line)}${comment('disable-next-line')}${eol}` }], safe: false };
}

/** The lines of the YAML scalar at `offset` when it spans several lines. */
function multiLineScalarAround(doc: Document.Parsed, offset: number, index: LineIndex): { firstLine: number; lastLine: number } | undefined {
  let found: { firstLine: number; lastLine: number } | undefined;
  visit(doc, {
    Scalar(_key, node) {
      if (!isScalar(node) || !node.range) return;
      const [start, valueEnd] = node.range;
      if (offset < start || offset > valueEnd) return;
      let end = valueEnd;
      while (end > start && /\s/.test(index.text[end - 1])) end--;
      const firstLine = index.lineOf(start);
      const lastLine = index.lineOf(Math.max(start, end - 1));
      if (lastLine > firstLine) found = { firstLine, lastLine };
      return visit.BREAK;
    },
  });
  return found;
}
