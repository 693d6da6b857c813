import type { Rule } from '../../types';
import type { BrandContext } from '../context';

/** Tags long enough that, written in one case, they probably join several words. */
const LIKELY_MULTI_WORD = 10;

/** brand/hashtag-style: how hashtags are written (`hashtags.style`); CamelCase lets screen readers say the words. */
export const hashtagStyle: Rule<BrandContext> = {
  id: 'brand/hashtag-style',
  description: 'Hashtags follow `hashtags.style`: camel/pascal (#WinterLaunch, read word by word by screen readers) or lower.',
  defaultSeverity: 'warning',
  fileKind: ['post'],
  check(context, report) {
    const style = context.config.hashtags?.style;
    if (!style || style === 'any') return;
    const known = knownTags(context);
    const words = knownWords([...known.values()]);
    for (const ref of context.hashtags) {
      const tag = ref.tag;
      const canonical = known.get(tag.toLowerCase());
      const replace = (text: string, safe: boolean, why: string) =>
        report({ message: `Write #${text}, not #${tag}: ${why}`, range: ref.range, fixes: [{ title: `Change to #${text}`, edits: [{ ...ref.range, text: ref.where === 'copy' ? `#${text}` : text }], safe }] });
      if (style === 'lower') {
        if (tag !== tag.toLowerCase()) replace(canonical && canonical === canonical.toLowerCase() ? canonical : tag.toLowerCase(), true, 'the brand writes hashtags in lower case.');
        continue;
      }
      if (canonical !== undefined && canonical !== tag) {
        replace(canonical, true, 'that is how the brand writes it.');
        continue;
      }
      if (style === 'pascal' && /^\p{Ll}/u.test(tag) && /\p{Lu}/u.test(tag)) {
        replace(tag[0].toUpperCase() + tag.slice(1), true, 'the brand starts every word of a hashtag with a capital (PascalCase).');
        continue;
      }
      if (canonical !== undefined || /\p{Lu}/u.test(tag.slice(1)) || !/^\p{L}+$/u.test(tag)) continue;
      if (tag !== tag.toLowerCase() && tag !== tag.toUpperCase()) continue;
      const split = segment(tag.toLowerCase(), words);
      if (split) {
        replace(split.map((w) => w[0].toUpperCase() + w.slice(1)).join(''), true, 'a capital for each word lets screen readers say the words.');
      } else if (tag.length >= LIKELY_MULTI_WORD) {
        report({
          message: `If #${tag} joins several words, start each with a capital (#SummerSale, not #summersale) so screen readers say the words.`,
          range: ref.range,
          severity: 'info',
        });
      }
    }
  },
};

/** The brand's own hashtags as written: required and allowed. */
function knownTags(context: BrandContext): Map<string, string> {
  const out = new Map<string, string>();
  const { required = [], allowed = [] } = context.config.hashtags ?? {};
  for (const raw of [...required, ...allowed]) {
    const tag = raw.replace(/^[#＃]/, '');
    if (tag !== '') out.set(tag.toLowerCase(), tag);
  }
  return out;
}

/** The words of the known tags, split at capitals (WinterLaunch → winter, launch). */
function knownWords(tags: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const tag of tags) {
    const parts = tag.match(/\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{N}+/gu) ?? [];
    for (const part of parts) if (part.length >= 2) out.add(part.toLowerCase());
  }
  return out;
}

/** `tag` as two or more known words, if it splits that way (fewest words wins). */
function segment(tag: string, words: ReadonlySet<string>): string[] | undefined {
  if (words.size === 0 || tag.length > 100) return undefined;
  const best: (string[] | undefined)[] = new Array(tag.length + 1).fill(undefined);
  best[0] = [];
  for (let end = 1; end <= tag.length; end++) {
    for (let start = 0; start < end; start++) {
      const head = best[start];
      const word = tag.slice(start, end);
      if (head && words.has(word) && (!best[end] || best[end]!.length > head.length + 1)) best[end] = [...head, word];
    }
  }
  const result = best[tag.length];
  return result && result.length >= 2 ? result : undefined;
}
