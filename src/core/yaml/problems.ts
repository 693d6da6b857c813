import { LineIndex } from '../text/positions';
import type { YamlProblem } from './document';

/** What to do about the parser's most common complaints, in words for people who are not programmers. */
const HINTS: Record<string, string> = {
  TAB_AS_INDENT: 'Indent with spaces, not tabs.',
  BAD_INDENT: 'Check the indentation: entries of one list or section must line up, and a [ or { needs its closing ] or }.',
  MISSING_CHAR: 'A closing quote, ] or } is missing.',
  BLOCK_AS_IMPLICIT_KEY: 'A line is missing its `key:`, or is indented differently from its neighbours.',
  MULTILINE_IMPLICIT_KEY: 'A line is missing its `key:`, or is indented differently from its neighbours.',
  UNEXPECTED_TOKEN: 'Check this line for a stray character or a missing `key:`.',
  MULTIPLE_DOCS: 'Copydesk reads one document per file: remove the extra `---`.',
  BAD_SCALAR_START: 'Text that starts with @, ` or % must be in quotes, e.g. "@northwind".',
  BAD_DQ_ESCAPE: 'Inside "double quotes" a backslash starts an escape: write \\\\ for a backslash, or use single quotes.',
};

/** At most this many problems are shown for one file: a binary file pasted in would give thousands. */
const MAX_PROBLEMS = 100;

/**
 * The problems worth showing: every line the parser found a problem on (a tab after an unclosed
 * `[` is two mistakes, and fixing the first must not be what reveals the second), but one per
 * line, since the parser often complains twice or three times about one slip where it noticed
 * it; and every key written twice, each its own mistake.
 */
export function reportableProblems(problems: readonly YamlProblem[], text: string): YamlProblem[] {
  const lines = new Set<number>();
  let index: LineIndex | undefined;
  const out: YamlProblem[] = [];
  let others = 0;
  for (const problem of problems) {
    if (problem.code !== 'DUPLICATE_KEY') {
      const line = (index ??= new LineIndex(text)).lineOf(problem.range.start);
      if (lines.has(line)) continue;
      lines.add(line);
    }
    // Every key written twice is its own mistake; the parser's other complaints are capped.
    if (problem.code !== 'DUPLICATE_KEY' && others++ >= MAX_PROBLEMS) break;
    out.push(problem);
  }
  return out;
}

/** True when the file can still be checked: its only errors are recoverable (a key written twice: the last one wins). */
export function isRecoverable(problems: readonly YamlProblem[]): boolean {
  return problems.every((p) => p.severity !== 'error' || p.code === 'DUPLICATE_KEY');
}

/** The message for a parser problem: its text, what to do, and its stable code. */
export function problemMessage(problem: YamlProblem): string {
  const hint = HINTS[problem.code];
  return `${problem.message.replace(/\.?$/, '.')}${hint ? ` ${hint}` : ''} (YAML ${problem.code})`;
}

