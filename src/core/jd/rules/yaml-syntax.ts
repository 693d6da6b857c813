import type { Rule } from '../../types';
import type { JdContext } from '../context';

/** jd/yaml-syntax: the file is not valid YAML, so nothing else can be checked reliably. */
export const yamlSyntax: Rule<JdContext> = {
  id: 'jd/yaml-syntax',
  description: 'The file must be valid YAML.',
  defaultSeverity: 'error',
  fileKind: 'jd',
  check(context, report) {
    for (const problem of context.problems) {
      report({ message: `${problem.message} (YAML ${problem.code})`, range: problem.range, severity: problem.severity });
    }
  },
};
