import type { Rule } from '../../types';
import type { JdContext } from '../context';
import { candidateWordCounts, titleRange } from '../prose';

/** jd/length: the candidate-facing text is shorter or longer than postings that draw the most applicants. */
export const length: Rule<JdContext> = {
  id: 'jd/length',
  description: 'The candidate-facing text runs 300–700 words (configurable), the length Textio found draws the most applicants.',
  defaultSeverity: 'info',
  fileKind: 'jd',
  check(context, report) {
    const { min, max } = context.config.jd.length;
    let words = 0;
    for (const n of candidateWordCounts(context.parsed)) words += n;
    if (words >= min && words <= max) return;
    const range = titleRange(context.parsed);
    if (!range) return;
    report({
      message: `This job description has ${words.toLocaleString('en-US')} word${words === 1 ? '' : 's'} of candidate-facing text; postings of ${min}–${max} words get more applicants (Textio).${words < min ? ' Say more about the work, the team and what you offer.' : ' Cut repetition and the nice-to-haves.'}`,
      range,
    });
  },
};
