// Where a sentence starts: a capital there is grammar, not a spelling or shouting choice.

/** True at the start of a sentence, a paragraph, a list item or a YAML value; not where a line merely wraps. */
export function startsSentence(text: string, offset: number): boolean {
  let i = offset - 1;
  let newlines = 0;
  while (i >= 0 && /[\s"'“‘(*_]/.test(text[i])) {
    if (text[i] === '\n') newlines++;
    i--;
  }
  if (i < 0 || newlines >= 2 || /[.!?:>|]/.test(text[i])) return true;
  // The first line after a post's front matter or a `::: platform` line.
  const lineStart = text.lastIndexOf('\n', i) + 1;
  if (newlines > 0 && /^(?:---|\.\.\.|:::.*)[ \t]*$/.test(text.slice(lineStart, i + 1))) return true;
  // A list bullet: "-", "*" or "•" first on its line.
  return /[-*•]/.test(text[i]) && /(^|\n)[ \t]*$/.test(text.slice(Math.max(0, i - 80), i));
}
