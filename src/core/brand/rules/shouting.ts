import { CURRENCY_CODES } from '../../data/iso';
import { ACRONYMS } from '../../data/acronyms';
import type { Rule } from '../../types';
import type { BrandContext } from '../context';
import { startsSentence } from '../sentences';

/** brand/shouting: ALL-CAPS words read as shouting, unless they are acronyms (`tone.shouting: true`). */
export const shouting: Rule<BrandContext> = {
  id: 'brand/shouting',
  description: 'Copy has no ALL-CAPS words (they read as shouting) other than acronyms: a built-in list, ISO currency codes and `tone.acronyms`.',
  defaultSeverity: 'warning',
  fileKind: ['jd', 'post'],
  check(context, report) {
    if (context.config.tone?.shouting !== true) return;
    const fine = acceptedCaps(context);
    const tokens = context.tokens;
    // A word the vocabulary already reports (EMAIL with `prefer: email`) gets one finding, not two.
    const spelled = context.terms.filter((h) => h.entry.kind === 'prefer');
    const loud = (i: number) => {
      if (tokens.kind(i) !== 'word') return false;
      const start = tokens.start(i);
      const end = tokens.end(i);
      const raw = context.text.slice(start, end);
      return isAllCaps(raw) && !fine.has(raw.normalize('NFC')) && !spelled.some((h) => h.start <= start && end <= h.end);
    };
    for (let i = 0; i < tokens.length; i++) {
      if (!loud(i)) continue;
      // Capitals separated only by spaces are one finding: "BIG WINTER SALE".
      let last = i;
      while (last + 1 < tokens.length && loud(last + 1) && /^[ \t]+$/.test(context.text.slice(tokens.end(last), tokens.start(last + 1)))) last++;
      const start = tokens.start(i);
      const end = tokens.end(last);
      const written = context.text.slice(start, end);
      const brand = brandSpelling(written, fine);
      const calm = calmDown(written, fine, startsSentence(context.text, start));
      report({
        message: `'${written}' is in capitals, which reads as shouting. Write '${calm}'${last === i && !brand ? ', or add it to tone.acronyms if it is an acronym' : ''}.`,
        range: { start, end },
        fixes: [{ title: `Change to '${calm}'`, edits: [{ start, end, text: calm }], safe: false }],
      });
      i = last;
    }
  },
};

/** Three or more letters, capitals only (digits allowed: COVID19). */
function isAllCaps(word: string): boolean {
  if (/\p{Ll}/u.test(word)) return false;
  const letters = word.match(/\p{Lu}/gu);
  return letters !== null && letters.length >= 3;
}

/** Currency codes that are also English words: in capitals they shout ("ALL orders", "TRY it"). */
const CURRENCY_WORDS = new Set(['ALL', 'TRY', 'TOP', 'MAD', 'CUP', 'PEN', 'MOP', 'SOS', 'BAM', 'CAD', 'GEL', 'BOB']);

/** The brand's own spelling of a shouted word (FERNPEAK → Fernpeak), when it is one of the brand's words. */
function brandSpelling(written: string, fine: ReadonlySet<string>): string | undefined {
  if (/\s/.test(written)) return undefined;
  for (const word of fine) if (word.length > 1 && word !== word.toUpperCase() && word.toUpperCase() === written.toUpperCase()) return word;
  return undefined;
}

function acceptedCaps(context: BrandContext): Set<string> {
  const fine = new Set<string>([...ACRONYMS, ...CURRENCY_CODES.filter((c) => !CURRENCY_WORDS.has(c)), ...(context.config.tone?.acronyms ?? [])].map((w) => w.normalize('NFC')));
  // The brand's own name and spellings may be capitals (ACME).
  for (const source of [context.config.brand ?? '', ...(context.config.terms ?? []).map((t) => ('prefer' in t ? t.prefer : ''))]) {
    for (const word of source.split(/[^\p{L}\p{M}\p{N}]+/u)) if (word !== '') fine.add(word.normalize('NFC'));
  }
  return fine;
}

/** The run in ordinary case: the brand's words as the brand writes them, a capital where a sentence starts. */
function calmDown(text: string, fine: ReadonlySet<string>, capitalFirst: boolean): string {
  let first = true;
  return text.replace(/[^\s]+/g, (word) => {
    const brand = brandSpelling(word, fine);
    const lower = word.toLowerCase();
    const out = brand ?? (first && capitalFirst ? lower.replace(/\p{L}/u, (c) => c.toUpperCase()) : lower);
    first = false;
    return out;
  });
}
