// Gender-coded wording in a job description, the way Kat Matfield's Gender Decoder measures it
// (lovedaybrooke/gender-decoder, app/models.py, after Gaucher, Friesen & Kay 2011): count the words
// that start with a masculine-coded stem and those that start with a feminine-coded one, and grade
// the difference. Used by jd/gender-coded and by the editor's hover.

import {
  FEMININE_CODED_STEMS,
  HYPHENATED_CODED_STEMS,
  MASCULINE_CODED_STEMS,
  NOT_CODED_PHRASES,
  NOT_CODED_WORDS,
} from '../data/gender-coded';
import { scanPlainWords, wordCapacity, WordList } from '../text/sentences';
import type { OffsetRange } from '../types';
import { readYaml, type ParsedYaml } from '../yaml/document';
import { candidateText, candidateWords, titleRange } from './prose';

export type CodedSide = 'masculine' | 'feminine';

/** One word that counts, where it is, and the stem it starts with. */
export interface CodedWord {
  /** The word as written. */
  word: string;
  side: CodedSide;
  stem: string;
  range: OffsetRange;
}

/** Gender Decoder's verdicts (app/wordlists.py `possible_codings`, plus "empty"). */
export type Coding = 'strongly feminine-coded' | 'feminine-coded' | 'neutral' | 'empty' | 'masculine-coded' | 'strongly masculine-coded';

export interface GenderCoding {
  coding: Coding;
  masculine: CodedWord[];
  feminine: CodedWord[];
}

/**
 * Gender Decoder's grading (app/models.py `assess_coding`): the score is feminine minus
 * masculine words; 0 is neutral (or empty when there are none), above 3 strongly feminine, 1–3
 * feminine, below -3 strongly masculine, -1 to -3 masculine.
 */
export function assessCoding(masculine: number, feminine: number): Coding {
  const score = feminine - masculine;
  if (score === 0) return feminine > 0 ? 'neutral' : 'empty';
  if (score > 3) return 'strongly feminine-coded';
  if (score > 0) return 'feminine-coded';
  if (score < -3) return 'strongly masculine-coded';
  return 'masculine-coded';
}

/** Stems by their first two letters: a word is compared with the few that could match. */
function index(stems: readonly string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const stem of stems) {
    const head = stem.slice(0, 2);
    const list = map.get(head);
    if (list) list.push(stem);
    else map.set(head, [stem]);
  }
  return map;
}

const MASCULINE = index(MASCULINE_CODED_STEMS);
const FEMININE = index(FEMININE_CODED_STEMS);
const NOT_CODED = new Set(NOT_CODED_WORDS);
const PHRASES = NOT_CODED_PHRASES.map((p) => p.split(/[ -]+/));
/** Every word of those phrases. */
const PHRASE_WORDS = new Set(PHRASES.flat());
/** Words joined by hyphens; apostrophes and other punctuation separate words, as in Gender Decoder. */
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

interface Token {
  lower: string;
  start: number;
  end: number;
}

/** The words of one range: a hyphenated word is split at its hyphens unless it starts with a hyphenated stem ("co-operative"). */
function tokens(text: string, range: OffsetRange): Token[] {
  const out: Token[] = [];
  const slice = text.slice(range.start, range.end);
  for (const match of slice.matchAll(WORD)) {
    const at = range.start + match.index;
    const lower = match[0].toLowerCase();
    if (lower.includes('-') && !HYPHENATED_CODED_STEMS.some((stem) => lower.startsWith(stem))) {
      let offset = 0;
      for (const part of match[0].split('-')) {
        out.push({ lower: part.toLowerCase(), start: at + offset, end: at + offset + part.length });
        offset += part.length + 1;
      }
    } else out.push({ lower, start: at, end: at + match[0].length });
  }
  return out;
}

function stemOf(word: string, stems: Map<string, string[]>): string | undefined {
  const candidates = stems.get(word.slice(0, 2));
  return candidates?.find((stem) => word.startsWith(stem));
}

/** True when the word at `i` is inside a phrase in which it means something else ("competitive salary"). */
function inNotCodedPhrase(words: readonly Token[], i: number): boolean {
  for (const phrase of PHRASES) {
    for (let k = 0; k < phrase.length; k++) {
      if (phrase[k] !== words[i].lower) continue;
      const first = i - k;
      if (first < 0 || first + phrase.length > words.length) continue;
      if (phrase.every((w, j) => words[first + j].lower === w)) return true;
    }
  }
  return false;
}

/** The first two letters of every stem, lowercase: most words start otherwise and are passed over at once. */
const HEADS = new Set([...MASCULINE.keys(), ...FEMININE.keys()]);
/** How far around a coded word the phrases in NOT_CODED_PHRASES are looked for. */
const PHRASE_WINDOW = 80;

/** Stems as a tree of lower-case character codes; a node where a stem ends holds its place in the list. */
interface StemTrie {
  /** Node n's child for letter c (a–z as 0–25) at n × 26 + c; 0 for none (node 0 is the root). */
  next: Int32Array;
  /** The earliest stem of the list that ends at node n, as stemOf would pick it; -1 for none. */
  stem: Int32Array;
}

function stemTrie(stems: readonly string[]): StemTrie {
  const next: number[] = new Array(26).fill(0);
  const stem: number[] = [-1];
  stems.forEach((word, index) => {
    // A stem with a character outside a–z (a hyphen) is never matched by the walk: tokens() handles those words.
    if (!/^[a-z]+$/.test(word)) return;
    let node = 0;
    for (let k = 0; k < word.length; k++) {
      const slot = node * 26 + word.charCodeAt(k) - 97;
      if (next[slot] === 0) {
        next[slot] = stem.length;
        stem.push(-1);
        for (let c = 0; c < 26; c++) next.push(0);
      }
      node = next[slot];
    }
    if (stem[node] === -1 || index < stem[node]) stem[node] = index;
  });
  return { next: Int32Array.from(next), stem: Int32Array.from(stem) };
}

/**
 * Both lists in one tree: one walk tells whether a word starts with any stem at all (which
 * side is stemOf's to say). Built on first use, so loading the extension does not pay for it.
 */
let anyTrie: StemTrie | undefined;
function anyStemTrie(): StemTrie {
  return (anyTrie ??= stemTrie([...MASCULINE_CODED_STEMS, ...FEMININE_CODED_STEMS]));
}

/** The list index of a stem the word `text.slice(start, end)` starts with (case-insensitively, ASCII), if any. */
function trieStem(trie: StemTrie, text: string, start: number, end: number): number | undefined {
  let node = 0;
  let found = -1;
  for (let k = start; k < end; k++) {
    const c = lowerAscii(text.charCodeAt(k)) - 97;
    if (c < 0 || c > 25) break;
    node = trie.next[node * 26 + c];
    if (node === 0) break;
    const stem = trie.stem[node];
    if (stem !== -1 && (found === -1 || stem < found)) found = stem;
  }
  return found === -1 ? undefined : found;
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/**
 * The coded words in `ranges` of `text`. A word counts once per side even when two stems match it
 * (Gender Decoder counts "dominant" twice: it starts with both "domina" and "dominant").
 */
export function codedWords(text: string, ranges: readonly OffsetRange[]): CodedWord[] {
  const out: CodedWord[] = [];
  const trie = anyStemTrie();
  for (const range of ranges) {
    const words = new WordList(wordCapacity(range.end - range.start));
    scanPlainWords(text, range.start, range.end, words);
    for (let w = 0; w < words.length; w++) codeScanned(text, words.start(w), words.end(w), words.join(w), range, trie, out);
  }
  return out;
}

/**
 * Adds the coded words of one word as scanPlainWords found it: split at apostrophes and digit
 * separators (Gender Decoder reads "team's" as "team" and "s"), its hyphens kept for codeWord.
 */
function codeScanned(text: string, at: number, end: number, joins: number, bounds: OffsetRange, trie: StemTrie, out: CodedWord[]): void {
  if (joins === 0) {
    // Most words start with no stem: one walk of the tree, no copy.
    if (end - at >= 3 && trieStem(trie, text, at, end) !== undefined) codeWord(text, at, end, false, bounds, out);
    return;
  }
  if (joins === 1) {
    codeWord(text, at, end, true, bounds, out);
    return;
  }
  let hyphen = false;
  for (let k = at; k <= end; k++) {
    const c = k < end ? text.charCodeAt(k) : 39;
    if (c === 45) hyphen = true;
    else if (c === 39 || c === 0x2019 || c === 44 || c === 46) {
      if (k > at) codeScanned(text, at, k, hyphen ? 1 : 0, bounds, trie, out);
      at = k + 1;
      hyphen = false;
    }
  }
}

/** A hyphenated word's parts, as tokens() reads it: whole when it starts with a hyphenated stem ("co-operative"). */
function hyphenParts(text: string, at: number, end: number): Token[] {
  const lower = text.slice(at, end).toLowerCase();
  if (HYPHENATED_CODED_STEMS.some((stem) => lower.startsWith(stem))) return [{ lower, start: at, end }];
  const out: Token[] = [];
  let from = 0;
  for (let k = 0; k <= lower.length; k++) {
    if (k === lower.length || lower.charCodeAt(k) === 45) {
      if (k > from) out.push({ lower: lower.slice(from, k), start: at + from, end: at + k });
      from = k + 1;
    }
  }
  return out;
}

/**
 * Adds the coded words of the word `text.slice(at, end)` (joined by hyphens only) to `out`;
 * `bounds` is the value it stands in, for the phrases around it.
 */
function codeWord(text: string, at: number, end: number, hyphen: boolean, bounds: OffsetRange, out: CodedWord[]): void {
  const words = hyphen ? hyphenParts(text, at, end) : [{ lower: text.slice(at, end).toLowerCase(), start: at, end }];
  for (const token of words) {
    const { lower, start, end: stop } = token;
    if (lower.length < 3 || !HEADS.has(lower.slice(0, 2)) || NOT_CODED.has(lower)) continue;
    const masculine = stemOf(lower, MASCULINE);
    const feminine = stemOf(lower, FEMININE);
    if (!masculine && !feminine) continue;
    // The words around it, for the phrases in which it means something else (only for a
    // word such a phrase holds: the window is read again for each).
    const around = PHRASE_WORDS.has(lower) ? tokens(text, { start: Math.max(bounds.start, start - PHRASE_WINDOW), end: Math.min(bounds.end, stop + PHRASE_WINDOW) }) : [];
    const k = around.findIndex((t) => t.start === start);
    if (k >= 0 && inNotCodedPhrase(around, k)) continue;
    const found = text.slice(start, stop);
    if (masculine) out.push({ word: found, side: 'masculine', stem: masculine, range: { start, end: stop } });
    if (feminine) out.push({ word: found, side: 'feminine', stem: feminine, range: { start, end: stop } });
  }
}

/**
 * The coded words of a parsed JD's candidate text, from the words candidateWords found once for
 * all the wording rules: links and values under `tools` left out, a word split at apostrophes
 * (Gender Decoder reads "team's" as "team" and "s").
 */
function jdCodedWords(parsed: ParsedYaml): CodedWord[] {
  const text = parsed.text;
  const { ranges, words, firstWord } = candidateWords(parsed);
  const kept = candidateText(parsed, SKIP);
  const trie = anyStemTrie();
  const out: CodedWord[] = [];
  // Both lists are in file order and `kept` is a subset of `words.ranges`: one merge.
  let k = 0;
  for (let r = 0; r < ranges.length && k < kept.length; r++) {
    const bounds = ranges[r];
    if (bounds.start !== kept[k].start) continue;
    k++;
    for (let w = firstWord[r]; w < firstWord[r + 1]; w++) {
      if (words.join(w) !== -1) codeScanned(text, words.start(w), words.end(w), words.join(w), bounds, trie, out);
    }
  }
  return out;
}

/** The coding of `ranges` of `text`. */
export function genderCoding(text: string, ranges: readonly OffsetRange[]): GenderCoding {
  const words = codedWords(text, ranges);
  const masculine = words.filter((w) => w.side === 'masculine');
  const feminine = words.filter((w) => w.side === 'feminine');
  return { coding: assessCoding(masculine.length, feminine.length), masculine, feminine };
}

/**
 * Tool names are product names, not wording: "Google Analytics" is no analytic trait. Everything
 * else a candidate reads counts (see candidateText), links and e-mail addresses excepted.
 */
const SKIP = ['tools'];

const memo = new WeakMap<object, GenderCoding>();

/** The coding of a parsed JD's candidate-facing text. */
export function jdGenderCoding(parsed: ParsedYaml): GenderCoding {
  let coding = memo.get(parsed.doc);
  if (!coding) {
    const words = jdCodedWords(parsed);
    const masculine = words.filter((w) => w.side === 'masculine');
    const feminine = words.filter((w) => w.side === 'feminine');
    coding = { coding: assessCoding(masculine.length, feminine.length), masculine, feminine };
    memo.set(parsed.doc, coding);
  }
  return coding;
}

/** True for the two masculine verdicts. */
export function leansMasculine(coding: Coding): boolean {
  return coding === 'masculine-coded' || coding === 'strongly masculine-coded';
}

/** "lead (2×), analyse": the distinct words of one side, lowercased, with how often each occurs. */
export function wordSummary(words: readonly CodedWord[]): string {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w.word.toLowerCase(), (counts.get(w.word.toLowerCase()) ?? 0) + 1);
  return [...counts].map(([word, n]) => (n > 1 ? `${word} (${n}×)` : word)).join(', ');
}

/** Markdown listing both sides, for the hover over a coded word or the title. */
export function genderCodingMarkdown(result: GenderCoding): string {
  const side = (label: string, words: readonly CodedWord[]) => `*${label} (${words.length}):* ${words.length > 0 ? wordSummary(words) : 'none'}`;
  return [
    `**Gender-coded wording** — this job description is ${result.coding} (Gaucher, Friesen & Kay 2011; Gender Decoder's word lists).`,
    side('Masculine-coded', result.masculine),
    side('Feminine-coded', result.feminine),
  ].join('\n\n');
}

/**
 * The hover over a coded word, or over the title, of a JD that leans masculine (the JDs that get a
 * jd/gender-coded finding): both sides' words, so the writer sees what to balance.
 */
export function genderCodingHoverAt(text: string, offset: number): { markdown: string; range: OffsetRange } | undefined {
  const { parsed, problems } = readYaml(text);
  if (problems.some((p) => p.severity === 'error')) return undefined;
  const result = jdGenderCoding(parsed);
  if (!leansMasculine(result.coding)) return undefined;
  const inside = (r: OffsetRange | undefined) => r !== undefined && r.start <= offset && offset <= r.end;
  const title = titleRange(parsed);
  const word = [...result.masculine, ...result.feminine].find((w) => inside(w.range));
  const range = word?.range ?? (inside(title) ? title : undefined);
  return range ? { markdown: genderCodingMarkdown(result), range } : undefined;
}
