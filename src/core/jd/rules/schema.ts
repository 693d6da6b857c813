import type { Rule } from '../../types';
import { schemaReports } from '../../yaml/schema-findings';
import type { JdContext } from '../context';
import { jdSchema } from '../schema';

/** jd/schema: every key known, every value of the right type and from the allowed set. */
export const schema: Rule<JdContext> = {
  id: 'jd/schema',
  description: 'Keys and values must match the job description format: known keys, right types, allowed values.',
  defaultSeverity: 'error',
  fileKind: 'jd',
  check(context, report) {
    const reports = schemaReports(context.parsed, context.value, jdSchema, {
      rootLabel: 'the job description',
      // jd/empty-section already says what to do about a blank section.
      skip: (path) => path.length > 0 && context.blankSections.has(String(path[0])),
    });
    reports.forEach(report);
  },
};
