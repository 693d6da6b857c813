// The thread splitter: a copy cut into posts that each fit a platform's limit, behind
// `thread: true | numbered` and post/over-limit's "Split into a thread". Pure: text and counters in,
// ranges out.
//
// Where it cuts, best first: after a sentence, at a line break, between words, and between two
// CJK characters (Chinese and Japanese are written without spaces). Never inside a link, a
// mention, a hashtag, an emoji or any other grapheme cluster, and never inside a word written with
// spaces: a part that cannot be brought under the limit otherwise is left whole, and the split
// says it does not fit (the fix is then not offered; the finding stays).

import { forEachGrapheme } from '../text/graphemes';
import { isAbbreviation } from '../text/sentences';
import { extractEntities, type Token } from '../text/tokenize';
import type { OffsetRange } from '../types';

/** One limit every part must meet: a platform's counter and its limit (or Bluesky's bytes). */
export interface ThreadBudget {
  count(text: string): number;
  limit: number;
}

/** What a split must respect besides the text. */
export interface ThreadSplitOptions {
  /** Every part must pass all of these (the platforms that share the copy). */
  budgets: readonly ThreadBudget[];
  /** Each part ends with its number, " 2/4" (threadNumber): room is kept for it. */
  numbered?: boolean;
  /** Text the first part carries when published (the front matter's hashtags): room is kept for it. */
  firstSuffix?: string;
  /** Stretches of the text that are posts of their own already (the `---` parts), in order; by default the whole text, trimmed. */
  segments?: readonly OffsetRange[];
  /** The text's links, hashtags, mentions and emoji, when the caller has them (extractEntities otherwise). */
  entities?: readonly Token[];
}

/** The parts of a split. */
export interface ThreadSplit {
  /** Each part as a range of the text: in order, without white space at either end. */
  parts: OffsetRange[];
  /**
   * False when some part could not be brought under the limits without cutting inside a word, a
   * link, a mention or a hashtag: that part is left whole (from one allowed cut to the next), over.
   */
  fits: boolean;
}

/** The label a numbered thread gives part `index` (0-based) of `total`: " 2/4", after the part's text. */
export function threadNumber(index: number, total: number): string {
  return ` ${index + 1}/${total}`;
}

/** How good a place to cut is; lower is better. */
const enum Level {
  Sentence = 0,
  Line = 1,
  Word = 2,
  Character = 3,
}

/** A place to cut: the part before ends at `end`, the next one starts at `next` (after the white space between). */
interface Cut {
  end: number;
  next: number;
  level: Level;
}

/** White space a cut may replace: not the no-break spaces, which hold "10 km" together. */
const BREAKABLE_SPACE = /[^\S\u00A0\u2007\u202F]+/g;
const SENTENCE_END = /[.!?…]/;
const CLOSING = /["'”’)\]»*_]/;
/** Ideographs and kana, written without spaces: a cut between two of them is a cut between words. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\u30FC\uFF00-\uFFEF]/u;
const CJK_ANYWHERE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CJK_SENTENCE_END = /^[。！？｡]$/u;
/** Punctuation that belongs with what follows it (a part does not end with it) … */
const CJK_OPENING = /^[「『（【〈《〔［｛“‘]$/u;
/** … and with what precedes it (a part does not start with it). */
const CJK_TRAILING = /^[」』）】〉》〕］｝、。，．！？：；ー…・”’｡､]$/u;
/** A part keeps at least this share of what would fit before a worse kind of cut is taken. */
const MIN_FILL = 1 / 3;

/**
 * Splits `text` into posts that each pass every budget, at the best places (see the top of this
 * file). With `numbered`, each part's text plus its number must fit (a text that fits in one post
 * stays one, without a number); the first part also carries `firstSuffix`. `segments`, when
 * given, are posts already: each is split further only where it is over.
 */
export function splitThread(text: string, options: ThreadSplitOptions): ThreadSplit {
  const segments = (options.segments ?? [{ start: 0, end: text.length }]).map((s) => trimmed(text, s)).filter((s) => s.end > s.start);
  if (segments.length === 0) return { parts: [], fits: true };
  const entities = options.entities ?? extractEntities(text);
  const cuts = segments.map((segment) => cutsIn(text, segment, entities));
  if (!options.numbered) return splitWith(text, segments, cuts, options, '');
  // A post that needs no second part needs no number either.
  if (segments.length === 1) {
    const body = text.slice(segments[0].start, segments[0].end) + (options.firstSuffix ?? '');
    if (options.budgets.every((b) => b.count(body) <= b.limit)) return { parts: [segments[0]], fits: true };
  }
  // Room for the widest number of the thread's digits: "99/99" holds every label up to 99 parts.
  // Digits count 1 on every platform, so a label of the same width never counts more. A thread
  // has at least as many parts as its length over the limit: start with that many digits.
  const { count, limit } = options.budgets[0];
  const atLeast = Math.ceil(count(text.slice(segments[0].start, segments[segments.length - 1].end)) / Math.max(1, limit));
  for (let digits = Math.max(1, String(atLeast).length); ; digits++) {
    const split = splitWith(text, segments, cuts, options, ` ${'9'.repeat(digits)}/${'9'.repeat(digits)}`);
    if (String(split.parts.length).length <= digits) return split;
  }
}

function splitWith(text: string, segments: readonly OffsetRange[], cutsPerSegment: readonly Cut[][], options: ThreadSplitOptions, label: string): ThreadSplit {
  const parts: OffsetRange[] = [];
  let fits = true;
  const passes = (start: number, end: number): boolean => {
    const body = text.slice(start, end) + label + (parts.length === 0 ? (options.firstSuffix ?? '') : '');
    return options.budgets.every((b) => b.count(body) <= b.limit);
  };
  segments.forEach((segment, k) => {
    const cuts = cutsPerSegment[k];
    let start = segment.start;
    let first = 0; // the first cut after `start`
    while (start < segment.end) {
      while (cuts[first].end <= start) first++;
      if (!passes(start, cuts[first].end)) {
        // Not even up to the next allowed cut: this part stays over.
        fits = false;
        parts.push(trimmed(text, { start, end: cuts[first].end }));
        start = trimmed(text, { start: cuts[first].next, end: segment.end }).start;
        continue;
      }
      // Gallop, then bisect: the last cut up to which the part still passes.
      let fit = first;
      let step = 1;
      let over = cuts.length;
      while (fit + step < cuts.length) {
        if (passes(start, cuts[fit + step].end)) {
          fit += step;
          step *= 2;
        } else {
          over = fit + step;
          break;
        }
      }
      while (over - fit > 1) {
        const mid = (fit + over) >> 1;
        if (passes(start, cuts[mid].end)) fit = mid;
        else over = mid;
      }
      const cut = cuts[fit].end === segment.end ? cuts[fit] : bestCut(cuts, first, fit, start);
      parts.push(trimmed(text, { start, end: cut.end }));
      start = trimmed(text, { start: cut.next, end: segment.end }).start;
    }
  });
  return { parts, fits };
}

/** Among cuts[first..last] (all of which fit), the latest of the best kind that still fills the part enough. */
function bestCut(cuts: readonly Cut[], first: number, last: number, start: number): Cut {
  const latest: (number | undefined)[] = [];
  for (let i = last; i >= first && latest.filter((x) => x !== undefined).length < 4; i--) latest[cuts[i].level] ??= i;
  const enough = start + (cuts[last].end - start) * MIN_FILL;
  let best: number | undefined;
  for (let level = Level.Sentence; level <= Level.Character; level++) {
    const at = latest[level];
    if (at !== undefined && (best === undefined || at > best)) best = at;
    if (best !== undefined && cuts[best].end >= enough) return cuts[best];
  }
  return cuts[best ?? last];
}

/** `range` without white space at either end (as composeCopy trims a copy). */
function trimmed(text: string, range: OffsetRange): OffsetRange {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** The places `segment` (trimmed) may be cut, in order, ending with the segment's end. */
function cutsIn(text: string, segment: OffsetRange, entities: readonly Token[]): Cut[] {
  const cuts: Cut[] = [];
  const space = new RegExp(BREAKABLE_SPACE.source, BREAKABLE_SPACE.flags);
  space.lastIndex = segment.start;
  for (let match = space.exec(text); match && match.index < segment.end; match = space.exec(text)) {
    const end = match.index;
    const next = end + match[0].length;
    if (end <= segment.start || next >= segment.end) continue;
    cuts.push({ end, next, level: endsSentence(text, segment.start, end) ? Level.Sentence : match[0].includes('\n') ? Level.Line : Level.Word });
  }
  if (CJK_ANYWHERE.test(text.slice(segment.start, segment.end))) {
    cuts.push(...cjkCuts(text, segment));
    cuts.sort((a, b) => a.end - b.end);
  }
  const allowed = cuts.filter(outside(entities));
  allowed.push({ end: segment.end, next: segment.end, level: Level.Sentence });
  return allowed;
}

/** Whether the text before `end` closes a sentence: . ! ? or … (then any closing quotes), not after an abbreviation. */
function endsSentence(text: string, from: number, end: number): boolean {
  let i = end - 1;
  while (i > from && CLOSING.test(text[i])) i--;
  if (CJK_SENTENCE_END.test(text[i])) return true;
  return SENTENCE_END.test(text[i]) && !isAbbreviation(text, from, i);
}

/** Cuts between two grapheme clusters, neither white space, one of them CJK; not before closing or after opening punctuation. */
function cjkCuts(text: string, segment: OffsetRange): Cut[] {
  const out: Cut[] = [];
  const slice = text.slice(segment.start, segment.end);
  let previous: string | undefined;
  let beforePrevious: string | undefined;
  forEachGrapheme(slice, (start, end) => {
    const cluster = slice.slice(start, end);
    if (previous !== undefined && start > 0 && !/\s/.test(previous) && !/\s/.test(cluster) && (CJK.test(previous) || CJK.test(cluster))) {
      if (!CJK_OPENING.test(previous) && !CJK_TRAILING.test(cluster)) {
        const sentence = CJK_SENTENCE_END.test(previous) || (CJK_TRAILING.test(previous) && beforePrevious !== undefined && CJK_SENTENCE_END.test(beforePrevious));
        const at = segment.start + start;
        out.push({ end: at, next: at, level: sentence ? Level.Sentence : Level.Character });
      }
    }
    beforePrevious = previous;
    previous = cluster;
  });
  return out;
}

/** A filter keeping the cuts (in order) that fall outside every entity. */
function outside(entities: readonly Token[]): (cut: Cut) => boolean {
  let e = 0;
  return (cut) => {
    while (e < entities.length && entities[e].end <= cut.end) e++;
    return !(e < entities.length && entities[e].start < cut.end);
  };
}
