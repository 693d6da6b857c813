import type { Rule } from '../../types';
import type { BrandContext } from '../context';
import { asSentence, HitWording, replacementFixes, shown } from '../messages';
import type { TermMatch } from '../vocabulary';

/** brand/preferred-term: the brand's spelling and capitalisation (`terms: - prefer: … instead_of: […]`). */
export const preferredTerm: Rule<BrandContext> = {
  id: 'brand/preferred-term',
  description: 'Copy uses the brand\'s spelling (`terms` entries with `prefer:`), including the exact capitalisation of brand names.',
  defaultSeverity: 'warning',
  fileKind: ['jd', 'post'],
  check(context, report) {
    const wording = new HitWording();
    for (const hit of context.terms) {
      if (hit.entry.kind !== 'prefer') continue;
      report({
        message: wording.message(hit, messageFor),
        range: { start: hit.start, end: hit.end },
        // The brand's own spelling is not a matter of taste: safe for --fix and fix-all.
        fixes: replacementFixes(context.text, hit, true, wording.titles),
        severity: hit.entry.severity,
      });
    }
  },
};

function messageFor(hit: TermMatch): string {
  const prefer = hit.replacements[0] ?? hit.entry.prefer!;
  const why = hit.entry.message ? ` ${asSentence(hit.entry.message)}` : '';
  return `Write '${prefer}', not '${shown(hit.text)}'.${why}`;
}
