import { isPlatformId } from '../../platforms/registry';
import type { Fix, OffsetRange, Rule } from '../../types';
import { composeParts, type EmptyPart } from '../compose';
import type { PostContext } from '../context';
import type { ParsedPost } from '../parse';
import { MAX_REPORTED } from './invalid-character';

/** post/platform-block: `::: <platform>` blocks are closed, single, and for a platform the post targets; no thread part is empty. */
export const platformBlock: Rule<PostContext> = {
  id: 'post/platform-block',
  description: 'Each `::: <platform>` block is closed with `:::`, appears once, and is for a platform the post is published on; no `---` line leaves a thread part empty.',
  defaultSeverity: 'error',
  fileKind: 'post',
  check({ parsed, targets, config }, report) {
    const seen = new Set<string>();
    for (const block of parsed.blocks) {
      if (!block.closeRange) {
        report({ message: `The \`::: ${block.id}\` block is never closed: add a line with ::: where its copy ends.`, range: block.openRange });
      }
      if (seen.has(block.id)) {
        report({ message: `A second \`::: ${block.id}\` block: only the first is published. Merge them into one.`, range: block.openRange });
        continue;
      }
      seen.add(block.id);
      const known = targets.some((t) => t.target.name === block.id || t.target.platform.id === block.id);
      const isPlatformOrAccount = isPlatformId(block.id) || Boolean(config.accounts?.[block.id]);
      if (!known && isPlatformOrAccount) {
        report({
          message: `This post is not published on ${block.id} (\`platforms:\` does not list it), so this block is never used: add ${block.id} to \`platforms\` or remove the block.`,
          range: block.idRange,
          severity: 'warning',
        });
      }
    }
    for (const closer of parsed.strayClosers) {
      report({ message: 'A closing ::: with no `::: <platform>` line above it: it would be published as text. Remove it, or add the opening line.', range: closer, severity: 'warning' });
    }
    // A file of nothing but --- lines must not flood the editor or a CI log.
    const empties = emptyParts(parsed);
    empties.slice(0, MAX_REPORTED).forEach((empty, i) => {
      const fix: Fix = { title: 'Remove this --- line', edits: [{ ...lineWithBreak(parsed.text, empty.line), text: '' }], safe: false };
      const more = i === MAX_REPORTED - 1 && empties.length > MAX_REPORTED ? ` (${empties.length - MAX_REPORTED} more such lines in this file are not shown.)` : '';
      report({ message: EMPTY_PART[empty.where] + more, range: empty.line, severity: 'warning', fixes: [fix] });
    });
  },
};

const EMPTY_PART: Record<EmptyPart['where'], string> = {
  start: 'This --- line starts the copy, so the first post of the thread would be empty. Remove the line, or write that post above it.',
  between: 'This --- line follows another one, so the post between them would be empty. Remove the line, or write that post.',
  end: 'This --- line ends the copy, so the last post of the thread would be empty. Remove the line, or write that post below it.',
};

/** The `---` lines that leave a thread part empty, in the default copy and in every block. */
function emptyParts(parsed: ParsedPost): EmptyPart[] {
  if (parsed.partBreaks.length === 0) return [];
  const sources = [parsed.defaultCopy, ...parsed.blocks.map((b) => [b.content])];
  return sources.flatMap((ranges) => composeParts(parsed.text, ranges, parsed.partBreaks).empty).sort((a, b) => a.line.start - b.line.start);
}

/** `line` with its line break (the one before it, on the last line of a file without one). */
function lineWithBreak(text: string, line: OffsetRange): OffsetRange {
  if (line.end < text.length) return { start: line.start, end: line.end + (text.startsWith('\r\n', line.end) ? 2 : 1) };
  const before = line.start > 0 && text[line.start - 1] === '\n' ? (line.start > 1 && text[line.start - 2] === '\r' ? 2 : 1) : 0;
  return { start: line.start - before, end: line.end };
}
