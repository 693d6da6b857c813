import type { Rule } from '../../types';
import type { BrandContext } from '../context';
import { asSentence, HitWording, quoteList, replacementFixes, shown } from '../messages';
import type { TermMatch } from '../vocabulary';

/** brand/banned-term: words the brand never uses (`terms: - ban: […]`). */
export const bannedTerm: Rule<BrandContext> = {
  id: 'brand/banned-term',
  description: 'Copy avoids the words the brand bans (`terms` entries with `ban:`), with the team\'s reason and suggestions.',
  defaultSeverity: 'warning',
  fileKind: ['jd', 'post'],
  check(context, report) {
    const wording = new HitWording();
    for (const hit of context.terms) {
      if (hit.entry.kind !== 'ban') continue;
      report({
        message: wording.message(hit, messageFor),
        range: { start: hit.start, end: hit.end },
        fixes: replacementFixes(context.text, hit, false, wording.titles),
        severity: hit.entry.severity,
      });
    }
  },
};

function messageFor(hit: TermMatch): string {
  const why = hit.entry.message ? ` ${asSentence(hit.entry.message)}` : '';
  // The replacements as they would be inserted (plural, capital), or the configured ones if none is clean.
  const suggestions = hit.replacements.length > 0 ? hit.replacements : hit.entry.suggest;
  const instead = suggestions.length > 0 ? ` Try ${quoteList(suggestions)}.` : '';
  return `'${shown(hit.text)}' is on the brand's banned list.${why}${instead}`;
}

