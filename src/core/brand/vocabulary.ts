// The brand vocabulary compiled into one matcher: a trie keyed by normalised tokens. Matching walks
// the file's tokens once; at each token it follows the trie as far as the phrase goes, so the cost
// grows with the text (times the longest term's word count), not with the number of terms.

import type { Config } from '../config/schema';
import { INCLUSIVE_LANGUAGE, type InclusiveEntry } from '../data/inclusive-language';
import type { Severity } from '../types';
import { startsSentence } from './sentences';
import { KnownWords, tokenList, wordTokens, type TokenList } from './words';

export type LintedKind = 'jd' | 'post';

/** One vocabulary entry after compilation. */
export interface VocabularyEntry {
  /** ban: a team's banned words; prefer: a team's spelling; inclusive: the built-in list; protected: the brand name (matched only so that no other entry fires inside it). */
  kind: 'ban' | 'prefer' | 'inclusive' | 'protected';
  ruleId: 'brand/banned-term' | 'brand/preferred-term' | 'brand/inclusive-language' | '';
  /** The preferred spelling (prefer, protected). */
  prefer?: string;
  message?: string;
  suggest: string[];
  severity?: Severity;
  appliesTo: ReadonlySet<LintedKind>;
  caseSensitive: boolean;
  /** The built-in entry (inclusive). */
  builtIn?: InclusiveEntry;
  /** Position in the configuration: a later entry for the same words wins. */
  order: number;
  /** Phrases (as token keys) starting with one of the entry's terms that are fine (inclusive). */
  except?: string[][];
  /** Phrases (as token keys) right after a hit, or right before it, that make it fine (inclusive). */
  followedBy?: string[][];
  precededBy?: string[][];
}

/** A variant of an entry in the trie. */
interface Ending {
  entry: VocabularyEntry;
  /** The variant as written in the configuration. */
  variant: string;
  plural: boolean;
  /** For prefer entries: the variant is the preferred spelling itself (in some capitalisation). */
  self: boolean;
}

interface TrieNode {
  next?: Map<string, TrieNode>;
  endings?: Ending[];
}

/** One vocabulary hit in a file. */
export interface TermMatch {
  entry: VocabularyEntry;
  start: number;
  end: number;
  /** The text as written in the file. */
  text: string;
  /** The configured word or phrase that matched. */
  variant: string;
  plural: boolean;
  /** Replacements, each ready to insert (plural and leading capital carried over); only those that are clean themselves. */
  replacements: string[];
}

/** The compiled vocabulary of one configuration. */
export interface Vocabulary {
  /** Entries that report something, in matching order, for messages and tests. */
  readonly entries: readonly VocabularyEntry[];
  /** Every token key a match can use: tokens of other words need not keep theirs (see tokenList). */
  readonly words: ReadonlySet<string>;
  /** Vocabulary hits in `tokens` (of `text`, in order) that are findings for a `kind` file. */
  match(text: string, tokens: TokenList, kind: LintedKind): TermMatch[];
}

const cache = new WeakMap<Config, Vocabulary>();

// Regular expressions used per hit live here: each evaluation of a literal allocates a new object.
const ENDS_IN_S = /s$/i;
const HAS_UPPER = /\p{Lu}/u;
const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_LOWER = /^\p{Ll}/u;
const WHITE_SPACE_RUN = /\s+/g;

/** The configuration's vocabulary: compiled once per configuration object, then reused. */
export function compileVocabulary(config: Config): Vocabulary {
  let vocabulary = cache.get(config);
  if (!vocabulary) {
    vocabulary = new CompiledVocabulary(config);
    cache.set(config, vocabulary);
  }
  return vocabulary;
}

const BOTH: ReadonlySet<LintedKind> = new Set(['jd', 'post']);

/** Which files the built-in inclusive-language list checks, and which entries are switched off. */
export function inclusiveSettings(config: Config): { appliesTo: ReadonlySet<LintedKind>; allow: ReadonlySet<string> } {
  const setting = config.inclusive_language;
  if (setting === false) return { appliesTo: new Set(), allow: new Set() };
  if (setting === undefined) return { appliesTo: new Set(['jd']), allow: new Set() };
  if (setting === true) return { appliesTo: BOTH, allow: new Set() };
  return { appliesTo: new Set(setting.applies_to ?? ['jd', 'post']), allow: new Set((setting.allow ?? []).map(phraseKey)) };
}

/** A word or phrase as the vocabulary compares it: normalised words, hyphens and spaces alike. */
export function phraseKey(text: string): string {
  return wordTokens(text)
    .map((t) => t.key)
    .join(' ');
}

class CompiledVocabulary implements Vocabulary {
  readonly entries: VocabularyEntry[] = [];
  readonly words = new KnownWords();
  private readonly root: TrieNode = {};
  /** Per kind, whether a replacement text is clean (see isClean). */
  private readonly clean = { jd: new Map<string, boolean>(), post: new Map<string, boolean>() };

  constructor(config: Config) {
    let order = 0;
    const inclusive = inclusiveSettings(config);
    if (inclusive.appliesTo.size > 0) {
      for (const builtIn of INCLUSIVE_LANGUAGE) {
        if (inclusive.allow.has(phraseKey(builtIn.id)) || builtIn.terms.some((t) => inclusive.allow.has(phraseKey(t)))) continue;
        if (builtIn.partOf !== undefined && inclusive.allow.has(phraseKey(builtIn.partOf))) continue;
        // An entry for one kind of file ("he" in a job ad) checks it only where the configuration asks.
        const appliesTo = builtIn.appliesTo ? new Set(builtIn.appliesTo.filter((k) => inclusive.appliesTo.has(k))) : inclusive.appliesTo;
        if (appliesTo.size === 0) continue;
        const entry: VocabularyEntry = { kind: 'inclusive', ruleId: 'brand/inclusive-language', message: builtIn.reason, suggest: builtIn.suggest, appliesTo, caseSensitive: false, builtIn, order: order++ };
        this.add(entry, builtIn.terms);
        // Harmless phrases starting with a term ("young adult") silence this entry only.
        if (builtIn.except) {
          entry.except = builtIn.except.map((phrase) => wordTokens(phrase).map((t) => t.key));
          for (const phrase of entry.except) for (const key of phrase) this.words.add(key);
        }
        // The words around a hit that make it fine ("aggressive patients") must keep their keys.
        const phrases = (list: readonly string[] | undefined) => list?.map((phrase) => wordTokens(phrase).map((t) => t.key));
        entry.followedBy = phrases(builtIn.notWhen?.followedBy);
        entry.precededBy = phrases(builtIn.notWhen?.precededBy);
        for (const phrase of [...(entry.followedBy ?? []), ...(entry.precededBy ?? [])]) for (const key of phrase) this.words.add(key);
      }
    }
    if (config.brand && /\S/.test(config.brand)) {
      this.add({ kind: 'protected', ruleId: '', prefer: config.brand, suggest: [], appliesTo: BOTH, caseSensitive: false, order: order++ }, [config.brand], true);
    }
    for (const item of config.terms ?? []) {
      const common = { message: item.message, severity: item.severity, appliesTo: item.applies_to ? new Set(item.applies_to) : BOTH, caseSensitive: item.case_sensitive === true, order: order++ };
      if ('ban' in item) {
        this.add({ kind: 'ban', ruleId: 'brand/banned-term', suggest: item.suggest ?? [], ...common }, item.ban);
      } else {
        const entry: VocabularyEntry = { kind: 'prefer', ruleId: 'brand/preferred-term', prefer: item.prefer, suggest: [item.prefer], ...common };
        this.add(entry, [item.prefer], true);
        this.add(entry, item.instead_of.filter((v) => v !== item.prefer));
      }
    }
  }

  private add(entry: VocabularyEntry, variants: readonly string[], self = false): void {
    if (entry.kind !== 'protected') this.entries.push(entry);
    for (const variant of variants) {
      const keys = wordTokens(variant).map((t) => t.key);
      if (keys.length === 0) continue;
      this.insert(keys, { entry, variant, plural: false, self });
      const last = keys[keys.length - 1];
      for (const plural of pluralsOf(last)) this.insert([...keys.slice(0, -1), plural], { entry, variant, plural: true, self });
    }
  }

  private insert(keys: readonly string[], ending: Ending): void {
    let node = this.root;
    for (const key of keys) {
      this.words.add(key);
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = {}));
      node = child;
    }
    (node.endings ??= []).push(ending);
  }

  match(source: string, tokens: TokenList, kind: LintedKind): TermMatch[] {
    const out: TermMatch[] = [];
    const text = (i: number, j: number) => source.slice(tokens.start(i), tokens.end(j));
    let i = 0;
    while (i < tokens.length) {
      // Most words are no term's first word: a word the vocabulary does not know has no key.
      if (!tokens.hasKey(i) || this.root.next?.has(tokens.key(i)) !== true) {
        i++;
        continue;
      }
      let node: TrieNode | undefined = this.root;
      let best: Ending | undefined;
      let last = i;
      // A word glued by a hyphen to the word before it is part of a compound ("anti-ninja").
      const glued = hyphenCompoundBefore(source, tokens.start(i));
      for (let j = i; j < tokens.length && node; j++) {
        if (j > i && !tokens.joined(j)) break;
        node = node.next?.get(tokens.key(j));
        if (!node?.endings) continue;
        const ending = pickEnding(node.endings, kind, source, tokens.start(i), tokens.end(j));
        // A phrase the text carries on with a hyphen ("rockstar-themed") is a different word;
        // only the brand name is kept whole inside compounds, so that nothing fires within it.
        if (ending && ending.entry.kind !== 'protected' && (glued || hyphenCompoundAfter(source, tokens.end(j)))) continue;
        if (ending) {
          best = ending;
          last = j;
        }
      }
      if (!best) {
        i++;
        continue;
      }
      const { entry, variant, plural, self } = best;
      if (entry.except?.some((phrase) => startsPhrase(tokens, i, phrase))) {
        i++; // "young adult": not this entry, but the next word may still be someone else's term
        continue;
      }
      const written = text(i, last);
      const start = tokens.start(i);
      const end = tokens.end(last);
      const first = i;
      i = last + 1;
      if (entry.kind === 'protected') continue;
      // "aggressive patients" describes them; "new grads are welcome" invites: no finding.
      if (entry.followedBy?.some((phrase) => tokens.joined(last + 1) && startsPhrase(tokens, last + 1, phrase))) continue;
      if (entry.precededBy?.some((phrase) => tokens.joined(first) && endsPhrase(tokens, first, phrase))) continue;
      const sentenceStart = startsSentence(source, start);
      if (self && acceptsSpelling(entry.prefer!, written, plural, sentenceStart)) continue;
      out.push({ entry, start, end, text: written, variant, plural, replacements: this.replacementsFor(entry, written, plural, kind, sentenceStart) });
    }
    return out;
  }

  private replacementsFor(entry: VocabularyEntry, written: string, plural: boolean, kind: LintedKind, sentenceStart: boolean): string[] {
    // The hit keeps its replacements through the lint, and a 1 MB file has thousands of hits:
    // arrays of the right size (pushing onto [] reserves 17 slots), and none built for nothing.
    let out: string[] | undefined;
    for (const template of entry.suggest) {
      // `{2}`: the hit's second word as written ("native German" → 'fluent {2}' → "fluent German").
      const suggestion = template.includes('{') ? fillWords(template, written) : template;
      // A brand name already ending in s (Fernhill Rewards) stays as it is.
      let text = plural && !(entry.kind === 'prefer' && ENDS_IN_S.test(suggestion)) ? pluralize(suggestion) : suggestion;
      // A brand spelling is written exactly; an ordinary word takes the original's leading capital.
      // (Capitals throughout, ROCKSTAR, are shouting, not a capital to keep.)
      if (entry.kind !== 'prefer' && startsUpper(written) && startsLower(text) && !isAllCaps(written)) text = text[0].toUpperCase() + text.slice(1);
      if (entry.kind === 'prefer' && !HAS_UPPER.test(entry.prefer!) && sentenceStart) text = text[0].toUpperCase() + text.slice(1);
      if (text === written || !this.isClean(text, kind)) continue;
      if (out === undefined) out = [text];
      else if (!out.includes(text)) out.push(text);
    }
    return out === undefined ? [] : out.length > 1 ? out.slice() : out;
  }

  /** True when `text` raises no vocabulary finding itself, so a fix can never lead to another fix. */
  private isClean(text: string, kind: LintedKind): boolean {
    const known = this.clean[kind];
    let clean = known.get(text);
    if (clean === undefined) {
      known.set(text, true); // guards against recursion through replacementsFor
      clean = this.match(text, tokenList(text), kind).length === 0;
      known.set(text, clean);
    }
    return clean;
  }
}

/** A hyphen (- ‐ ‑) at `at` joining two words: the text goes on into a compound there. */
function isCompoundHyphen(source: string, at: number): boolean {
  const c = source.charCodeAt(at);
  return (c === 45 || c === 0x2010 || c === 0x2011) && isWordCharAt(source, at - 1) && isWordCharAt(source, at + 1);
}

/** True when the text right after `end` continues the word with a hyphen ("rockstar-themed"). */
export function hyphenCompoundAfter(source: string, end: number): boolean {
  return end < source.length && isCompoundHyphen(source, end);
}

/** True when the word at `start` is glued to the word before it by a hyphen ("anti-ninja"). */
export function hyphenCompoundBefore(source: string, start: number): boolean {
  return start > 1 && isCompoundHyphen(source, start - 1);
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

function isWordCharAt(source: string, at: number): boolean {
  if (at < 0 || at >= source.length) return false;
  const c = source.charCodeAt(at);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // Either half of a surrogate pair: test the whole code point.
  const from = c >= 0xdc00 && c <= 0xdfff && at > 0 ? at - 1 : at;
  return WORD_CHAR.test(String.fromCodePoint(source.codePointAt(from)!));
}

const WORDS_OF_HIT = /[^\s\-\u2010\u2011]+/g;
const WORD_SLOT = /\{(\d+)\}/g;

/** A suggestion with `{n}` replaced by the n-th word of the hit as written (hyphens and spaces separate words). */
function fillWords(template: string, written: string): string {
  const words = written.match(WORDS_OF_HIT) ?? [];
  return template.replace(WORD_SLOT, (slot, n: string) => words[Number(n) - 1] ?? slot);
}

/** True when `phrase` (token keys) is written right before token `i`, as one phrase. */
function endsPhrase(tokens: TokenList, i: number, phrase: readonly string[]): boolean {
  const from = i - phrase.length;
  return from >= 0 && startsPhrase(tokens, from, phrase);
}

/** True when `phrase` (token keys) is written from token `i` on, as one phrase. */
function startsPhrase(tokens: TokenList, i: number, phrase: readonly string[]): boolean {
  if (i + phrase.length > tokens.length) return false;
  return phrase.every((key, k) => tokens.key(i + k) === key && (k === 0 || tokens.joined(i + k)));
}

/** The ending that applies: exact forms before plurals, then the team's latest entry, then the built-in list. */
function pickEnding(endings: readonly Ending[], kind: LintedKind, source: string, start: number, end: number): Ending | undefined {
  let best: Ending | undefined;
  for (const ending of endings) {
    const { entry } = ending;
    if (!entry.appliesTo.has(kind)) continue;
    if (entry.caseSensitive && !sameLetters(ending.plural ? pluralize(ending.variant) : ending.variant, source.slice(start, end))) continue;
    if (!best || rank(ending) > rank(best)) best = ending;
  }
  return best;
}

function rank(ending: Ending): number {
  return (ending.plural ? 0 : 1_000_000) + ending.entry.order;
}

/** Spelling compared exactly, except that any run of white space (a line break too) is one space. */
function sameSpelling(expected: string, written: string): boolean {
  return expected.replace(WHITE_SPACE_RUN, ' ').normalize('NFC') === written.replace(WHITE_SPACE_RUN, ' ').normalize('NFC');
}

/** Letters compared exactly, separators (spaces, hyphens) ignored: case-sensitive entries still match every variant. */
function sameLetters(expected: string, written: string): boolean {
  const letters = (s: string) => s.replace(/[\s\-\u2010\u2011]+/g, '').normalize('NFC');
  return letters(expected) === letters(written);
}

/** True when `written` is the preferred spelling: exact, or, for an all-lower-case word, with a capital starting a sentence. */
function acceptsSpelling(prefer: string, written: string, plural: boolean, sentenceStart: boolean): boolean {
  const expected = plural ? pluralize(prefer) : prefer;
  if (sameSpelling(expected, written)) return true;
  return sentenceStart && !HAS_UPPER.test(prefer) && sameSpelling(expected[0].toUpperCase() + expected.slice(1), written);
}

function startsUpper(text: string): boolean {
  return STARTS_UPPER.test(text);
}

function isAllCaps(text: string): boolean {
  return text.length > 1 && text === text.toUpperCase() && text !== text.toLowerCase();
}

function startsLower(text: string): boolean {
  return STARTS_LOWER.test(text);
}

/** Simple English plurals of a key: +s, +es, y → ies, man → men. */
export function pluralsOf(key: string): string[] {
  if (!/\p{L}$/u.test(key) || key.length < 2) return [];
  const out = new Set<string>([`${key}s`]);
  if (/(s|x|z|ch|sh)$/.test(key)) out.add(`${key}es`);
  if (/[^aeiou]y$/.test(key)) out.add(`${key.slice(0, -1)}ies`);
  if (/man$/.test(key)) out.add(`${key.slice(0, -3)}men`);
  return [...out];
}

/** The plural of a phrase's last word, for replacements of a plural hit. */
export function pluralize(phrase: string): string {
  const match = /(\p{L}+)$/u.exec(phrase);
  if (!match) return phrase;
  const word = match[1];
  const head = phrase.slice(0, match.index);
  const upper = word === word.toUpperCase() && word !== word.toLowerCase();
  const lower = word.toLowerCase();
  let plural: string;
  if (/man$/.test(lower)) plural = `${word.slice(0, -3)}${upper ? 'MEN' : 'men'}`;
  else if (/[^aeiou]y$/.test(lower)) plural = `${word.slice(0, -1)}${upper ? 'IES' : 'ies'}`;
  else if (/(s|x|z|ch|sh)$/.test(lower)) plural = `${word}${upper ? 'ES' : 'es'}`;
  else plural = `${word}${upper ? 'S' : 's'}`;
  return head + plural;
}
