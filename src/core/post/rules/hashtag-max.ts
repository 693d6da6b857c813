import { cappedList } from '../../text/suggest';
import type { Rule } from '../../types';
import type { PostContext } from '../context';
import { partName } from '../parts';

/** How many of the post's hashtags a message names before "and N more". */
const TAGS_NAMED = 6;
const number = (n: number) => n.toLocaleString('en-US');

/** post/hashtag-max: no more hashtags than the platform (or the brand) allows. */
export const hashtagMax: Rule<PostContext> = {
  id: 'post/hashtag-max',
  description: 'A post (each post of a thread) carries no more hashtags than its platform allows (Instagram 5, Threads 1 topic tag) or `hashtags.max` sets.',
  defaultSeverity: 'error',
  fileKind: 'post',
  check(context, report) {
    for (const target of context.targets) {
      const max = target.target.maxHashtags;
      if (max === undefined) continue;
      const { platform } = target.target;
      target.parts.forEach((part, index) => {
        const tags = part.publish.entities.filter((t) => t.kind === 'hashtag');
        if (tags.length <= max) return;
        const extra = tags.slice(max);
        const first = extra[0];
        const which = target.parts.length > 1 ? `${partName(index, target.parts.length)} of the thread` : 'this post';
        const what = platform.id === 'threads' ? `${platform.name} turns one hashtag into the post's topic tag` : `${platform.name} allows ${max} hashtag${max === 1 ? '' : 's'}`;
        report({
          message: `${what}; ${which} has ${number(tags.length)} (${cappedList(tags.map((t) => `#${t.value}`), TAGS_NAMED)}). Remove ${number(extra.length)}, starting with #${first.value}.`,
          range: part.publish.fileRange({ start: first.start, end: first.end }),
        });
      });
    }
  },
};
