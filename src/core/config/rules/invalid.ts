import { isMap, isScalar } from 'yaml';
import { BUILT_IN_PROFILES } from '../../jd/profiles';
import { closestMatch } from '../../text/suggest';
import type { Rule, RuleReport } from '../../types';
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
    for (const problem of reportableProblems(context.problems, context.parsed.text)) {
      report({ message: problemMessage(problem), range: problem.range, severity: problem.severity });
    }
    if (context.value === undefined) return;
    schemaReports(context.parsed, context.value, configSchema(), { rootLabel: 'the configuration', skip: (path) => isPatternEntry(context.parsed, path) }).forEach(report);
    termReports(context.parsed, context.value).forEach(report);
    profileReports(context).forEach(report);
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

/**
 * `jd.profile` and each profile's `extends` must name a known profile: a built-in one or one
 * defined here. A file with `extends` may use profiles its base files define: not checked then.
 */
function profileReports(context: ConfigContext): RuleReport[] {
  const root = context.parsed.doc.contents;
  if (!isMap(root) || pairOf(root, 'extends')) return [];
  const jd = pairOf(root, 'jd')?.value;
  if (!isMap(jd)) return [];
  const profiles = pairOf(jd, 'profiles')?.value;
  const known = [...Object.keys(BUILT_IN_PROFILES), ...(isMap(profiles) ? profiles.items.map((p) => String((p.key as { value?: unknown })?.value)) : [])];
  const out: RuleReport[] = [];
  const check = (node: unknown, what: string) => {
    if (!isScalar(node) || typeof node.value !== 'string' || known.includes(node.value)) return;
    const range = nodeRange(context.parsed.text, node);
    if (!range) return;
    const suggestion = closestMatch(node.value, known);
    out.push({
      message: `${what} names no profile: '${node.value}'${suggestion ? `. Did you mean '${suggestion}'?` : `. Known: ${known.join(', ')}.`}`,
      range,
      fixes: suggestion ? [{ title: `Change to '${suggestion}'`, edits: [{ ...range, text: suggestion }], safe: true }] : [],
    });
  };
  check(pairOf(jd, 'profile')?.value, '`jd.profile`');
  if (isMap(profiles)) for (const pair of profiles.items) if (isMap(pair.value)) check(pairOf(pair.value, 'extends')?.value, `The \`extends\` of profile '${String((pair.key as { value?: unknown })?.value)}'`);
  return out;
}
