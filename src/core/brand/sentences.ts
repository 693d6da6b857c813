// Where a sentence starts: a capital there is grammar, not a spelling or shouting choice.

const LOOK_BACK = 200;

/** The start of the line holding `i`, looking back at most LOOK_BACK characters (-1 past that). */
function lineStartOf(text: string, i: number): number {
  for (let j = i; j >= 0 && i - j <= LOOK_BACK; j--) if (text[j] === '\n') return j + 1;
  return i < LOOK_BACK ? 0 : -1;
}

/** True at the start of a sentence, a paragraph, a list item, a heading or a YAML value; not where a line merely wraps. */
export function startsSentence(text: string, offset: number): boolean {
  let i = offset - 1;
  let newlines = 0;
  // Looks back a bounded way: hits on one long line must not each rescan it (quadratic).
  const limit = Math.max(0, offset - LOOK_BACK);
  for (; i >= limit; i--) {
    const c = text[i];
    if (c === '\n') newlines++;
    else if (/[*_]/.test(c) && lineMarker(text, i)) break;
    else if (!/[\s"'“‘(*_]/.test(c)) break;
  }
  if (i < 0 || newlines >= 2 || /[.!?:>|]/.test(text[i])) return true;
  if (i < limit) return false;
  // The first line after a post's front matter or a `::: platform` line.
  const lineStart = lineStartOf(text, i);
  if (lineStart < 0) return false;
  if (newlines > 0 && /^(?:---|\.\.\.|:::.*)[ \t]*$/.test(text.slice(lineStart, i + 1))) return true;
  return lineMarker(text, i);
}

/** True when the character at `i` ends a list bullet or a heading's #s, first on its line. */
function lineMarker(text: string, i: number): boolean {
  if (!/[ \t]/.test(text[i + 1] ?? '')) return false;
  const lineStart = lineStartOf(text, i);
  return lineStart >= 0 && /^[ \t]*(?:[-*+•]|#{1,6})$/.test(text.slice(lineStart, i + 1));
}
