// copydesk lint --cache: a file's cached findings are used while nothing they were computed from
// changed (its bytes, its configuration, Copydesk's version, for a post its calendar neighbours),
// and only then; a cache that is corrupt, from another version, a link, or cannot be written costs
// one line on stderr and nothing else. Whether a result came from the cache is seen by editing a
// message in the cache file: a run that shows the edited message used it.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/paths';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');
const VERSION = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version as string;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeLintWorkspace } = require(join(REPO_ROOT, 'bench', 'lint-workspace.cjs')) as { writeLintWorkspace(dir: string, files: number): string[] };

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', COPYDESK_WORKERS: '0', ...env } });
  assert.equal(result.signal, null, 'copydesk hung');
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The cache file: a record per file is [content, config, entry JSON or 0, context or 0, findings JSON or 0, metadata or 0]. */
type Cache = { copydesk: string; files: Record<string, [string, string, string | 0, string | 0, string | 0, string | 0]> };
/** A record's lint: [findings, counts or 0, positions (per finding: line and column of its start, end and last character, …) or 0]. */
type StoredFindings = [[string, string, string, number, number, unknown?][], unknown, unknown];

describe('copydesk lint --cache', function () {
  this.timeout(120_000);
  let dir: string;
  let cachePath: string;
  /** The report without a cache: what every cached run must print. */
  let fresh: ReturnType<typeof run>;
  const readCache = (): Cache => JSON.parse(readFileSync(cachePath, 'utf8'));
  const writeCache = (cache: Cache) => writeFileSync(cachePath, JSON.stringify(cache));
  /** Replaces the first cached message of `file` (relative to the workspace) with `TAMPERED <file>`. */
  const tamper = (file: string) => {
    const cache = readCache();
    const record = cache.files[join(dir, file)];
    const lint = record && record[4] !== 0 ? (JSON.parse(record[4]) as StoredFindings) : undefined;
    assert.ok(lint && lint[0].length > 0, `no cached findings for ${file}`);
    lint[0][0][2] = `TAMPERED ${file}`;
    record[4] = JSON.stringify(lint);
    writeCache(cache);
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-cache-'));
    writeLintWorkspace(dir, 120);
    cachePath = join(dir, '.copydesk-cache');
    fresh = run(['lint'], dir);
    assert.equal(fresh.code, 1);
  });
  afterEach(() => {
    if (existsSync(cachePath)) chmodSync(cachePath, 0o644);
    rmSync(dir, { recursive: true, force: true });
  });

  it('an unchanged run gives the same report from the cache, and leaves the cache file as it was', () => {
    const first = run(['lint', '--cache'], dir);
    assert.deepEqual(first, fresh);
    const written = readFileSync(cachePath);
    const { mtimeMs } = statSync(cachePath);
    assert.equal(readCache().copydesk, VERSION);
    const second = run(['lint', '--cache'], dir);
    assert.deepEqual(second, fresh);
    assert.deepEqual(readFileSync(cachePath), written);
    assert.equal(statSync(cachePath).mtimeMs, mtimeMs, 'nothing changed, nothing written');
    // Every format from the same cache.
    for (const format of ['json', 'sarif', 'github', 'gitlab']) assert.equal(run(['lint', '--cache', '-f', format], dir).stdout, run(['lint', '-f', format], dir).stdout, format);
  });

  it('a file is linted again when its bytes change, and the files under a configuration when it changes', () => {
    run(['lint', '--cache'], dir);
    const jd = 'marketing/jobs/role-69.jd.yaml';
    const outlet = 'Outlet Stores/jobs/rôle-64.jd.yaml';
    tamper(jd);
    tamper(outlet);
    let report = run(['lint', '--cache'], dir).stdout;
    assert.ok(report.includes(`TAMPERED ${jd}`) && report.includes(`TAMPERED ${outlet}`), 'both came from the cache');

    writeFileSync(join(dir, jd), `${readFileSync(join(dir, jd), 'utf8')}# reviewed again\n`);
    report = run(['lint', '--cache'], dir).stdout;
    assert.ok(!report.includes(`TAMPERED ${jd}`), 'its bytes changed');
    assert.ok(report.includes(`TAMPERED ${outlet}`), 'the other file is still from the cache');

    const config = join(dir, 'Outlet Stores', '.copydesk.yaml');
    writeFileSync(config, `${readFileSync(config, 'utf8')}  post/truncated-preview: off\n`);
    report = run(['lint', '--cache'], dir).stdout;
    assert.ok(!report.includes('TAMPERED'), 'its configuration changed');
    assert.equal(report, run(['lint'], dir).stdout);
  });

  it('an unchanged file is known by its metadata; a change that keeps size and time is still seen (its change time moves)', () => {
    run(['lint', '--cache'], dir);
    const jd = 'marketing/jobs/role-69.jd.yaml';
    const record = readCache().files[join(dir, jd)];
    const { size, mtimeNs, ctimeNs, ino } = statSync(join(dir, jd), { bigint: true });
    assert.equal(record[5], `${size}:${mtimeNs}:${ctimeNs}:${ino}`, 'the file was old enough: its metadata is kept');
    tamper(jd);
    assert.ok(run(['lint', '--cache'], dir).stdout.includes(`TAMPERED ${jd}`));
    // The same number of bytes, and the modification time put back as an archive or a tool would.
    const path = join(dir, jd);
    const before = statSync(path);
    const original = readFileSync(path, 'utf8');
    const changed = original.replace('department: Marketing', 'department: Marketeng');
    assert.notEqual(changed, original);
    writeFileSync(path, changed);
    utimesSync(path, before.atime, before.mtime);
    assert.equal(statSync(path).size, before.size);
    const report = run(['lint', '--cache'], dir).stdout;
    assert.ok(!report.includes('TAMPERED'), 'linted again');
    assert.equal(report, run(['lint'], dir).stdout);
  });

  it('a post is linted again when a neighbour in the calendar moves, though the post did not change', () => {
    const p0 = 'marketing/posts/2027-01/café meetup-0.post.md';
    const p1 = 'Outlet Stores/posts/2027-01/café meetup-1.post.md';
    const conflict = (report: string, post: string) => report.split('\n').some((l) => l.startsWith(`${post}:`) && l.endsWith('post/schedule-conflict'));
    let report = run(['lint', '--cache'], dir).stdout;
    assert.ok(conflict(report, p0) && conflict(report, p1), 'the two posts go to x at the same moment');
    tamper(p0);
    assert.ok(run(['lint', '--cache'], dir).stdout.includes(`TAMPERED ${p0}`));

    // p1 moves three hours later: p0's findings change although p0 is the same.
    const original = readFileSync(join(dir, p1), 'utf8');
    writeFileSync(join(dir, p1), original.replace(/(schedule: \d{4}-\d\d-\d\dT)(\d\d)/, (_, head, h) => `${head}${String(Number(h) + 3).padStart(2, '0')}`));
    report = run(['lint', '--cache'], dir).stdout;
    assert.ok(!report.includes('TAMPERED') && !conflict(report, p0) && !conflict(report, p1));
    assert.equal(report, run(['lint'], dir).stdout);

    writeFileSync(join(dir, p1), original);
    report = run(['lint', '--cache'], dir).stdout;
    assert.ok(conflict(report, p0) && conflict(report, p1));
    assert.equal(report, fresh.stdout);

    // p0's copy changes, not its schedule: linted again, in the main thread and on threads, with the conflict kept.
    writeFileSync(join(dir, p0), readFileSync(join(dir, p0), 'utf8').replace(/\n$/, '\nSee you there.\n'));
    const linesOf = (text: string, post: string) => text.split('\n').filter((l) => l.startsWith(`${post}:`));
    for (const workers of ['0', '2']) {
      run(['lint', '--cache'], dir, { COPYDESK_WORKERS: workers });
      writeFileSync(join(dir, p0), readFileSync(join(dir, p0), 'utf8').replace(/\n$/, ' Bring a friend.\n'));
      report = run(['lint', '--cache'], dir, { COPYDESK_WORKERS: workers }).stdout;
      assert.ok(conflict(report, p0), `threads: ${workers}`);
      assert.deepEqual(linesOf(report, p0), linesOf(run(['lint'], dir).stdout, p0));
      assert.equal(report, run(['lint'], dir).stdout);
    }
  });

  it('a cache from another version of Copydesk: one line on stderr, every file linted, the cache written anew', () => {
    run(['lint', '--cache'], dir);
    tamper('marketing/jobs/role-69.jd.yaml');
    const old = readCache();
    old.copydesk = '0.0.1';
    writeCache(old);
    const result = run(['lint', '--cache'], dir);
    assert.equal(result.stdout, fresh.stdout);
    assert.equal(result.code, fresh.code);
    assert.match(result.stderr, /^copydesk: Not using the cache '\.copydesk-cache': it was written by Copydesk 0\.0\.1 on Node [\d.]+, this is Copydesk [\d.]+ on Node [\d.]+\. Every file is linted, and the cache is written anew\.\n$/);
    assert.equal(readCache().copydesk, VERSION);
    assert.deepEqual(run(['lint', '--cache'], dir), fresh);
  });

  it('a corrupt cache: one line on stderr, the right report, exit code unchanged, a sound cache written', () => {
    run(['lint', '--cache'], dir);
    const whole = readFileSync(cachePath, 'utf8');
    for (const damaged of [whole.slice(0, whole.length / 2), '\u0000\u0001 not json at all', '[1, 2, 3]', '{"layout": 2, "copydesk": "x"}']) {
      writeFileSync(cachePath, damaged);
      const result = run(['lint', '--cache'], dir);
      assert.equal(result.stdout, fresh.stdout);
      assert.equal(result.code, fresh.code);
      assert.match(result.stderr, /^copydesk: Not using the cache '\.copydesk-cache': it is not a Copydesk cache( \(.*\))?\. Every file is linted, and the cache is written anew\.\n$/);
      assert.equal(readCache().copydesk, VERSION);
    }
  });

  it('records that are not sound (a hand-edited or hostile cache) are not used: no warning, no crash, the right report', () => {
    run(['lint', '--cache'], dir);
    const cache = readCache();
    // Records whose key still matches (content, configuration, context), with findings the reporters could not print.
    const paths = Object.keys(cache.files).filter((p) => cache.files[p][4] !== 0);
    const withFindings = (path: string, findings: unknown[], entry?: unknown, positions: unknown = 0) => {
      const [content, config, storedEntry, context, , meta] = cache.files[path];
      return [content, config, entry === undefined ? storedEntry : JSON.stringify(entry), context, JSON.stringify([findings, 0, positions]), meta];
    };
    const sound = ['jd/schema', 'error', 'm', 0, 1];
    const post = paths.find((p) => p.endsWith('.post.md'))!;
    const jds = paths.filter((p) => p.endsWith('.jd.yaml'));
    const hostile = new Map<string, unknown>([
      [jds[0], withFindings(jds[0], [['x', 'fatal', 'm', 0, 1]])],
      [jds[1], withFindings(jds[1], [['jd/schema', 'error', 'm', 9, 3]])],
      [jds[2], withFindings(jds[2], [['jd/schema', 'error', 'm', 0, 1, { fixes: 'no' }]])],
      [jds[3], withFindings(jds[3], [['jd/schema', 'error', 'm', 0, 1, { related: [{ message: 'm', range: { start: 0, end: 1 }, file: { path: 7 } }] }]])],
      [jds[4], withFindings(jds[4], [{ ruleId: 'jd/schema' }])],
      [post, withFindings(post, [], { path: 'elsewhere', targets: 'x' })],
      [jds[5], 'a string'],
      [jds[6], null],
      // Sound findings whose positions are not: too few numbers, a line 0, one finding's for two.
      [jds[7], withFindings(jds[7], [sound], undefined, [[1, 1]])],
      [jds[8], withFindings(jds[8], [sound], undefined, [[0, 1, 1, 2, 1, 1]])],
      [jds[9], withFindings(jds[9], [sound, sound], undefined, [[1, 1, 1, 2, 1, 1]])],
    ]);
    for (const [path, record] of hostile) (cache.files as Record<string, unknown>)[path] = record;
    writeCache(cache);
    const result = run(['lint', '--cache'], dir);
    assert.deepEqual(result, fresh);
  });

  it('a read-only cache file, or a folder the cache cannot be written in: one line at the end, the report complete', () => {
    run(['lint', '--cache'], dir);
    chmodSync(cachePath, 0o444);
    writeFileSync(join(dir, 'marketing', 'jobs', 'role-69.jd.yaml'), `${readFileSync(join(dir, 'marketing', 'jobs', 'role-69.jd.yaml'), 'utf8')}# changed\n`);
    const expected = run(['lint'], dir);
    const result = run(['lint', '--cache'], dir);
    assert.equal(result.stdout, expected.stdout);
    assert.equal(result.code, expected.code);
    assert.equal(result.stderr, "copydesk: Cannot write the cache '.copydesk-cache': it is read-only. The results are complete; the next run lints every file again.\n");

    // A folder no one may write in: as root, only a read-only file system refuses (sysfs).
    let folder: string | undefined;
    if (process.getuid?.() === 0) folder = existsSync('/sys/kernel') ? '/sys' : undefined;
    else {
      folder = join(dir, 'locked');
      mkdirSync(folder);
      chmodSync(folder, 0o555);
    }
    if (folder) {
      const elsewhere = run(['lint', '--cache-location', join(folder, 'copydesk-cache')], dir);
      assert.equal(elsewhere.stdout, expected.stdout);
      assert.equal(elsewhere.code, expected.code);
      assert.match(elsewhere.stderr, /^copydesk: Cannot write the cache '.*copydesk-cache': permission denied\. The results are complete; the next run lints every file again\.\n$/);
      if (folder.startsWith(dir)) chmodSync(folder, 0o755);
    }
  });

  it('a cache location that is a symbolic link is neither read nor written through', () => {
    const victim = join(dir, 'notes.txt');
    writeFileSync(victim, 'my notes\n');
    symlinkSync(victim, cachePath);
    const result = run(['lint', '--cache'], dir);
    assert.equal(result.stdout, fresh.stdout);
    assert.equal(result.code, fresh.code);
    assert.match(result.stderr, /^copydesk: Not using the cache '\.copydesk-cache': it is a symbolic link, and Copydesk neither reads nor writes its cache through one\. Every file is linted\.\n$/);
    assert.equal(readFileSync(victim, 'utf8'), 'my notes\n');
  });

  it('--fix with --cache fixes every file and reports from what it wrote', () => {
    const jd = join(dir, 'marketing', 'jobs', 'role-69.jd.yaml');
    writeFileSync(jd, readFileSync(jd, 'utf8').replace(/^employment_type: .*$/m, 'employment_type: fulltime'));
    const before = run(['lint', '--cache'], dir).stdout;
    assert.match(before, /role-69\.jd\.yaml:\d+:\d+ {2}error {2}'fulltime' is not a valid value/);
    const fixed = run(['lint', '--fix', '--cache'], dir);
    assert.match(fixed.stdout, /^Fixed \d+ problems? in \d+ files?\./);
    assert.doesNotMatch(fixed.stdout, /'fulltime'/);
    assert.match(readFileSync(jd, 'utf8'), /^employment_type: full-time$/m);
    assert.equal(fixed.stdout.split('\n').slice(1).join('\n'), run(['lint'], dir).stdout);
    assert.equal(run(['lint', '--cache'], dir).stdout, run(['lint'], dir).stdout);
  });

  it('--cache-location: a file, or a folder to put .copydesk-cache in; on worker threads the same', () => {
    mkdirSync(join(dir, 'caches'));
    assert.deepEqual(run(['lint', '--cache-location', 'caches/'], dir), fresh);
    assert.ok(existsSync(join(dir, 'caches', '.copydesk-cache')) && !existsSync(cachePath));
    assert.deepEqual(run(['lint', '--cache-location=caches/run.json'], dir), fresh);
    assert.ok(existsSync(join(dir, 'caches', 'run.json')));
    const threads = { COPYDESK_WORKERS: '2' };
    assert.deepEqual(run(['lint', '--cache'], dir, threads), fresh);
    tamper('Équipe Süd/jobs/rôle-23.jd.yaml');
    assert.ok(run(['lint', '--cache'], dir, threads).stdout.includes('TAMPERED Équipe Süd/jobs/rôle-23.jd.yaml'), 'a worker used the cache');
  });
});
