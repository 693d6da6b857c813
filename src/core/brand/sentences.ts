// Where a sentence starts: a capital there is grammar, not a spelling or shouting choice.
// Called for every vocabulary hit, so it reads character codes: no slices, and no regular
// expression literal (each evaluation of one allocates a new object) in the loop.

const LOOK_BACK = 200;

const NEWLINE = 10;
const TAB = 9;
const SPACE = 32;

/** White space as a regular expression's `\s` reads it. */
function isSpace(c: number): boolean {
  if (c < 128) return c === SPACE || (c >= TAB && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `*` or `_`: emphasis, or (`*`) a list bullet. */
function isEmphasis(c: number): boolean {
  return c === 42 || c === 95;
}

/** What may stand between a sentence's start and its first word: space, opening quotes and brackets, emphasis. */
function isLeadIn(c: number): boolean {
  return isSpace(c) || c === 34 /* " */ || c === 39 /* ' */ || c === 0x201c /* “ */ || c === 0x2018 /* ‘ */ || c === 40 /* ( */ || isEmphasis(c);
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
    else if (isEmphasis(c) && lineMarker(text, i)) break;
    else if (!isLeadIn(c)) break;
  }
  if (i < 0 || newlines >= 2 || endsSentence(text.charCodeAt(i))) return true;
  if (i < limit) return false;
  // The first line after a post's front matter or a `::: platform` line.
  if (newlines > 0) {
    const lineStart = lineStartOf(text, i);
    if (lineStart >= 0 && fenceLine(text, lineStart, i + 1)) return true;
  }
  return lineMarker(text, i);
}

/** True when `text.slice(start, end)` is `---`, `...` or a `:::` line, with trailing blanks (/^(?:---|\.\.\.|:::.*)[ \t]*$/). */
function fenceLine(text: string, start: number, end: number): boolean {
  if (end - start < 3) return false;
  const c = text.charCodeAt(start);
  if ((c !== 45 && c !== 46 && c !== 58) || text.charCodeAt(start + 1) !== c || text.charCodeAt(start + 2) !== c) return false;
  for (let j = start + 3; j < end; j++) {
    const d = text.charCodeAt(j);
    // After `:::` anything but a line terminator (what `.` reads); after the others, blanks only.
    if (c === 58 ? d === 13 || d === NEWLINE || d === 0x2028 || d === 0x2029 : d !== SPACE && d !== TAB) return false;
  }
  return true;
}

/** True when the character at `i` ends a list bullet or a heading's #s, first on its line (/^[ \t]*(?:[-*+•]|#{1,6})$/). */
function lineMarker(text: string, i: number): boolean {
  const after = text.charCodeAt(i + 1);
  if (after !== SPACE && after !== TAB) return false;
  // Most hits follow a word: no need to look for the line's start (up to 200 characters back).
  const c = text.charCodeAt(i);
  if (c !== 45 && c !== 42 && c !== 43 && c !== 0x2022 && c !== 35) return false;
  const lineStart = lineStartOf(text, i);
  if (lineStart < 0) return false;
  let first = lineStart;
  while (first <= i && (text.charCodeAt(first) === SPACE || text.charCodeAt(first) === TAB)) first++;
  if (first > i) return false;
  if (first === i) return true;
  if (i - first >= 6) return false;
  for (let j = first; j <= i; j++) if (text.charCodeAt(j) !== 35) return false;
  return true;
}
