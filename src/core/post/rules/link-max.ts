import type { Rule } from '../../types';
import type { PostContext } from '../context';

/** post/link-max: no more links than the platform allows (Threads: 5). */
export const linkMax: Rule<PostContext> = {
  id: 'post/link-max',
  description: 'A post carries no more links than its platform allows (Threads: 5).',
  defaultSeverity: 'error',
  fileKind: 'post',
  check(context, report) {
    for (const target of context.targets) {
      const max = target.target.maxLinks;
      if (max === undefined) continue;
      const links = target.publish.entities.filter((t) => t.kind === 'url');
      if (links.length <= max) continue;
      const first = links[max];
      report({
        message: `${target.target.platform.name} allows ${max} link${max === 1 ? '' : 's'} per post; this one has ${links.length}. Remove ${links.length - max}, starting with ${first.value}.`,
        range: target.publish.fileRange({ start: first.start, end: first.end }),
      });
    }
  },
};
