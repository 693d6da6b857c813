import type { PlatformId } from '../../platforms/ids';
import type { Token } from '../../text/tokenize';
import type { Fix, OffsetRange, Rule } from '../../types';
import type { ComposedText } from '../compose';
import type { PostContext, TargetCopy } from '../context';

/**
 * Whether a platform shows Markdown as typed. Every one publishes the copy as plain text
 * (PRODUCT.md §1.2: "Markdown syntax is not converted"): the posting APIs of X, LinkedIn,
 * Instagram, Facebook, Threads, Bluesky and TikTok take plain text, and Mastodon posts as
 * `text/plain` unless a server runs a fork that accepts Markdown (glitch-soc, Akkoma) and the
 * post asks for it — which schedulers do not. A platform that renders Markdown would be `false`
 * here, and the copy it gets is then not checked.
 */
export const SHOWS_MARKDOWN_LITERALLY: Readonly<Record<PlatformId, boolean>> = {
  x: true,
  linkedin: true,
  instagram: true,
  facebook: true,
  threads: true,
  mastodon: true,
  bluesky: true,
  tiktok: true,
};

export type MarkdownKind = 'heading' | 'bold' | 'italic' | 'bold italic';

/** One Markdown construct in a text: offsets into that text. */
export interface MarkdownConstruct {
  kind: MarkdownKind;
  /** The whole construct, markers included. */
  range: OffsetRange;
  /** The markers to remove; what is left are the words. */
  markers: OffsetRange[];
  /** `#`, `*` or `_`. */
  marker: '#' | '*' | '_';
}

const HEADING = /^([ \t]{0,3})(#{1,6})[ \t]+(?=\S)/;
const CLOSING_HASHES = /[ \t]+#+[ \t]*$/;
const FENCE = /^ {0,3}(?:```|~~~)/;
const CODE_SPAN = /(`+)[^`\n]+?\1/g;
const WORDY = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;
/** Joins a word to the next one (file.name, path/to, user@host, it's): a marker next to it is inside a word. */
const JOINER = /[./\\@:'’+=~-]/;
/** A Python dunder name (`__init__`, `__main__`): code, not bold. */
const DUNDER = /^[a-z][a-z0-9_]*$/;
/** Runs longer than this (`*****` ratings, `____` rules) are not emphasis. */
const LONGEST_RUN = 3;

interface Run {
  start: number;
  end: number;
  char: '*' | '_';
  canOpen: boolean;
  canClose: boolean;
}

/** No character: the start or end of the line. */
const NONE = -1;

/** The code point before `at`, or NONE at the start of the line. */
function before(text: string, at: number, lineStart: number): number {
  if (at <= lineStart) return NONE;
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at - 2 >= lineStart) return text.codePointAt(at - 2) as number;
  return low;
}

/** The code point at `at`, or NONE at the end of the line. */
function after(text: string, at: number, lineEnd: number): number {
  return at >= lineEnd ? NONE : (text.codePointAt(at) as number);
}

function width(c: number): number {
  return c > 0xffff ? 2 : 1;
}

// Character classes, with ASCII answered without a regular expression (a 1 MB post has many runs).
function isSpace(c: number): boolean {
  if (c === NONE) return true;
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(String.fromCodePoint(c));
}

function isWordy(c: number): boolean {
  if (c === NONE) return false;
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORDY.test(String.fromCodePoint(c));
}

function isPunctuation(c: number): boolean {
  if (c === NONE) return false;
  if (c < 0x80) return c > 32 && c < 127 && !isWordy(c);
  return PUNCTUATION.test(String.fromCodePoint(c));
}

function isJoiner(c: number): boolean {
  return c !== NONE && c < 0x2020 && JOINER.test(String.fromCharCode(c));
}

/**
 * The delimiter runs of one line that may open or close emphasis: CommonMark's flanking rules,
 * and, stricter than CommonMark, never inside a word (`2*3*4`, `snake_case`, `__init__.py`).
 */
function delimiterRuns(text: string, lineStart: number, lineEnd: number, blocked: Uint8Array, firstCharacter: number): Run[] {
  const runs: Run[] = [];
  for (let i = lineStart; i < lineEnd; i++) {
    const code = text.charCodeAt(i);
    if ((code !== 42 /* * */ && code !== 95) /* _ */ || blocked[i]) continue;
    let end = i + 1;
    while (end < lineEnd && text.charCodeAt(end) === code && !blocked[end]) end++;
    const start = i;
    i = end - 1;
    if (end - start > LONGEST_RUN) continue;
    const prev = before(text, start, lineStart);
    const next = after(text, end, lineEnd);
    if (prev === 92 /* \ */) continue; // an escaped marker is shown as typed, but it is not emphasis
    // A list bullet: `* item`, or `*🧵 item` with an emoji for the bullet's look.
    if (code === 42 && end - start === 1 && start === firstCharacter && (isSpace(next) || blocked[end] === 2)) continue;
    const spaceBefore = isSpace(prev);
    const spaceAfter = isSpace(next);
    const punctBefore = isPunctuation(prev);
    const punctAfter = isPunctuation(next);
    const leftFlanking = !spaceAfter && (!punctAfter || spaceBefore || punctBefore);
    const rightFlanking = !spaceBefore && (!punctBefore || spaceAfter || punctAfter);
    const wordBefore = isWordy(prev) || (isJoiner(prev) && isWordy(before(text, start - width(prev), lineStart)));
    const wordAfter = isWordy(next) || (isJoiner(next) && isWordy(after(text, end + width(next), lineEnd)));
    runs.push({ start, end, char: code === 42 ? '*' : '_', canOpen: leftFlanking && !wordBefore, canClose: rightFlanking && !wordAfter });
  }
  return runs;
}

/**
 * Emphasis on one line: each closer pairs with the nearest open run of the same marker and
 * length, and the runs opened between them are dropped. One stack per marker and length, so a
 * line of a million unmatched markers costs a million steps, not a million squared.
 */
function emphasis(text: string, runs: Run[], out: MarkdownConstruct[]): void {
  const stacks = new Map<string, Run[]>();
  for (const run of runs) {
    const length = run.end - run.start;
    const key = `${run.char}${length}`;
    let stack = stacks.get(key);
    if (!stack) stacks.set(key, (stack = []));
    const opener = run.canClose ? stack[stack.length - 1] : undefined;
    const inner = opener ? text.slice(opener.end, run.start) : '';
    const dunder = run.char === '_' && length === 2 && DUNDER.test(inner);
    if (opener && WORDY.test(inner) && !dunder) {
      out.push({
        kind: length === 1 ? 'italic' : length === 2 ? 'bold' : 'bold italic',
        range: { start: opener.start, end: run.end },
        markers: [
          { start: opener.start, end: opener.end },
          { start: run.start, end: run.end },
        ],
        marker: run.char,
      });
      stack.pop();
      for (const other of stacks.values()) while (other.length > 0 && other[other.length - 1].start > opener.start) other.pop();
      continue;
    }
    if (run.canOpen) stack.push(run);
  }
}

/**
 * Markdown headings, bold and italic in `text` that a plain-text platform shows as typed, in
 * order of their start. Never inside `entities` (links, mentions, hashtags, emoji), code spans,
 * fenced code or words (`snake_case`, `2*3*4`); list bullets (`* item`) are not emphasis.
 */
export function findMarkdown(text: string, entities: readonly Token[]): MarkdownConstruct[] {
  const out: MarkdownConstruct[] = [];
  if (!/[*_#]/.test(text)) return out;
  // 1: inside a link, mention, hashtag or code span; 2: an emoji (a bullet may lean on one).
  const blocked = new Uint8Array(text.length + 1);
  for (const entity of entities) blocked.fill(entity.kind === 'emoji' ? 2 : 1, entity.start, entity.end);
  if (text.includes('`')) for (const match of text.matchAll(CODE_SPAN)) blocked.fill(1, match.index, match.index + match[0].length);
  let fenced = false;
  for (let lineStart = 0; lineStart <= text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const next = newline < 0 ? text.length + 1 : newline + 1;
    let lineEnd = newline < 0 ? text.length : newline;
    if (lineEnd > lineStart && text[lineEnd - 1] === '\r') lineEnd--;
    const line = text.slice(lineStart, lineEnd);
    if (FENCE.test(line)) fenced = !fenced;
    else if (!fenced && /[*_#]/.test(line)) {
      const heading = HEADING.exec(line);
      if (heading && !blocked[lineStart + heading[1].length]) {
        const hashes = lineStart + heading[1].length;
        const words = lineStart + heading[0].length;
        const end = lineStart + line.trimEnd().length;
        const closing = CLOSING_HASHES.exec(text.slice(words, end));
        const wordsEnd = closing ? words + closing.index : end;
        if (wordsEnd > words) {
          const markers = [{ start: hashes, end: words }];
          if (closing) markers.push({ start: wordsEnd, end });
          out.push({ kind: 'heading', range: { start: hashes, end }, markers, marker: '#' });
        }
      }
      const firstCharacter = lineStart + (line.length - line.trimStart().length);
      if (line.includes('*') || line.includes('_')) emphasis(text, delimiterRuns(text, lineStart, lineEnd, blocked, firstCharacter), out);
    }
    lineStart = next;
  }
  return out.sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
}

const MARKER_NAMES: Record<MarkdownConstruct['marker'], string> = { '#': '# signs', '*': 'asterisks', _: 'underscores' };

/** "X", "X and LinkedIn", "X, LinkedIn and Mastodon". */
function listNames(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The construct as typed, shortened when long, on one line. */
function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

/** post/markdown-literal: Markdown that plain-text platforms publish as typed, asterisks and all. */
export const markdownLiteral: Rule<PostContext> = {
  id: 'post/markdown-literal',
  description: 'No Markdown bold, italic or headings (`**bold**`, `_italic_`, `# Heading`) in copy for platforms that publish plain text, where readers see the asterisks and hashes.',
  defaultSeverity: 'warning',
  fileKind: 'post',
  check(context, report) {
    // Targets that share a copy (the default copy, or one block) share one ComposedText.
    const bySource = new Map<ComposedText, TargetCopy[]>();
    for (const target of context.targets) {
      const list = bySource.get(target.copy);
      if (list) list.push(target);
      else bySource.set(target.copy, [target]);
    }
    for (const [copy, targets] of bySource) {
      const names = [...new Set(targets.filter((t) => SHOWS_MARKDOWN_LITERALLY[t.target.platform.id]).map((t) => t.target.platform.name))];
      if (names.length === 0) continue;
      const where = `${listNames(names)}: ${names.length === 1 ? 'it publishes' : 'they publish'} plain text`;
      for (const construct of findMarkdown(copy.text, copy.entities)) {
        const markers = MARKER_NAMES[construct.marker];
        const fix: Fix = {
          title: `Remove the ${markers}, keep the words`,
          edits: construct.markers.map((m) => ({ ...copy.fileRange(m), text: '' })),
          safe: true,
        };
        report({
          message: `Markdown ${construct.kind} "${quote(copy.text.slice(construct.range.start, construct.range.end))}" shows as typed on ${where}, so readers see the ${markers}. Remove them and keep the words; let the wording, a line break or an emoji carry the emphasis.`,
          range: copy.fileRange(construct.range),
          fixes: [fix],
        });
      }
    }
  },
};
