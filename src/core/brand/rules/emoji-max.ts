import type { Rule } from '../../types';
import type { BrandContext } from '../context';

/** brand/emoji-max: no more emoji than `emoji.max` in one published post (each post of a thread on its own) or one JD. */
export const emojiMax: Rule<BrandContext> = {
  id: 'brand/emoji-max',
  description: 'One platform\'s post (each post of a thread on its own) or one JD has at most `emoji.max` emoji.',
  defaultSeverity: 'warning',
  fileKind: ['jd', 'post'],
  check(context, report) {
    const max = context.config.emoji?.max;
    if (max === undefined) return;
    const seen = new Set<number>();
    for (const copy of context.copies) {
      const emoji = copy.text.entities.filter((t) => t.kind === 'emoji');
      if (emoji.length <= max) continue;
      const first = emoji[max];
      const range = copy.text.fileRange(first);
      if (seen.has(range.start)) continue;
      seen.add(range.start);
      const excess = emoji.length - max;
      report({
        message: `${emoji.length} emoji in ${context.kind === 'post' ? `the copy for ${copy.label}` : copy.label}; the brand allows ${max}. Remove ${excess}, from this one on.`,
        range,
      });
    }
  },
};
