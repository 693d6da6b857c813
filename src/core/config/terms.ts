import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { compileVocabulary } from '../brand/vocabulary';
import { wordTokens } from '../brand/words';
import { LineIndex } from '../text/positions';
import type { RuleReport } from '../types';
import { nodeRange, pairOf, type ParsedYaml } from '../yaml/document';
import { resolveConfig } from './resolve';

/** One word or phrase as written in `terms:`. */
interface Written {
  text: string;
  /** Normalised words: how the vocabulary compares it. */
  key: string;
  role: 'ban' | 'prefer' | 'instead_of' | 'suggest';
  entry: number;
  node: Node;
}

function collect(parsed: ParsedYaml): Written[] {
  const terms = termItems(parsed);
  if (!terms) return [];
  const out: Written[] = [];
  terms.items.forEach((item, entry) => {
    if (!isMap(item)) return;
    for (const role of ['ban', 'prefer', 'instead_of', 'suggest'] as const) {
      const value = pairOf(item, role)?.value;
      const nodes = isSeq(value) ? value.items : value ? [value] : [];
      for (const node of nodes) {
        if (!isScalar(node) || typeof node.value !== 'string') continue;
        const key = wordTokens(node.value).map((t) => t.key).join(' ');
        if (key !== '') out.push({ text: node.value, key, role, entry, node: node as Node });
      }
    }
  });
  return out;
}

function termItems(parsed: ParsedYaml) {
  const terms = pairOf(parsed.doc.contents, 'terms')?.value;
  return isSeq(terms) ? terms : undefined;
}

/** True for a `terms:` entry written as a regular expression: config/invalid explains it once. */
export function isPatternEntry(parsed: ParsedYaml, path: readonly PropertyKey[]): boolean {
  if (path.length < 2 || path[0] !== 'terms' || typeof path[1] !== 'number') return false;
  return pairOf(termItems(parsed)?.items[path[1]], 'pattern') !== undefined;
}

/**
 * Problems in `terms:` the schema cannot see: a word listed twice, a word both banned and
 * preferred, a suggestion the vocabulary itself flags (it is shown, never applied as a fix).
 */
export function termReports(parsed: ParsedYaml, value: unknown): RuleReport[] {
  const lines = new LineIndex(parsed.text);
  const reports: RuleReport[] = [];
  // A regular expression from a repository could take exponential time: refused, with the alternative.
  for (const item of termItems(parsed)?.items ?? []) {
    const pattern = pairOf(item, 'pattern');
    if (!pattern) continue;
    reports.push({
      message: 'Regular expressions (`pattern:`) are not accepted: one from a repository could freeze the editor. List the words with `ban:` or `prefer:`/`instead_of:`; hyphen/space variants and plurals match on their own.',
      range: nodeRange(parsed.text, pattern.key as Node)!,
    });
  }
  const written = collect(parsed);
  const first = new Map<string, Written>();
  const lineOf = (w: Written) => lines.positionAt(w.node.range![0]).line;
  for (const w of written) {
    if (w.role === 'suggest') continue;
    const range = nodeRange(parsed.text, w.node)!;
    const earlier = first.get(w.key);
    const prefer = w.role === 'instead_of' ? written.find((p) => p.entry === w.entry && p.role === 'prefer') : undefined;
    if (prefer && prefer.text === w.text) {
      reports.push({ message: `'${w.text}' is the preferred spelling itself: remove it from instead_of.`, range, severity: 'warning' });
      continue;
    }
    if (!earlier) {
      first.set(w.key, w);
      continue;
    }
    // prefer: Acme Cloud / instead_of: acme cloud is the point of the entry.
    if (earlier.entry === w.entry && earlier.role !== 'ban' && w.role !== 'ban') continue;
    const conflict = (earlier.role === 'ban') !== (w.role === 'ban');
    reports.push({
      message: conflict
        ? `'${w.text}' is ${w.role === 'ban' ? 'banned here' : 'a preferred spelling here'} but ${earlier.role === 'ban' ? 'banned' : 'a preferred spelling'} on line ${lineOf(earlier)}: keep one (the later entry wins).`
        : `'${w.text}' is already listed on line ${lineOf(earlier)}: keep one entry (the later one wins).`,
      range,
      severity: 'warning',
    });
  }
  // Suggestions the vocabulary flags would turn one finding into another: say so here.
  const vocabulary = compileVocabulary(resolveConfig(value));
  for (const w of written) {
    if (w.role !== 'suggest') continue;
    const hit = vocabulary.match(w.text, wordTokens(w.text), 'jd')[0] ?? vocabulary.match(w.text, wordTokens(w.text), 'post')[0];
    if (!hit) continue;
    reports.push({
      message: `The suggestion '${w.text}' contains '${hit.text}', which the vocabulary flags itself: it is shown in messages but never offered as a fix.`,
      range: nodeRange(parsed.text, w.node)!,
      severity: 'warning',
    });
  }
  return reports;
}
