import { listInWords } from '../text/suggest';
import type { Fix } from '../types';
import type { TermMatch } from './vocabulary';

/** `'a', 'b' or 'c'`. */
export function quoteList(items: readonly string[], conjunction = 'or'): string {
  return listInWords(items.map((i) => `'${i}'`), conjunction);
}

const ARTICLE_BEFORE = /(?<![\p{L}\p{N}])(an?)([ \t]+)$/iu;
const WHITE_SPACE_RUN = /\s+/g;

/** True when an article may end right before `at`: an a or n, then spaces or tabs (the expression decides). */
function mayFollowArticle(source: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (source.charCodeAt(i) === 32 || source.charCodeAt(i) === 9)) i--;
  const letter = source.charCodeAt(i) | 0x20;
  return i < at - 1 && (letter === 97 || letter === 110);
}

/**
 * One fix per replacement, each replacing exactly the hit; when the hit follows "a" or "an", the
 * article changes with it ("a ninja" → "an expert").
 */
export function replacementFixes(source: string, hit: TermMatch, safe: boolean): Fix[] {
  // Most hits follow no article: no slice and no match for them (a 1 MB file has thousands).
  const article = mayFollowArticle(source, hit.start) ? ARTICLE_BEFORE.exec(source.slice(Math.max(0, hit.start - 8), hit.start)) : null;
  return hit.replacements.map((text) => {
    const edit = { start: hit.start, end: hit.end, text };
    if (article) {
      const wanted = /^[aeiou]/i.test(text) ? 'an' : 'a';
      const written = article[1];
      if (written.toLowerCase() !== wanted) {
        const cased = written[0] === written[0].toUpperCase() ? wanted[0].toUpperCase() + wanted.slice(1) : wanted;
        edit.start = hit.start - article[0].length;
        edit.text = `${cased}${article[2]}${text}`;
      }
    }
    return { title: `Replace with '${text}'`, edits: [edit], safe };
  });
}

/** A hit as quoted in a message: on one line, however the copy wraps. */
export function shown(text: string): string {
  return text.replace(WHITE_SPACE_RUN, ' ');
}

/** `text` ending with a full stop (or its own punctuation). */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
