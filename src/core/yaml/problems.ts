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

/**
 * The problems worth showing: every repeated key (each is its own mistake), but of the other
 * errors only the first, since one slip (a bad indent) often makes the parser complain again below.
 */
export function reportableProblems(problems: readonly YamlProblem[]): YamlProblem[] {
  const firstOther = problems.find((p) => p.severity === 'error' && p.code !== 'DUPLICATE_KEY');
  return problems.filter((p) => p.code === 'DUPLICATE_KEY' || p === firstOther || p.severity === 'warning');
}

/** The message for a parser problem: its text, what to do, and its stable code. */
export function problemMessage(problem: YamlProblem): string {
  const hint = HINTS[problem.code];
  return `${problem.message.replace(/\.?$/, '.')}${hint ? ` ${hint}` : ''} (YAML ${problem.code})`;
}
