import { pairOf, nodeRange } from '../../yaml/document';
import { descriptionAt } from '../../yaml/schema-findings';
import type { Rule } from '../../types';
import type { JdContext } from '../context';
import { jdSchema } from '../schema';
import { sectionName } from '../sections';

function hint(key: string): string {
  const description = descriptionAt(jdSchema(), [key]);
  return description ? ` ${description.replace(/ Required\.$/, '')}` : '';
}

/** jd/empty-section: a section is present but says nothing. */
export const emptySection: Rule<JdContext> = {
  id: 'jd/empty-section',
  description: 'A section that is present must have content.',
  defaultSeverity: 'warning',
  fileKind: 'jd',
  check(context, report) {
    const required = new Set(['title', ...context.profile.profile.required]);
    for (const key of context.blankSections) {
      const pair = pairOf(context.root, key);
      const range = nodeRange(context.parsed.text, pair?.key as never);
      if (!range) continue;
      const isRequired = required.has(key);
      report({
        message: `${sectionName(key)} is empty: fill it in${isRequired ? '' : ' or remove it'}.${hint(key)}`,
        range,
        severity: isRequired ? 'error' : 'warning',
      });
    }
  },
};
