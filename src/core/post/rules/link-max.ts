import type { Rule } from '../../types';
import type { PostContext } from '../context';
import { partName } from '../parts';

/** post/link-max: no more links than the platform allows (Threads: 5). */
export const linkMax: Rule<PostContext> = {
  id: 'post/link-max',
  description: 'A post (each post of a thread) carries no more links than its platform allows (Threads: 5).',
  defaultSeverity: 'error',
  fileKind: 'post',
  check(context, report) {
    for (const target of context.targets) {
      const max = target.target.maxLinks;
      if (max === undefined) continue;
      const { platform } = target.target;
      target.parts.forEach((part, index) => {
        const links = part.publish.entities.filter((t) => t.kind === 'url');
        if (links.length <= max) return;
        const first = links[max];
        const which = target.parts.length > 1 ? `${partName(index, target.parts.length)} of the thread` : 'this one';
        report({
          message: `${platform.name} allows ${max} link${max === 1 ? '' : 's'} per post; ${which} has ${links.length}. Remove ${links.length - max}, starting with ${first.value}.`,
          range: part.publish.fileRange({ start: first.start, end: first.end }),
        });
      });
    }
  },
};
