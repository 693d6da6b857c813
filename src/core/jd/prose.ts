// The candidate-facing text of a job description: what an applicant reads, as ranges of the file.
// Used by the rules that weigh the wording (jd/gender-coded, jd/length, jd/long-sentence).

import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { countWords } from '../text/sentences';
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


/** The patterns as a set of exact paths and a set of parents whose every child is skipped (`salary.*`). */
function skipSets(more: readonly string[]): { exact: Set<string>; children: Set<string> } {
  const exact = new Set<string>();
  const children = new Set<string>();
  for (const pattern of [...NOT_CANDIDATE_TEXT, ...more]) {
    if (pattern.endsWith('.*')) children.add(pattern.slice(0, -2));
    else exact.add(pattern);
  }
  return { exact, children };
}

const BUILT_IN_SKIP = skipSets([]);

const memo = new WeakMap<object, Map<string, OffsetRange[]>>();

/**
 * Every string value a candidate reads, in file order: keys never, and not the values listed in
 * NOT_CANDIDATE_TEXT nor under the key paths in `skip` (e.g. `tools`). Links and e-mail addresses
 * are still inside; see withoutLinks.
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
  const { exact, children } = skip.length === 0 ? BUILT_IN_SKIP : skipSets(skip);
  // Paths as dotted strings ('' at the top): the walk runs on every keystroke.
  const walk = (node: Node | null | undefined, path: string) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const name = keyText(pair as never);
        if (name === undefined) continue;
        const next = path === '' ? name : `${path}.${name}`;
        if (!exact.has(next) && !(path !== '' && children.has(path))) walk(pair.value as Node | null, next);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item as Node, path);
    } else if (isScalar(node) && typeof node.value === 'string') {
      const range = scalarTextRange(parsed.text, node);
      if (range && range.end > range.start) out.push(range);
    }
  };
  walk(parsed.doc.contents as Node | null, '');
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

const counted = new WeakMap<object, number[]>();

/** The word count of each range of candidateText(parsed), computed once per parse (jd/length and jd/long-sentence share it). */
export function candidateWordCounts(parsed: ParsedYaml): number[] {
  let counts = counted.get(parsed.doc);
  if (!counts) {
    counts = candidateText(parsed).map((r) => countWords(parsed.text, r.start, r.end));
    counted.set(parsed.doc, counts);
  }
  return counts;
}
