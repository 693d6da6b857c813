import type { Config } from '../config/schema';
import { graphemeLength, mastodonLength, threadsLength, utf16Length, xWeightedLength } from './counters';
import { PLATFORM_IDS, type PlatformId } from './ids';

/** What Copydesk knows about a platform by default (PRODUCT.md §3); every number can be overridden. */
export interface PlatformSpec {
  id: PlatformId;
  /** The name users know. */
  name: string;
  /** The text limit, in the platform's own counting. */
  maxLength: number;
  /** How the platform counts, in words, for messages and the preview. */
  unit: string;
  count(text: string): number;
  /** A second limit in UTF-8 bytes (Bluesky). */
  maxBytes?: number;
  /** Most hashtags a post may carry. */
  maxHashtags?: number;
  /** Most links a post may carry. */
  maxLinks?: number;
  /** Where the feed cuts the copy with "see more": a character count, or the first line. */
  seeMore?: number | 'first-line';
  /**
   * Whether a post can be a thread: posts chained as replies to the first, each with its own
   * limit (X, Threads, Bluesky, Mastodon). Elsewhere the parts of a thread are one post.
   */
  threads: boolean;
}

/** The eight platforms, keyed by id. */
export const PLATFORMS: Readonly<Record<PlatformId, PlatformSpec>> = {
  x: { id: 'x', name: 'X', maxLength: 280, unit: 'weighted characters (links 23, emoji and CJK 2)', count: xWeightedLength, threads: true },
  linkedin: { id: 'linkedin', name: 'LinkedIn', maxLength: 3000, unit: 'characters (UTF-16)', count: utf16Length, seeMore: 210, threads: false },
  instagram: { id: 'instagram', name: 'Instagram', maxLength: 2200, unit: 'characters (UTF-16)', count: utf16Length, maxHashtags: 5, seeMore: 125, threads: false },
  facebook: { id: 'facebook', name: 'Facebook', maxLength: 63206, unit: 'characters (UTF-16)', count: utf16Length, seeMore: 477, threads: false },
  threads: { id: 'threads', name: 'Threads', maxLength: 500, unit: 'characters (emoji count their UTF-8 bytes)', count: threadsLength, maxHashtags: 1, maxLinks: 5, threads: true },
  mastodon: { id: 'mastodon', name: 'Mastodon', maxLength: 500, unit: 'characters (links 23)', count: mastodonLength, threads: true },
  bluesky: { id: 'bluesky', name: 'Bluesky', maxLength: 300, unit: 'characters (graphemes)', count: graphemeLength, maxBytes: 3000, threads: true },
  tiktok: { id: 'tiktok', name: 'TikTok', maxLength: 2200, unit: 'characters (UTF-16)', count: utf16Length, seeMore: 'first-line', threads: false },
};

/** TikTok's limit for photo and text posts; 2,200 is the limit with a video. */
export const TIKTOK_PHOTO_MAX_LENGTH = 4000;

/** A place a post is published: a platform, or a named account on one, with the limits in force. */
export interface Target {
  /** The name used in `platforms:` (a platform id or an account name). */
  name: string;
  platform: PlatformSpec;
  maxLength: number;
  maxBytes?: number;
  maxHashtags?: number;
  maxLinks?: number;
  seeMore?: number | 'first-line';
}

/** True when `id` is one of the eight platform ids. */
export function isPlatformId(id: string): id is PlatformId {
  return (PLATFORM_IDS as readonly string[]).includes(id);
}

/**
 * The target called `name` (a platform id or an account from `accounts:`), with `.copydesk.yaml`
 * overrides applied: account settings over platform settings over the defaults.
 */
export function resolveTarget(
  name: string,
  config?: Pick<Config, 'accounts' | 'platforms' | 'hashtags'>,
  post: { hasVideo?: boolean } = {},
): Target | undefined {
  const account = config?.accounts?.[name];
  const id = account ? account.platform : name;
  if (!isPlatformId(id)) return undefined;
  const platform = PLATFORMS[id];
  const override = config?.platforms?.[id];
  const pick = <K extends 'max_length' | 'max_bytes' | 'max_hashtags' | 'max_links' | 'see_more'>(key: K) => account?.[key] ?? override?.[key];
  return {
    name,
    platform,
    // TikTok allows 4,000 characters on photo and text posts, 2,200 with a video (the safe default).
    maxLength: pick('max_length') ?? (id === 'tiktok' && post.hasVideo === false ? TIKTOK_PHOTO_MAX_LENGTH : platform.maxLength),
    maxBytes: pick('max_bytes') ?? platform.maxBytes,
    maxHashtags: pick('max_hashtags') ?? config?.hashtags?.max?.[id] ?? platform.maxHashtags,
    maxLinks: pick('max_links') ?? platform.maxLinks,
    seeMore: pick('see_more') ?? platform.seeMore,
  };
}

/** How long `text` is on a platform, and its limit (defaults, or as configured). */
export function countForPlatform(text: string, platformId: string, config?: Pick<Config, 'accounts' | 'platforms' | 'hashtags'>): { length: number; limit: number } {
  const target = resolveTarget(platformId, config);
  if (!target) throw new RangeError(`Unknown platform '${platformId}': use one of ${PLATFORM_IDS.join(', ')}.`);
  return { length: target.platform.count(text), limit: target.maxLength };
}
