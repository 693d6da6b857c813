import type { Rule } from '../../types';
import type { JdContext } from '../context';
import { emptySection } from './empty-section';
import { genderCoded } from './gender-coded';
import { jobPosting } from './job-posting';
import { kpiNotMeasurable } from './kpi-not-measurable';
import { length } from './length';
import { longSentence } from './long-sentence';
import { missingRecommended } from './missing-recommended';
import { missingSection } from './missing-section';
import { payTransparency } from './pay-transparency';
import { reviewOverdue } from './review-overdue';
import { salaryRange } from './salary-range';
import { schema } from './schema';
import { yamlSyntax } from './yaml-syntax';

export { yamlSyntax };

/** Every job description rule, in the order their findings are produced. */
export const JD_RULES: readonly Rule<JdContext>[] = [
  yamlSyntax,
  schema,
  missingSection,
  emptySection,
  kpiNotMeasurable,
  missingRecommended,
  reviewOverdue,
  salaryRange,
  payTransparency,
  jobPosting,
  genderCoded,
  length,
  longSentence,
];
