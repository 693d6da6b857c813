import { firstKeyRange, visibleRange } from '../../yaml/document';
import type { Fix, Rule } from '../../types';
import type { JdContext } from '../context';
import { addSectionsFix } from '../insert';
import { profileSentence } from '../profiles';
import { sectionName } from '../sections';
import { missingSections } from './missing-section';

/** jd/missing-recommended: a section good JDs have is absent (a hint, not an error). */
export const missingRecommended: Rule<JdContext> = {
  id: 'jd/missing-recommended',
  description: 'Sections the JD\'s role profile recommends should be present (social: platforms, tools, crisis communication, budget, equal opportunity, salary; general: salary, benefits, location, employment type, how to apply).',
  defaultSeverity: 'info',
  fileKind: 'jd',
  check(context, report) {
    const missing = missingSections(context, context.profile.profile.recommended);
    const range = firstKeyRange(context.parsed) ?? visibleRange(context.parsed.text, 0, 0);
    for (const key of missing) {
      const fixes = [addSectionsFix(context, [key], `Add an empty ${key} section`)].filter((f): f is Fix => f !== undefined);
      report({ message: `Consider adding ${sectionName(key)}: candidates and reviewers look for it. ${profileSentence(context.profile)}`, range, fixes });
    }
  },
};
