import type { Rule } from '../../types';
import type { BrandContext } from '../context';
import { bannedTerm } from './banned-term';
import { emojiMax } from './emoji-max';
import { exclamations } from './exclamations';
import { hashtagBanned } from './hashtag-banned';
import { hashtagRequired } from './hashtag-required';
import { hashtagStyle } from './hashtag-style';
import { inclusiveLanguage } from './inclusive-language';
import { linkPolicy } from './link-policy';
import { preferredTerm } from './preferred-term';
import { shouting } from './shouting';
import { sponsoredDisclosure } from './sponsored-disclosure';

/** Every brand rule: they run on JDs and posts (each rule says which in `fileKind`). */
export const BRAND_RULES: readonly Rule<BrandContext>[] = [
  bannedTerm,
  preferredTerm,
  inclusiveLanguage,
  hashtagRequired,
  hashtagBanned,
  hashtagStyle,
  emojiMax,
  exclamations,
  shouting,
  linkPolicy,
  sponsoredDisclosure,
];

/** The brand rules that check files of `kind`. */
export function brandRulesFor(kind: 'jd' | 'post'): readonly Rule<BrandContext>[] {
  return BRAND_RULES.filter((rule) => (Array.isArray(rule.fileKind) ? rule.fileKind.includes(kind) : rule.fileKind === kind));
}
