// A post as it is handed on: to a calendar (ICS), a scheduler's bulk upload (CSV), a script or a
// scheduler's API (JSON), a shared page (HTML). Pure: the command line turns it into files, the
// editor's calendar into a webview. Texts and counts are the ones the rules checked: the same
// ComposedText and the same counters, never composed again.

import type { PostContext } from '../post/context';
import { postCounts } from '../post/lint-post';
import type { PlatformId } from '../platforms/ids';
import type { CalendarEntry } from './entry';

/** A count as `copydesk lint --format json` reports it: the length the platform counts, its limit, and UTF-8 bytes where there is a byte limit (Bluesky). */
export interface HandoffCount {
  length: number;
  limit: number;
  bytes?: number;
  byteLimit?: number;
}

/** An image or video as the front matter lists it. */
export interface HandoffMedia {
  src: string;
  alt?: string;
  type?: string;
}

/** A post on one target (a platform, or a named account on one). */
export interface HandoffTarget {
  /** The name in `platforms:`: a platform id, or an account from `.copydesk.yaml`. */
  account: string;
  platform: PlatformId;
  /** The platform's name as people know it: X, LinkedIn, … */
  platformName: string;
  /**
   * The publish text: the copy plus the front matter's hashtags. On a platform without threads
   * the parts of a thread joined by blank lines, as published; on a thread platform the same
   * whole, for reading (what is posted is `parts`).
   */
  text: string;
  /** Exactly what the platform publishes, post by post: several for a thread on X, Threads, Bluesky or Mastodon, else one (equal to `text`). */
  parts: string[];
  /**
   * When asked for: the count the counters made (a thread: its longest post's) and each part's,
   * exactly as `copydesk lint --format json` reports them.
   */
  counts?: HandoffCount & { parts: HandoffCount[] };
}

/** A post with what each of its targets publishes. */
export interface HandoffPost {
  entry: CalendarEntry;
  /** The front matter's `link:`, when it is a string. */
  link?: string;
  media: HandoffMedia[];
  targets: HandoffTarget[];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * What `entry`'s post publishes on each target, read from its context (the one the rules read);
 * with `counted`, also the counts (the calendar file formats need the texts only).
 */
export function handoffPost(entry: CalendarEntry, context: PostContext, options: { counted?: boolean } = {}): HandoffPost {
  const fm = context.frontMatter;
  const media: HandoffMedia[] = [];
  if (Array.isArray(fm?.media)) {
    for (const item of fm.media) {
      if (!item || typeof item !== 'object') continue;
      const { src, alt, type } = item as Record<string, unknown>;
      const source = text(src);
      if (!source) continue;
      const one: HandoffMedia = { src: source };
      if (text(alt)) one.alt = text(alt);
      if (text(type)) one.type = text(type);
      media.push(one);
    }
  }
  const counts = options.counted ? postCounts(context) : undefined;
  const targets: HandoffTarget[] = [];
  const seen = new Set<string>();
  for (const target of context.targets) {
    const name = target.target.name;
    if (seen.has(name)) continue;
    seen.add(name);
    const handed: HandoffTarget = { account: name, platform: target.target.platform.id, platformName: target.target.platform.name, text: target.publish.text, parts: target.parts.map((p) => p.publish.text) };
    const count = counts?.[name];
    if (count) {
      const { parts, ...whole } = count as HandoffCount & { parts?: HandoffCount[] };
      handed.counts = { ...whole, parts: parts ?? [whole] };
    }
    targets.push(handed);
  }
  const post: HandoffPost = { entry, media, targets };
  const link = text(fm?.link);
  if (link) post.link = link;
  return post;
}
