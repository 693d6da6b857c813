// replacementFixes looks for an article ("a ninja" → "an expert") only after an a or n followed by
// spaces; the plain regular-expression version it replaced is the reference here.
import { strict as assert } from 'node:assert';
import { replacementFixes } from '../../src/core/brand/messages';
import type { TermMatch } from '../../src/core/brand/vocabulary';
import type { Fix } from '../../src/core/types';

function reference(source: string, hit: TermMatch, safe: boolean): Fix[] {
  const article = /(?<![\p{L}\p{N}])(an?)([ \t]+)$/iu.exec(source.slice(Math.max(0, hit.start - 8), hit.start));
  return hit.replacements.map((text) => {
    const edit = { start: hit.start, end: hit.end, text };
    if (article) {
      const wanted = /^[aeiou]/i.test(text) ? 'an' : 'a';
      const written = article[1];
      if (written.toLowerCase() !== wanted) {
        const cased = written[0] === written[0].toUpperCase() ? wanted[0].toUpperCase() + wanted.slice(1) : wanted;
        edit.start = hit.start - article[0].length;
        edit.text = `${cased}${article[2]}${text}`;
      }
    }
    return { title: `Replace with '${text}'`, edits: [edit], safe };
  });
}

const PIECES = ['a', 'A', 'an', 'An', 'AN', 'n', 'N', ' ', '  ', '\t', '\n', 'x', 'ban', 'Ca', '1', 'é', 'ñ', '\u00a0', '𝐀', '-', '.', 'ninja', 'the'];

describe('replacementFixes agrees with the regular-expression reference', () => {
  it('on 5,000 random texts before a hit (fixed seed)', () => {
    let seed = 424242;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let n = 0; n < 5000; n++) {
      let before = '';
      const length = Math.floor(random() * 8);
      for (let k = 0; k < length; k++) before += PIECES[Math.floor(random() * PIECES.length)];
      const source = `${before}ninja and more`;
      const hit = { start: before.length, end: before.length + 5, text: 'ninja', replacements: ['expert', 'pro', 'Ace'] } as unknown as TermMatch;
      assert.deepEqual(replacementFixes(source, hit, n % 2 === 0), reference(source, hit, n % 2 === 0), JSON.stringify(source));
    }
  });
});
