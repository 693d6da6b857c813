// User-perceived characters (extended grapheme clusters, UAX #29) through Intl.Segmenter.
//
// Intl.Segmenter is slow per segment (about 0.7 µs on Node 20) and, in V8, much worse than
// linear on long inputs (100,000 characters take seconds; 1 MB takes minutes). So it only ever
// sees short pieces around the characters that can join clusters; everything between them is
// counted here, one code point per cluster, which UAX #29 guarantees for those characters.

/** Longest piece handed to Intl.Segmenter at once, in UTF-16 code units. */
const WINDOW = 2048;

type GraphemeSegmenter = { segment(input: string): Iterable<{ segment: string; index: number }> };

let cached: { ctor: unknown; segmenter: GraphemeSegmenter } | undefined;

/** The runtime's grapheme segmenter, or undefined when Intl.Segmenter is missing. */
function segmenter(): GraphemeSegmenter | undefined {
  const ctor = typeof Intl === 'undefined' ? undefined : Intl.Segmenter;
  if (typeof ctor !== 'function') return undefined;
  if (cached?.ctor !== ctor) cached = { ctor, segmenter: new ctor('en', { granularity: 'grapheme' }) };
  return cached.segmenter;
}

/**
 * Characters that may join a neighbour into one cluster: CR (CR LF), marks (Extend and
 * SpacingMark, incl. viramas, GB9c), format characters (ZWJ, ZWNJ, emoji tags), emoji
 * modifiers, regional indicators, Hangul jamo and syllables, the Thai and Lao AM vowels, the
 * halfwidth kana voicing marks and the Prepend characters. Any other code point, next to
 * another such code point, is a cluster of its own.
 */
const JOINING = new RegExp(
  '[\\r\\p{M}\\p{Cf}\\p{Emoji_Modifier}\\p{Regional_Indicator}' +
    '\\u0E33\\u0EB3\\uFF9E\\uFF9F\\u1100-\\u11FF\\uA960-\\uA97F\\uAC00-\\uD7AF\\uD7B0-\\uD7FF' +
    '\\u0600-\\u0605\\u06DD\\u070F\\u0890\\u0891\\u08E2\\u0D4E' +
    '\\u{110BD}\\u{110CD}\\u{111C2}\\u{111C3}\\u{1193F}\\u{11941}\\u{11A3A}\\u{11A84}-\\u{11A89}\\u{11D46}\\u{11F02}]+',
  'gu',
);

/**
 * Calls `visit(start, end)` for every grapheme cluster of `text`, in order (UTF-16 offsets).
 * Without Intl.Segmenter every code point is its own cluster.
 */
export function forEachGrapheme(text: string, visit: (start: number, end: number) => void, eachPoint: (from: number, to: number) => void = (from, to) => eachCodePoint(text, from, to, visit)): void {
  const seg = segmenter();
  if (!seg) {
    eachPoint(0, text.length);
    return;
  }
  const n = text.length;
  let done = 0; // everything before this offset has been visited
  const joining = new RegExp(JOINING.source, JOINING.flags);
  let match: RegExpExecArray | null;
  while ((match = joining.exec(text)) !== null) {
    // The piece runs from the code point before the joining run to the code point after it,
    // and grows while the next joining run starts inside it.
    let start = match.index;
    if (start > done) start -= codePointBefore(text, start) > 0xffff ? 2 : 1;
    let end = match.index + match[0].length;
    if (end < n) end += codePointLength(text, end);
    while (end < n) {
      joining.lastIndex = end;
      const next = joining.exec(text);
      if (next === null || next.index > end) {
        joining.lastIndex = next === null ? n : next.index;
        break;
      }
      end = next.index + next[0].length;
      if (end < n) end += codePointLength(text, end);
    }
    eachPoint(done, start);
    segmentPiece(seg, text, start, end, visit);
    done = end;
    joining.lastIndex = Math.max(joining.lastIndex, end);
    if (done >= n) break;
  }
  eachPoint(done, n);
}

/** Segments text[from, to), whose ends are certain cluster boundaries, window by window. */
function segmentPiece(seg: GraphemeSegmenter, text: string, from: number, to: number, visit: (start: number, end: number) => void): void {
  let at = from;
  while (at < to) {
    const stop = Math.min(to, at + WINDOW);
    let last: { start: number; end: number } | undefined;
    for (const { segment, index } of seg.segment(text.slice(at, stop))) {
      if (last) visit(last.start, last.end);
      last = { start: at + index, end: at + index + segment.length };
    }
    if (!last) return;
    // A window may cut the last cluster short: segment it again with what follows, unless it
    // fills the whole window (a cluster longer than a window is then split: the one approximation).
    if (stop < to && last.start > at) {
      at = last.start;
      continue;
    }
    visit(last.start, last.end);
    at = stop;
  }
}

function eachCodePoint(text: string, from: number, to: number, visit: (start: number, end: number) => void): void {
  for (let i = from; i < to; ) {
    const end = i + codePointLength(text, i);
    visit(i, end);
    i = end;
  }
}

function codePointLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

function codePointBefore(text: string, i: number): number {
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** True when Intl.Segmenter is available (otherwise grapheme functions count code points). */
export function hasGraphemeSegmenter(): boolean {
  return segmenter() !== undefined;
}

/** Number of grapheme clusters (code points when Intl.Segmenter is missing). */
export function graphemeCount(text: string): number {
  let count = 0;
  // Between joining characters every code point is a cluster: counted in a loop, not one call each.
  forEachGrapheme(
    text,
    () => count++,
    (from, to) => {
      for (let i = from; i < to; i += codePointLength(text, i)) count++;
    },
  );
  return count;
}

/** The grapheme clusters of `text`, in order (code points when Intl.Segmenter is missing). */
export function graphemes(text: string): string[] {
  const out: string[] = [];
  forEachGrapheme(text, (start, end) => out.push(text.slice(start, end)));
  return out;
}
