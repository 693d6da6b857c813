import type { OffsetRange } from '../types';
import { readYaml, type ReadYaml } from '../yaml/document';

/** A `::: <id>` … `:::` block: copy for one platform or account. */
export interface PlatformBlock {
  /** The id as written after `:::`. */
  id: string;
  /** Where the id is written, for findings about it. */
  idRange: OffsetRange;
  /** The whole opening line `::: x`. */
  openRange: OffsetRange;
  /** The copy inside the block: from the line after the opening to the closing line. */
  content: OffsetRange;
  /** The closing `:::` line, or undefined when the block is never closed. */
  closeRange?: OffsetRange;
}

/** How the front matter is (or is not) delimited. */
export type FrontMatterState = 'ok' | 'missing' | 'unclosed';

/** A `*.post.md` file split into its parts; every range is an offset into the file. */
export interface ParsedPost {
  text: string;
  frontMatterState: FrontMatterState;
  /** The opening `---` line (also set when the front matter is never closed). */
  frontMatterOpen?: OffsetRange;
  /** The YAML between the `---` lines, read with positions that are offsets into the whole file. */
  frontMatter: ReadYaml;
  /** The YAML between the `---` lines (empty when there is none). */
  frontMatterRange: OffsetRange;
  /** Everything after the front matter. */
  body: OffsetRange;
  blocks: PlatformBlock[];
  /** Closing `:::` lines with no block open. */
  strayClosers: OffsetRange[];
  /** The default copy: the body without its blocks, as ranges in file order. */
  defaultCopy: OffsetRange[];
  /**
   * Lines of `---` in the body (trailing blank space allowed; the range ends before the line
   * break), in file order: they separate the parts of a thread, in the default copy and in blocks.
   */
  partBreaks: OffsetRange[];
}

interface Line {
  start: number;
  /** End of the line's text, before the line break. */
  end: number;
  /** Start of the next line. */
  next: number;
}

function* lines(text: string, from: number): Generator<Line> {
  let start = from;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const next = newline < 0 ? text.length : newline + 1;
    let end = newline < 0 ? text.length : newline;
    if (end > start && text[end - 1] === '\r') end--;
    yield { start, end, next };
    start = next;
  }
}

/**
 * The front matter with what comes before it as spaces (line breaks kept), so the YAML parser's
 * offsets are offsets into the post file itself. What follows it is left out: it cannot move
 * those offsets, and a 1 MB copy would otherwise be parsed as a megabyte of blank YAML.
 */
export function maskOutside(text: string, start: number, end: number): string {
  return text.slice(0, start).replace(/[^\r\n]/g, ' ') + text.slice(start, end);
}

const BLOCK_LINE = /^:::[ \t]*(\S*)[ \t]*$/;

/** Splits a post into front matter, default copy and platform blocks; never throws. */
export function parsePost(text: string): ParsedPost {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  let frontMatterState: FrontMatterState = 'missing';
  let frontMatterOpen: OffsetRange | undefined;
  let yamlStart = bom;
  let yamlEnd = bom;
  let bodyStart = bom;
  const all = lines(text, bom);
  const first = all.next();
  if (!first.done && text.slice(first.value.start, first.value.end).trimEnd() === '---') {
    frontMatterOpen = { start: first.value.start, end: first.value.end };
    yamlStart = first.value.next;
    frontMatterState = 'unclosed';
    for (const line of all) {
      const content = text.slice(line.start, line.end).trimEnd();
      if (content === '---' || content === '...') {
        frontMatterState = 'ok';
        yamlEnd = line.start;
        bodyStart = line.next;
        break;
      }
    }
    if (frontMatterState === 'unclosed') {
      // Without a closing line there is no telling where the YAML ends and the copy begins:
      // read neither, and let post/front-matter say so.
      yamlEnd = yamlStart;
      bodyStart = text.length;
    }
  }
  const frontMatter = readYaml(frontMatterState === 'missing' ? '' : maskOutside(text, yamlStart, yamlEnd));

  const blocks: PlatformBlock[] = [];
  const strayClosers: OffsetRange[] = [];
  const defaultCopy: OffsetRange[] = [];
  let open: PlatformBlock | undefined;
  const partBreaks: OffsetRange[] = [];
  let copyStart = bodyStart;
  for (const line of lines(text, bodyStart)) {
    if (text.charCodeAt(line.start) === 45 && isPartBreak(text, line)) {
      partBreaks.push({ start: line.start, end: line.end });
      continue;
    }
    const match = BLOCK_LINE.exec(text.slice(line.start, line.end));
    if (!match) continue;
    const id = match[1];
    const lineRange = { start: line.start, end: line.end };
    if (id === '') {
      if (open) {
        open.content.end = line.start;
        open.closeRange = lineRange;
        open = undefined;
        copyStart = line.next;
      } else strayClosers.push(lineRange);
      continue;
    }
    // A new block while one is open: the open one ends here, unclosed.
    if (open) open.content.end = line.start;
    else if (line.start > copyStart) defaultCopy.push({ start: copyStart, end: line.start });
    const idStart = line.start + text.slice(line.start, line.end).indexOf(id, 3);
    open = { id, idRange: { start: idStart, end: idStart + id.length }, openRange: lineRange, content: { start: line.next, end: text.length } };
    blocks.push(open);
  }
  if (!open && copyStart < text.length) defaultCopy.push({ start: copyStart, end: text.length });
  return { text, frontMatterState, frontMatterOpen, frontMatter, frontMatterRange: { start: yamlStart, end: yamlEnd }, body: { start: bodyStart, end: text.length }, blocks, strayClosers, defaultCopy, partBreaks };
}

/** A line of exactly `---`, then blank space at most (Typefully's way of writing a thread). */
function isPartBreak(text: string, line: Line): boolean {
  if (line.end - line.start < 3 || !text.startsWith('---', line.start)) return false;
  for (let i = line.start + 3; i < line.end; i++) if (text[i] !== ' ' && text[i] !== '\t') return false;
  return true;
}
