// The hand-written fast path of wordTokens against the plain regular-expression reader it
// replaced: the same tokens, keys and phrase joins on random mixed-script text.
import { strict as assert } from 'node:assert';
import { KnownWords, normalizeKey, tokenList, TokenList, wordTokens, type WordToken } from '../../src/core/brand/words';

const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}]`;
const TOKEN = new RegExp(
  `(${WORD_CHAR}+(?:['’]${WORD_CHAR}+)*)|(${String.raw`\p{RI}\p{RI}|\p{Extended_Pictographic}(?:\uFE0F|\p{EMod}|\u200D\p{Extended_Pictographic}\uFE0F?|[\u{E0020}-\u{E007F}])*`})|(${String.raw`[\s\-\u2010\u2011]+`})|(.)`,
  'gsu',
);
const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]\p{M}*/gu;

/** The reference reader: one regular expression over the whole slice. */
function reference(text: string): WordToken[] {
  const out: WordToken[] = [];
  let joined = false;
  for (const m of text.matchAll(TOKEN)) {
    if (m[3] !== undefined) {
      joined = joined && !/\n[^\S\n]*\n/.test(m[3]);
      continue;
    }
    const raw = m[0];
    const at = m.index;
    if (m[1] !== undefined && /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u.test(raw)) {
      let from = 0;
      const push = (s: number, e: number, kind: WordToken['kind']) => {
        const piece = raw.slice(s, e);
        out.push({ start: at + s, end: at + e, key: normalizeKey(piece), joined: s > 0 || joined, kind });
      };
      for (const c of raw.matchAll(CJK)) {
        if (c.index > from) push(from, c.index, 'word');
        push(c.index, c.index + c[0].length, 'cjk');
        from = c.index + c[0].length;
      }
      if (from < raw.length) push(from, raw.length, 'word');
    } else {
      out.push({ start: at, end: at + raw.length, key: normalizeKey(raw), joined, kind: m[1] !== undefined ? 'word' : m[2] !== undefined ? 'emoji' : 'symbol' });
    }
    joined = true;
  }
  return out;
}

const PIECES = ['rock', 'Star', 'e', '-', ' ', '  ', '\n', '\n\n', ' \n \n', '\t', "'", '’', 'don’t', "it's", 'café', 'Müller', 'u\u0308', '社交', 'メディア', '🍆', '👩‍💻', '🇩🇪', '.', ',', '!', '/', '#', '@', '_', '\u00a0', '\u2010', '\u2011', '\uFEFF', '\uD800', '\uDC00', '12', 'x2', '—', '–', '«', 'Ω', 'ß', 'İ', 'ǅ'];

describe('wordTokens: the fast path agrees with the plain regular expression', () => {
  it('on 3,000 random mixed-script texts (fixed seed)', () => {
    let seed = 20261123;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const length = 1 + Math.floor(random() * 30);
      for (let k = 0; k < length; k++) text += PIECES[Math.floor(random() * PIECES.length)];
      assert.deepEqual(wordTokens(text), reference(text), JSON.stringify(text));
    }
  });

  it('the packed TokenList holds the same tokens; with the known words, other keys are empty', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const known = new Set(['rock', 'star', 'café', '社', '🍆', '#', 'e', "don't", "it's", '12', 'x2', 'müller']);
    for (let n = 0; n < 500; n++) {
      let text = '';
      const length = 1 + Math.floor(random() * 200);
      for (let k = 0; k < length; k++) text += PIECES[Math.floor(random() * PIECES.length)];
      const expected = wordTokens(text);
      const unpack = (list: TokenList) => Array.from({ length: list.length }, (_, i) => ({ start: list.start(i), end: list.end(i), key: list.key(i), joined: list.joined(i), kind: list.kind(i) }));
      assert.deepEqual(unpack(tokenList(text)), expected, JSON.stringify(text));
      assert.deepEqual(unpack(tokenList(text, 0, text.length, known)), expected.map((t) => ({ ...t, key: known.has(t.key) ? t.key : '' })), JSON.stringify(text));
    }
  });

  it('KnownWords finds an ASCII word from its hash as the plain set would, however full its bit table', () => {
    // Many keys (the bit table grows, and words share bits), with apostrophes, digits and other scripts.
    const keys = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}`).concat(["don't", "it's", 'rock', 'star', '12', 'x2', 'café', '社', '#']);
    const known = new KnownWords(keys);
    assert.equal(known.size, keys.length);
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const pieces = [...PIECES, ...keys.slice(0, 40).map((k) => k.toUpperCase()), 'w1', 'W2a', 'wzz', 'DON’T', 'It’s'];
    for (let n = 0; n < 300; n++) {
      let text = '';
      const length = 1 + Math.floor(random() * 200);
      for (let k = 0; k < length; k++) text += pieces[Math.floor(random() * pieces.length)];
      const unpack = (list: TokenList) => Array.from({ length: list.length }, (_, i) => list.key(i));
      assert.deepEqual(unpack(tokenList(text, 0, text.length, known)), unpack(tokenList(text, 0, text.length, new Set(keys))), JSON.stringify(text));
      assert.deepEqual(unpack(tokenList(text, 0, text.length, known)), wordTokens(text).map((t) => (known.has(t.key) ? t.key : '')), JSON.stringify(text));
    }
  });

  it('within a slice, never past its end', () => {
    const text = 'abc café déf ghi';
    assert.deepEqual(wordTokens(text, 4, 7).map((t) => text.slice(t.start, t.end)), ['caf']);
    assert.deepEqual(wordTokens(text, 2, 9).map((t) => [text.slice(t.start, t.end), t.start, t.end]), [['c', 2, 3], ['café', 4, 8]]);
  });
});
