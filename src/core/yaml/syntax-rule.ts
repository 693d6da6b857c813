import type { FileKind, Rule } from '../types';
import type { YamlProblem } from './document';
import { problemMessage, reportableProblems } from './problems';

/** A `<kind>/yaml-syntax` rule: reports what the YAML parser could not read, with its code. */
export function yamlSyntaxRule<Context extends { problems: YamlProblem[]; parsed: { text: string } }>(id: string, fileKind: FileKind, description: string): Rule<Context> {
  return {
    id,
    description,
    defaultSeverity: 'error',
    fileKind,
    check(context, report) {
      for (const problem of reportableProblems(context.problems, context.parsed.text)) {
        report({ message: problemMessage(problem), range: problem.range, severity: problem.severity });
      }
    },
  };
}
