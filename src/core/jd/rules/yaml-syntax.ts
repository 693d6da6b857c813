import type { Rule } from '../../types';
import { problemMessage, reportableProblems } from '../../yaml/problems';
import type { JdContext } from '../context';

/** jd/yaml-syntax: the file is not valid YAML, so nothing else can be checked reliably. */
export const yamlSyntax: Rule<JdContext> = {
  id: 'jd/yaml-syntax',
  description: 'The file must be valid YAML.',
  defaultSeverity: 'error',
  fileKind: 'jd',
  check(context, report) {
    for (const problem of reportableProblems(context.problems)) {
      report({ message: problemMessage(problem), range: problem.range, severity: problem.severity });
    }
  },
};
