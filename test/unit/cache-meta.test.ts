import { strict as assert } from 'node:assert';
import { stableMeta } from '../../src/cli/lint/meta';

const S = 1_000_000_000n;
const MS = 1_000_000n;

describe('lint --cache: which metadata is kept', () => {
  const at = 1_800_000_000n * S + 123_456_789n;
  const file = (ago: bigint, fine = true) => ({ size: 812n, mtimeNs: at - ago - (fine ? 7n : 0n), ctimeNs: at - ago - (fine ? 7n : 0n), ino: 4242n });

  it('keeps the size, both times and the inode of a file that changed well before it was read', () => {
    const f = file(5n * S);
    assert.equal(stableMeta(f, at), `812:${f.mtimeNs}:${f.ctimeNs}:4242`);
  });

  it('keeps none for a file changed within 100 ms of its reading: a change in the same clock tick would leave them as they are', () => {
    assert.equal(stableMeta(file(40n * MS), at), undefined);
    assert.notEqual(stableMeta(file(150n * MS), at), undefined);
  });

  it('on a file system of whole seconds, keeps none within 2 s', () => {
    const whole = (ago: bigint) => ({ size: 1n, mtimeNs: ((at - ago) / S) * S, ctimeNs: ((at - ago) / S) * S, ino: 1n });
    assert.equal(stableMeta(whole(1n * S), at), undefined);
    assert.notEqual(stableMeta(whole(3n * S), at), undefined);
  });

  it('looks at the later of the two times: a chmod or rename just now (change time) counts', () => {
    assert.equal(stableMeta({ size: 1n, mtimeNs: at - 60n * S, ctimeNs: at - 10n * MS, ino: 1n }, at), undefined);
  });

  it('keeps none when the file is dated in the future (a clock ahead on a network share)', () => {
    assert.equal(stableMeta({ size: 1n, mtimeNs: at + 60n * S, ctimeNs: at + 60n * S, ino: 1n }, at), undefined);
  });
});
