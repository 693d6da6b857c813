import type { Rule } from '../../types';
import type { BrandContext } from '../context';
import { asSentence, HitWording, quoteList, replacementFixes, shown } from '../messages';
import type { TermMatch } from '../vocabulary';

/** brand/inclusive-language: the built-in list of gendered, age-coded, ableist and exclusionary wording. */
export const inclusiveLanguage: Rule<BrandContext> = {
  id: 'brand/inclusive-language',
  description: 'Copy avoids gendered, age-coded, ableist and exclusionary wording from Copydesk\'s built-in list (on for JDs by default).',
  defaultSeverity: 'warning',
  fileKind: ['jd', 'post'],
  check(context, report) {
    const wording = new HitWording();
    for (const hit of context.terms) {
      if (hit.entry.kind !== 'inclusive') continue;
      report({
        message: wording.message(hit, messageFor),
        range: { start: hit.start, end: hit.end },
        // Wording is a judgement call: offered one by one, never applied by --fix.
        fixes: replacementFixes(context.text, hit, false, wording.titles),
      });
    }
  },
};

function messageFor(hit: TermMatch): string {
  const builtIn = hit.entry.builtIn!;
  const instead = builtIn.suggest.length > 0 ? ` Consider ${quoteList(hit.replacements.length > 0 ? hit.replacements : builtIn.suggest)}.` : ' Rephrase the sentence.';
  return `'${shown(hit.text)}' may put candidates off: ${lowerFirst(asSentence(builtIn.reason))}${instead}`;
}

function lowerFirst(text: string): string {
  return /^\p{Lu}(?!\p{Lu})/u.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}
