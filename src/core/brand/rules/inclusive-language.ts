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
    // A JD is read by candidates; a post by everyone who follows the brand.
    const build = context.kind === 'post' ? postMessageFor : messageFor;
    for (const hit of context.terms) {
      if (hit.entry.kind !== 'inclusive') continue;
      report({
        message: wording.message(hit, build),
        range: { start: hit.start, end: hit.end },
        // Wording is a judgement call: offered one by one, never applied by --fix.
        fixes: replacementFixes(context.text, hit, false, wording.titles),
      });
    }
  },
};

function messageFor(hit: TermMatch): string {
  const builtIn = hit.entry.builtIn!;
  return `'${shown(hit.text)}' may put candidates off: ${lowerFirst(asSentence(builtIn.reason))}${insteadOf(hit)}`;
}

/** The message in a post: it speaks of readers, who are not all candidates. */
function postMessageFor(hit: TermMatch): string {
  const builtIn = hit.entry.builtIn!;
  return `'${shown(hit.text)}' may put readers off: ${lowerFirst(asSentence(forReaders(builtIn.reason)))}${insteadOf(hit)}`;
}

function insteadOf(hit: TermMatch): string {
  const { suggest } = hit.entry.builtIn!;
  return suggest.length > 0 ? ` Consider ${quoteList(hit.replacements.length > 0 ? hit.replacements : suggest)}.` : ' Rephrase the sentence.';
}

const APPLICANT_POOL = /\bthe applicant pool\b/g;
const CANDIDATES = /\b(?:candidates|applicants)\b/g;

/** A reason as a post's message words it: the reasons are written for job ads. */
export function forReaders(reason: string): string {
  return reason.replace(APPLICANT_POOL, 'your readers').replace(CANDIDATES, 'readers');
}

function lowerFirst(text: string): string {
  return /^\p{Lu}(?!\p{Lu})/u.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}
