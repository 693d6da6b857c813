import { firstKeyRange, visibleRange } from '../../yaml/document';
import type { Fix, Rule } from '../../types';
import { asRecord, type JdContext } from '../context';
import { addSectionsFix } from '../insert';
import { jdKeys } from '../schema';
import { profileSentence } from '../profiles';
import { sectionName } from '../sections';
import { closestMatch } from '../../text/suggest';

/**
 * The sections of `keys` the file does not have, in policy order. A section written with a typo
 * (`responsibilites`) is not missing: jd/schema offers to rename it, and adding a second one
 * would leave both in the file.
 */
export function missingSections(context: JdContext, keys: readonly string[]): string[] {
  const record = asRecord(context);
  if (!record) return [];
  const unknown = Object.keys(record).filter((k) => !(jdKeys() as readonly string[]).includes(k));
  return keys.filter((key) => !(key in record) && !unknown.some((k) => closestMatch(k, [key]) === key));
}

/** jd/missing-section: a section the policy requires is absent. */
export const missingSection: Rule<JdContext> = {
  id: 'jd/missing-section',
  description: 'Every section the JD\'s role profile requires must be present (social: the seven of a social media JD; general: responsibilities, qualifications, skills).',
  defaultSeverity: 'error',
  fileKind: 'jd',
  check(context, report) {
    const missing = missingSections(context, context.profile.profile.required);
    const range = firstKeyRange(context.parsed) ?? visibleRange(context.parsed.text, 0, 0);
    // On an empty file the "add all" fix builds a whole skeleton, title first.
    const record = asRecord(context);
    const withTitle = record && !('title' in record) ? ['title', ...missing] : missing;
    const all = missing.length > 1 ? addSectionsFix(context, withTitle, `Add all ${missing.length} missing sections`) : undefined;
    for (const key of missing) {
      const fixes = [addSectionsFix(context, [key], `Add an empty ${key} section`), all].filter((f): f is Fix => f !== undefined);
      report({ message: `Missing required section ${sectionName(key)}: add it. ${profileSentence(context.profile)}`, range, fixes });
    }
  },
};
