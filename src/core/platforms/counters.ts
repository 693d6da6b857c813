// How each platform counts a post (PRODUCT.md §3): one pure function per rule.

import { graphemeCount } from '../text/graphemes';
import { extractEntities, type Token } from '../text/tokenize';

/** The parameters of a twitter-text weighting configuration (twitter-text config/v2.json, v3.json). */
export interface XWeighting {
  /** Weight of every link, whatever its length. */
  urlWeight: number;
  /** Count each emoji sequence as one weight-2 character (v3) instead of code point by code point (v2). */
  emojiParsing: boolean;
  /** Code point ranges (inclusive) that weigh 1; every other code point weighs 2. */
  lightRanges: ReadonlyArray<readonly [number, number]>;
  /** The limit used by `xIsValid`. */
  maxLength: number;
}

const LIGHT_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0, 4351], // Latin, Greek, Cyrillic, Hebrew, Arabic, Indic scripts…
  [8192, 8205], // spaces and zero-width characters in General Punctuation
  [8208, 8223], // dashes and quotation marks
  [8242, 8247], // primes
];

/** X today: twitter-text v3 (emoji sequences weigh 2). */
export const X_V3: XWeighting = { urlWeight: 23, emojiParsing: true, lightRanges: LIGHT_RANGES, maxLength: 280 };
/** twitter-text v2 (every code point weighed on its own), for the conformance suite. */
export const X_V2: XWeighting = { ...X_V3, emojiParsing: false };

function weightOf(codePoint: number, weighting: XWeighting): number {
  for (const [low, high] of weighting.lightRanges) if (codePoint >= low && codePoint <= high) return 1;
  return 2;
}

/**
 * Walks the weighted units of (NFC) text: each link, each emoji sequence (when parsed), each
 * code point. Stops early when `visit` returns false.
 */
function forEachWeightedUnit(text: string, weighting: XWeighting, visit: (start: number, weight: number) => boolean | void): void {
  const entities = extractEntities(text).filter((t) => t.kind === 'url' || (weighting.emojiParsing && t.kind === 'emoji'));
  let e = 0;
  for (let i = 0; i < text.length; ) {
    const entity = entities[e];
    if (entity && entity.start === i) {
      if (visit(i, entity.kind === 'url' ? weighting.urlWeight : 2) === false) return;
      i = entity.end;
      e++;
      continue;
    }
    const codePoint = text.codePointAt(i) as number; // a lone surrogate is its own code unit
    if (visit(i, weightOf(codePoint, weighting)) === false) return;
    i += codePoint > 0xffff ? 2 : 1;
  }
}

/** X / twitter-text v3 weighted length: NFC-normalised; each URL 23; each emoji sequence 2; code points in the v3 light ranges (0–4351, 8192–8205, 8208–8223, 8242–8247) 1, everything else 2. */
export function xWeightedLength(text: string, weighting: XWeighting = X_V3): number {
  let total = 0;
  forEachWeightedUnit(text.normalize('NFC'), weighting, (_start, weight) => {
    total += weight;
  });
  return total;
}

/** True when the text holds a character X refuses (U+FFFE, U+FEFF, U+FFFF). */
export function xHasInvalidCharacters(text: string): boolean {
  return /[\uFFFE\uFEFF\uFFFF]/.test(text);
}

/** Whether X accepts the text: 0 < weighted length ≤ the limit, and no refused character. */
export function xIsValid(text: string, weighting: XWeighting = X_V3): boolean {
  const length = xWeightedLength(text, weighting);
  return length > 0 && length <= weighting.maxLength && !xHasInvalidCharacters(text);
}

/**
 * The UTF-16 offset in the original `text` after which the X weighted length exceeds `limit`
 * (text.slice(0, offset) fits, the link, emoji or character that follows does not), or
 * undefined when the whole text fits. Links and emoji are never cut. Counting happens on the
 * NFC form; a character that normalisation rewrote (a decomposed 'Á', U+FB2C) is kept or cut
 * whole, with the marks that belong to it.
 */
export function xOffsetAtLimit(text: string, limit: number, weighting: XWeighting = X_V3): number | undefined {
  const { normalized, toOriginal } = nfcWithOffsets(text);
  let total = 0;
  let cut: number | undefined;
  forEachWeightedUnit(normalized, weighting, (start, weight) => {
    total += weight;
    if (total <= limit) return true;
    cut = start;
    return false;
  });
  return cut === undefined ? undefined : toOriginal(cut);
}

/**
 * A character and the characters that may attach to it under normalisation: marks, and Hangul
 * vowel and final jamo. NFC never moves anything across the start of such a cluster, so each
 * can be normalised on its own and offsets mapped cluster by cluster.
 */
const NORMALIZATION_CLUSTER = /[^\p{M}\u1160-\u11FF\uD7B0-\uD7FF][\p{M}\u1160-\u11FF\uD7B0-\uD7FF]*|[\p{M}\u1160-\u11FF\uD7B0-\uD7FF]+/gu;

/** The NFC form of `text` and a map from its offsets back to offsets in `text`. */
function nfcWithOffsets(text: string): { normalized: string; toOriginal: (offset: number) => number } {
  const whole = text.normalize('NFC');
  if (whole === text) return { normalized: text, toOriginal: (offset) => offset };
  const pieces: string[] = [];
  // back[k] is the original offset of normalized offset k, or -1 inside a rewritten cluster.
  const back: number[] = [];
  const cluster = new RegExp(NORMALIZATION_CLUSTER.source, NORMALIZATION_CLUSTER.flags);
  let match: RegExpExecArray | null;
  while ((match = cluster.exec(text)) !== null) {
    const original = match[0];
    const normalized = original.length === 1 && original.charCodeAt(0) < 0x300 ? original : original.normalize('NFC');
    if (normalized === original) {
      for (let k = 0; k < original.length; k++) back.push(match.index + k);
    } else {
      back.push(match.index);
      for (let k = 1; k < normalized.length; k++) back.push(-1);
    }
    pieces.push(normalized);
  }
  back.push(text.length);
  const normalized = pieces.join('');
  return {
    normalized,
    toOriginal: (offset) => {
      let k = Math.min(Math.max(offset, 0), back.length - 1);
      while (k > 0 && back[k] < 0) k--;
      return back[k];
    },
  };
}

/** UTF-16 code units: LinkedIn, Instagram, Facebook and TikTok (emoji and styled letters count 2). */
export function utf16Length(text: string): number {
  return text.length;
}

/** UTF-8 bytes (Bluesky's byte limit); a lone surrogate is written as U+FFFD, 3 bytes. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Grapheme clusters, what a reader sees as characters (Bluesky's 300). */
export function graphemeLength(text: string): number {
  return graphemeCount(text);
}

const MASTODON_URL_PLACEHOLDER = 'x'.repeat(23);

/**
 * Mastodon: grapheme clusters, each link with a scheme counted as 23 (Mastodon does not count a
 * bare example.com as a link), and '@user@domain' counted as '@user'.
 */
export function mastodonLength(text: string): number {
  const parts: string[] = [];
  let from = 0;
  for (const token of extractEntities(text)) {
    const replacement = mastodonReplacement(text, token);
    if (replacement === undefined) continue;
    parts.push(text.slice(from, token.start), replacement);
    from = token.end;
  }
  if (from === 0) return graphemeCount(text);
  parts.push(text.slice(from));
  return graphemeCount(parts.join(''));
}

function mastodonReplacement(text: string, token: Token): string | undefined {
  if (token.kind === 'url' && /^https?:\/\//i.test(token.value)) return MASTODON_URL_PLACEHOLDER;
  if (token.kind === 'mention' && token.value.includes('@')) return text.charAt(token.start) + token.value.slice(0, token.value.indexOf('@'));
  return undefined;
}

/** Threads: characters (code points), except that each emoji sequence counts its UTF-8 bytes (Meta's documented rule). */
export function threadsLength(text: string): number {
  let length = 0;
  let from = 0;
  for (const token of extractEntities(text)) {
    if (token.kind !== 'emoji') continue;
    length += codePointCount(text, from, token.start) + utf8ByteLength(token.value);
    from = token.end;
  }
  return length + codePointCount(text, from, text.length);
}

function codePointCount(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    count++;
  }
  return count;
}
