import { sentenceRanges } from '../../text/sentences';
import type { Rule } from '../../types';
import type { JdContext } from '../context';
import { candidateWords, wordsBetween } from '../prose';

/** jd/long-sentence: a sentence too long to take in at one reading. */
export const longSentence: Rule<JdContext> = {
  id: 'jd/long-sentence',
  description: 'No sentence runs over 35 words (configurable): long sentences are hard to follow, above all on a phone.',
  defaultSeverity: 'info',
  fileKind: 'jd',
  check(context, report) {
    const max = context.config.jd.max_sentence_words;
    const text = context.parsed.text;
    const all = candidateWords(context.parsed);
    all.ranges.forEach((value, i) => {
      // A value of no more words than the limit has no sentence over it: most list items.
      if (all.counts[i] <= max) return;
      for (const sentence of sentenceRanges(text, value)) {
        const words = wordsBetween(all, sentence.start, sentence.end);
        if (words > max) report({ message: `This sentence has ${words} words; sentences of more than ${max} words are hard to follow. Split it, or turn it into a list.`, range: sentence });
      }
    });
  },
};
