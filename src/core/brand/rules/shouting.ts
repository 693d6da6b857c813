import { CURRENCY_CODES } from '../../data/iso';
import { ACRONYM_PACKS, ACRONYMS, SOCIAL_ABBREVIATIONS } from '../../data/acronyms';
import type { Rule } from '../../types';
import type { BrandContext } from '../context';
import { LOUD_WORDS } from '../../data/loud-words';
import { startsSentence } from '../sentences';

/** A single word in capitals shouts from this many letters on; a shorter one may be an acronym nobody listed. */
const LONG_WORD = 6;

/**
 * brand/shouting: runs of ALL-CAPS words read as shouting, unless they are acronyms (`tone.shouting: true`).
 *
 * A word in capitals is an acronym, never shouting, when it is on a list (built-in, social
 * abbreviations, sector packs, currency codes, `tone.acronyms`, the brand's words), carries a
 * digit (STUDY20), or is defined in brackets in the file ("Applicant Tracking System (ATS)").
 * Any other word in capitals is loud. A finding is a run of loud words (with nothing but spaces
 * and punctuation between them, on one line) holding two loud words, or one of six letters or
 * more: a short word alone (BRC, FREE) may be an acronym nobody listed.
 */
export const shouting: Rule<BrandContext> = {
  id: 'brand/shouting',
  description: 'Copy has no runs of ALL-CAPS words (they read as shouting); acronyms are fine: short words alone, codes with digits, terms defined in brackets, built-in, social and sector lists, `tone.acronyms`.',
  defaultSeverity: 'warning',
  fileKind: ['jd', 'post'],
  check(context, report) {
    if (context.config.tone?.shouting !== true) return;
    const accepted = acceptedCaps(context);
    const defined = definedTerms(context);
    const fine = defined.length === 0 ? accepted : new Set([...accepted, ...defined]);
    const { tokens, text } = context;
    // A word the vocabulary already reports (EMAIL with `prefer: email`) gets one finding, not two.
    const spelled = context.terms.filter((h) => h.entry.kind === 'prefer');
    const structured = context.structured;
    let s = 0;
    // The words of the prose, each classed once: loud, an acronym (or a capital letter) that a run
    // may hold, or anything else, which ends a run.
    const words: { start: number; end: number; kind: 'loud' | 'caps' | 'other'; letters: number }[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (tokens.kind(i) !== 'word') continue;
      const start = tokens.start(i);
      const end = tokens.end(i);
      while (s < structured.length && structured[s].end <= start) s++;
      const inValue = s < structured.length && structured[s].start <= start;
      const raw = text.slice(start, end);
      let kind: 'loud' | 'caps' | 'other' = 'other';
      let letters = 0;
      if (!inValue && isAllCaps(raw) && !spelled.some((h) => h.start <= start && end <= h.end)) {
        letters = raw.match(CAPITAL)?.length ?? 0;
        kind = letters < 2 || HAS_DIGIT.test(raw) || fine.has(raw.normalize('NFC')) || inCode(text, start, end) ? 'caps' : 'loud';
      }
      words.push({ start, end, kind, letters });
    }
    for (let w = 0; w < words.length; w++) {
      if (words[w].kind !== 'loud') continue;
      // The run: loud words and acronyms between them, joined by spaces and punctuation on one line.
      let last = w;
      let loud = 1;
      let everyday = isEveryday(text.slice(words[w].start, words[w].end)) ? 1 : 0;
      let longest = words[w].letters;
      // Two loud words in one sentence shout; "AMY. AMY is our tool" is a name said twice.
      let together = false;
      for (let n = w + 1; n < words.length && words[n].kind !== 'other' && onlyPunctuation(text, words[n - 1].end, words[n].start); n++) {
        if (words[n].kind !== 'loud') continue;
        if (!/[.!?;:]/.test(text.slice(words[last].end, words[n].start))) together = true;
        last = n;
        loud++;
        if (isEveryday(text.slice(words[n].start, words[n].end))) everyday++;
        longest = Math.max(longest, words[n].letters);
      }
      const from = w;
      w = last;
      if (!together && longest < LONG_WORD) continue;
      // Capitals are shouting when they are everyday words: a run of names and acronyms the
      // lists do not know ("NCBI SRA", "TÜV SÜD", "ELIXIR") is left alone.
      const written0 = text.slice(words[from].start, words[last].end);
      if (!brandSpelling(written0, fine) && ((everyday < 2 && everyday * 2 < loud) || everyday === 0)) continue;
      const start = words[from].start;
      const end = words[last].end;
      const written = written0;
      const brand = brandSpelling(written, fine);
      const calm = calmDown(written, fine, startsSentence(text, start));
      report({
        message: `'${written}' is in capitals, which reads as shouting. Write '${calm}'${loud === 1 && !brand && !/\s/.test(written) ? ', or add it to tone.acronyms if it is an acronym' : ''}.`,
        range: { start, end },
        fixes: [{ title: `Change to '${calm}'`, edits: [{ start, end, text: calm }], safe: false }],
      });
    }
  },
};

const CAPITAL = /\p{Lu}/gu;

const EVERYDAY = new Set(LOUD_WORDS);

/** True for an everyday word in capitals: FREE, NEWS, AMAZING, and their -s/-ed/-ing/-ly forms (OFFERS, CLOSING). */
function isEveryday(word: string): boolean {
  const lower = word.toLowerCase().replace(/[’]/g, "'");
  if (EVERYDAY.has(lower)) return true;
  // -s, -es, -ed, -ing, -ly forms of a listed word (OFFERS, CLOSING, CLOSED, HIGHLY).
  for (const ending of ['s', 'es', 'ed', 'd', 'ing', 'ly']) {
    if (lower.length > ending.length + 2 && lower.endsWith(ending)) {
      const stem = lower.slice(0, -ending.length);
      if (EVERYDAY.has(stem) || EVERYDAY.has(`${stem}e`)) return true;
    }
  }
  return false;
}
const HAS_DIGIT = /\p{N}/u;

const LOWER_CASE = /\p{Ll}/u;
const UPPER_CASE = /\p{Lu}/u;

/** A word with capitals and no lower-case letter. */
function isAllCaps(word: string): boolean {
  return !LOWER_CASE.test(word) && UPPER_CASE.test(word);
}

const CODE_JOINER = /[-/&\\\u2010\u2011]/;
const CODE_PART = /[\p{Lu}\p{N}]/u;

/**
 * True when the word is glued to another capital word by `-`, `/` or `&` with no space: a code
 * or a compound acronym (CC BY-NC-ND, CI/CD, AD&D, BV-BRC), not words raised in voice.
 */
function inCode(text: string, start: number, end: number): boolean {
  return (start > 1 && CODE_JOINER.test(text[start - 1]) && CODE_PART.test(text[start - 2])) || (end + 1 < text.length && CODE_JOINER.test(text[end]) && CODE_PART.test(text[end + 1]));
}

/** True when `text.slice(from, to)` has no letter, digit or line break: spaces and punctuation only. */
function onlyPunctuation(text: string, from: number, to: number): boolean {
  return !LETTER_DIGIT_OR_BREAK.test(text.slice(from, to));
}
const LETTER_DIGIT_OR_BREAK = /[\p{L}\p{N}\n]/u;

/** Currency codes that are also English words: in capitals they shout ("ALL orders", "TRY it"). */
const CURRENCY_WORDS = new Set(['ALL', 'TRY', 'TOP', 'MAD', 'CUP', 'PEN', 'MOP', 'SOS', 'BAM', 'CAD', 'GEL', 'BOB']);

/** The brand's own spelling of a shouted word (FERNPEAK → Fernpeak), when it is one of the brand's words. */
function brandSpelling(written: string, fine: ReadonlySet<string>): string | undefined {
  if (/\s/.test(written)) return undefined;
  for (const word of fine) if (word.length > 1 && word !== word.toUpperCase() && word.toUpperCase() === written.toUpperCase()) return word;
  return undefined;
}

/** The words in capitals each configuration accepts, built once per configuration (some 2,000 words). */
const acceptedByConfig = new WeakMap<object, ReadonlySet<string>>();

function acceptedCaps(context: BrandContext): ReadonlySet<string> {
  let fine = acceptedByConfig.get(context.config);
  if (!fine) acceptedByConfig.set(context.config, (fine = buildAcceptedCaps(context)));
  return fine;
}

function buildAcceptedCaps(context: BrandContext): Set<string> {
  const tone = context.config.tone;
  const packs = (tone?.acronym_packs ?? []).flatMap((name) => ACRONYM_PACKS[name] ?? []);
  const lists = [ACRONYMS, SOCIAL_ABBREVIATIONS, packs, CURRENCY_CODES.filter((c) => !CURRENCY_WORDS.has(c)), tone?.acronyms ?? []];
  const fine = new Set<string>(lists.flat().map((w) => w.normalize('NFC')));
  // The brand's own name and spellings may be capitals (ACME).
  for (const source of [context.config.brand ?? '', ...(context.config.terms ?? []).map((t) => ('prefer' in t ? t.prefer : ''))]) {
    for (const word of source.split(/[^\p{L}\p{M}\p{N}]+/u)) if (word !== '') fine.add(word.normalize('NFC'));
  }
  return fine;
}

// "Applicant Tracking System (ATS)" and "ATS (Applicant Tracking System)": the file defines ATS.
const IN_BRACKETS = /\((\p{Lu}[\p{Lu}\p{N}&]{1,11})s?\)/gu;
const BEFORE_BRACKETS = /(?<![\p{L}\p{N}])(\p{Lu}[\p{Lu}\p{N}&]{1,11})[ \t]*\((?=\p{Lu}\p{Ll})/gu;
/** How far before "(ATS)" the words it stands for may start. */
const SPELLED_OUT_REACH = 120;

/** Acronyms the file defines in brackets: terms everywhere in the file. */
function definedTerms(context: BrandContext): string[] {
  const { text, prose } = context;
  if (prose.length === 0) return [];
  const from = prose[0].start;
  const slice = text.slice(from, prose[prose.length - 1].end);
  if (!slice.includes('(')) return [];
  const out: string[] = [];
  for (const match of slice.matchAll(IN_BRACKETS)) {
    const before = slice.slice(Math.max(0, match.index - SPELLED_OUT_REACH), match.index).split('\n').pop()!;
    if (spellsOut(match[1], before)) out.push(match[1].normalize('NFC'));
  }
  for (const match of slice.matchAll(BEFORE_BRACKETS)) {
    const open = match.index + match[0].length;
    const close = slice.indexOf(')', open);
    const inside = close < 0 ? '' : slice.slice(open, Math.min(close, open + SPELLED_OUT_REACH));
    if (!inside.includes('\n') && spellsOut(match[1], inside)) out.push(match[1].normalize('NFC'));
  }
  return out;
}

/**
 * True when `words` can be what `acronym` stands for: not written in capitals themselves, and
 * the acronym's first letter starts one of them ("Codon Adaptation Index" for CAI).
 */
function spellsOut(acronym: string, words: string): boolean {
  const list = words.trim().split(/[\s-]+/).filter((w) => w !== '');
  if (list.length === 0 || list.every((w) => isAllCaps(w))) return false;
  const initials = list.slice(-(acronym.length + 3)).map((w) => w[0].toUpperCase());
  return initials.includes(acronym[0]);
}

/**
 * The run in ordinary case, every word kept (negations too): the brand's words as the brand
 * writes them, acronyms as they are, a capital where a sentence starts.
 */
function calmDown(text: string, fine: ReadonlySet<string>, capitalFirst: boolean): string {
  let sentenceStart = capitalFirst;
  return text.replace(/[^\s]+/g, (chunk) => {
    const startHere = sentenceStart;
    sentenceStart = /[.!?]$/.test(chunk);
    const brand = brandSpelling(chunk, fine);
    if (brand) return brand;
    // Inside a chunk ("SALE(TODAY"), each word on its own: an acronym keeps its capitals.
    let first = true;
    return chunk.replace(/[\p{L}\p{M}\p{N}'’&]+/gu, (word) => {
      const out = fine.has(word.normalize('NFC')) || HAS_DIGIT.test(word) || word === 'I' ? word : word.toLowerCase();
      const capital = first && startHere;
      first = false;
      return capital ? out.replace(/\p{L}/u, (c) => c.toUpperCase()) : out;
    });
  });
}
