// The one tokenizer behind brand vocabulary, hashtag rules, link policy and platform counters.
//
// Entities (links, hashtags, mentions, emoji) follow the published behaviour of twitter-text
// (its conformance suite runs in test/unit/twitter-conformance.test.ts; the deliberate
// differences are listed in docs/text-conformance.md). Everything is a hand-written scan or a
// regular expression without nested ambiguous repetition, so time grows linearly with the text.

import tlds from 'tlds';

export type TokenKind = 'word' | 'hashtag' | 'mention' | 'url' | 'emoji';

export interface Token {
  kind: TokenKind;
  /** UTF-16 offset into the text, inclusive. */
  start: number;
  /** UTF-16 offset into the text, exclusive. */
  end: number;
  /** hashtag: the tag without '#'; mention: 'user' or 'user@domain.tld' without the leading '@'; url: the URL as written; emoji: the sequence; word: the word */
  value: string;
}

// ---------------------------------------------------------------------------------------------
// Code points

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** The code point at `i` (a lone surrogate is its own code unit); NaN past the end. */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (isHigh(c)) {
    const d = text.charCodeAt(i + 1);
    if (isLow(d)) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** The code point that ends at `i`; NaN at the start. */
function codePointBefore(text: string, i: number): number {
  const d = text.charCodeAt(i - 1);
  if (isLow(d) && i >= 2) {
    const c = text.charCodeAt(i - 2);
    if (isHigh(c)) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return d;
}

function units(codePoint: number): number {
  return codePoint > 0xffff ? 2 : 1;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Tests a single code point against a /u regular expression (NaN never matches). */
function test(re: RegExp, codePoint: number): boolean {
  return codePoint === codePoint && re.test(String.fromCodePoint(codePoint));
}

/** Latin letters with diacritics and the combining diacritics: part of words, hosts and paths. */
const LATIN_ACCENTED = /[\p{Script=Latin}\u0300-\u036F]/u;

function isLatinAccented(c: number): boolean {
  return c >= 0x80 && test(LATIN_ACCENTED, c);
}

// ---------------------------------------------------------------------------------------------
// Links

const TLDS: ReadonlySet<string> = new Set(tlds.map((tld) => tld.toLowerCase()));
const LONGEST_TLD = tlds.reduce((longest, tld) => Math.max(longest, tld.length), 0);
const TLD_LENGTHS: ReadonlySet<number> = new Set(tlds.map((tld) => tld.length));
const PUNYCODE_TLD = /^xn--[0-9a-z]+$/;
const TLD_CANDIDATE = /^[\p{L}\p{M}\p{N}-]+/u;
const MAX_LABEL_LENGTH = 63; // DNS, measured on the punycode (ASCII) form
const MAX_URL_LENGTH = 4096;
const MAX_TCO_SLUG_LENGTH = 40;

/**
 * Host labels after a scheme: letters and digits of any script, symbols (http://✪df.ws), and
 * '-' or '_' inside; not ASCII punctuation, any other punctuation, spaces or control/format
 * characters.
 */
const SCHEME_LABEL = /(?:[0-9A-Za-z_-]|[^\0-\x7F\p{P}\p{Z}\p{C}])+/uy;
/** Host labels of a bare domain (example.com): ASCII letters, digits and '-', and accented Latin (ELPAÍS.com). */
const BARE_LABEL = /[0-9\-\p{Script=Latin}\u0300-\u036F]+/uy;

function isBareLabelCodePoint(c: number): boolean {
  return c < 0x80 ? isAsciiAlnum(c) || c === 45 : isLatinAccented(c);
}

type HostMode = 'scheme' | 'bare';

interface Host {
  end: number;
  /** [start, end) of every label, the top-level domain last. */
  labels: Array<[number, number]>;
}

/**
 * The longest host starting at `start` that ends in a real top-level domain: twitter-text's
 * rules (labels neither start nor end with '-' or '_', no '_' in the label before the TLD, a
 * TLD not followed by a letter, digit, '@', '+' or '-'). Label lengths are checked afterwards.
 */
function parseHost(text: string, start: number, mode: HostMode): Host | undefined {
  const labelRe = mode === 'scheme' ? SCHEME_LABEL : BARE_LABEL;
  const labels: Array<[number, number]> = [];
  let pos = start;
  let tldOnly = -1; // after a final '.', where only a top-level domain can start (twitter.みんな)
  for (;;) {
    labelRe.lastIndex = pos;
    const match = labelRe.exec(text);
    if (match === null) {
      if (labels.length > 0) tldOnly = pos;
      break;
    }
    labels.push([pos, pos + match[0].length]);
    pos += match[0].length;
    if (text.charCodeAt(pos) !== 46 /* . */) break;
    pos++;
  }
  const last = tldOnly >= 0 ? labels.length : labels.length - 1;
  for (let k = last; k >= 1; k--) {
    const tldStart = k < labels.length ? labels[k][0] : tldOnly;
    const tldEnd = matchTld(text, tldStart);
    if (tldEnd < 0 || !labelsValid(text, labels, k, mode)) continue;
    const host = labels.slice(0, k);
    host.push([tldStart, tldEnd]);
    return { end: tldEnd, labels: host };
  }
  return undefined;
}

/** End of the longest top-level domain at `start` followed by an acceptable character, or -1. */
function matchTld(text: string, start: number): number {
  const candidate = TLD_CANDIDATE.exec(text.slice(start, start + LONGEST_TLD + 1));
  if (candidate === null) return -1;
  const run = candidate[0];
  const lower = run.toLowerCase();
  const aligned = lower.length === run.length; // lower-casing kept every offset (not so for 'İ')
  for (let length = Math.min(run.length, LONGEST_TLD); length > 0; length--) {
    if (!TLD_LENGTHS.has(length) && !run.startsWith('xn--') && !run.startsWith('XN--')) continue;
    const tld = aligned ? lower.slice(0, length) : run.slice(0, length).toLowerCase();
    if (!TLDS.has(tld) && !PUNYCODE_TLD.test(tld)) continue;
    const next = text.charCodeAt(start + length);
    if (isAsciiAlnum(next) || next === 64 /* @ */ || next === 43 /* + */ || next === 45 /* - */) continue;
    return start + length;
  }
  return -1;
}

function labelsValid(text: string, labels: Array<[number, number]>, count: number, mode: HostMode): boolean {
  for (let i = 0; i < count; i++) {
    const [start, end] = labels[i];
    const first = text.charCodeAt(start);
    const last = text.charCodeAt(end - 1);
    if (first === 45 || first === 95 || last === 45 || last === 95) return false;
    if (i === count - 1 && mode === 'scheme' && text.slice(start, end).includes('_')) return false;
  }
  return true;
}

/** Every label, punycode-encoded, has 1 to 63 characters; 'xn--' labels are ASCII already. */
function hostLengthsValid(text: string, host: Host): { valid: boolean; asciiLength: number } {
  let asciiLength = host.labels.length - 1; // the dots
  for (const [start, end] of host.labels) {
    let ascii = true;
    for (let i = start; i < end && ascii; i++) ascii = text.charCodeAt(i) < 0x80;
    let length = end - start;
    if (!ascii) {
      // Every code point takes at least one character in the ASCII form.
      if (length > 2 * MAX_LABEL_LENGTH) return { valid: false, asciiLength };
      const label = text.slice(start, end);
      if (/^xn--/i.test(label)) return { valid: false, asciiLength };
      length = punycodeLength(label);
    }
    if (length < 1 || length > MAX_LABEL_LENGTH) return { valid: false, asciiLength };
    asciiLength += length;
  }
  return { valid: true, asciiLength };
}

const PATH_ASCII = new Set("!*';:=+,.$/%#[]-_~@|&".split('').map((c) => c.charCodeAt(0)));
const PATH_END_ASCII = new Set('+-=_#/'.split('').map((c) => c.charCodeAt(0)));
const QUERY_ASCII = new Set("!?*'@();:&=+$/%#[]-_.,~|".split('').map((c) => c.charCodeAt(0)));
const QUERY_END_ASCII = new Set('-_&=#/'.split('').map((c) => c.charCodeAt(0)));

function isCyrillic(c: number): boolean {
  return c >= 0x400 && c <= 0x4ff;
}

function isPathChar(c: number): boolean {
  if (c < 0x80) return isAsciiAlnum(c) || PATH_ASCII.has(c);
  return c === 0x2013 /* – */ || isCyrillic(c) || isLatinAccented(c);
}

function isPathEnd(c: number): boolean {
  if (c < 0x80) return isAsciiAlnum(c) || PATH_END_ASCII.has(c);
  return isCyrillic(c) || isLatinAccented(c);
}

/**
 * A path from the '/' at `slash`: path characters and balanced parentheses (two levels), ending
 * on a letter, digit, one of + - = _ # / or a closing parenthesis; trailing punctuation such
 * as . , ! ? : ; ' is left out. Returns the end offset.
 */
function scanPath(text: string, slash: number): number {
  let i = slash + 1;
  let end = i;
  while (i < text.length) {
    const c = codePointAt(text, i);
    if (isPathChar(c)) {
      i += units(c);
      if (isPathEnd(c)) end = i;
    } else if (c === 40 /* ( */) {
      const close = balancedParens(text, i);
      if (close < 0) break;
      i = close;
      end = i;
    } else {
      break;
    }
  }
  return end;
}

/** End of "(chars)" or "(chars(chars)chars)" at `open` (one nested level), or -1. */
function balancedParens(text: string, open: number): number {
  let i = skipPathChars(text, open + 1);
  const c = text.charCodeAt(i);
  if (c === 41 /* ) */) return i > open + 1 ? i + 1 : -1;
  if (c !== 40 /* ( */) return -1;
  const innerStart = i + 1;
  i = skipPathChars(text, innerStart);
  if (i === innerStart || text.charCodeAt(i) !== 41) return -1;
  i = skipPathChars(text, i + 1);
  return text.charCodeAt(i) === 41 ? i + 1 : -1;
}

function skipPathChars(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = codePointAt(text, i);
    if (!isPathChar(c)) break;
    i += units(c);
  }
  return i;
}

/** End of "?query" at `mark`, or `mark` when no query character ends it acceptably. */
function scanQuery(text: string, mark: number): number {
  let end = mark;
  for (let i = mark + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 || !(isAsciiAlnum(c) || QUERY_ASCII.has(c))) break;
    if (isAsciiAlnum(c) || QUERY_END_ASCII.has(c)) end = i + 1;
  }
  return end;
}

/** Port, path and query after a host (a bare domain keeps a query only after a path, as in twitter-text). */
function scanRest(text: string, hostEnd: number, bare: boolean): number {
  let end = hostEnd;
  if (text.charCodeAt(end) === 58 /* : */ && isDigit(text.charCodeAt(end + 1))) {
    end += 2;
    while (isDigit(text.charCodeAt(end))) end++;
  }
  let hasPath = false;
  if (text.charCodeAt(end) === 47 /* / */) {
    end = scanPath(text, end);
    hasPath = true;
  }
  if (text.charCodeAt(end) === 63 /* ? */ && (hasPath || !bare)) end = scanQuery(text, end);
  // A bare domain keeps what follows it only with a path (twitter-text: "example.com?x" is example.com).
  if (bare && !hasPath) return hostEnd;
  return end;
}

/**
 * Characters that may not come right before a link. U+FFFE and U+FFFF also block it, as in
 * twitter-text; U+FEFF does not, so a byte-order mark before a link leaves it a link.
 */
function blocksLink(c: number): boolean {
  return isAsciiAlnum(c) || c === 64 || c === 0xff20 /* ＠ */ || c === 36 /* $ */ || c === 35 || c === 0xff03 /* ＃ */ || c === 0xfffe || c === 0xffff;
}

/** Characters that may not come right before a bare domain (besides blocksLink). */
function blocksBareDomain(c: number): boolean {
  return blocksLink(c) || c === 45 || c === 95 || c === 46 || c === 47 || isBareLabelCodePoint(c);
}

const SCHEME = /https?:\/\//gi;

/**
 * Every label after a scheme, whatever the last one is (http://shop.example, http://localhost):
 * labels neither start nor end with '-' or '_'. For link policy only (see ExtractOptions).
 */
function anyHost(text: string, start: number): Host | undefined {
  const labels: Array<[number, number]> = [];
  let pos = start;
  for (;;) {
    SCHEME_LABEL.lastIndex = pos;
    const match = SCHEME_LABEL.exec(text);
    if (match === null) break;
    labels.push([pos, pos + match[0].length]);
    pos += match[0].length;
    if (text.charCodeAt(pos) !== 46 /* . */) break;
    pos++;
  }
  if (labels.length === 0 || !labelsValid(text, labels, labels.length, 'bare')) return undefined;
  return { end: labels[labels.length - 1][1], labels };
}

function tryScheme(text: string, start: number, schemeLength: number, anyTld: boolean): Token | undefined {
  if (start > 0 && blocksLink(codePointBefore(text, start))) return undefined;
  const hostStart = start + schemeLength;
  let host = parseHost(text, hostStart, 'scheme');
  if (anyTld) {
    const whole = anyHost(text, hostStart);
    if (whole && (!host || whole.end > host.end)) host = whole;
  }
  if (!host) return undefined;
  const lengths = hostLengthsValid(text, host);
  if (!lengths.valid) return undefined;
  let end: number;
  if (text.slice(hostStart, host.end).toLowerCase() === 't.co' && text.charCodeAt(host.end) === 47) {
    // t.co links end with their slug (and query): "http://t.co/abc's" is http://t.co/abc.
    const slug = /^[0-9A-Za-z]*/.exec(text.slice(host.end + 1, host.end + 2 + MAX_TCO_SLUG_LENGTH))?.[0] ?? '';
    if (slug.length > MAX_TCO_SLUG_LENGTH) return undefined;
    if (slug.length === 0) end = scanRest(text, host.end, false);
    else {
      end = host.end + 1 + slug.length;
      if (text.charCodeAt(end) === 63) end = scanQuery(text, end);
    }
  } else {
    end = scanRest(text, host.end, false);
  }
  const url = text.slice(start, end);
  if (url.length + lengths.asciiLength - (host.end - hostStart) + schemeLength > MAX_URL_LENGTH) return undefined;
  return { kind: 'url', start, end, value: url };
}

function tryBare(text: string, start: number): Token | undefined {
  if (start > 0 && blocksBareDomain(codePointBefore(text, start))) return undefined;
  const host = parseHost(text, start, 'bare');
  if (!host) return undefined;
  const lengths = hostLengthsValid(text, host);
  if (!lengths.valid) return undefined;
  const end = scanRest(text, host.end, true);
  if (end - start + lengths.asciiLength - (host.end - start) + 8 > MAX_URL_LENGTH) return undefined;
  return { kind: 'url', start, end, value: text.slice(start, end) };
}

/** Start of the bare-domain label that ends at the '.' at `dot`, not going below `floor`. */
function labelStartBefore(text: string, dot: number, floor: number): number {
  let i = dot;
  while (i > floor) {
    const c = codePointBefore(text, i);
    if (!isBareLabelCodePoint(c)) break;
    i -= units(c);
  }
  return i;
}

/** The next '.' from `from` that is followed by a letter or digit, or -1. */
function nextDomainDot(text: string, from: number): number {
  for (let dot = text.indexOf('.', from); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    const next = text.charCodeAt(dot + 1);
    if (isAsciiAlnum(next) || next >= 0x80) return dot;
  }
  return -1;
}

/** Links in order of appearance, leftmost first, never overlapping. */
function findUrls(text: string, anyTld = false): Token[] {
  const urls: Token[] = [];
  const n = text.length;
  const scheme = new RegExp(SCHEME.source, SCHEME.flags);
  let schemeAt = -2; // -2: not looked up yet, -1: none left
  let schemeLength = 0;
  let dot = -2;
  let bareStart = -1;
  let pos = 0;
  while (pos < n) {
    if (schemeAt !== -1 && schemeAt < pos) {
      scheme.lastIndex = pos;
      const match = scheme.exec(text);
      schemeAt = match ? match.index : -1;
      schemeLength = match ? match[0].length : 0;
    }
    if (dot !== -1 && (dot < pos || bareStart < pos)) {
      // Only a '.' followed by a letter or digit can be inside a domain ("end. Next" is not).
      if (dot < pos) dot = nextDomainDot(text, pos);
      bareStart = dot < 0 ? -1 : labelStartBefore(text, dot, pos);
    }
    if (schemeAt < 0 && dot < 0) break;
    if (schemeAt >= 0 && (dot < 0 || schemeAt <= bareStart)) {
      const url = tryScheme(text, schemeAt, schemeLength, anyTld);
      if (url) urls.push(url);
      pos = url ? url.end : schemeAt + 1;
      continue;
    }
    const url = bareStart < dot ? tryBare(text, bareStart) : undefined;
    if (url) urls.push(url);
    pos = url ? url.end : dot + 1;
  }
  return urls;
}

// ---------------------------------------------------------------------------------------------
// Hashtags and mentions

/**
 * Hashtag characters: letters, marks, decimal digits, '_', and the joiners and signs that live
 * inside words of some scripts (ZWNJ/ZWJ, Hebrew maqaf and geresh, kana voicing marks and
 * middle dots, wave dashes, the ditto mark, the Tibetan tsheg, the Catalan middle dot).
 */
const HASHTAG_CHARS = '\\p{L}\\p{M}\\p{Nd}_\\u200C\\u200D\\uA67E\\u05BE\\u05F3\\u05F4\\uFF5E\\u301C\\u309B\\u309C\\u30A0\\u30FB\\u3003\\u0F0B\\u0F0C\\u00B7';
const HASHTAG_BODY = new RegExp(`[${HASHTAG_CHARS}]+`, 'uy');
const HASHTAG_CHAR = new RegExp(`[${HASHTAG_CHARS}]`, 'u');
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const USERNAME = /[0-9A-Za-z_]+/y;
const FEDIVERSE_USERNAME = /[0-9A-Za-z_]+(?:[.-][0-9A-Za-z_]+)*/y;
const SIGILS = /[#＃@＠]/g;

function tryHashtag(text: string, at: number): Token | undefined {
  const before = codePointBefore(text, at);
  if (at > 0 && before !== 0xfe0e && before !== 0xfe0f && (before === 38 /* & */ || test(HASHTAG_CHAR, before))) return undefined;
  const next = text.charCodeAt(at + 1);
  if (next === 0xfe0f || next === 0x20e3) return undefined; // a keycap emoji
  HASHTAG_BODY.lastIndex = at + 1;
  const body = HASHTAG_BODY.exec(text)?.[0];
  if (!body || !LETTER_OR_MARK.test(body)) return undefined;
  const end = at + 1 + body.length;
  const after = text.charCodeAt(end);
  if (after === 35 || after === 0xff03 || text.startsWith('://', end)) return undefined;
  return { kind: 'hashtag', start: at, end, value: body };
}

function mentionAllowedAfter(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = codePointBefore(text, at);
  if (before < 0x80) {
    if (isAsciiAlnum(before) && isRetweetPrefix(text, at)) return true;
    return !(isAsciiAlnum(before) || '_!#$%&*@'.includes(String.fromCharCode(before)));
  }
  return before !== 0xff20 && !isLatinAccented(before);
}

/** "RT@user": the retweet convention, RT standing alone right before the '@'. */
function isRetweetPrefix(text: string, at: number): boolean {
  return at >= 2 && text.slice(at - 2, at).toLowerCase() === 'rt' && (at === 2 || !/[0-9A-Za-z_+~.-]/.test(text.charAt(at - 3)));
}

function tryMention(text: string, at: number): Token | undefined {
  if (!mentionAllowedAfter(text, at)) return undefined;
  // Fediverse: @user@domain.tld (the user part may hold '.' and '-').
  FEDIVERSE_USERNAME.lastIndex = at + 1;
  const longUser = FEDIVERSE_USERNAME.exec(text)?.[0];
  if (!longUser) return undefined;
  const userEnd = at + 1 + longUser.length;
  const atSign = text.charCodeAt(userEnd);
  if (atSign === 64 || atSign === 0xff20) {
    const host = parseHost(text, userEnd + 1, 'bare');
    if (host && hostLengthsValid(text, host).valid) {
      const after = text.charCodeAt(host.end);
      if (after !== 64 && after !== 0xff20 && after !== 95) {
        return { kind: 'mention', start: at, end: host.end, value: text.slice(at + 1, host.end) };
      }
    }
  }
  USERNAME.lastIndex = at + 1;
  const user = USERNAME.exec(text)?.[0] ?? '';
  const end = at + 1 + user.length;
  const after = codePointAt(text, end);
  // Not an address-like "@user@…", not "@user" glued to accented letters, not "@http://".
  if (after === 64 || after === 0xff20 || isLatinAccented(after) || text.startsWith('://', end)) return undefined;
  return { kind: 'mention', start: at, end, value: user };
}

// ---------------------------------------------------------------------------------------------
// Emoji

const PICTOGRAPH = '(?:\\p{Extended_Pictographic}[\\uFE0E\\uFE0F]?\\p{Emoji_Modifier}?|\\p{Emoji_Modifier})';
const TAGS = '(?:[\\u{E0020}-\\u{E007E}]+\\u{E007F})?';
/**
 * An emoji sequence: a keycap (with or without U+FE0F), a flag (a pair of regional indicators),
 * or pictographs with their presentation selector, skin tone and tag sequence, joined by ZWJ.
 * Whether a pictograph is shown as emoji is decided afterwards (emojiPresentation).
 */
const EMOJI = new RegExp(
  `[#*0-9]\\uFE0F?\\u20E3|\\p{Regional_Indicator}{1,2}|${PICTOGRAPH}${TAGS}\\uFE0F?(?:\\u200D${PICTOGRAPH}${TAGS}\\uFE0F?)*`,
  'gu',
);
const EMOJI_PRESENTATION = /\p{Emoji_Presentation}/u;

/**
 * True when a pictograph sequence shows as emoji: some element asks for it (U+FE0F, a skin
 * tone, tags) or shows as emoji by default (Emoji_Presentation, or a pictograph outside the
 * BMP, which platforms draw as emoji whatever the Unicode version of this runtime) without
 * U+FE0E. ☺ and © alone are text; ☺️ is an emoji.
 */
function emojiPresentation(sequence: string): boolean {
  for (const element of sequence.split('\u200D')) {
    const base = element.codePointAt(0) as number;
    const rest = element.slice(units(base));
    if (rest.includes('\uFE0F') || /[\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]/u.test(rest)) return true;
    if (rest.includes('\uFE0E')) continue;
    if (base >= 0x1f000 || EMOJI_PRESENTATION.test(String.fromCodePoint(base))) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Words

const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}_\\u200C\\u200D]';
/** Letters, marks and digits, joined by apostrophes, '.', ':' or '·' ("don't", "e.g", "Manager:in") and ',' between digits (1,000). */
const WORD = new RegExp(`[\\p{L}\\p{N}]${WORD_CHAR}*(?:(?:['’ʼ.:·]|(?<=\\p{N}),(?=\\p{N}))[\\p{L}\\p{N}]${WORD_CHAR}*)*`, 'gu');
/** Scripts written without spaces between words: Intl.Segmenter finds their words with a dictionary. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** Longest piece handed to Intl.Segmenter at once (V8's Intl.Segmenter slows down on long input). */
const SEGMENT_WINDOW = 512;

type WordSegmenter = { segment(input: string): Iterable<{ segment: string; index: number; isWordLike?: boolean }> };
let wordSegmenterCache: { ctor: unknown; segmenter: WordSegmenter } | undefined;

function wordSegmenter(): WordSegmenter | undefined {
  const ctor = typeof Intl === 'undefined' ? undefined : Intl.Segmenter;
  if (typeof ctor !== 'function') return undefined;
  if (wordSegmenterCache?.ctor !== ctor) wordSegmenterCache = { ctor, segmenter: new ctor('en', { granularity: 'word' }) };
  return wordSegmenterCache.segmenter;
}

/** Adds the words of text[from, to) (a stretch without entities) to `out`. */
function pushWords(text: string, from: number, to: number, out: Token[]): void {
  const stretch = from === 0 && to === text.length ? text : text.slice(from, to);
  WORD.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = WORD.exec(stretch)) !== null) pushWord(from + match.index, match[0], out);
}

/** Quick pre-check: every unspaced script is at U+0E00 (Thai) or above. */
function hasCodeUnitFrom(value: string, lowest: number): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) >= lowest) return true;
  return false;
}

function pushWord(start: number, value: string, out: Token[]): void {
  const segmenter = hasCodeUnitFrom(value, 0x0e00) && UNSPACED.test(value) ? wordSegmenter() : undefined;
  if (!segmenter) {
    out.push({ kind: 'word', start, end: start + value.length, value });
    return;
  }
  for (let offset = 0; offset < value.length; ) {
    let stop = Math.min(value.length, offset + SEGMENT_WINDOW);
    if (stop < value.length && isLow(value.charCodeAt(stop))) stop--;
    for (const segment of segmenter.segment(value.slice(offset, stop))) {
      if (!segment.isWordLike) continue;
      const at = start + offset + segment.index;
      out.push({ kind: 'word', start: at, end: at + segment.segment.length, value: segment.segment });
    }
    offset = stop;
  }
}

// ---------------------------------------------------------------------------------------------
// Public API

/** How entities are found. */
export interface ExtractOptions {
  /**
   * A link written with a scheme (`http://shop.example/kettle`) is a link whatever its top-level
   * domain. For link policy (https only, UTM): a writer who typed `http://` meant a link. The
   * counters leave it off, because the platforms (twitter-text) link, and weigh, only hosts on a
   * real top-level domain; scheme-less links always need one.
   */
  schemeLinksAnyTld?: boolean;
}

/** Links, hashtags, mentions and emoji (no words), sorted by start, never overlapping. */
export function extractEntities(text: string, options: ExtractOptions = {}): Token[] {
  const urls = findUrls(text, options.schemeLinksAnyTld === true);
  const tagged: Token[] = [];
  let u = 0; // next link that may overlap
  const sigils = new RegExp(SIGILS.source, SIGILS.flags);
  let match: RegExpExecArray | null;
  while ((match = sigils.exec(text)) !== null) {
    const at = match.index;
    while (u < urls.length && urls[u].end <= at) u++;
    if (u < urls.length && urls[u].start <= at) {
      sigils.lastIndex = urls[u].end;
      continue;
    }
    const c = text.charCodeAt(at);
    const token = c === 35 || c === 0xff03 ? tryHashtag(text, at) : tryMention(text, at);
    // An entity running into a link is dropped (twitter-text: the link wins).
    if (!token || (u < urls.length && token.end > urls[u].start)) continue;
    tagged.push(token);
    sigils.lastIndex = token.end;
  }
  const taken = merge(urls, tagged);
  const entities: Token[] = [];
  let t = 0;
  const emoji = new RegExp(EMOJI.source, EMOJI.flags);
  while ((match = emoji.exec(text)) !== null) {
    const start = match.index;
    const end = start + match[0].length;
    while (t < taken.length && taken[t].end <= start) entities.push(taken[t++]);
    if (t < taken.length && taken[t].start < end) {
      emoji.lastIndex = Math.max(taken[t].end, start + 1);
      if (isLow(text.charCodeAt(emoji.lastIndex))) emoji.lastIndex++;
      continue;
    }
    const first = match[0].codePointAt(0) as number;
    const isKeycapOrFlag = first < 0x80 || (first >= 0x1f1e6 && first <= 0x1f1ff);
    if (!isKeycapOrFlag && !emojiPresentation(match[0])) {
      emoji.lastIndex = start + units(first); // ☺ stays text; what follows it may still be emoji
      continue;
    }
    entities.push({ kind: 'emoji', start, end, value: match[0] });
  }
  while (t < taken.length) entities.push(taken[t++]);
  return entities;
}

function merge(a: Token[], b: Token[]): Token[] {
  const out: Token[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].start <= b[j].start)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}

/** Every token (words, links, hashtags, mentions, emoji), sorted by start, never overlapping. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let from = 0;
  for (const entity of extractEntities(text)) {
    if (entity.start > from) pushWords(text, from, entity.start, tokens);
    tokens.push(entity);
    from = entity.end;
  }
  if (from < text.length) pushWords(text, from, text.length, tokens);
  return tokens;
}

/** Links, with scheme (https://…) or bare on a real top-level domain (example.com/path). */
export function extractUrls(text: string): Token[] {
  return findUrls(text);
}

/** Hashtags (#tag, ＃tag) outside links; value is the tag without '#'. */
export function extractHashtags(text: string): Token[] {
  return extractEntities(text).filter((token) => token.kind === 'hashtag');
}

/** Mentions (@user, @user@domain.tld) outside links and e-mail addresses; value has no leading '@'. */
export function extractMentions(text: string): Token[] {
  return extractEntities(text).filter((token) => token.kind === 'mention');
}

/** Emoji sequences shown as emoji (ZWJ sequences, flags, keycaps, skin tones, tag sequences). */
export function extractEmoji(text: string): Token[] {
  return extractEntities(text).filter((token) => token.kind === 'emoji');
}

// ---------------------------------------------------------------------------------------------
// Punycode (RFC 3492), only as far as the length of the encoded label is needed

/** Length of the ASCII form of a domain label: itself when ASCII, else "xn--" + its punycode. */
export function punycodeLength(label: string): number {
  const codePoints: number[] = [];
  for (let i = 0; i < label.length; ) {
    const c = codePointAt(label, i);
    codePoints.push(c);
    i += units(c);
  }
  const basic = codePoints.filter((c) => c < 0x80).length;
  if (basic === codePoints.length) return label.length;
  const base = 36;
  const tMin = 1;
  const tMax = 26;
  let length = 4 + basic + (basic > 0 ? 1 : 0);
  let n = 0x80;
  let delta = 0;
  let bias = 72;
  let handled = basic;
  let first = true;
  while (handled < codePoints.length) {
    let next = Infinity;
    for (const c of codePoints) if (c >= n && c < next) next = c;
    delta += (next - n) * (handled + 1);
    n = next;
    for (const c of codePoints) {
      if (c < n) delta++;
      if (c !== n) continue;
      // One digit per step until the remaining value fits under the threshold.
      let q = delta;
      for (let k = base; ; k += base) {
        const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
        length++;
        if (q < t) break;
        q = Math.floor((q - t) / (base - t));
      }
      bias = adaptBias(delta, handled + 1, first);
      first = false;
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return length;
}

function adaptBias(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / 700) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((36 - 1) * 26) >> 1) {
    d = Math.floor(d / (36 - 1));
    k += 36;
  }
  return k + Math.floor(((36 - 1 + 1) * d) / (d + 38));
}
