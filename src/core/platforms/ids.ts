/** The platforms Copydesk knows (PRODUCT.md §3), in the order they are listed to users. */
export const PLATFORM_IDS = ['x', 'linkedin', 'instagram', 'facebook', 'threads', 'mastodon', 'bluesky', 'tiktok'] as const;

export type PlatformId = (typeof PLATFORM_IDS)[number];
