import { isMap } from 'yaml';
import { closestMatch } from '../../text/suggest';
import type { Rule } from '../../types';
import { nodeRange, pairOf } from '../../yaml/document';
import { problemMessage, reportableProblems } from '../../yaml/problems';
import { schemaReports } from '../../yaml/schema-findings';
import type { ConfigContext } from '../context';
import { configSchema } from '../schema';
import { isPatternEntry, termReports } from '../terms';

/** config/invalid: `.copydesk.yaml` must be valid YAML and match the configuration schema. */
export const invalid: Rule<ConfigContext> = {
  id: 'config/invalid',
  description: 'The configuration file must be valid: known keys, right types, known rule ids, existing `extends` targets.',
  defaultSeverity: 'error',
  fileKind: 'config',
  check(context, report) {
    for (const problem of reportableProblems(context.problems)) {
      report({ message: problemMessage(problem), range: problem.range, severity: problem.severity });
    }
    if (context.value === undefined) return;
    schemaReports(context.parsed, context.value, configSchema, { rootLabel: 'the configuration', skip: (path) => isPatternEntry(context.parsed, path) }).forEach(report);
    termReports(context.parsed, context.value).forEach(report);
    // Rule ids are checked here rather than in the schema so the message can suggest the right one.
    const rules = pairOf(context.parsed.doc.contents, 'rules')?.value;
    if (!isMap(rules)) return;
    const known = context.ruleIds;
    for (const pair of rules.items) {
      const id = String((pair.key as { value?: unknown })?.value);
      if (known.includes(id)) continue;
      const suggestion = closestMatch(id, known);
      const range = nodeRange(context.parsed.text, pair.key as never);
      if (!range) continue;
      report({
        message: `Unknown rule '${id}'${suggestion ? `. Did you mean '${suggestion}'?` : `: see the rule list in the README.`}`,
        range,
        fixes: suggestion ? [{ title: `Change to '${suggestion}'`, edits: [{ ...range, text: suggestion }], safe: true }] : [],
        severity: 'warning',
      });
    }
  },
};
