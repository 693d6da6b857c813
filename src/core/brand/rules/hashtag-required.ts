import type { Rule } from '../../types';
import { targetLabel, type BrandContext } from '../context';
import { addHashtagFix, postAnchor } from '../post-edits';

/** brand/hashtag-required: every post carries the brand's required hashtags on every platform. */
export const hashtagRequired: Rule<BrandContext> = {
  id: 'brand/hashtag-required',
  description: 'Every post carries the hashtags in `hashtags.required`, in the text each platform publishes.',
  defaultSeverity: 'warning',
  fileKind: ['post'],
  check(context, report) {
    const post = context.post;
    const required = context.config.hashtags?.required ?? [];
    if (!post || required.length === 0 || post.targets.length === 0) return;
    const published = post.targets.map((t) => ({ label: targetLabel(t.target), tags: new Set(t.publish.entities.filter((h) => h.kind === 'hashtag').map((h) => h.value.toLowerCase())) }));
    for (const raw of required) {
      const tag = raw.replace(/^[#＃]/, '');
      const missing = published.filter((p) => !p.tags.has(tag.toLowerCase())).map((p) => p.label);
      if (missing.length === 0) continue;
      const where = missing.length === published.length ? 'this post does not' : `the copy for ${missing.join(', ')} does not`;
      const fix = addHashtagFix(post, tag);
      report({
        message: `Every post carries #${tag}; ${where}. Add it to hashtags: (appended on every platform).`,
        range: postAnchor(post, 'hashtags'),
        fixes: fix ? [fix] : [],
      });
    }
  },
};
