import { offsetAtLimit } from '../../platforms/limit';
import type { OffsetRange, Rule } from '../../types';
import { utf8ByteLength } from '../../platforms/counters';
import { nodeRange, pairOf } from '../../yaml/document';
import type { PostContext, TargetCopy } from '../context';

const number = (n: number) => n.toLocaleString('en-US');

/** Where the overflow of `cut` (an offset in the publish text) lies in the file. */
function overflowRange(context: PostContext, copy: TargetCopy, cut: number): { range: OffsetRange; inHashtags: boolean } {
  const { copy: text } = copy;
  if (cut < text.text.length) return { range: { start: text.fileOffset(cut), end: text.fileOffset(text.text.length) }, inHashtags: false };
  // Only the appended hashtags push it over: point at them.
  const pair = pairOf(context.parsed.frontMatter.parsed.doc.contents, 'hashtags');
  const range = nodeRange(context.parsed.text, pair?.key as never) ?? copy.publish.fileRange({ start: cut, end: cut + 1 });
  return { range, inHashtags: true };
}

/** post/over-limit: the text a platform publishes fits its limit. */
export const overLimit: Rule<PostContext> = {
  id: 'post/over-limit',
  description: 'What each platform publishes (its copy plus the appended hashtags) must fit the platform\'s limit, counted the way the platform counts.',
  defaultSeverity: 'error',
  fileKind: 'post',
  check(context, report) {
    for (const target of context.targets) {
      const { platform, maxLength, maxBytes, name } = target.target;
      const text = target.publish.text;
      const label = name === platform.id ? platform.name : `${platform.name} (${name})`;
      const where = target.block ? ` from the \`::: ${target.block.id}\` block` : '';
      const length = platform.count(text);
      if (length > maxLength) {
        const cut = offsetAtLimit(text, platform.count, maxLength, length);
        const { range, inHashtags } = overflowRange(context, target, cut);
        report({
          message: `${label}: ${number(length)}/${number(maxLength)} ${platform.unit}. Cut ${number(length - maxLength)}${where}${inHashtags ? ' (the appended hashtags push it over)' : ''}${target.block ? '' : `, or give ${label} its own shorter \`::: ${name}\` block`}.`,
          range,
        });
        continue;
      }
      if (maxBytes !== undefined) {
        const bytes = utf8ByteLength(text);
        if (bytes > maxBytes) {
          const cut = offsetAtLimit(text, utf8ByteLength, maxBytes, bytes);
          const { range } = overflowRange(context, target, cut);
          report({ message: `${label}: ${number(bytes)}/${number(maxBytes)} bytes (UTF-8). Cut ${number(bytes - maxBytes)} bytes${where}.`, range });
        }
      }
    }
  },
};
