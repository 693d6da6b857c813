import { listInWords } from '../text/suggest';
import type { Fix } from '../types';
import type { TermMatch } from './vocabulary';

/** `'a', 'b' or 'c'`. */
export function quoteList(items: readonly string[], conjunction = 'or'): string {
  return listInWords(items.map((i) => `'${i}'`), conjunction);
}

/** One fix per replacement, each replacing exactly the hit. */
export function replacementFixes(hit: TermMatch, safe: boolean): Fix[] {
  return hit.replacements.map((text) => ({ title: `Replace with '${text}'`, edits: [{ start: hit.start, end: hit.end, text }], safe }));
}

/** `text` ending with a full stop (or its own punctuation). */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
