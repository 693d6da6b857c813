import { CURRENCY_CODES } from '../../data/iso';
import { ACRONYMS } from '../../data/acronyms';
import type { Rule } from '../../types';
import type { BrandContext } from '../context';
import type { WordToken } from '../words';

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
    const loud = (t: WordToken) => t.kind === 'word' && isAllCaps(t.raw) && !fine.has(t.raw.normalize('NFC'));
    for (let i = 0; i < tokens.length; i++) {
      if (!loud(tokens[i])) continue;
      // A run of capitals on one line is one finding: "BIG WINTER SALE".
      let last = i;
      for (let j = i + 1; j < tokens.length; j++) {
        const between = context.text.slice(tokens[j - 1].end, tokens[j].start);
        if (between.includes('\n') || !tokens[j].joined && between !== '') break;
        if (loud(tokens[j])) last = j;
        else if (tokens[j].kind === 'word') break;
      }
      const start = tokens[i].start;
      const end = tokens[last].end;
      const written = context.text.slice(start, end);
      const calm = sentenceCase(written, startsSentence(context.text, start));
      report({
        message: `'${written}' is in capitals, which reads as shouting. Write '${calm}'${last === i ? ', or add it to tone.acronyms if it is an acronym' : ''}.`,
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

function acceptedCaps(context: BrandContext): Set<string> {
  const fine = new Set<string>([...ACRONYMS, ...CURRENCY_CODES, ...(context.config.tone?.acronyms ?? [])].map((w) => w.normalize('NFC')));
  // The brand's own name and spellings may be capitals (ACME).
  for (const source of [context.config.brand ?? '', ...(context.config.terms ?? []).map((t) => ('prefer' in t ? t.prefer : ''))]) {
    for (const word of source.split(/[^\p{L}\p{M}\p{N}]+/u)) if (word !== '') fine.add(word.normalize('NFC'));
  }
  return fine;
}

/** True at the start of a sentence, a paragraph, a list item or a YAML value; not where a line merely wraps. */
function startsSentence(text: string, offset: number): boolean {
  let i = offset - 1;
  let newlines = 0;
  while (i >= 0 && /[\s"'“‘(*_]/.test(text[i])) {
    if (text[i] === '\n') newlines++;
    i--;
  }
  if (i < 0 || newlines >= 2 || /[.!?:>|]/.test(text[i])) return true;
  // The first line after a post's front matter or a `::: platform` line.
  const lineStart = text.lastIndexOf('\n', i) + 1;
  if (newlines > 0 && /^(?:---|\.\.\.|:::.*)[ \t]*$/.test(text.slice(lineStart, i + 1))) return true;
  // A list bullet: "-", "*" or "•" first on its line.
  return /[-*•]/.test(text[i]) && /(^|\n)[ \t]*$/.test(text.slice(Math.max(0, i - 80), i));
}

function sentenceCase(text: string, capitalFirst: boolean): string {
  const lower = text.toLowerCase();
  return capitalFirst ? lower.replace(/\p{L}/u, (c) => c.toUpperCase()) : lower;
}
