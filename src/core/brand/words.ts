// The word tokens the brand vocabulary and the tone rules look at. Words are runs of letters,
// marks and digits (with inner apostrophes: don't); Chinese and Japanese characters and emoji are
// one token each (those scripts do not separate words with spaces); any other visible character
// is a token of its own, so `he/she` and `Node.js` can be listed as terms. A phrase continues
// across spaces, hyphens and single line breaks, never across other punctuation or a blank line.

/** One token in a file. */
export interface WordToken {
  /** UTF-16 offsets into the file. */
  start: number;
  end: number;
  /** The token as written. */
  raw: string;
  /** NFC, lower case, typographic apostrophe as ': what the vocabulary matches. */
  key: string;
  /** True when a phrase may run from the previous token into this one. */
  joined: boolean;
  kind: 'word' | 'cjk' | 'emoji' | 'symbol';
}

// `u` flag only: V8 runs `v`-flag classes recursively and overflows its stack on a long word.
const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}]`;
const WORD = `${WORD_CHAR}+(?:['’]${WORD_CHAR}+)*`;
const EMOJI = String.raw`\p{RI}\p{RI}|\p{Extended_Pictographic}(?:\uFE0F|\p{EMod}|\u200D\p{Extended_Pictographic}\uFE0F?|[\u{E0020}-\u{E007F}])*`;
const SEPARATOR = String.raw`[\s\-\u2010\u2011]+`;
const TOKEN = new RegExp(`(${WORD})|(${EMOJI})|(${SEPARATOR})|(.)`, 'gsu');
/** Scripts written without spaces between words: each character is a token. */
const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]\p{M}*/gu;
const HAS_CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const ASCII = /^[\x00-\x7f]*$/;
const BLANK_LINE = /\n[^\S\n]*\n/;

/** The key a token or term word is matched by. */
export function normalizeKey(raw: string): string {
  if (ASCII.test(raw)) return raw.toLowerCase();
  return raw.normalize('NFC').toLowerCase().replace(/’/g, "'");
}

/** The tokens of `text.slice(start, end)`, with file offsets. */
export function wordTokens(text: string, start = 0, end = text.length, into: WordToken[] = []): WordToken[] {
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  const pattern = new RegExp(TOKEN.source, TOKEN.flags);
  let joined = false;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(slice)) !== null) {
    if (match[3] !== undefined) {
      // A separator: the next token continues the phrase unless a paragraph ends here.
      joined = joined && !BLANK_LINE.test(match[3]);
      continue;
    }
    const raw = match[0];
    const at = start + match.index;
    if (match[1] !== undefined) {
      if (!ASCII.test(raw) && HAS_CJK.test(raw)) pushMixed(raw, at, joined, into);
      else into.push({ start: at, end: at + raw.length, raw, key: normalizeKey(raw), joined, kind: 'word' });
    } else {
      into.push({ start: at, end: at + raw.length, raw, key: normalizeKey(raw), joined, kind: match[2] !== undefined ? 'emoji' : 'symbol' });
    }
    joined = true;
  }
  return into;
}

/** A word mixing scripts with and without spaces: each CJK character alone, the runs between as words. */
function pushMixed(raw: string, at: number, joined: boolean, into: WordToken[]): void {
  let from = 0;
  const push = (s: number, e: number, kind: WordToken['kind']) => {
    const piece = raw.slice(s, e);
    into.push({ start: at + s, end: at + e, raw: piece, key: normalizeKey(piece), joined: s > 0 || joined, kind });
  };
  for (const match of raw.matchAll(CJK)) {
    if (match.index > from) push(from, match.index, 'word');
    push(match.index, match.index + match[0].length, 'cjk');
    from = match.index + match[0].length;
  }
  if (from < raw.length) push(from, raw.length, 'word');
}
