// Where a sentence starts: a capital there is grammar, not a spelling or shouting choice.
// Called for every vocabulary hit, so the look-back reads character codes: no slice, and no
// regular expression literal (each evaluation of one allocates a new object) in the loop.

const LOOK_BACK = 200;

const NEWLINE = 10;
const TAB = 9;
const SPACE = 32;
const WHITE_SPACE = /\s/;
/** A post's front matter fence or a `::: platform` line. */
const FENCE = /^(?:---|\.\.\.|:::.*)[ \t]*$/;
/** A list bullet or a heading's #s, first on the line. */
const MARKER = /^[ \t]*(?:[-*+•]|#{1,6})$/;

/** White space as a regular expression's `\s` reads it. */
function isSpace(c: number): boolean {
  return c < 128 ? c === SPACE || (c >= TAB && c <= 13) : WHITE_SPACE.test(String.fromCharCode(c));
}

/** What may stand between a sentence's start and its first word: space, opening quotes and brackets, emphasis. */
function isLeadIn(c: number): boolean {
  return c === 34 /* " */ || c === 39 /* ' */ || c === 40 /* ( */ || c === 42 /* * */ || c === 95 /* _ */ || c === 0x201c /* “ */ || c === 0x2018 /* ‘ */ || isSpace(c);
}

/** What ends a sentence or introduces one: . ! ? : and a quote's > or a table's |. */
function endsSentence(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 62 || c === 124;
}

/** The start of the line holding `i`, looking back at most LOOK_BACK characters (-1 past that). */
function lineStartOf(text: string, i: number): number {
  for (let j = i; j >= 0 && i - j <= LOOK_BACK; j--) if (text.charCodeAt(j) === NEWLINE) return j + 1;
  return i < LOOK_BACK ? 0 : -1;
}

/** True at the start of a sentence, a paragraph, a list item, a heading or a YAML value; not where a line merely wraps. */
export function startsSentence(text: string, offset: number): boolean {
  let i = offset - 1;
  let newlines = 0;
  // Looks back a bounded way: hits on one long line must not each rescan it (quadratic).
  const limit = Math.max(0, offset - LOOK_BACK);
  for (; i >= limit; i--) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) newlines++;
    else if ((c === 42 || c === 95) && lineMarker(text, i)) break;
    else if (!isLeadIn(c)) break;
  }
  if (i < 0 || newlines >= 2 || endsSentence(text.charCodeAt(i))) return true;
  if (i < limit) return false;
  // The first line after a post's front matter or a `::: platform` line.
  if (newlines > 0) {
    const lineStart = lineStartOf(text, i);
    if (lineStart >= 0 && FENCE.test(text.slice(lineStart, i + 1))) return true;
  }
  return lineMarker(text, i);
}

/** True when the character at `i` ends a list bullet or a heading's #s, first on its line. */
function lineMarker(text: string, i: number): boolean {
  const after = text.charCodeAt(i + 1);
  if (after !== SPACE && after !== TAB) return false;
  // Most hits follow a word: no need to look for the line's start (up to 200 characters back).
  const c = text.charCodeAt(i);
  if (c !== 45 && c !== 42 && c !== 43 && c !== 0x2022 && c !== 35) return false;
  const lineStart = lineStartOf(text, i);
  return lineStart >= 0 && MARKER.test(text.slice(lineStart, i + 1));
}
