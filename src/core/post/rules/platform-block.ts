import { isPlatformId } from '../../platforms/registry';
import type { Rule } from '../../types';
import type { PostContext } from '../context';

/** post/platform-block: `::: <platform>` blocks are closed, single, and for a platform the post targets. */
export const platformBlock: Rule<PostContext> = {
  id: 'post/platform-block',
  description: 'Each `::: <platform>` block is closed with `:::`, appears once, and is for a platform the post is published on.',
  defaultSeverity: 'error',
  fileKind: 'post',
  check({ parsed, targets, config }, report) {
    const seen = new Set<string>();
    for (const block of parsed.blocks) {
      if (!block.closeRange) {
        report({ message: `The \`::: ${block.id}\` block is never closed: add a line with ::: where its copy ends.`, range: block.openRange });
      }
      if (seen.has(block.id)) {
        report({ message: `A second \`::: ${block.id}\` block: only the first is published. Merge them into one.`, range: block.openRange });
        continue;
      }
      seen.add(block.id);
      const known = targets.some((t) => t.target.name === block.id || t.target.platform.id === block.id);
      const isPlatformOrAccount = isPlatformId(block.id) || Boolean(config.accounts?.[block.id]);
      if (!known && isPlatformOrAccount) {
        report({
          message: `This post is not published on ${block.id} (\`platforms:\` does not list it), so this block is never used: add ${block.id} to \`platforms\` or remove the block.`,
          range: block.idRange,
          severity: 'warning',
        });
      }
    }
    for (const closer of parsed.strayClosers) {
      report({ message: 'A closing ::: with no `::: <platform>` line above it: it would be published as text. Remove it, or add the opening line.', range: closer, severity: 'warning' });
    }
  },
};
