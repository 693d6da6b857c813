import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Config } from '../config/schema';
import { resolveTarget, type Target } from '../platforms/registry';
import type { OffsetRange } from '../types';
import { nodeRange, pairOf } from '../yaml/document';
import { type ComposedText, composeParts } from './compose';
import type { ParsedPost, PlatformBlock } from './parse';
import { appendHashtags, missingHashtags, partsFor, threadMode, type PostPart, type SourceParts } from './parts';

/** One `platforms:` entry as written. */
export interface PlatformEntry {
  name: string;
  range: OffsetRange;
}

/** A resolved target and the text it publishes. */
export interface TargetCopy {
  entry: PlatformEntry;
  target: Target;
  /** The block the copy comes from, if the target has one. */
  block?: PlatformBlock;
  /** The copy as published (block or default copy, comments dropped, trimmed), without appended hashtags. */
  copy: ComposedText;
  /** What the platform publishes: the copy plus the front matter's hashtags (the whole, for rules about the post as a whole). */
  publish: ComposedText;
  /**
   * The posts the platform publishes, one entry per post: on X, Threads, Bluesky and Mastodon one
   * per part of a thread (the copy's `---` parts, or `thread:`'s split), the first carrying the
   * hashtags; otherwise one, the whole `copy` and `publish`. Rules about one published post
   * (limits, hashtags and links per post) read these.
   */
  parts: PostPart[];
}

/** Everything a post rule may look at, computed once per lint. */
export interface PostContext {
  parsed: ParsedPost;
  /** The front matter's plain value when it is a mapping. */
  frontMatter: Record<string, unknown> | undefined;
  config: Config;
  now: Date;
  entries: PlatformEntry[];
  /** The entries that name a platform or account, with their copy. */
  targets: TargetCopy[];
  /** YAML problems of the front matter (post/yaml-syntax reports them). */
  problems: ParsedPost['frontMatter']['problems'];
}

/** The `platforms:` entries with their ranges (scalars only; other values are post/schema's). */
export function platformEntries(parsed: ParsedPost): PlatformEntry[] {
  const value = pairOf(parsed.frontMatter.parsed.doc.contents, 'platforms')?.value;
  const items: unknown[] = isSeq(value) ? value.items : [];
  const text = parsed.frontMatter.parsed.text;
  return items
    .filter((n): n is Node => isScalar(n) && typeof n.value === 'string' && n.value.trim() !== '')
    .map((n) => ({ name: String((n as { value: unknown }).value).trim(), range: nodeRange(text, n)! }));
}

/** The front matter's `hashtags:` items with their ranges, `#` removed. */
export function hashtagEntries(parsed: ParsedPost): { tag: string; range: OffsetRange }[] {
  const value = pairOf(parsed.frontMatter.parsed.doc.contents, 'hashtags')?.value;
  const items: unknown[] = isSeq(value) ? value.items : [];
  const text = parsed.frontMatter.parsed.text;
  return items
    .filter((n): n is Node => isScalar(n) && (typeof n.value === 'string' || typeof n.value === 'number'))
    .map((n) => ({ tag: String((n as { value: unknown }).value).trim().replace(/^[#＃]/, ''), range: nodeRange(text, n)! }))
    .filter((h) => h.tag !== '');
}

/** The block that supplies `target`'s copy: one for the account by name first, then for its platform. */
export function blockFor(parsed: ParsedPost, target: Target): PlatformBlock | undefined {
  return parsed.blocks.find((b) => b.id === target.name) ?? parsed.blocks.find((b) => b.id === target.platform.id);
}

/**
 * The publish text: the copy, then a blank line and the front matter's hashtags as `#Tag` words,
 * leaving out tags the copy already carries (publishing tools do not repeat them).
 */
export function withHashtags(copy: ComposedText, hashtags: { tag: string; range: OffsetRange }[]): ComposedText {
  return appendHashtags(copy.clone(), missingHashtags(copy, hashtags));
}

/** A file name or URL of a video. */
export const VIDEO_FILE = /\.(mp4|mov|m4v|webm|avi|mkv)(\?|#|$)/i;

/** True when the post carries a video (TikTok allows less text with one). */
export function hasVideo(frontMatter: Record<string, unknown> | undefined): boolean {
  const media = frontMatter?.media;
  if (!Array.isArray(media)) return false;
  return media.some((m) => m && typeof m === 'object' && ((m as { type?: unknown }).type === 'video' || VIDEO_FILE.test(String((m as { src?: unknown }).src ?? ''))));
}

/** Builds the context for a parsed post. */
export function postContext(parsed: ParsedPost, config: Config, now: Date): PostContext {
  const root = parsed.frontMatter.parsed.doc.contents;
  const value = parsed.frontMatter.value;
  const frontMatter = isMap(root) && value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  const entries = frontMatter ? platformEntries(parsed) : [];
  const hashtags = frontMatter ? hashtagEntries(parsed) : [];
  const targets: TargetCopy[] = [];
  // Targets with the same source (the default copy, or one block) share one copy and publish
  // text, read-only: a 1 MB post on eight platforms is composed, and its entities found, once.
  const composed = new Map<object, SourceParts>();
  const partOptions = { hashtags, mode: threadMode(frontMatter?.thread), numberOrigin: frontMatter?.thread === undefined ? undefined : nodeRange(parsed.text, pairOf(parsed.frontMatter.parsed.doc.contents, 'thread')?.value as Node) };
  for (const entry of entries) {
    const target = resolveTarget(entry.name, config, { hasVideo: hasVideo(frontMatter) });
    if (!target) continue;
    const block = blockFor(parsed, target);
    const source = block ?? parsed.defaultCopy;
    let texts = composed.get(source);
    if (!texts) {
      const split = composeParts(parsed.text, block ? [block.content] : parsed.defaultCopy, parsed.partBreaks);
      const emptyAt = block ? { start: block.content.start, end: block.content.start } : { start: parsed.body.start, end: parsed.body.start };
      texts = { split, publish: withHashtags(split.whole, hashtags), emptyAt, cache: new Map() };
      composed.set(source, texts);
    }
    targets.push({ entry, target, block, copy: texts.split.whole, publish: texts.publish, parts: partsFor(texts, target, partOptions) });
  }
  return { parsed, frontMatter, config, now, entries, targets, problems: parsed.frontMatter.problems };
}
