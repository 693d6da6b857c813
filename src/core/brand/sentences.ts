// Where a sentence starts: a capital there is grammar, not a spelling or shouting choice.

/** True at the start of a sentence, a paragraph, a list item, a heading or a YAML value; not where a line merely wraps. */
export function startsSentence(text: string, offset: number): boolean {
  let i = offset - 1;
  let newlines = 0;
  for (; i >= 0; i--) {
    const c = text[i];
    if (c === '\n') newlines++;
    else if (/[*_]/.test(c) && lineMarker(text, i)) break;
    else if (!/[\s"'“‘(*_]/.test(c)) break;
  }
  if (i < 0 || newlines >= 2 || /[.!?:>|]/.test(text[i])) return true;
  // The first line after a post's front matter or a `::: platform` line.
  const lineStart = text.lastIndexOf('\n', i) + 1;
  if (newlines > 0 && /^(?:---|\.\.\.|:::.*)[ \t]*$/.test(text.slice(lineStart, i + 1))) return true;
  return lineMarker(text, i);
}

/** True when the character at `i` ends a list bullet or a heading's #s, first on its line. */
function lineMarker(text: string, i: number): boolean {
  if (!/[ \t]/.test(text[i + 1] ?? '')) return false;
  const lineStart = text.lastIndexOf('\n', i) + 1;
  return /^[ \t]*(?:[-*+•]|#{1,6})$/.test(text.slice(lineStart, i + 1));
}
