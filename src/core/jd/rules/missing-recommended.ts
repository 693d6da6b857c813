import { firstKeyRange, visibleRange } from '../../yaml/document';
import type { Fix, Rule } from '../../types';
import type { JdContext } from '../context';
import { addSectionsFix } from '../insert';
import { sectionName } from '../sections';
import { missingSections } from './missing-section';

/** jd/missing-recommended: a section good JDs have is absent (a hint, not an error). */
export const missingRecommended: Rule<JdContext> = {
  id: 'jd/missing-recommended',
  description: 'Recommended sections (platforms, tools, crisis communication, budget, equal opportunity, salary) should be present.',
  defaultSeverity: 'info',
  fileKind: 'jd',
  check(context, report) {
    const missing = missingSections(context, context.config.jd.recommended_sections);
    const range = firstKeyRange(context.parsed) ?? visibleRange(context.parsed.text, 0, 0);
    for (const key of missing) {
      const fixes = [addSectionsFix(context, [key], `Add an empty ${key} section`)].filter((f): f is Fix => f !== undefined);
      report({ message: `Consider adding ${sectionName(key)}: candidates and reviewers look for it.`, range, fixes });
    }
  },
};
