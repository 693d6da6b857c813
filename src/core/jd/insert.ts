import type { Fix } from '../types';
import type { JdContext } from './context';
import { sectionSkeleton, type JdKey } from './sections';

/**
 * A fix that appends blank skeletons of `keys` at the end of the file, or undefined when the
 * file is not a block mapping (a flow `{…}` mapping or a scalar cannot take a block section).
 */
export function addSectionsFix(context: JdContext, keys: readonly string[], title: string): Fix | undefined {
  const { root, parsed } = context;
  const text = parsed.text;
  if (root && root.flow) return undefined;
  if (!root && parsed.doc.contents !== null) return undefined;
  const separator = text.length === 0 || text.endsWith('\n') ? '' : '\n';
  const body = keys.map((key) => sectionSkeleton(key as JdKey, context.indent)).join('');
  return { title, edits: [{ start: text.length, end: text.length, text: separator + body }], safe: false };
}
