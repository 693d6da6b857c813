import { extractHashtags } from '../../text/tokenize';
import type { Rule } from '../../types';
import { targetLabel, type BrandContext } from '../context';
import { quoteList } from '../messages';
import { addHashtagFix, postAnchor } from '../post-edits';

/** Disclosures accepted when `.copydesk.yaml` names none. */
export const DEFAULT_DISCLOSURES: readonly string[] = ['#ad', '#sponsored'];

/** brand/sponsored-disclosure: a sponsored post discloses it on every platform, where readers see it. */
export const sponsoredDisclosure: Rule<BrandContext> = {
  id: 'brand/sponsored-disclosure',
  description: 'A post with `sponsored: true` carries one of `sponsored.disclosure` (default #ad, #sponsored) in each platform\'s text, before the "see more" cut.',
  defaultSeverity: 'error',
  fileKind: ['post'],
  check(context, report) {
    const post = context.post;
    if (!post || post.frontMatter?.sponsored !== true) return;
    const disclosures = context.config.sponsored?.disclosure?.length ? context.config.sponsored.disclosure : DEFAULT_DISCLOSURES;
    const missing: string[] = [];
    const hidden: string[] = [];
    for (const { target, publish } of post.targets) {
      const at = disclosureOffset(publish.text, disclosures);
      if (at === undefined) missing.push(targetLabel(target));
      else if (typeof target.seeMore === 'number' && at >= target.seeMore) hidden.push(`${targetLabel(target)} (after character ${target.seeMore})`);
    }
    const range = postAnchor(post, 'sponsored');
    if (missing.length > 0) {
      const tag = disclosures.find((d) => /^[#＃]/.test(d));
      const fix = tag ? addHashtagFix(post, tag.slice(1)) : undefined;
      report({
        message: `This post is sponsored, but the copy for ${missing.join(', ')} does not say so: add ${quoteList(disclosures)}.`,
        range,
        fixes: fix ? [fix] : [],
      });
    }
    if (hidden.length > 0) {
      report({ message: `The sponsorship disclosure is hidden behind "see more" on ${hidden.join(', ')}: put it near the start.`, range });
    }
  },
};

/** Where the first accepted disclosure starts in `text`, if any. */
function disclosureOffset(text: string, disclosures: readonly string[]): number | undefined {
  let best: number | undefined;
  const tags = extractHashtags(text);
  for (const disclosure of disclosures) {
    let at: number | undefined;
    if (/^[#＃]/.test(disclosure)) {
      const tag = disclosure.slice(1).toLowerCase();
      at = tags.find((t) => t.value.toLowerCase() === tag)?.start;
    } else {
      const escaped = disclosure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const match = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').exec(text);
      at = match?.index;
    }
    if (at !== undefined && (best === undefined || at < best)) best = at;
  }
  return best;
}
