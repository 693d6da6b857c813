import { cappedList } from '../../text/suggest';
import type { Rule } from '../../types';
import type { PostContext } from '../context';

/** How many of the post's hashtags a message names before "and N more". */
const TAGS_NAMED = 6;
const number = (n: number) => n.toLocaleString('en-US');

/** post/hashtag-max: no more hashtags than the platform (or the brand) allows. */
export const hashtagMax: Rule<PostContext> = {
  id: 'post/hashtag-max',
  description: 'A post carries no more hashtags than its platform allows (Instagram 5, Threads 1 topic tag) or `hashtags.max` sets.',
  defaultSeverity: 'error',
  fileKind: 'post',
  check(context, report) {
    for (const target of context.targets) {
      const max = target.target.maxHashtags;
      if (max === undefined) continue;
      const tags = target.publish.entities.filter((t) => t.kind === 'hashtag');
      if (tags.length <= max) continue;
      const extra = tags.slice(max);
      const first = extra[0];
      const { platform } = target.target;
      const what = platform.id === 'threads' ? `${platform.name} turns one hashtag into the post's topic tag` : `${platform.name} allows ${max} hashtag${max === 1 ? '' : 's'}`;
      report({
        message: `${what}; this post has ${number(tags.length)} (${cappedList(tags.map((t) => `#${t.value}`), TAGS_NAMED)}). Remove ${number(extra.length)}, starting with #${first.value}.`,
        range: target.publish.fileRange({ start: first.start, end: first.end }),
      });
    }
  },
};
