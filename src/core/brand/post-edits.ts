import { isSeq, type Node } from 'yaml';
import type { PostContext } from '../post/context';
import type { Fix, OffsetRange } from '../types';
import { nodeRange, pairOf } from '../yaml/document';
import type { HashtagRef } from './context';

/** The range of front matter key `key`, if the post has it. */
export function frontMatterKeyRange(post: PostContext, key: string): OffsetRange | undefined {
  const pair = pairOf(post.parsed.frontMatter.parsed.doc.contents, key);
  return pair ? nodeRange(post.parsed.text, pair.key as Node) : undefined;
}

/** Where a finding about the post as a whole goes: `key` if present, else `platforms:`, else the first line. */
export function postAnchor(post: PostContext, ...keys: string[]): OffsetRange {
  for (const key of [...keys, 'platforms']) {
    const range = frontMatterKeyRange(post, key);
    if (range) return range;
  }
  const open = post.parsed.frontMatterOpen;
  return open ? { ...open } : { start: post.parsed.body.start, end: post.parsed.body.start };
}

/** A fix adding `tag` to the front matter's `hashtags:` (block list, flow list, or a new key). */
export function addHashtagFix(post: PostContext, tag: string, title = `Add #${tag} to hashtags`): Fix | undefined {
  const { text, frontMatterState, frontMatterRange } = post.parsed;
  if (frontMatterState !== 'ok' || !post.frontMatter) return undefined;
  const pair = pairOf(post.parsed.frontMatter.parsed.doc.contents, 'hashtags');
  const quoted = /^[\p{L}\p{N}_]+$/u.test(tag) ? tag : JSON.stringify(tag);
  if (!pair) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    return { title, edits: [{ start: frontMatterRange.end, end: frontMatterRange.end, text: `hashtags: [${quoted}]${eol}` }], safe: false };
  }
  const seq = pair.value;
  if (!isSeq(seq) || !seq.range) return undefined;
  if (seq.flow) {
    const close = text.lastIndexOf(']', seq.range[1]);
    if (close < seq.range[0]) return undefined;
    const empty = seq.items.length === 0;
    return { title, edits: [{ start: close, end: close, text: empty ? quoted : `, ${quoted}` }], safe: false };
  }
  const last = seq.items[seq.items.length - 1] as Node | undefined;
  const lastRange = nodeRange(text, last);
  if (!lastRange) return undefined;
  const lineStart = text.lastIndexOf('\n', lastRange.start) + 1;
  const prefix = text.slice(lineStart, lastRange.start);
  if (!/^\s*-\s+$/.test(prefix)) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { title, edits: [{ start: lastRange.end, end: lastRange.end, text: `${eol}${prefix}${quoted}` }], safe: false };
}

/** A fix removing a hashtag: the `#Tag` word with one space, or the whole front matter list item. */
export function removeHashtagFix(text: string, ref: HashtagRef): Fix | undefined {
  const title = `Remove #${ref.tag}`;
  if (ref.where === 'copy') {
    let { start, end } = ref.range;
    if (start > 0 && text[start - 1] === ' ') start--;
    else if (text[end] === ' ') end++;
    return { title, edits: [{ start, end, text: '' }], safe: false };
  }
  const item = ref.item;
  if (!item) return undefined;
  let before = item.start;
  while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--;
  if (text[before - 1] === '-') {
    // A block list item: the whole line goes.
    const lineStart = text.lastIndexOf('\n', before - 1) + 1;
    const next = text.indexOf('\n', item.end);
    return { title, edits: [{ start: lineStart, end: next < 0 ? text.length : next + 1, text: '' }], safe: false };
  }
  // A flow list item: the item and the comma on one side of it.
  let after = item.end;
  while (text[after] === ' ') after++;
  if (text[after] === ',') {
    after++;
    while (text[after] === ' ') after++;
    return { title, edits: [{ start: item.start, end: after, text: '' }], safe: false };
  }
  if (text[before - 1] === ',') return { title, edits: [{ start: before - 1, end: item.end, text: '' }], safe: false };
  return { title, edits: [{ start: item.start, end: item.end, text: '' }], safe: false };
}
