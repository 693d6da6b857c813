import { offsetAtLimit } from '../../platforms/limit';
import type { Fix, OffsetRange, Rule } from '../../types';
import { utf8ByteLength } from '../../platforms/counters';
import { nodeRange, pairOf } from '../../yaml/document';
import type { PostContext, TargetCopy } from '../context';
import { partName, threadBudgets, threadMode, type PostPart } from '../parts';
import { splitThread, threadNumber } from '../thread';

const number = (n: number) => n.toLocaleString('en-US');

/** The most posts the split fix makes: past this a copy wants shortening, not a thread (X's composer takes 25). */
export const MAX_SPLIT_PARTS = 25;

/** Where the overflow of `cut` (an offset in the part's publish text) lies in the file. */
function overflowRange(context: PostContext, part: PostPart, cut: number): { range: OffsetRange; inHashtags: boolean } {
  const { copy } = part;
  if (cut < copy.text.length) return { range: { start: copy.fileOffset(cut), end: copy.fileOffset(copy.text.length) }, inHashtags: false };
  // Only the appended hashtags (or a thread's number) push it over: point at them.
  const generated = part.publish.fileRange({ start: cut, end: cut + 1 });
  const pair = pairOf(context.parsed.frontMatter.parsed.doc.contents, 'hashtags');
  const range = nodeRange(context.parsed.text, pair?.key as never) ?? generated;
  return { range, inHashtags: true };
}

/** post/over-limit: the text a platform publishes fits its limit, post by post in a thread. */
export const overLimit: Rule<PostContext> = {
  id: 'post/over-limit',
  description: 'What each platform publishes (its copy plus the appended hashtags; each post of a thread on its own) must fit the platform\'s limit, counted the way the platform counts.',
  defaultSeverity: 'error',
  fileKind: 'post',
  check(context, report) {
    for (const target of context.targets) {
      const { platform, maxLength, maxBytes, name } = target.target;
      const where = target.block ? ` from the \`::: ${target.block.id}\` block` : '';
      target.parts.forEach((part, index) => {
        const text = part.publish.text;
        const label = `${name === platform.id ? platform.name : `${platform.name} (${name})`}${target.parts.length > 1 ? `, ${partName(index, target.parts.length)}` : ''}`;
        const length = platform.count(text);
        if (length > maxLength) {
          const cut = offsetAtLimit(text, platform.count, maxLength, length);
          const { range, inHashtags } = overflowRange(context, part, cut);
          const thread = target.parts.length > 1;
          const advice = thread
            ? `Cut ${number(length - maxLength)} from this part${inHashtags ? ' (the appended hashtags push it over)' : ''}, or split it with a line of ---.`
            : `Cut ${number(length - maxLength)}${where}${inHashtags ? ' (the appended hashtags push it over)' : ''}${target.block ? '' : `, or give ${label} its own shorter \`::: ${name}\` block`}.${platform.threads ? ' Or make it a thread: a line of --- between posts.' : ''}`;
          report({ message: `${label}: ${number(length)}/${number(maxLength)} ${platform.unit}. ${advice}`, range, fixes: inHashtags ? [] : splitFixes(context, target, index, length) });
          return;
        }
        if (maxBytes !== undefined) {
          const bytes = utf8ByteLength(text);
          if (bytes > maxBytes) {
            const cut = offsetAtLimit(text, utf8ByteLength, maxBytes, bytes);
            const { range, inHashtags } = overflowRange(context, part, cut);
            report({
              message: `${label}: ${number(bytes)}/${number(maxBytes)} bytes (UTF-8). Cut ${number(bytes - maxBytes)} bytes${target.parts.length > 1 ? ' from this part' : where}.`,
              range,
              fixes: inHashtags ? [] : splitFixes(context, target, index, Math.ceil((bytes / maxBytes) * maxLength)),
            });
          }
        }
      });
    }
  },
};

/**
 * "Split into a thread" (and, for a copy that is one post, "… numbered thread (1/4)"): `---` lines
 * at the splitter's cuts in the part over the limit, so that every resulting post passes every
 * platform with threads that publishes this copy. Offered on platforms with threads, when
 * `thread:` does not split the copy already, and when the split fits within MAX_SPLIT_PARTS
 * posts without cutting a word, link, mention or hashtag. `length` is the part's count.
 */
/**
 * Splits by the part they split: the thread platforms that publish one copy share its parts, and
 * each asks for the same split (its budgets are all of theirs), so it is worked out once.
 */
const splits = new WeakMap<object, Map<string, ReturnType<typeof splitThread>>>();

function sharedSplit(part: PostPart, key: string, split: () => ReturnType<typeof splitThread>): ReturnType<typeof splitThread> {
  let byKey = splits.get(part.copy);
  if (!byKey) splits.set(part.copy, (byKey = new Map()));
  let known = byKey.get(key);
  if (!known) byKey.set(key, (known = split()));
  return known;
}

function splitFixes(context: PostContext, target: TargetCopy, index: number, length: number): Fix[] {
  if (!target.target.platform.threads || threadMode(context.frontMatter?.thread) !== 'manual') return [];
  if (length > target.target.maxLength * MAX_SPLIT_PARTS) return [];
  const part = target.parts[index];
  // Every platform with threads that publishes these posts: one split must suit them all.
  const siblings = context.targets.filter((t) => t.copy === target.copy && t.target.platform.threads);
  const budgets = siblings.flatMap((t) => threadBudgets(t.target));
  const firstSuffix = part.publish.text.slice(part.copy.text.length);
  const eol = context.parsed.text.includes('\r\n') ? '\r\n' : '\n';
  const fixes: Fix[] = [];
  for (const numbered of target.parts.length === 1 ? [false, true] : [false]) {
    const split = sharedSplit(part, `${numbered}|${firstSuffix}`, () => splitThread(part.copy.text, { budgets, numbered, firstSuffix, entities: part.copy.entities }));
    if (!split.fits || split.parts.length < 2 || split.parts.length > MAX_SPLIT_PARTS) continue;
    const total = split.parts.length;
    const edits = split.parts.slice(1).map((next, i) => ({ ...between(context.parsed.text, part, split.parts[i].end, next.start), text: `${numbered ? threadNumber(i, total) : ''}${eol}---${eol}` }));
    if (numbered) {
      const end = part.copy.fileOffset(split.parts[total - 1].end - 1) + 1;
      edits.push({ start: end, end, text: threadNumber(total - 1, total) });
    }
    const title = target.parts.length > 1 ? `Split this part into ${total} posts` : numbered ? `Split into a numbered thread of ${total} posts (1/${total})` : `Split into a thread of ${total} posts`;
    fixes.push({ title, edits, safe: false });
  }
  return fixes;
}

/**
 * The file range between two parts of a split (composed offsets `end` and `start` of the part's
 * copy): the white space there, replaced by the `---` line. Where more than white space lies
 * between them in the file (a comment), nothing is replaced: the line goes right after the text.
 */
function between(text: string, part: PostPart, end: number, start: number): OffsetRange {
  const from = part.copy.fileOffset(end - 1) + 1;
  const to = part.copy.fileOffset(start);
  return to > from && /^\s*$/.test(text.slice(from, to)) ? { start: from, end: to } : { start: from, end: from };
}
