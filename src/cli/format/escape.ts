// Text from a repository (file names, YAML keys quoted in messages) reaches a terminal or a CI log
// through the human-readable output. Control characters there could retitle the terminal, move
// the cursor, erase lines to hide findings (ESC sequences), or reorder what is shown (bidi
// overrides). They are shown as visible escapes instead.

// C0 controls (tab included: it would misalign columns), DEL, C1 controls, and the bidirectional
// embedding, override and isolate characters; line and paragraph separators.
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** `text` with every character that could act on a terminal written as a visible `\xNN` or `\u{NNNN}` escape. */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u{${code.toString(16).toUpperCase()}}`;
  });
}
