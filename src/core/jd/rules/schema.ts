import { countryCodeFor } from '../describe';
import { isScalar } from 'yaml';
import { closestMatch } from '../../text/suggest';
import type { Rule, RuleReport } from '../../types';
import { nodeRange, pairOf } from '../../yaml/document';
import { schemaReports } from '../../yaml/schema-findings';
import type { JdContext } from '../context';
import { jdSchema } from '../schema';

/** `profile:` must name a built-in profile or one of the configuration's. */
function unknownProfile(context: JdContext, report: (r: RuleReport) => void): void {
  const node = pairOf(context.root, 'profile')?.value;
  if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') return;
  const given = node.value.trim();
  const known = Object.keys(context.config.jd.profiles);
  if (known.includes(given)) return;
  const range = nodeRange(context.parsed.text, node);
  if (!range) return;
  const suggestion = closestMatch(given, known);
  report({
    message: `Unknown profile '${given}'${suggestion ? `. Did you mean '${suggestion}'?` : '.'} Profiles: ${known.join(', ')} (define more under jd.profiles in .copydesk.yaml). Until then this JD is held to profile \`${context.profile.profile.name}\`.`,
    range,
    fixes: suggestion ? [{ title: `Change to '${suggestion}'`, edits: [{ ...range, text: suggestion }], safe: true }] : [],
  });
}

/** jd/schema: every key known, every value of the right type and from the allowed set. */
export const schema: Rule<JdContext> = {
  id: 'jd/schema',
  description: 'Keys and values must match the job description format: known keys, right types, allowed values.',
  defaultSeverity: 'error',
  fileKind: 'jd',
  check(context, report) {
    const reports = schemaReports(context.parsed, context.value, jdSchema(), {
      rootLabel: 'the job description',
      // jd/empty-section already says what to do about a blank section.
      skip: (path) => path.length > 0 && context.blankSections.has(String(path[0])),
      suggestValue: (path, given) => (path[path.length - 1] === 'country' ? countryCodeFor(given) : undefined),
    });
    reports.forEach(report);
    unknownProfile(context, report);
  },
};
