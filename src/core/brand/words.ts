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
  /** NFC, lower case, typographic apostrophe as ': what the vocabulary matches. */
  key: string;
  /** True when a phrase may run from the previous token into this one. */
  joined: boolean;
  kind: 'word' | 'cjk' | 'emoji' | 'symbol';
}

/** Where the tokenizer puts tokens; `kind` is the kind's index in KINDS. */
interface TokenSink {
  add(start: number, end: number, key: string, joined: boolean, kind: number): void;
}

const KINDS: readonly WordToken['kind'][] = ['word', 'cjk', 'emoji', 'symbol'];
const WORD_KIND = 0;
const CJK_KIND = 1;
const EMOJI_KIND = 2;
const SYMBOL_KIND = 3;

/** Each token's four numbers, side by side in one array. */
const STRIDE = 4;

/**
 * A file's tokens packed into one typed array, not one object each: a 1 MB file has 200,000
 * tokens, alive for the whole lint, and as objects they were most of the garbage collector's
 * work (a 1 MB JD took 14x the time of a 100 KB one; the young generation kept copying them).
 * Keys are numbers into the list's own table of distinct keys, for the same reason: an array
 * of 200,000 strings is one more large object the collector copies while it grows.
 */
export class TokenList implements TokenSink {
  length = 0;
  /** Per token: start, end, flags (bit 0: joined; bits 1-2: the kind's index in KINDS), key id. */
  private data: Int32Array;
  private readonly table: string[] = [''];
  private readonly ids = new Map<string, number>();

  /**
   * `capacity`: how many tokens to make room for at once. Growing copies the array, and typed
   * arrays are dear to allocate: a caller that knows the text's length passes a guess
   * (tokenCapacity), so that a 4 KB JD allocates once per keystroke instead of five times.
   */
  /** keysOnly: tokens without a key were dropped (see tokensWithKeys). */
  private gap = false;

  /**
   * `keysOnly`: keep only the tokens that have a key. The vocabulary reads nothing else, and most
   * words of a text are no term's: a token after dropped ones is then never joined to the one
   * kept before them, so a phrase still matches only where its words stand side by side.
   */
  constructor(
    capacity = 64,
    private readonly keysOnly = false,
  ) {
    this.data = new Int32Array(Math.max(16, capacity | 0) * STRIDE);
  }

  add(start: number, end: number, key: string, joined: boolean, kind: number): void {
    if (this.keysOnly) {
      if (key === '') {
        this.gap = true;
        return;
      }
      joined &&= !this.gap;
      this.gap = false;
    }
    let at = this.length * STRIDE;
    if (at === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const data = this.data;
    data[at++] = start;
    data[at++] = end;
    data[at++] = (joined ? 1 : 0) | (kind << 1);
    data[at] = key === '' ? 0 : this.idOf(key);
    this.length++;
  }

  private idOf(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.table.length;
      this.table.push(key);
      this.ids.set(key, id);
    }
    return id;
  }

  start(i: number): number {
    return this.data[i * STRIDE];
  }

  end(i: number): number {
    return this.data[i * STRIDE + 1];
  }

  key(i: number): string {
    return this.table[this.data[i * STRIDE + 3]];
  }

  /** True when token `i` has a key (with a vocabulary's KnownWords, when the vocabulary knows the word). */
  hasKey(i: number): boolean {
    return this.data[i * STRIDE + 3] !== 0;
  }

  joined(i: number): boolean {
    return (this.data[i * STRIDE + 2] & 1) === 1;
  }

  kind(i: number): WordToken['kind'] {
    return KINDS[this.data[i * STRIDE + 2] >> 1];
  }
}

/**
 * The token keys worth keeping (a vocabulary's words), findable from an ASCII word's hash: the
 * tokenizer hashes a word's characters as it reads them and compares them with the few known
 * keys of that hash, so the words of a 1 MB file cost no string at all (a known word's key is
 * the known string itself).
 */
export class KnownWords extends Set<string> {
  /** One bit per hash (modulo the table's size): most words are rejected here, by one load. */
  private bits = new Uint32Array(32);
  /** The keys the ASCII fast path can produce (a-z, 0-9, '), by hash. */
  private readonly byHash = new Map<number, string[]>();

  constructor(keys: Iterable<string> = []) {
    super();
    for (const key of keys) this.add(key);
  }

  override add(key: string): this {
    if (this.has(key)) return this;
    super.add(key);
    const hash = asciiKeyHash(key);
    if (hash >= 0) {
      const same = this.byHash.get(hash);
      if (same) same.push(key);
      else this.byHash.set(hash, [key]);
      // The bit table grows with the keys: a false "maybe" for about one word in 16 at most.
      if (this.byHash.size * 16 > this.bits.length * 32) this.rehash();
      else this.mark(hash);
    }
    return this;
  }

  /**
   * The known key of the ASCII word `text.slice(start, end)` (its key hashing to `hash`, see
   * asciiKeyHash), or '' when the vocabulary does not know it.
   */
  asciiKey(text: string, start: number, end: number, hash: number): string {
    const bit = hash & (this.bits.length * 32 - 1);
    if ((this.bits[bit >>> 5] & (1 << (bit & 31))) === 0) return '';
    const same = this.byHash.get(hash);
    if (same === undefined) return '';
    for (const key of same) if (spells(text, start, end, key)) return key;
    return '';
  }

  private mark(hash: number): void {
    const bit = hash & (this.bits.length * 32 - 1);
    this.bits[bit >>> 5] |= 1 << (bit & 31);
  }

  private rehash(): void {
    let words = this.bits.length;
    while (words * 32 < this.byHash.size * 16) words *= 2;
    this.bits = new Uint32Array(words);
    for (const hash of this.byHash.keys()) this.mark(hash);
  }
}

/** True when the ASCII word `text.slice(start, end)` has the key `key` (lower case, ' for ’). */
function spells(text: string, start: number, end: number, key: string): boolean {
  if (end - start !== key.length) return false;
  for (let k = 0; k < key.length; k++) {
    const c = text.charCodeAt(start + k);
    if ((c === 0x2019 ? 39 : asciiLower(c)) !== key.charCodeAt(k)) return false;
  }
  return true;
}

/** Hash step of one key character (the same in asciiKeyHash and the tokenizer). */
function hashStep(hash: number, c: number): number {
  return (Math.imul(hash, 31) + c) | 0;
}

/** The hash of a key the ASCII fast path can produce (a-z, 0-9, '), or -1 for any other key. */
function asciiKeyHash(key: string): number {
  let hash = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39)) return -1;
    hash = hashStep(hash, c);
  }
  return hash & 0x7fffffff;
}

/** Room for the tokens of about `chars` characters of prose: a token with its space is 5–6 characters. */
export function tokenCapacity(chars: number): number {
  return Math.ceil(chars / 4) + 16;
}

/** The tokens of `text.slice(start, end)` as a TokenList (see wordTokens). */
export function tokenList(text: string, start = 0, end = text.length, known?: ReadonlySet<string>, into = new TokenList(tokenCapacity(end - start))): TokenList {
  tokenize(text, start, end, into, known);
  return into;
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

/** The key a token or term word is matched by. */
export function normalizeKey(raw: string): string {
  if (ASCII.test(raw)) return raw.toLowerCase();
  return raw.normalize('NFC').toLowerCase().replace(/’/g, "'");
}

const STICKY = new RegExp(TOKEN.source, 'ysu');
const UNICODE_SEPARATOR = /[\s\u2010\u2011]/;

/** An ASCII letter in lower case; any other code as it is. */
function asciiLower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** For each ASCII code: the letter in lower case, or the digit, for letters and digits; 0 for any other. */
const ALNUM_LOWER = new Uint8Array(128);
for (let c = 0; c < 128; c++) ALNUM_LOWER[c] = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? c : c >= 65 && c <= 90 ? c + 32 : 0;

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** A separator character: white space (any script), a hyphen or a non-breaking hyphen. */
function isSeparator(c: number): boolean {
  if (c < 128) return c === 32 || c === 45 || (c >= 9 && c <= 13);
  return UNICODE_SEPARATOR.test(String.fromCharCode(c));
}

/**
 * The tokens of `text.slice(start, end)`, with file offsets. ASCII words, punctuation and
 * separators are scanned by hand (most copy); any other character goes through the
 * Unicode-aware regular expression, one token at a time, with the same result.
 */
export function wordTokens(text: string, start = 0, end = text.length, into: WordToken[] = []): WordToken[] {
  tokenize(text, start, end, { add: (s, e, key, joined, kind) => into.push({ start: s, end: e, key, joined, kind: KINDS[kind] }) });
  return into;
}

/** A token's key as the list keeps it: with a vocabulary's words, only the keys it knows (see tokenize). */
function keptKey(known: KnownWords | undefined, key: string): string {
  return known === undefined || known.has(key) ? key : '';
}

function tokenize(text: string, start: number, end: number, into: TokenSink, knownKeys?: ReadonlySet<string>): void {
  // With `known` (the vocabulary's words), other tokens get the empty key: no string per token
  // stays alive through the lint, and an ASCII word is never sliced (see KnownWords).
  const known = knownKeys === undefined || knownKeys instanceof KnownWords ? knownKeys : new KnownWords(knownKeys);
  let joined = false;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSeparator(c)) {
      // The next token continues the phrase unless a blank line (a paragraph end) is in the run.
      let newlineSinceText = false;
      for (; i < end; i++) {
        const d = text.charCodeAt(i);
        if (!isSeparator(d)) break;
        if (d === 10) {
          if (newlineSinceText) joined = false;
          newlineSinceText = true;
        } else if (d === 45 || d === 0x2010 || d === 0x2011) newlineSinceText = false;
      }
      continue;
    }
    if (isAsciiAlnum(c)) {
      let j = i + 1;
      let typographic = false;
      // The hash of the key this word will have (lower case, ' for ’), as asciiKeyHash computes it.
      let hash = hashStep(0, asciiLower(c));
      while (j < end) {
        const d = text.charCodeAt(j);
        const lower = d < 128 ? ALNUM_LOWER[d] : 0;
        if (lower !== 0) {
          hash = hashStep(hash, lower);
          j++;
        } else if ((d === 39 || d === 0x2019) && j + 1 < end && isAsciiAlnum(text.charCodeAt(j + 1))) {
          typographic ||= d === 0x2019;
          hash = hashStep(hashStep(hash, 39), asciiLower(text.charCodeAt(j + 1)));
          j += 2;
        } else break;
      }
      // A word that goes on in another script (café, it's'ǅ) is the regular expression's to read.
      const next = j < end ? text.charCodeAt(j) : 0;
      const after = j + 1 < end ? text.charCodeAt(j + 1) : 0;
      const goesOn = (next >= 128 && !isSeparator(next)) || ((next === 39 || next === 0x2019) && after >= 128 && !isSeparator(after));
      if (!goesOn) {
        let key: string;
        if (known) key = known.asciiKey(text, i, j, hash & 0x7fffffff);
        else {
          const raw = text.slice(i, j);
          key = typographic ? normalizeKey(raw) : raw.toLowerCase();
        }
        into.add(i, j, key, joined, WORD_KIND);
        joined = true;
        i = j;
        continue;
      }
    } else if (c < 128) {
      const raw = text[i];
      into.add(i, i + 1, keptKey(known, raw), joined, SYMBOL_KIND);
      joined = true;
      i++;
      continue;
    }
    i = regexToken(text, i, end, into, joined, known);
    joined = true;
  }
}

/** One token at `at` by the Unicode-aware expression, never past `end`; returns where it ends. */
function regexToken(text: string, at: number, end: number, into: TokenSink, joined: boolean, known: KnownWords | undefined): number {
  STICKY.lastIndex = at;
  let match = STICKY.exec(text);
  if (match && at + match[0].length > end) {
    // The token would run past the segment: read it within the segment only.
    const sticky = new RegExp(TOKEN.source, 'ysu');
    match = sticky.exec(text.slice(at, end));
  }
  if (!match || match[0].length === 0) return at + 1;
  const raw = match[0];
  const next = at + raw.length;
  if (match[1] !== undefined) {
    if (!ASCII.test(raw) && HAS_CJK.test(raw)) pushMixed(raw, at, joined, into, known);
    else into.add(at, next, keptKey(known, normalizeKey(raw)), joined, WORD_KIND);
  } else {
    into.add(at, next, keptKey(known, normalizeKey(raw)), joined, match[2] !== undefined ? EMOJI_KIND : SYMBOL_KIND);
  }
  return next;
}

/** A word mixing scripts with and without spaces: each CJK character alone, the runs between as words. */
function pushMixed(raw: string, at: number, joined: boolean, into: TokenSink, known: KnownWords | undefined): void {
  let from = 0;
  const push = (s: number, e: number, kind: number) => {
    const piece = raw.slice(s, e);
    into.add(at + s, at + e, keptKey(known, normalizeKey(piece)), s > 0 || joined, kind);
  };
  for (const match of raw.matchAll(CJK)) {
    if (match.index > from) push(from, match.index, WORD_KIND);
    push(match.index, match.index + match[0].length, CJK_KIND);
    from = match.index + match[0].length;
  }
  if (from < raw.length) push(from, raw.length, WORD_KIND);
}
