// The candidate-facing text of a job description: what an applicant reads, as ranges of the file.
// Used by the rules that weigh the wording (jd/gender-coded, jd/length, jd/long-sentence).

import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { linkRanges, scanPlainWords, wordCapacity, WordList } from '../text/sentences';
import type { OffsetRange } from '../types';
import { firstKeyRange, keyText, nodeRange, pairOf, scalarTextRange, type ParsedYaml } from '../yaml/document';

/**
 * Values that are not wording a candidate reads: the review block and profile (for the team),
 * codes and choices from a fixed list, platform ids, and who approves the copy. Written as key
 * paths; `*` is any key.
 */
const NOT_CANDIDATE_TEXT: readonly string[] = [
  'review',
  'profile',
  'employment_type',
  'platforms',
  'location.country',
  'location.workplace',
  'salary.*',
  'kpis.period',
  'kpis.platforms',
  'reporting.approvals',
];


/** Key paths as a tree: a key maps to `true` when its value is skipped, or to the tree of its children; `*` is every child. */
type SkipTree = Map<string, SkipTree | true>;

function skipTree(more: readonly string[]): SkipTree {
  const root: SkipTree = new Map();
  for (const pattern of [...NOT_CANDIDATE_TEXT, ...more]) {
    const keys = pattern.split('.');
    let tree = root;
    keys.forEach((key, i) => {
      if (i === keys.length - 1) tree.set(key, true);
      else {
        let next = tree.get(key);
        if (next === true) return; // a parent skipped whole already
        if (!next) tree.set(key, (next = new Map()));
        tree = next;
      }
    });
  }
  return root;
}

const BUILT_IN_SKIP = skipTree([]);

const memo = new WeakMap<object, Map<string, OffsetRange[]>>();

/**
 * Every string value a candidate reads, in file order: keys never, and not the values listed in
 * NOT_CANDIDATE_TEXT nor under the key paths in `skip` (e.g. `tools`). Links and e-mail addresses
 * are still inside; candidateWords reads each as one word.
 */
export function candidateText(parsed: ParsedYaml, skip: readonly string[] = []): OffsetRange[] {
  const key = skip.join(',');
  let known = memo.get(parsed.doc);
  const cached = known?.get(key);
  if (cached) return cached;
  // Top-level keys to skip: the whole text's ranges without those inside them (one walk per parse).
  if (skip.length > 0 && skip.every((k) => !k.includes('.') && !k.includes('*'))) {
    const inside = skip.map((k) => nodeRange(parsed.text, pairOf(parsed.doc.contents, k)?.value)).filter((r): r is OffsetRange => r !== undefined);
    const kept = candidateText(parsed).filter((r) => !inside.some((s) => s.start <= r.start && r.end <= s.end));
    known = memo.get(parsed.doc)!;
    known.set(key, kept);
    return kept;
  }
  const out: OffsetRange[] = [];
  const skipped = skip.length === 0 ? BUILT_IN_SKIP : skipTree(skip);
  // The skip tree is walked beside the document (no dotted path built per key): it runs on every keystroke.
  const walk = (node: Node | null | undefined, tree: SkipTree | undefined) => {
    if (isMap(node)) {
      if (tree?.get('*') === true) return;
      for (const pair of node.items) {
        const name = keyText(pair as never);
        if (name === undefined) continue;
        const sub = tree?.get(name);
        if (sub !== true) walk(pair.value as Node | null, sub);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item as Node, tree);
    } else if (isScalar(node) && typeof node.value === 'string') {
      const range = scalarTextRange(parsed.text, node);
      if (range && range.end > range.start) out.push(range);
    }
  };
  walk(parsed.doc.contents as Node | null, skipped);
  out.sort((a, b) => a.start - b.start);
  if (!known) memo.set(parsed.doc, (known = new Map()));
  known.set(key, out);
  return out;
}

/** Where findings about the whole JD's wording go: the title's value, else its key, else the first key. */
export function titleRange(parsed: ParsedYaml): OffsetRange | undefined {
  const pair = pairOf(parsed.doc.contents, 'title');
  const value = nodeRange(parsed.text, pair?.value);
  if (value && value.end > value.start) return value;
  return nodeRange(parsed.text, pair?.key) ?? firstKeyRange(parsed);
}

/**
 * The words of a JD's candidate text, found in one pass and shared by the wording rules
 * (jd/length, jd/long-sentence, jd/gender-coded): a link or an e-mail address is one word.
 */
export interface CandidateWords {
  /** candidateText(parsed). */
  ranges: OffsetRange[];
  /** Every word, in file order; a link or an e-mail address has the join -1. */
  words: WordList;
  /** The index of the first word of each range (and, last, the number of words). */
  firstWord: number[];
  /** How many words each range has. */
  counts: number[];
}

const scanned = new WeakMap<object, CandidateWords>();

/** The words of candidateText(parsed), computed once per parse. */
export function candidateWords(parsed: ParsedYaml): CandidateWords {
  let found = scanned.get(parsed.doc);
  if (found) return found;
  const text = parsed.text;
  const ranges = candidateText(parsed);
  let chars = 0;
  for (const r of ranges) chars += r.end - r.start;
  const words = new WordList(wordCapacity(chars));
  found = { ranges, words, firstWord: [], counts: [] };
  const { firstWord, counts } = found;
  for (const r of ranges) {
    const before = words.length;
    firstWord.push(before);
    let at = r.start;
    for (const l of linkRanges(text, r)) {
      scanPlainWords(text, at, l.start, words);
      words.add(l.start, l.end, -1);
      at = l.end;
    }
    scanPlainWords(text, at, r.end, words);
    counts.push(words.length - before);
  }
  firstWord.push(words.length);
  scanned.set(parsed.doc, found);
  return found;
}

/** How many of `words` start inside `from`–`to`. */
export function wordsBetween(found: CandidateWords, from: number, to: number): number {
  return found.words.countBefore(to) - found.words.countBefore(from);
}

/** The word count of each range of candidateText(parsed) (jd/length and jd/long-sentence). */
export function candidateWordCounts(parsed: ParsedYaml): number[] {
  return candidateWords(parsed).counts;
}
