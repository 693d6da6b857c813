import { COUNTRY_CODES } from '../../data/iso';
import { isScalar } from 'yaml';
import { closestMatch } from '../../text/suggest';
import type { Rule, RuleReport } from '../../types';
import { nodeRange, pairOf } from '../../yaml/document';
import { schemaReports } from '../../yaml/schema-findings';
import type { JdContext } from '../context';
import { jdSchema } from '../schema';

// Country names in English as well as the codes people confuse with ISO's ("UK" is GB).
const COUNTRY_ALIASES: Record<string, string> = { uk: 'GB', 'great britain': 'GB', england: 'GB', scotland: 'GB', wales: 'GB', usa: 'US', america: 'US' };
let countryNames: Map<string, string> | undefined;

/** The ISO code for a country written as a name ("Germany" → DE), using the runtime's Intl data. */
function countryCodeFor(given: string): string | undefined {
  const key = given.trim().toLowerCase();
  if (COUNTRY_ALIASES[key]) return COUNTRY_ALIASES[key];
  if (!countryNames) {
    countryNames = new Map();
    try {
      const names = new Intl.DisplayNames(['en'], { type: 'region' });
      for (const code of COUNTRY_CODES) countryNames.set((names.of(code) ?? code).toLowerCase(), code);
    } catch {
      // No Intl region names in this runtime: spelling suggestions still work.
    }
  }
  return countryNames.get(key);
}

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
