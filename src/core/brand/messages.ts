import { listInWords } from '../text/suggest';
import type { Fix } from '../types';
import type { TermMatch, VocabularyEntry } from './vocabulary';

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
 * The words a vocabulary rule gives its hits, for one run of the rule: a message and fix titles
 * are built once for a term written the same way again (same entry, spelling and replacements),
 * not once per hit. A 1 MB file can have thousands of such hits, and building thousands of equal
 * strings was most of these rules' time there.
 */
export class HitWording {
  /** Fix titles by replacement text (see replacementFixes). */
  readonly titles = new Map<string, string>();
  private readonly last = new Map<VocabularyEntry, { text: string; replacements: readonly string[]; message: string }>();

  /** `build(hit)`, or the message of the entry's previous hit when this one reads the same. */
  message(hit: TermMatch, build: (hit: TermMatch) => string): string {
    const previous = this.last.get(hit.entry);
    if (previous !== undefined && previous.text === hit.text && sameStrings(previous.replacements, hit.replacements)) return previous.message;
    const message = build(hit);
    this.last.set(hit.entry, { text: hit.text, replacements: hit.replacements, message });
    return message;
  }
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * One fix per replacement, each replacing exactly the hit; when the hit follows "a" or "an", the
 * article changes with it ("a ninja" → "an expert"). `titles` keeps the titles already written.
 */
export function replacementFixes(source: string, hit: TermMatch, safe: boolean, titles?: Map<string, string>): Fix[] {
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
    let title = titles?.get(text);
    if (title === undefined) {
      title = `Replace with '${text}'`;
      titles?.set(text, title);
    }
    return { title, edits: [edit], safe };
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
