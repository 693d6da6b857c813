/** The platforms Copydesk knows (PRODUCT.md §3), in the order they are listed to users. */
export const PLATFORM_IDS = ['x', 'linkedin', 'instagram', 'facebook', 'threads', 'mastodon', 'bluesky', 'tiktok'] as const;

/** Names people write for a platform, normalised (lower case, no spaces or dashes) → its id. */
export const PLATFORM_SYNONYMS: Readonly<Record<string, string>> = {
  twitter: 'x',
  xcom: 'x',
  tweet: 'x',
  ig: 'instagram',
  insta: 'instagram',
  fb: 'facebook',
  meta: 'facebook',
  li: 'linkedin',
  bsky: 'bluesky',
  tt: 'tiktok',
  fediverse: 'mastodon',
};

export type PlatformId = (typeof PLATFORM_IDS)[number];
