// The lint task as a worker runs it: a post sent without its neighbours (its cached result was
// expected) whose bytes differ asks for them instead of being linted without its calendar.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTask, taskState } from '../../src/cli/lint/task';

describe('copydesk lint: the task a worker runs', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-task-'));
    writeFileSync(join(dir, 'a.post.md'), '---\nplatforms: [x]\nschedule: 2027-03-01T10:00:00Z\n---\nThe repair café opens at ten.\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const state = () => taskState({ cwd: dir, folders: [dir], allowExtendsFrom: [] });
  const path = () => join(dir, 'a.post.md');
  const now = Date.UTC(2027, 1, 1);

  it('answers stale for a post whose bytes are not the ones expected, when it came without its neighbours', async () => {
    const [outcome] = await runTask({ kind: 'lint', now, jobs: [{ path: path(), expect: 'f'.repeat(64) }] }, state());
    assert.deepEqual(outcome, { path: path(), stale: true });
  });

  it('lints it when its neighbours came along, and answers cached for the bytes expected', async () => {
    const [linted] = await runTask({ kind: 'lint', now, jobs: [{ path: path(), expect: 'f'.repeat(64), neighbours: [] }] }, state());
    assert.ok('findings' in linted, JSON.stringify(linted));
    const [cached] = await runTask({ kind: 'lint', now, jobs: [{ path: path(), expect: linted.hash, textless: true }] }, state());
    assert.ok('cached' in cached && cached.text === '' && cached.hash === linted.hash);
  });
});
