import type { Rule } from '../../types';
import type { BrandContext } from '../context';
import { removeHashtagFix } from '../post-edits';

/** brand/hashtag-banned: hashtags the brand never uses (`hashtags.banned`). */
export const hashtagBanned: Rule<BrandContext> = {
  id: 'brand/hashtag-banned',
  description: 'Copy and front matter carry none of the hashtags in `hashtags.banned` (any capitalisation).',
  defaultSeverity: 'error',
  fileKind: ['jd', 'post'],
  check(context, report) {
    const banned = new Map((context.config.hashtags?.banned ?? []).map((t) => [t.replace(/^[#＃]/, '').toLowerCase(), t.replace(/^[#＃]/, '')]));
    if (banned.size === 0) return;
    for (const ref of context.hashtags) {
      if (!banned.has(ref.tag.toLowerCase())) continue;
      const fix = removeHashtagFix(context.text, ref);
      report({
        message: `#${ref.tag} is on the brand's banned hashtag list: remove it.`,
        range: ref.where === 'copy' ? ref.range : (ref.item ?? ref.range),
        fixes: fix ? [fix] : [],
      });
    }
  },
};
