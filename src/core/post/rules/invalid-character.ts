import type { Fix, Rule } from '../../types';
import type { PostContext } from '../context';

/** How many places one file reports: a binary file renamed `.post.md` must not flood the editor or a CI log. */
export const MAX_REPORTED = 100;

// C0 controls but tab, LF and CR; DEL; C1 controls; U+FFFD, what a byte that is not UTF-8 becomes.
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]+/g;

const NAMES: Record<number, string> = { 0x00: 'NUL', 0x07: 'BEL', 0x08: 'backspace', 0x0b: 'vertical tab', 0x0c: 'form feed', 0x1b: 'ESC', 0x7f: 'DEL' };

function describe(code: number): string {
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return NAMES[code] ? `${hex} (${NAMES[code]})` : hex;
}

/** post/invalid-character: the copy holds no control characters and no U+FFFD (text that was not UTF-8). */
export const invalidCharacter: Rule<PostContext> = {
  id: 'post/invalid-character',
  description: 'The copy contains no control characters (such as NUL or ESC) and no U+FFFD, the mark left where a file was not saved as UTF-8.',
  defaultSeverity: 'error',
  fileKind: 'post',
  check({ parsed }, report) {
    const { text, body } = parsed;
    const runs: { start: number; end: number }[] = [];
    INVALID.lastIndex = body.start;
    let total = 0;
    for (let match = INVALID.exec(text); match && match.index < body.end; match = INVALID.exec(text)) {
      total++;
      if (runs.length < MAX_REPORTED) runs.push({ start: match.index, end: Math.min(body.end, match.index + match[0].length) });
    }
    runs.forEach((range, i) => {
      const run = text.slice(range.start, range.end);
      const more = i === runs.length - 1 && total > runs.length ? ` (${total - runs.length} more place${total - runs.length === 1 ? '' : 's'} in this file are not shown.)` : '';
      if (run.includes('\uFFFD')) {
        report({
          message: `${run.length === 1 ? 'A character here is' : `${run.length} characters here are`} U+FFFD, the mark left where text was not UTF-8: the file was probably saved in another encoding (Latin-1, Windows-1252). Save it as UTF-8 and retype what is missing.${more}`,
          range,
        });
        return;
      }
      const codes = [...new Set(Array.from(run, (c) => c.charCodeAt(0)))];
      const removal: Fix = { title: `Remove the control character${run.length === 1 ? '' : 's'}`, edits: [{ ...range, text: '' }], safe: false };
      report({
        message: `Control character${codes.length === 1 ? '' : 's'} ${codes.map(describe).join(', ')} in the copy: platforms reject or strip ${run.length === 1 ? 'it' : 'them'}, and ${run.length === 1 ? 'it hides' : 'they hide'} from reviewers. Remove ${run.length === 1 ? 'it' : 'them'}.${more}`,
        range,
        fixes: [removal],
      });
    });
  },
};
