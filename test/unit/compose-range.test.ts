// Where a finding's file range lies in a composed publish text. The preview once read every
// character's file offset for every finding (text × findings); composedRange reads the pieces it
// touches. It must agree with that per-character reading, kept here as the reference.
import { strict as assert } from 'node:assert';
import { ComposedText } from '../../src/core/post/compose';
import type { OffsetRange } from '../../src/core/types';
import { mulberry32 } from '../fuzz/fuzz';

/** The first run of composed characters whose file offset lies in `range` (an empty range: equals its start). */
function reference(composed: ComposedText, range: OffsetRange): OffsetRange | undefined {
  let first = -1;
  let last = -1;
  for (let i = 0; i < composed.text.length; i++) {
    const at = composed.fileOffset(i);
    const inside = range.end > range.start ? at >= range.start && at < range.end : at === range.start;
    if (inside) {
      if (first < 0) first = i;
      last = i;
    } else if (first >= 0) break;
  }
  return first < 0 ? undefined : { start: first, end: last + 1 };
}

describe('composed ranges', () => {
  it('agree with the per-character reading for 500 random compositions, copied and generated', () => {
    const random = mulberry32(20261207);
    const source = 'abcdefghijklmnopqrstuvwxyz0123456789'.repeat(4);
    let found = 0;
    for (let n = 0; n < 500; n++) {
      const composed = new ComposedText();
      // Copied stretches in file order (sometimes overlapping, which takes the slow path), then generated text.
      let at = Math.floor(random() * 20) + 40;
      for (let k = 0, pieces = Math.floor(random() * 5); k < pieces; k++) {
        const start = random() < 0.1 ? Math.max(0, at - 5) : at + Math.floor(random() * 4);
        const end = start + Math.floor(random() * 12);
        composed.copy(source, { start, end });
        at = end;
      }
      for (let k = 0, tags = Math.floor(random() * 4); k < tags; k++) {
        const origin = Math.floor(random() * 40);
        composed.generate(random() < 0.5 ? ' ' : `#t${k}`, { start: origin, end: origin + 3 });
      }
      for (let q = 0; q < 20; q++) {
        const a = Math.floor(random() * 150);
        const range = { start: a, end: random() < 0.2 ? a : a + Math.floor(random() * 30) };
        const expected = reference(composed, range);
        if (expected) found++;
        assert.deepEqual(composed.composedRange(range), expected, JSON.stringify({ n, range, text: composed.text }));
      }
    }
    assert.ok(found > 1500, `${found} ranges found`);
  });
});
