import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { compileVocabulary, phraseKey } from '../brand/vocabulary';
import { INCLUSIVE_LANGUAGE } from '../data/inclusive-language';
import { closestMatch } from '../text/suggest';
import { tokenList, wordTokens } from '../brand/words';
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
    const what = (role: Written['role']) => (role === 'ban' ? 'banned' : role === 'prefer' ? 'the preferred spelling' : 'a spelling to replace (instead_of)');
    reports.push({
      message: conflict
        ? `'${w.text}' is ${what(w.role)} here but ${what(earlier.role)} on line ${lineOf(earlier)}: keep one (the later entry wins).`
        : `'${w.text}' is already listed on line ${lineOf(earlier)}: keep one entry (the later one wins).`,
      range,
      severity: 'warning',
    });
  }
  // Suggestions the vocabulary flags would turn one finding into another: say so here.
  const vocabulary = compileVocabulary(resolveConfig(value));
  for (const w of written) {
    if (w.role !== 'suggest') continue;
    const inJd = vocabulary.match(w.text, tokenList(w.text), 'jd')[0];
    const inPost = vocabulary.match(w.text, tokenList(w.text), 'post')[0];
    const hit = inJd ?? inPost;
    if (!hit) continue;
    const where = inJd && inPost ? '' : inJd ? ' in job descriptions' : ' in posts';
    reports.push({
      message: `The suggestion '${w.text}' contains '${hit.text}', which the vocabulary flags itself${where}: it is never offered as a fix there.`,
      range: nodeRange(parsed.text, w.node)!,
      severity: 'warning',
    });
  }
  reports.push(...allowReports(parsed));
  return reports;
}

/** `inclusive_language.allow` entries that name no built-in entry would silently do nothing. */
function allowReports(parsed: ParsedYaml): RuleReport[] {
  const section = pairOf(parsed.doc.contents, 'inclusive_language')?.value;
  const allow = isMap(section) ? pairOf(section, 'allow')?.value : undefined;
  if (!isSeq(allow)) return [];
  const known = new Set<string>();
  for (const entry of INCLUSIVE_LANGUAGE) for (const term of [entry.id, ...entry.terms]) known.add(phraseKey(term));
  const reports: RuleReport[] = [];
  for (const node of allow.items) {
    if (!isScalar(node) || typeof node.value !== 'string' || known.has(phraseKey(node.value))) continue;
    const suggestion = closestMatch(node.value.toLowerCase(), INCLUSIVE_LANGUAGE.map((e) => e.id));
    reports.push({
      message: `'${node.value}' is not in the built-in inclusive-language list, so allowing it changes nothing${suggestion ? `. Did you mean '${suggestion}'?` : ': see docs/rules/brand/inclusive-language.md for the list.'}`,
      range: nodeRange(parsed.text, node as Node)!,
      severity: 'warning',
      fixes: suggestion ? [{ title: `Change to '${suggestion}'`, edits: [{ ...nodeRange(parsed.text, node as Node)!, text: suggestion }], safe: false }] : [],
    });
  }
  return reports;
}
