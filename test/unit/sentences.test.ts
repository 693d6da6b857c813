// startsSentence reads character codes (it runs for every vocabulary hit); the regular-expression
// version it replaced is kept here as the reference, and both must agree everywhere.
import { strict as assert } from 'node:assert';
import { startsSentence } from '../../src/core/brand/sentences';

const LOOK_BACK = 200;

function referenceLineStartOf(text: string, i: number): number {
  for (let j = i; j >= 0 && i - j <= LOOK_BACK; j--) if (text[j] === '\n') return j + 1;
  return i < LOOK_BACK ? 0 : -1;
}

function referenceLineMarker(text: string, i: number): boolean {
  if (!/[ \t]/.test(text[i + 1] ?? '')) return false;
  const lineStart = referenceLineStartOf(text, i);
  return lineStart >= 0 && /^[ \t]*(?:[-*+•]|#{1,6})$/.test(text.slice(lineStart, i + 1));
}

function reference(text: string, offset: number): boolean {
  let i = offset - 1;
  let newlines = 0;
  const limit = Math.max(0, offset - LOOK_BACK);
  for (; i >= limit; i--) {
    const c = text[i];
    if (c === '\n') newlines++;
    else if (/[*_]/.test(c) && referenceLineMarker(text, i)) break;
    else if (!/[\s"'“‘(*_]/.test(c)) break;
  }
  if (i < 0 || newlines >= 2 || /[.!?:>|]/.test(text[i])) return true;
  if (i < limit) return false;
  const lineStart = referenceLineStartOf(text, i);
  if (lineStart < 0) return false;
  if (newlines > 0 && /^(?:---|\.\.\.|:::.*)[ \t]*$/.test(text.slice(lineStart, i + 1))) return true;
  return referenceLineMarker(text, i);
}

const PIECES = [
  'word', 'Word', ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r', '.', '!', '?', ':', '>', '|', ',', ';', '*', '**', '_', '-', '+', '•', '#', '##', '######', '#######',
  '---', '----', '...', ':::', '::: x', '"', "'", '“', '‘', '”', '(', ')', '\u00a0', '\u1680', '\u2000', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff',
  '\u000b', '\u000c', '\u0085', 'é', '🥾', 'x'.repeat(120), ' '.repeat(90),
];

describe('startsSentence agrees with the regular-expression reference', () => {
  it('at every offset of 2,000 random texts (fixed seed)', () => {
    let seed = 20261124;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let n = 0; n < 2000; n++) {
      let text = '';
      const length = 1 + Math.floor(random() * 40);
      for (let k = 0; k < length; k++) text += PIECES[Math.floor(random() * PIECES.length)];
      for (let offset = 0; offset <= text.length + 1; offset++) assert.equal(startsSentence(text, offset), reference(text, offset), `${JSON.stringify(text)} at ${offset}`);
    }
  });

  it('on lines that start with markers and fences', () => {
    const cases = ['- word', '* word', '+ word', '• word', '# word', '###### word', '####### word', '  - word', '\t# word', '---\nword', '...\nword', '::: x\nword', '::: x\r\nword', 'x:::\nword', '---x\nword', '--- \t\nword', 'a\n**word', '_ word', '*_ word'];
    for (const text of cases) for (let offset = 0; offset <= text.length; offset++) assert.equal(startsSentence(text, offset), reference(text, offset), `${JSON.stringify(text)} at ${offset}`);
  });
});
