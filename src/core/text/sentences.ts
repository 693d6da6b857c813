// Sentences and words in prose, for rules that measure text (jd/long-sentence, jd/length).
// Pure: offsets in, offsets out.

import type { OffsetRange } from '../types';
import { extractUrls } from './tokenize';

// A word: letters and digits, joined by an apostrophe, a hyphen, or a dot or comma between
// digits ("forum's", "co-op", "1,500"); counted by countPlainWords.
/** Where a link or an e-mail address may be: a dot before a letter or digit, or an @. */
const MAY_HAVE_LINK = /\.[\p{L}\p{N}]|@/u;
const EMAIL_LOCAL = /[\p{L}\p{N}._%+-]/u;
const EMAIL_DOMAIN = /[\p{L}\p{N}.-]/u;

/** E-mail addresses in `start`–`end` of `text`, found from each '@' outwards (a regular expression would backtrack quadratically). Shared by link policy and the wording rules. */
export function emailRanges(text: string, start = 0, end = text.length): OffsetRange[] {
  const out: OffsetRange[] = [];
  // Searched in the range only: the text's next '@' may be a megabyte further on.
  const next = (from: number) => {
    for (let i = from; i < end; i++) if (text.charCodeAt(i) === 64) return i;
    return -1;
  };
  let at = next(start);
  while (at >= 0) {
    let from = at;
    while (from > start && EMAIL_LOCAL.test(text[from - 1])) from--;
    let to = at + 1;
    while (to < end && EMAIL_DOMAIN.test(text[to])) to++;
    while (to > at + 1 && /[.-]/.test(text[to - 1])) to--;
    if (from < at && /^[^.]+(\.[^.]+)+$/.test(text.slice(at + 1, to))) out.push({ start: from, end: to });
    at = next(Math.max(to, at + 1));
  }
  return out;
}

/** Links and e-mail addresses inside `range` of `text`, sorted, not overlapping. */
export function linkRanges(text: string, range: OffsetRange): OffsetRange[] {
  const slice = text.slice(range.start, range.end);
  if (!MAY_HAVE_LINK.test(slice)) return [];
  const found = [
    ...extractUrls(slice).map((u) => ({ start: range.start + u.start, end: range.start + u.end })),
    ...emailRanges(text, range.start, range.end),
  ].sort((a, b) => a.start - b.start);
  const out: OffsetRange[] = [];
  for (const r of found) {
    const last = out[out.length - 1];
    if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** The words of `text` between `start` and `end`; a link or an e-mail address counts as one word. */
export function countWords(text: string, start: number, end: number): number {
  let count = 0;
  let at = start;
  for (const link of linkRanges(text, { start, end })) {
    count += countPlainWords(text, at, link.start) + 1;
    at = link.end;
  }
  return count + countPlainWords(text, at, end);
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** 1 for the ASCII letters and digits, by character code. */
export const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;

/** True when the character at `i` is a letter, digit or mark; ASCII is decided without a regular expression. */
export function isWordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c] === 1;
  if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
  if (c >= 0xdc00 && c <= 0xdfff) return i > 0 && isWordCharAt(text, i - 1) && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff;
  return WORD_CHAR.test(text[i]);
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/**
 * Words as scanPlainWords finds them, packed three numbers each (start, end, what joins its
 * parts) into one typed array. Arrays of numbers grown by push cost far more: a 1 MB JD has
 * 200,000 words, and pushing them onto three arrays was 40 % of its lint.
 */
export class WordList {
  length = 0;
  private data: Int32Array;

  /** `capacity`: how many words to make room for at once (see wordCapacity). */
  constructor(capacity = 16) {
    this.data = new Int32Array(Math.max(16, capacity | 0) * 3);
  }

  add(start: number, end: number, join: number): void {
    let at = this.length * 3;
    if (at === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[at++] = start;
    this.data[at++] = end;
    this.data[at] = join;
    this.length++;
  }

  start(i: number): number {
    return this.data[i * 3];
  }

  end(i: number): number {
    return this.data[i * 3 + 1];
  }

  /** What joins word `i`'s parts: 1 a hyphen, 2 an apostrophe or a separator between digits (bits); -1 for a link or an e-mail address. */
  join(i: number): number {
    return this.data[i * 3 + 2];
  }

  /** How many words start before `offset` (binary search: the words are in text order). */
  countBefore(offset: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.data[mid * 3] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Room for the words of about `chars` characters of prose: a word with its space is about 6 characters. */
export function wordCapacity(chars: number): number {
  return Math.ceil(chars / 5) + 16;
}

/**
 * Adds the words between `start` and `end` to `into` (the same words countPlainWords counts), in
 * order, each with what joins its parts.
 */
export function scanPlainWords(text: string, start: number, end: number, into: WordList): void {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c < 128 ? ASCII_WORD[c] === 0 : !isWordCharAt(text, i)) {
      i++;
      continue;
    }
    const from = i;
    let joined = 0;
    i++;
    for (;;) {
      for (; i < end; i++) {
        const d = text.charCodeAt(i);
        if (d < 128 ? ASCII_WORD[d] === 0 : !isWordCharAt(text, i)) break;
      }
      if (i + 1 >= end) break;
      const j = text.charCodeAt(i);
      const joins = j === 39 || j === 0x2019 || j === 45 ? isWordCharAt(text, i + 1) : (j === 46 || j === 44) && isDigitAt(text, i - 1) && isDigitAt(text, i + 1);
      if (!joins) break;
      // 1: joined by a hyphen; 2: by an apostrophe, or a dot or comma between digits.
      joined |= j === 45 ? 1 : 2;
      i++;
    }
    into.add(from, i, joined);
  }
}

/**
 * The words between `start` and `end` as WORD reads them (letters and digits joined by an
 * apostrophe, a hyphen, or a dot or comma between digits), counted in one pass over the
 * characters: a JD is read by three rules on every keystroke.
 */
function countPlainWords(text: string, start: number, end: number): number {
  let count = 0;
  let i = start;
  while (i < end) {
    if (!isWordCharAt(text, i)) {
      i++;
      continue;
    }
    count++;
    i++;
    for (;;) {
      while (i < end && isWordCharAt(text, i)) i++;
      if (i + 1 >= end) break;
      const c = text.charCodeAt(i);
      const joins = c === 39 || c === 0x2019 || c === 45 ? isWordCharAt(text, i + 1) : (c === 46 || c === 44) && isDigitAt(text, i - 1) && isDigitAt(text, i + 1);
      if (!joins) break;
      i++;
    }
  }
  return count;
}

// Abbreviations whose dot does not end a sentence (lowercase, without the final dot).
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'approx', 'incl', 'esp', 'dr', 'mr', 'mrs', 'ms', 'st', 'no', 'nr', 'dept', 'inc', 'ltd', 'co', 'jr', 'sr', 'prof', 'cf', 'al', 'ca', 'min', 'max', 'mt', 'u.s', 'u.k']);
/** A line that starts a new unit: a list bullet, a numbered item, a heading, a table row or a quote. */
const NEW_UNIT_LINE = /^[ \t]*(?:[-*+•][ \t]|\d{1,3}[.)][ \t]|#{1,6}[ \t]|[|>])/;
const SENTENCE_END = /[.!?…]/;
const CLOSING = /["'”’)\]»*_]/;

/**
 * The sentences in `range` of `text`. Blank lines, list bullets, numbered items and headings
 * start new units, and a unit without a full stop is one sentence; inside a unit, a sentence ends
 * at . ! ? or … followed by a space (not after a known abbreviation such as "e.g."). Each range
 * runs from the sentence's first visible character (after any bullet) to its last, punctuation
 * included.
 */
export function sentenceRanges(text: string, range: OffsetRange): OffsetRange[] {
  const out: OffsetRange[] = [];
  for (const unit of units(text, range)) splitUnit(text, unit, out);
  return out;
}

/** Paragraphs and list items: split at blank lines and at lines that start a new unit. */
function units(text: string, range: OffsetRange): OffsetRange[] {
  const out: OffsetRange[] = [];
  let unitStart = range.start;
  let lineStart = range.start;
  while (lineStart <= range.end) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 || newline >= range.end ? range.end : newline;
    const line = text.slice(lineStart, lineEnd);
    if (lineStart > unitStart && (line.trim() === '' || NEW_UNIT_LINE.test(line))) {
      out.push({ start: unitStart, end: lineStart });
      unitStart = lineStart;
    }
    if (lineEnd >= range.end) break;
    lineStart = lineEnd + 1;
  }
  out.push({ start: unitStart, end: range.end });
  return out;
}

function splitUnit(text: string, unit: OffsetRange, out: OffsetRange[]): void {
  // Skip a bullet, a number or a heading's #s.
  const lead = NEW_UNIT_LINE.exec(text.slice(unit.start, Math.min(unit.end, unit.start + 12)));
  let start = lead && !/[|>]$/.test(lead[0]) ? unit.start + lead[0].length : unit.start;
  let i = start;
  while (i < unit.end) {
    // . ! ? … looked for by character code: most characters are none of them.
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 0x2026) {
      let j = i + 1;
      while (j < unit.end && (SENTENCE_END.test(text[j]) || CLOSING.test(text[j]))) j++;
      if ((j >= unit.end || /\s/.test(text[j])) && !isAbbreviation(text, start, i)) {
        push(text, start, j, out);
        start = j;
        i = j;
        continue;
      }
      i = j;
      continue;
    }
    i++;
  }
  push(text, start, unit.end, out);
}

/** True when the dot at `dot` ends a known abbreviation or a single letter ("J. Smith"): no sentence ends there. */
export function isAbbreviation(text: string, unitStart: number, dot: number): boolean {
  if (text[dot] !== '.') return false;
  let k = dot;
  while (k > unitStart && /[\p{L}.]/u.test(text[k - 1])) k--;
  const word = text.slice(k, dot).toLowerCase();
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word);
}

/** Adds `start`–`end` trimmed of white space, when it has a word. */
function push(text: string, start: number, end: number, out: OffsetRange[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) out.push({ start: s, end: e });
}
