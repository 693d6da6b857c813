import type { Token } from '../../text/tokenize';
import type { OffsetRange, Rule } from '../../types';
import type { ComposedText } from '../compose';
import type { PostContext } from '../context';

/**
 * Every platform publishes a line break as a line break, so copy that was hard-wrapped at 72–100
 * columns (pasted from an email, a document or an editor that wraps) reaches the feed broken in
 * the middle of sentences. A break is reported only on strong evidence that it falls inside a
 * sentence; deliberate short lines (lists, one thought per line, poems, labels, lines ending with
 * sentence punctuation, a colon, an emoji, a link or hashtags, CJK text) are left alone.
 */

/** One line break inside a sentence, as offsets into the text it was found in. */
export interface HardWrap {
  /** What the finding marks: the last word of the first line through the next line's indentation. */
  range: OffsetRange;
  /** The blank space that the fix replaces with one space: trailing spaces, the break, the indentation. */
  gap: OffsetRange;
}

/** A continuation line must follow a first line at least this long (in characters)... */
const MIN_LENGTH = 40;
/** ...or this long when the first line ends with a word that cannot end a sentence ("the", "und"). */
const MIN_LENGTH_OPEN_WORD = 20;
/** In a paragraph with a proven wrap, a line at least this share of the widest line is wrapped too. */
const WRAPPED_SHARE = 0.7;
/** A paragraph is only judged by its width when its widest line is at least this long. */
const MIN_WRAP_WIDTH = 50;

/** Ends a sentence or a deliberate line: full stops, question and exclamation marks, colons, ellipses. */
const TERMINAL = /[.!?…:;。！？：；｡‼⁇⁈⁉]/u;
/** Closing quotes, brackets and emphasis after the last word: "the "Analytics"" still ends with a word. */
const CLOSERS = /[)\]}"'”’»›*_~`]+$/u;
/** Opening quotes and brackets before the first word of the next line. */
const OPENERS = /^[(\["'“‘«‹¿¡*_]+/u;
/** A list item: a bullet or a number, then a space. */
const LIST_ITEM = /^(?:[-*+•·◦▪▫‣⁃–—►▶➤→✓✔☐☑]|\d{1,3}[.)]|\(\d{1,3}\)|[a-zA-Z][.)])(?=\s)/u;
/** A Markdown heading: a title line, not a sentence. */
const HEADING = /^#{1,6}(?:\s|$)/;
/** A thread separator (`---` between a thread's parts) or a rule: never part of a sentence. */
const SEPARATOR = /^(?:-{3,}|\*{3,}|_{3,}|={3,})$/;
const FENCE = /^(?:```|~~~)/;
/** A line that starts with a short label ("When: Friday", "Read more: …"): a line of a listing. */
const LABEL = /^[\p{Lu}\p{N}][^\s:]*(?:[ \t]+[^\s:]+){0,3}[ \t]?:(?:\s|$)/u;
const UPPER = /[\p{Lu}\p{Lt}]/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;
const WORDY = /[\p{L}\p{N}]/u;

/**
 * Words that cannot end a sentence (articles, conjunctions, some prepositions and possessives) in
 * English, German, French, Spanish and Italian. Left out on purpose: words that can end one
 * ("with", "to", "mit", "an", "die" in English, "pour").
 */
const OPEN_WORDS = new Set(
  [
    'a an the and or but nor of our your their its my into onto than whose',
    'der das des dem ein eine einen einem einer eines und oder aber sondern zum zur vom beim im für von unsere unseren unserem unserer',
    "le la les un une des du de et ou mais au aux notre nos votre vos dans sur chez l' d' qu' l’ d’ qu’",
    'el los las una unos unas del al y il gli della delle dei degli nel nella',
  ].flatMap((list) => list.split(' ')),
);

interface Line {
  /** Start of the line's text. */
  start: number;
  /** Start and end of the line's text without the blank space around it. */
  from: number;
  to: number;
  /** The text between `from` and `to`. */
  content: string;
  /** Length of `content` in characters (code points). */
  length: number;
}

/** The ways a line can end, as far as the next line is concerned. */
type Ending = 'final' | 'word' | 'open-word' | 'comma' | 'tag';

/** Entities sorted by start, with a lookup of the one covering an offset. */
class EntityIndex {
  constructor(private readonly entities: readonly Token[]) {}

  /** The entity that contains `offset` (start ≤ offset < end), if any. */
  at(offset: number): Token | undefined {
    let lo = 0;
    let hi = this.entities.length - 1;
    let found: Token | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.entities[mid].start <= offset) {
        found = this.entities[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found && offset < found.end ? found : undefined;
  }

  /** Whether `[from, to)` holds nothing but hashtags, mentions, emoji and punctuation. */
  onlyTags(text: string, from: number, to: number): boolean {
    let at = from;
    let tags = 0;
    while (at < to) {
      const entity = this.at(at);
      if (entity && entity.kind !== 'word' && entity.kind !== 'url') {
        if (entity.kind !== 'emoji') tags++;
        at = entity.end;
        continue;
      }
      const code = text.codePointAt(at) as number;
      if (WORDY.test(String.fromCodePoint(code))) return false;
      at += code > 0xffff ? 2 : 1;
    }
    return tags > 0;
  }
}

function characters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/** The last code point of `text` before `end`, as a string. */
function lastCharacter(text: string, end: number): string {
  const low = text.charCodeAt(end - 1);
  return low >= 0xdc00 && low <= 0xdfff && end >= 2 ? text.slice(end - 2, end) : text.slice(end - 1, end);
}

/** Only this much of a line's ends is read: the checks stay linear on a line of a megabyte. */
const EDGE = 120;

/** The number of trailing characters of `tail` that are closers (quotes, brackets, emphasis). */
function closersAtEnd(tail: string): number {
  return CLOSERS.exec(tail)?.[0].length ?? 0;
}

/** How `line` ends: a sentence or deliberate end (`final`), or something the next line may continue. */
function ending(text: string, line: Line, entities: EntityIndex): Ending {
  const tail = line.content.slice(-EDGE);
  if (SEPARATOR.test(line.content) || HEADING.test(line.content) || FENCE.test(line.content)) return 'final';
  if (entities.onlyTags(text, line.from, line.to)) return 'final';
  const word = /\S+$/.exec(tail)?.[0] ?? '';
  const closers = closersAtEnd(tail);
  const end = line.to - closers;
  if (end <= line.from) return 'final';
  // A link or an emoji at the end of a line was put there on purpose.
  const last = entities.at(end - 1);
  if (last && (last.kind === 'url' || last.kind === 'emoji')) return 'final';
  if (last && (last.kind === 'hashtag' || last.kind === 'mention')) return 'tag';
  // A Markdown link or image: `[text](url)`.
  if (closers > 0 && /\]\([^()\s]*\)$/.test(tail)) return 'final';
  if (OPEN_WORDS.has(word)) return 'open-word';
  const c = lastCharacter(text, end);
  if (TERMINAL.test(c)) return 'final';
  if (c === ',') return 'comma';
  if (c === '&') return 'open-word';
  if ((c === '–' || c === '—' || c === '-') && /\s/.test(text[end - 2] ?? '')) return 'comma';
  if (UPPER.test(c) || LOWER.test(c) || DIGIT.test(c)) return 'word';
  // Letters without case (Chinese, Japanese, Korean, Thai, Arabic…), symbols: no telling.
  return 'final';
}

/** How the next line starts: with a lower-case word, an upper-case word or a digit, or something else. */
function opening(text: string, line: Line, entities: EntityIndex): 'lower' | 'upper' | 'other' {
  const content = line.content.slice(0, EDGE);
  if (SEPARATOR.test(content) || HEADING.test(content) || FENCE.test(content) || LIST_ITEM.test(content)) return 'other';
  const openers = OPENERS.exec(content)?.[0].length ?? 0;
  const at = line.from + openers;
  if (at >= line.to) return 'other';
  // A link, hashtag, mention or emoji that starts a line is a line of its own.
  const entity = entities.at(at);
  if (entity && entity.kind !== 'word') return 'other';
  const c = String.fromCodePoint(text.codePointAt(at) as number);
  if (LOWER.test(c)) return 'lower';
  if (UPPER.test(c) || DIGIT.test(c)) return LABEL.test(content.slice(openers)) ? 'other' : 'upper';
  return 'other';
}

/** Whether a line is prose that a wrap may have cut: not a list item, a label line, an emoji-led line. */
function isProse(line: Line, entities: EntityIndex): boolean {
  const head = line.content.slice(0, EDGE);
  if (LIST_ITEM.test(head) || LABEL.test(head)) return false;
  const first = entities.at(line.from);
  return !first || first.kind === 'word' || first.kind === 'url';
}

/** The start of the last word before `end` (at most 30 code units back, never inside a surrogate pair). */
function lastWordStart(text: string, from: number, end: number): number {
  let at = end;
  while (at > from && end - at < 30 && !/\s/.test(text[at - 1])) at--;
  const c = text.charCodeAt(at);
  if (at > from && c >= 0xdc00 && c <= 0xdfff) at--;
  return at;
}

/** The lines of `text`, with blank lines as undefined. */
function splitLines(text: string): (Line | undefined)[] {
  const lines: (Line | undefined)[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    let from = start;
    let to = end;
    while (from < to && /\s/.test(text[from])) from++;
    while (to > from && /\s/.test(text[to - 1])) to--;
    const content = text.slice(from, to);
    lines.push(to > from ? { start, from, to, content, length: characters(content) } : undefined);
    if (newline < 0) break;
    start = newline + 1;
  }
  return lines;
}

/**
 * The line breaks inside sentences in `text` (a platform's copy), given its entities (links,
 * hashtags, mentions, emoji). A break between line A and the next line B is reported when B
 * continues A — A ends with a word, a comma or a dash, not with sentence punctuation, a colon, an
 * emoji, a link or a line of hashtags — and one of these holds:
 *   1. B starts with a lower-case letter and A (with the lines already joined to it) is at least
 *      40 characters long: short lines that go on in lower case are poems and one-thought lines;
 *   2. A ends with a word that cannot end a sentence ("the", "and", "und", "et") and is at least
 *      20 characters long;
 *   3. A's paragraph already has a break of kind 1 or 2 (it is hard-wrapped), A is prose at
 *      least 70% as wide as the paragraph's widest line, and B starts with a capital or a digit
 *      (a name, or a German noun).
 * Never between list items, after a heading or a label line, at a thread separator (`---`), in
 * fenced code, or in text without letter case (CJK).
 */
export function findHardWraps(text: string, entities: readonly Token[]): HardWrap[] {
  const found: HardWrap[] = [];
  if (!text.includes('\n')) return found;
  const index = new EntityIndex(entities);
  const lines = splitLines(text);
  let fenced = false;
  let paragraph: Line[] = [];
  const judge = () => {
    if (paragraph.length > 1) judgeParagraph(text, paragraph, index, found);
    paragraph = [];
  };
  for (const line of lines) {
    if (!line) {
      judge();
      continue;
    }
    if (FENCE.test(line.content)) {
      judge();
      fenced = !fenced;
      continue;
    }
    if (fenced) continue;
    if (SEPARATOR.test(line.content)) {
      judge();
      continue;
    }
    paragraph.push(line);
  }
  judge();
  return found;
}

function judgeParagraph(text: string, lines: readonly Line[], entities: EntityIndex, found: HardWrap[]): void {
  const flagged: boolean[] = [];
  const candidates: { ending: Ending; opening: 'lower' | 'upper' | 'other' }[] = [];
  let joined = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i];
    const b = lines[i + 1];
    const end = ending(text, a, entities);
    const start = opening(text, b, entities);
    candidates.push({ ending: end, opening: start });
    // The length of A with the lines already found to belong to it: fixing them changes nothing.
    const length = (i > 0 && flagged[i - 1] ? joined + 1 : 0) + a.length;
    const wrapped = end !== 'final' && ((start === 'lower' && length >= MIN_LENGTH) || (end === 'open-word' && start !== 'other' && length >= MIN_LENGTH_OPEN_WORD));
    flagged.push(wrapped);
    joined = length;
  }
  if (flagged.some(Boolean)) {
    const width = lines.reduce((widest, l) => Math.max(widest, l.length), 0);
    if (width >= MIN_WRAP_WIDTH) {
      candidates.forEach((c, i) => {
        if (flagged[i] || c.opening !== 'upper' || (c.ending !== 'word' && c.ending !== 'comma')) return;
        const a = lines[i];
        if (a.length >= WRAPPED_SHARE * width && isProse(a, entities)) flagged[i] = true;
      });
    }
  }
  flagged.forEach((wrapped, i) => {
    if (!wrapped) return;
    const a = lines[i];
    const b = lines[i + 1];
    found.push({ range: { start: lastWordStart(text, a.from, a.to), end: b.from }, gap: { start: a.to, end: b.from } });
  });
}

/** post/hard-wrap: a line break inside a sentence, which every platform publishes as a line break. */
export const hardWrap: Rule<PostContext> = {
  id: 'post/hard-wrap',
  description: 'A line break inside a sentence (copy hard-wrapped at 72–100 columns) is published as a line break on every platform; join the lines.',
  defaultSeverity: 'info',
  fileKind: 'post',
  check(context, report) {
    // The copies that are published: the default copy (when a platform uses it) and each block; once each.
    const copies = new Set<ComposedText>(context.targets.map((t) => t.copy));
    const source = context.parsed.text;
    for (const copy of copies) {
      for (const wrap of findHardWraps(copy.text, copy.entities)) {
        const gap = copy.fileRange(wrap.gap);
        // The fix only when the break is one stretch of the file (no comment inside it).
        const joinable = source.slice(gap.start, gap.end) === copy.text.slice(wrap.gap.start, wrap.gap.end);
        report({
          message: 'A line break inside a sentence is published as one, on every platform: join the lines.',
          range: copy.fileRange(wrap.range),
          fixes: joinable ? [{ title: 'Join the lines', edits: [{ ...gap, text: ' ' }], safe: true }] : undefined,
        });
      }
    }
  },
};
