import { BALANCING_WORDS } from '../../data/gender-coded';
import type { Rule } from '../../types';
import type { JdContext } from '../context';
import { jdGenderCoding, leansMasculine } from '../gender-coding';
import { titleRange } from '../prose';

/** jd/gender-coded: the JD's wording leans masculine by the word lists of Gaucher, Friesen & Kay (2011). */
export const genderCoded: Rule<JdContext> = {
  id: 'jd/gender-coded',
  description: 'The wording does not lean masculine-coded (Gaucher, Friesen & Kay 2011, as measured by Gender Decoder).',
  defaultSeverity: 'warning',
  fileKind: 'jd',
  check(context, report) {
    const result = jdGenderCoding(context.parsed);
    if (!leansMasculine(result.coding)) return;
    const range = titleRange(context.parsed);
    if (!range) return;
    const used = new Set(result.feminine.map((w) => w.stem));
    const suggestions = BALANCING_WORDS.filter((word) => ![...used].some((stem) => word.startsWith(stem))).slice(0, 3);
    const balance = suggestions.length > 0 ? ` Balance it with words such as ${suggestions.map((w) => `'${w}'`).join(', ')}.` : '';
    const m = result.masculine.length;
    const f = result.feminine.length;
    report({
      message: `This job description leans ${result.coding} (${m} masculine-coded word${m === 1 ? '' : 's'}, ${f} feminine-coded): research (Gaucher et al. 2011) finds such ads put women off.${balance}`,
      range,
      // Gender Decoder's verdict is advice: a slight lean is a hint, a strong one a warning.
      severity: result.coding === 'strongly masculine-coded' ? 'warning' : 'info',
      related: [...result.masculine, ...result.feminine]
        .sort((a, b) => a.range.start - b.range.start)
        .map((w) => ({ range: w.range, message: `${w.side}-coded: '${w.word}'` })),
    });
  },
};
