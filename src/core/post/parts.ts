// The posts a target publishes. A copy with `---` lines between its parts is a thread: on X,
// Threads, Bluesky and Mastodon each part is a post of its own (replies chained to the first),
// and the front matter's hashtags and media go with the first part, the post feeds and search
// show. Platforms without threads publish the parts as one post, joined by blank lines.
// `thread: true | numbered` asks for the copy to be split to fit (numbered: " 2/4" after each part).

import { utf8ByteLength } from '../platforms/counters';
import type { Target } from '../platforms/registry';
import type { OffsetRange } from '../types';
import type { ComposedText, CopyParts } from './compose';
import { splitThread, threadNumber, type ThreadBudget } from './thread';

/** One post as a platform publishes it: a part of a thread, or the whole copy. */
export interface PostPart {
  /** The part's copy as written (comments dropped, trimmed), without anything appended. */
  copy: ComposedText;
  /** What the platform publishes for this part: its copy, its number (`thread: numbered`), and on the first part the front matter's hashtags. */
  publish: ComposedText;
  /** Where the part's copy lies in the file, from its first character to its last. */
  range: OffsetRange;
}

/** What `thread:` in the front matter asks for: parts at `---` lines only, splitting to fit, or splitting to fit with numbers. */
export type ThreadMode = 'manual' | 'split' | 'numbered';

/** A front matter hashtag and where it is written. */
export interface HashtagEntry {
  tag: string;
  range: OffsetRange;
}

/** The thread mode `thread:` asks for (anything but `true` and `numbered` is `manual`). */
export function threadMode(value: unknown): ThreadMode {
  return value === true ? 'split' : value === 'numbered' ? 'numbered' : 'manual';
}

/** The hashtags a publishing tool appends to `copy`: those it does not carry already (tools do not repeat them). */
export function missingHashtags(copy: ComposedText, hashtags: readonly HashtagEntry[]): HashtagEntry[] {
  if (hashtags.length === 0) return [];
  const present = new Set((copy.text.match(/[#＃][\p{L}\p{M}\p{N}_]+/gu) ?? []).map((t) => t.slice(1).toLowerCase()));
  return hashtags.filter((h) => !present.has(h.tag.toLowerCase()));
}

/** Appends `missing` to `publish` as `#Tag` words after a blank line (none when `publish` is empty); each maps to its front matter entry. */
export function appendHashtags(publish: ComposedText, missing: readonly HashtagEntry[]): ComposedText {
  if (missing.length > 0 && publish.text.length > 0) publish.generate('\n\n', missing[0].range);
  missing.forEach((h, i) => {
    if (i > 0) publish.generate(' ', h.range);
    publish.generate(`#${h.tag}`, h.range);
  });
  return publish;
}

/** The text `appendHashtags` adds after a non-empty copy. */
function hashtagSuffix(missing: readonly HashtagEntry[]): string {
  return missing.length > 0 ? `\n\n${missing.map((h) => `#${h.tag}`).join(' ')}` : '';
}

/** The limits each post on `target` must meet: its length, and its bytes where there is a byte limit (Bluesky). */
export function threadBudgets(target: Target): ThreadBudget[] {
  const budgets: ThreadBudget[] = [{ count: target.platform.count, limit: target.maxLength }];
  if (target.maxBytes !== undefined) budgets.push({ count: utf8ByteLength, limit: target.maxBytes });
  return budgets;
}

/** Where `copy` lies in the file (`empty` when it has no text). */
export function copyRange(copy: ComposedText, empty: OffsetRange): OffsetRange {
  const length = copy.text.length;
  if (length === 0) return { ...empty };
  return { start: copy.fileOffset(0), end: copy.fileOffset(length - 1) + 1 };
}

/** "part 2 of 4" (thousands with commas: "part 1,001 of 1,200"). */
export function partName(index: number, total: number): string {
  return `part ${grouped(index + 1)} of ${grouped(total)}`;
}

/** `n` with thousands separated by commas; toLocaleString only where it matters (it is slow, and a thread may have thousands of parts). */
function grouped(n: number): string {
  return n < 1000 ? String(n) : n.toLocaleString('en-US');
}

/** A copy cut at its `---` lines, with its whole publish text, and the parts already worked out per kind of target. */
export interface SourceParts {
  split: CopyParts;
  /** The whole copy plus the hashtags, as a platform without threads publishes it. */
  publish: ComposedText;
  /** Where an empty copy is. */
  emptyAt: OffsetRange;
  cache: Map<string, PostPart[]>;
}

/** How the parts of a thread are made, besides the target. */
export interface PartOptions {
  hashtags: readonly HashtagEntry[];
  mode: ThreadMode;
  /** The `thread:` value in the front matter: the generated numbers map there. */
  numberOrigin?: OffsetRange;
}

/**
 * The posts `target` publishes from `source`: one per part on a platform with threads (split to
 * fit when `thread:` asks), one with the whole copy otherwise. Targets that publish the same parts
 * share them, read-only.
 */
export function partsFor(source: SourceParts, target: Target, options: PartOptions): PostPart[] {
  const { split } = source;
  const auto = options.mode !== 'manual';
  const key = !target.platform.threads || (!auto && split.parts.length <= 1) ? 'whole' : auto ? `${options.mode} ${target.platform.id} ${target.maxLength} ${target.maxBytes ?? ''}` : 'thread';
  const known = source.cache.get(key);
  if (known) return known;
  let parts: PostPart[];
  if (key === 'whole') parts = [{ copy: split.whole, publish: source.publish, range: copyRange(split.whole, source.emptyAt) }];
  else {
    const missing = missingHashtags(split.whole, options.hashtags);
    let copies = split.parts;
    if (auto && split.whole.text.length > 0) {
      // The `---` parts as ranges of the whole copy, where a blank line joins them.
      const segments: OffsetRange[] = [];
      let at = 0;
      for (const part of split.parts) {
        segments.push({ start: at, end: at + part.text.length });
        at += part.text.length + 2;
      }
      const cut = splitThread(split.whole.text, {
        budgets: threadBudgets(target),
        numbered: options.mode === 'numbered',
        firstSuffix: hashtagSuffix(missing),
        segments: split.parts.length > 1 ? segments : undefined,
        entities: split.whole.entities,
      });
      copies = cut.parts.map((r) => split.whole.slice(r.start, r.end));
    }
    const numbered = options.mode === 'numbered' && copies.length > 1;
    parts = copies.map((copy, i) => {
      const publish = copy.clone();
      const range = copyRange(copy, source.emptyAt);
      if (numbered) publish.generate(threadNumber(i, copies.length), options.numberOrigin ?? { start: range.end, end: range.end });
      if (i === 0) appendHashtags(publish, missing);
      return { copy, publish, range };
    });
    if (parts.length === 0) parts = [{ copy: split.whole, publish: source.publish, range: copyRange(split.whole, source.emptyAt) }];
  }
  source.cache.set(key, parts);
  return parts;
}
