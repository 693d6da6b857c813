// copydesk lint on worker threads: the same report as in the main thread, byte for byte, in every
// format; a worker that dies takes only its file down; threads that cannot start, or a file too
// big for a worker, leave the run to the main thread. Real processes on a generated workspace
// (bench/lint-workspace.cjs, the bench's own) whose folders have spaces and non-ASCII names.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/paths';
import { MINIMAL_COMPLETE_JD } from '../support/texts';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeLintWorkspace } = require(join(REPO_ROOT, 'bench', 'lint-workspace.cjs')) as { writeLintWorkspace(dir: string, files: number): string[] };

const FORMATS = ['stylish', 'json', 'sarif', 'github', 'gitlab'];

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, cli = CLI) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', COPYDESK_TEST_WORKER_CRASH: '', ...env } });
  assert.equal(result.signal, null, `copydesk was stopped (${result.signal}): it hung`);
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const inMain = { COPYDESK_WORKERS: '0' };
const onThreads = { COPYDESK_WORKERS: '2' };

describe('copydesk lint on worker threads', function () {
  this.timeout(180_000);
  let dir: string;
  let written: string[];
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-workers-'));
    written = writeLintWorkspace(dir, 120);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('the same report, byte for byte, with and without threads, in every format', () => {
    for (const format of FORMATS) {
      const single = run(['lint', '-f', format], dir, inMain);
      const threaded = run(['lint', '-f', format], dir, onThreads);
      assert.equal(single.code, 1, `${format}: ${single.stderr}`);
      assert.equal(threaded.code, single.code, format);
      assert.equal(threaded.stderr, '', format);
      assert.equal(threaded.stdout, single.stdout, `${format}: the reports differ`);
    }
    // What the comparison covered: every file (and both configurations), the calendar across
    // threads (a conflict between two posts in different teams' folders), paths with spaces and
    // non-ASCII letters.
    const report = JSON.parse(run(['lint', '-f', 'json'], dir, onThreads).stdout) as { files: { path: string; findings: { ruleId: string }[] }[] };
    assert.equal(report.files.length, written.length + 2);
    assert.deepEqual(
      report.files.map((f) => f.path),
      [...report.files.map((f) => f.path)].sort(),
    );
    const conflicts = report.files.filter((f) => f.findings.some((x) => x.ruleId === 'post/schedule-conflict')).map((f) => f.path);
    assert.ok(conflicts.includes('marketing/posts/2027-01/café meetup-0.post.md') && conflicts.includes('Outlet Stores/posts/2027-01/café meetup-1.post.md'), conflicts.join(', '));
    assert.ok(report.files.some((f) => f.path.startsWith('Équipe Süd/')));
    for (const family of ['jd/missing-section', 'brand/banned-term', 'post/over-limit', 'post/missing-alt-text']) {
      assert.ok(report.files.some((f) => f.findings.some((x) => x.ruleId === family)), family);
    }
  });

  it('forced on, the pool lints a handful of files too; a small run stays in the main thread', () => {
    const single = run(['lint', 'marketing/jobs'], dir, inMain);
    assert.equal(run(['lint', 'marketing/jobs'], dir, { COPYDESK_WORKERS: '1' }).stdout, single.stdout);
    assert.equal(run(['lint', 'marketing/jobs'], dir, { COPYDESK_WORKERS: '' }).stdout, single.stdout);
    // Unset, a run of fewer than 50 files never starts a thread: a crash hook for workers is inert.
    const name = readdirSync(join(dir, 'marketing', 'jobs'))[0];
    const small = run(['lint', 'marketing/jobs'], dir, { COPYDESK_WORKERS: '', COPYDESK_TEST_WORKER_CRASH: `exit:${name}` });
    assert.equal(small.stdout, single.stdout);
    assert.equal(small.code, 1);
  });

  it('a worker that dies on one file: that file is named on stderr, the others are reported, exit 2, no hang', () => {
    const single = JSON.parse(run(['lint', '-f', 'json'], dir, inMain).stdout) as { files: { path: string }[] };
    const victim = written.find((p) => p.endsWith('.jd.yaml') && p.startsWith('Équipe Süd'))!;
    const name = victim.split('/').pop()!;
    for (const mode of ['exit', 'throw']) {
      const crashed = run(['lint', '-f', 'json'], dir, { ...onThreads, COPYDESK_TEST_WORKER_CRASH: `${mode}:${name}` });
      assert.equal(crashed.code, 2, mode);
      const lines = crashed.stderr.trimEnd().split('\n');
      assert.equal(lines.length, 1, crashed.stderr);
      assert.match(lines[0], new RegExp(`^copydesk: Could not lint '${victim.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}': .*${mode === 'exit' ? 'its worker stopped \\(worker exited with code: 70\\)' : 'test crash'}.*This is a bug in Copydesk`));
      const report = JSON.parse(crashed.stdout) as { files: { path: string }[] };
      assert.deepEqual(
        report.files.map((f) => f.path),
        single.files.map((f) => f.path).filter((p) => p !== victim),
        mode,
      );
    }
    // A worker that never returns: stopped after the task's time, the file reported, the others done.
    const hung = run(['lint', '-f', 'json'], dir, { ...onThreads, COPYDESK_TEST_WORKER_CRASH: `hang:${name}`, COPYDESK_TEST_TASK_TIMEOUT_MS: '3000' });
    assert.equal(hung.code, 2);
    assert.equal(hung.stderr, `copydesk: Could not lint '${victim}': its worker did not finish in 3 s, and was stopped. This is a bug in Copydesk; please report it with this file.\n`);
    assert.deepEqual(
      (JSON.parse(hung.stdout) as { files: { path: string }[] }).files.map((f) => f.path),
      single.files.map((f) => f.path).filter((p) => p !== victim),
    );
    // A post: the calendar goes on without it (its neighbours no longer conflict with it).
    const post = written.find((p) => p.endsWith('café meetup-1.post.md'))!;
    const crashed = run(['lint'], dir, { ...onThreads, COPYDESK_TEST_WORKER_CRASH: `exit:${post.split('/').pop()}` });
    assert.equal(crashed.code, 2);
    assert.match(crashed.stderr, /^copydesk: Could not lint 'Outlet Stores\/posts\/2027-01\/café meetup-1\.post\.md': its worker stopped/);
    assert.ok(!crashed.stdout.includes('café meetup-1.post.md'));
    assert.match(crashed.stdout, /in 121 files\.$/m);
  });

  it('a file that fills a worker’s memory is linted by the main thread: same report, nothing on stderr', () => {
    const victim = written.find((p) => p.endsWith('.post.md'))!;
    const single = run(['lint', '-f', 'json'], dir, inMain);
    const big = run(['lint', '-f', 'json'], dir, { ...onThreads, COPYDESK_TEST_WORKER_CRASH: `memory:${victim.split('/').pop()}` });
    assert.equal(big.stderr, '');
    assert.equal(big.code, single.code);
    assert.equal(big.stdout, single.stdout);
  });

  it('threads that cannot start: one warning, then the main thread lints, same report', () => {
    const broken = mkdtempSync(join(tmpdir(), 'copydesk-broken-'));
    try {
      copyFileSync(CLI, join(broken, 'cli.js'));
      const single = run(['lint'], dir, inMain);
      for (const worker of ["throw new Error('this worker file is damaged');", 'process.exit(3);']) {
        writeFileSync(join(broken, 'lint-worker.js'), worker);
        const result = run(['lint'], dir, onThreads, join(broken, 'cli.js'));
        assert.equal(result.stdout, single.stdout, worker);
        assert.equal(result.code, single.code);
        assert.match(result.stderr, /^copydesk: The worker threads stopped while starting( \(.*damaged\))?; linting in the main thread\.\n$/, worker);
      }
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });

  it('COPYDESK_WORKERS that is not a number of threads is a usage error (exit 2)', () => {
    for (const value of ['two', '-1', '1.5', '1000']) {
      const result = run(['lint'], dir, { COPYDESK_WORKERS: value });
      assert.equal(result.code, 2, value);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, /^copydesk: COPYDESK_WORKERS is '.*': set it to a whole number of worker threads from 0 to 64/);
    }
  });

  it('exit 0 on threads when nothing is an error; --fix on threads fixes every file as the main thread does', () => {
    const clean = mkdtempSync(join(tmpdir(), 'copydesk-workers-fix-'));
    try {
      for (const name of ['a', 'b']) {
        mkdirSync(join(clean, name, 'jobs'), { recursive: true });
        writeFileSync(join(clean, name, '.copydesk.yaml'), 'rules:\n  jd/missing-recommended: off\n  jd/length: off\n');
        for (let i = 0; i < 40; i++) writeFileSync(join(clean, name, 'jobs', `rôle ${i}.jd.yaml`), MINIMAL_COMPLETE_JD);
      }
      const ok = run(['lint'], join(clean, 'a'), onThreads);
      assert.equal(ok.code, 0, ok.stdout + ok.stderr);
      assert.equal(ok.stdout, 'No problems in 41 files.\n');
      // Fixable: `fulltime` (jd/schema's safe fix) in every JD.
      for (const name of ['a', 'b']) {
        writeFileSync(join(clean, name, '.copydesk.yaml'), 'rules:\n  jd/missing-recommended: off\n  jd/length: off\n');
        for (let i = 0; i < 40; i++) writeFileSync(join(clean, name, 'jobs', `rôle ${i}.jd.yaml`), MINIMAL_COMPLETE_JD.replace(/^title: .*$/m, '$&\nemployment_type: fulltime'));
      }
      const threaded = run(['lint', '--fix'], join(clean, 'a'), onThreads);
      const single = run(['lint', '--fix'], join(clean, 'b'), inMain);
      assert.equal(threaded.stdout, single.stdout);
      assert.equal(threaded.code, 0, threaded.stdout);
      assert.match(threaded.stdout, /^Fixed 40 problems in 40 files\.\nNo problems in 41 files\.\n$/);
      for (let i = 0; i < 40; i++) assert.equal(readFileSync(join(clean, 'a', 'jobs', `rôle ${i}.jd.yaml`), 'utf8'), readFileSync(join(clean, 'b', 'jobs', `rôle ${i}.jd.yaml`), 'utf8'));
      assert.match(readFileSync(join(clean, 'a', 'jobs', 'rôle 7.jd.yaml'), 'utf8'), /employment_type: full-time/);
    } finally {
      rmSync(clean, { recursive: true, force: true });
    }
  });
});
