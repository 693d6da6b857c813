// A repository with commit rights against `copydesk lint --fix` and `copydesk preview` in CI: each
// attack from the security review, as a real process on real files.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from '../support/paths';
import { MINIMAL_COMPLETE_JD } from '../support/texts';

const CLI = process.env.COPYDESK_TEST_CLI ?? join(REPO_ROOT, 'dist', 'cli.js');

function run(args: string[], cwd: string, nodeArgs: string[] = []) {
  const result = spawnSync(process.execPath, [...nodeArgs, CLI, ...args], { cwd, encoding: 'utf8', timeout: 20000, maxBuffer: 512 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, signal: result.signal };
}

/** A JD with one safe fix (`fulltime` → `full-time`). */
const FIXABLE = MINIMAL_COMPLETE_JD.replace(/^title: .*$/m, '$&\nemployment_type: fulltime');
const FIXED = FIXABLE.replace('fulltime', 'full-time');

describe('hardening: what a linted repository can do to Copydesk', function () {
  this.timeout(60000);
  let repo: string;
  let outside: string;
  beforeEach(() => {
    repo = realpathSync(mkdtempSync(join(tmpdir(), 'copydesk-repo-')));
    outside = realpathSync(mkdtempSync(join(tmpdir(), 'copydesk-elsewhere-')));
    mkdirSync(join(repo, '.git'));
    mkdirSync(join(repo, 'jobs'));
    writeFileSync(join(repo, '.copydesk.yaml'), 'rules:\n  jd/missing-recommended: off\n');
  });
  afterEach(() => {
    rmSync(repo, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  describe('--fix writes only the file, only safely', () => {
    it('keeps the mode: 640 stays 640', () => {
      const file = join(repo, 'jobs', 'role.jd.yaml');
      writeFileSync(file, FIXABLE);
      chmodSync(file, 0o640);
      const { code } = run(['lint', '--fix'], repo);
      assert.equal(code, 0);
      assert.equal(readFileSync(file, 'utf8'), FIXED);
      assert.equal(statSync(file).mode & 0o7777, 0o640);
      assert.deepEqual(readdirSync(join(repo, 'jobs')), ['role.jd.yaml'], 'no temporary file is left');
    });

    it('a read-only file is skipped with a clear message, exit 2', () => {
      const file = join(repo, 'jobs', 'role.jd.yaml');
      writeFileSync(file, FIXABLE);
      chmodSync(file, 0o444);
      const { code, stderr, stdout } = run(['lint', '--fix'], repo);
      assert.equal(code, 2);
      assert.equal(stderr, "copydesk: Not fixed 'jobs/role.jd.yaml': it is read-only.\n");
      assert.equal(readFileSync(file, 'utf8'), FIXABLE);
      assert.match(stdout, /jobs\/role\.jd\.yaml:2:18 {2}error {2}.*jd\/schema/);
    });

    it('a link to a file outside the repository is neither read nor written; one message, exit 2', () => {
      const victim = join(outside, 'victim.jd.yaml');
      writeFileSync(victim, FIXABLE);
      symlinkSync(victim, join(repo, 'jobs', 'role.jd.yaml'));
      const { code, stderr } = run(['lint', '--fix'], repo);
      assert.equal(code, 2);
      assert.equal(stderr, "copydesk: Cannot read 'jobs/role.jd.yaml': it is a symbolic link to a file outside the folders Copydesk may read or write.\n");
      assert.equal(readFileSync(victim, 'utf8'), FIXABLE);
      assert.ok(lstatSync(join(repo, 'jobs', 'role.jd.yaml')).isSymbolicLink());
    });

    it('a link to a file inside: the target is fixed and the link kept', () => {
      mkdirSync(join(repo, 'shared'));
      writeFileSync(join(repo, 'shared', 'role.jd.yaml'), FIXABLE);
      symlinkSync('../shared/role.jd.yaml', join(repo, 'jobs', 'role.jd.yaml'));
      const { code } = run(['lint', '--fix', 'jobs'], repo);
      assert.equal(code, 0);
      assert.ok(lstatSync(join(repo, 'jobs', 'role.jd.yaml')).isSymbolicLink());
      assert.equal(readFileSync(join(repo, 'shared', 'role.jd.yaml'), 'utf8'), FIXED);
    });

    it('preview --out does not follow a planted link out of the repository', () => {
      writeFileSync(join(repo, 'jobs', 'role.jd.yaml'), MINIMAL_COMPLETE_JD);
      const victim = join(outside, 'bashrc');
      writeFileSync(victim, 'echo hi\n');
      symlinkSync(victim, join(repo, 'page.html'));
      const { code, stderr } = run(['preview', 'jobs/role.jd.yaml', '--out', 'page.html'], repo);
      assert.equal(code, 2);
      assert.equal(stderr, "copydesk: Cannot write 'page.html': it is a symbolic link to a file outside the folders Copydesk may read or write.\n");
      assert.equal(readFileSync(victim, 'utf8'), 'echo hi\n');
    });
  });

  describe('configuration cannot make Copydesk read anything, anywhere', () => {
    it('extends naming a FIFO: a config/invalid finding at its value, and the run ends', () => {
      execFileSync('mkfifo', [join(repo, 'brand.yaml')]);
      writeFileSync(join(repo, '.copydesk.yaml'), 'extends: ./brand.yaml\n');
      writeFileSync(join(repo, 'jobs', 'role.jd.yaml'), MINIMAL_COMPLETE_JD);
      const { code, stdout, signal } = run(['lint', '-f', 'json'], repo);
      assert.equal(signal, null, 'the run must not hang');
      assert.equal(code, 1);
      const config = JSON.parse(stdout).files.find((f: { path: string }) => f.path === '.copydesk.yaml');
      assert.deepEqual(
        config.findings.map((f: { ruleId: string; message: string; start: { line: number; column: number }; end: { column: number } }) => [f.ruleId, f.message, f.start.line, f.start.column, f.end.column]),
        [['config/invalid', "Cannot read './brand.yaml': it is a pipe (FIFO), not a regular file.", 1, 10, 22]],
      );
    });

    it('extends naming /dev/zero, /dev/stdin, an absolute path or ../ out of the repository: refused, never read', () => {
      writeFileSync(join(outside, 'secret.yaml'), 'brand: Secret\n');
      const config = `extends:\n  - /dev/zero\n  - /dev/stdin\n  - ${join(outside, 'secret.yaml')}\n  - ../${outside.split('/').pop()}/secret.yaml\nbrand: Acme\n`;
      writeFileSync(join(repo, '.copydesk.yaml'), config);
      const { code, stdout, signal } = run(['lint', '-f', 'json', '.copydesk.yaml'], repo);
      assert.equal(signal, null);
      assert.equal(code, 1);
      const findings = JSON.parse(stdout).files[0].findings;
      assert.deepEqual(findings.map((f: { start: { line: number } }) => f.start.line), [2, 3, 4, 5]);
      for (const f of findings) assert.match(f.message, /^Cannot extend '.*': it is outside the workspace, and a repository's configuration may only extend files inside it\./);
    });

    it('a link inside the repository that leads out is refused when extended', () => {
      writeFileSync(join(outside, 'secret.yaml'), 'brand: Secret\n');
      symlinkSync(join(outside, 'secret.yaml'), join(repo, 'brand.yaml'));
      writeFileSync(join(repo, '.copydesk.yaml'), 'extends: brand.yaml\n');
      const { stdout } = run(['lint', '-f', 'json', '.copydesk.yaml'], repo);
      assert.deepEqual(JSON.parse(stdout).files[0].findings.map((f: { message: string }) => f.message), ["Cannot read 'brand.yaml': it is a symbolic link to a file outside the folders Copydesk may read or write."]);
    });

    it('--allow-extends-from lets the user share a brand guide from elsewhere', () => {
      writeFileSync(join(outside, 'brand.yaml'), 'terms:\n  - ban: [rockstar]\n');
      writeFileSync(join(repo, '.copydesk.yaml'), `extends: ${join(outside, 'brand.yaml')}\nrules:\n  jd/missing-recommended: off\n  jd/length: off\n`);
      writeFileSync(join(repo, 'jobs', 'role.jd.yaml'), MINIMAL_COMPLETE_JD.replace(/^title: .*$/m, 'title: Rockstar Barista'));
      const refused = run(['lint', '-f', 'json'], repo);
      assert.ok(!refused.stdout.includes('brand/banned-term'));
      const allowed = run(['lint', '-f', 'json', '--allow-extends-from', outside], repo);
      const rules = JSON.parse(allowed.stdout).files.flatMap((f: { findings: { ruleId: string }[] }) => f.findings.map((x) => x.ruleId));
      assert.deepEqual(rules, ['brand/banned-term']);
    });
  });

  describe('encoding: nothing is lost', () => {
    const LATIN1 = Buffer.from('---\nplatforms: [linkedin]\n---\nOur caf\xe9 opens at 7:00 \x96 come early!!!\n', 'latin1');

    it('a Latin-1 post: post/invalid-character at each damaged place, and --fix leaves its bytes alone', () => {
      const file = join(repo, 'cafe.post.md');
      writeFileSync(file, LATIN1);
      writeFileSync(join(repo, '.copydesk.yaml'), 'tone: { max_exclamations: 1 }\n');
      const lint = run(['lint', '-f', 'json', 'cafe.post.md'], repo);
      const post = JSON.parse(lint.stdout).files.find((f: { path: string }) => f.path === 'cafe.post.md');
      const bad = post.findings.filter((f: { ruleId: string }) => f.ruleId === 'post/invalid-character');
      assert.deepEqual(bad.map((f: { start: { line: number; column: number }; end: { column: number } }) => [f.start.line, f.start.column, f.end.column]), [[4, 8, 9], [4, 24, 25]]);
      const fix = run(['lint', '--fix', 'cafe.post.md'], repo);
      assert.equal(fix.code, 2);
      assert.match(fix.stderr, /^copydesk: Not fixed 'cafe\.post\.md': it is not UTF-8 text, and writing it would replace the characters that are not \(the first is at byte 37\); save it as UTF-8 first\.\n$/);
      assert.deepEqual(readFileSync(file), LATIN1);
    });

    it('a NUL in a post\'s copy is reported at its place', () => {
      writeFileSync(join(repo, 'nul.post.md'), '---\nplatforms: [x]\n---\nHello\u0000 world\n');
      const { stdout, code } = run(['lint', 'nul.post.md'], repo);
      assert.equal(code, 1);
      assert.match(stdout, /^nul\.post\.md:4:6 {2}error {2}Control character U\+0000 \(NUL\) in the copy/m);
    });

    it('a Latin-1 configuration: config/invalid at the damaged byte', () => {
      writeFileSync(join(repo, '.copydesk.yaml'), Buffer.from('brand: Caf\xe9 Noir\n', 'latin1'));
      const { stdout } = run(['lint', '-f', 'json', '.copydesk.yaml'], repo);
      const [finding] = JSON.parse(stdout).files[0].findings;
      assert.equal(finding.ruleId, 'config/invalid');
      assert.deepEqual([finding.start.line, finding.start.column], [1, 11]);
    });
  });

  describe('reports are exact and cannot act on a terminal', () => {
    it('ESC and BEL in a file name and in a YAML key are shown escaped in stylish output and messages', () => {
      const name = 'evil\u001b]0;pwned\u0007\u001b[2K.jd.yaml';
      writeFileSync(join(repo, 'jobs', name), `${MINIMAL_COMPLETE_JD}"bad\\e[1Akey\\a": 1\n`);
      writeFileSync(join(outside, 'elsewhere.jd.yaml'), MINIMAL_COMPLETE_JD);
      symlinkSync(join(outside, 'elsewhere.jd.yaml'), join(repo, 'jobs', `gone\u001b[2J.jd.yaml`));
      const { stdout, stderr } = run(['lint'], repo);
      assert.ok(!/[\u0000-\u0009\u000B-\u001F\u007F]/.test(stdout + stderr), JSON.stringify(stdout + stderr));
      assert.match(stdout, /^jobs\/evil\\x1B\]0;pwned\\x07\\x1B\[2K\.jd\.yaml:\d+:\d+ {2}error {2}.*bad\\x1B\[1Akey\\x07/m);
      assert.match(stderr, /gone\\x1B\[2J\.jd\.yaml/);
    });

    it('SARIF: artifact URIs percent-encode # and ?, and resolve back to the file', () => {
      const name = 'role #2? 50%.jd.yaml';
      writeFileSync(join(repo, 'jobs', name), FIXABLE);
      const { stdout } = run(['lint', '-f', 'sarif'], repo);
      const sarif = JSON.parse(stdout);
      const [runLog] = sarif.runs;
      const uris = runLog.artifacts.map((a: { location: { uri: string } }) => a.location.uri);
      assert.deepEqual(uris, ['.copydesk.yaml', 'jobs/role%20%232%3F%2050%25.jd.yaml']);
      const base = runLog.originalUriBaseIds.SRCROOT.uri;
      const resolved = new URL(runLog.results[0].locations[0].physicalLocation.artifactLocation.uri, base);
      assert.equal(resolved.hash, '');
      assert.equal(resolved.search, '');
      assert.equal(fileURLToPath(resolved), join(repo, 'jobs', name));
    });

    it('a configuration outside the folder linted is not a ../ artifact; its problems are summed up; no absolute path anywhere', () => {
      writeFileSync(join(repo, '.copydesk.yaml'), 'extends: ./missing.yaml\nrules:\n  jd/missing-recommended: off\n');
      writeFileSync(join(repo, 'jobs', 'role.jd.yaml'), MINIMAL_COMPLETE_JD);
      for (const format of ['json', 'sarif', 'stylish']) {
        const { stdout, stderr, code } = run(['lint', '-f', format], join(repo, 'jobs'));
        assert.equal(code, 0, format);
        assert.ok(!stdout.includes('../'), `${format}: ${stdout}`);
        assert.equal(stderr, "copydesk: The configuration '.copydesk.yaml' (in the repository, outside the folder linted) has 1 problem: lint it from its own folder to see it.\n");
        const withoutBase = format === 'sarif' ? stdout.replace(/"uri": "file:\/\/[^"]*"/, '') : stdout;
        assert.ok(!withoutBase.includes(repo) && !stderr.includes(repo), `${format}: an absolute path in the report`);
      }
      const root = run(['lint', '-f', 'json'], repo);
      const config = JSON.parse(root.stdout).files.find((f: { path: string }) => f.path === '.copydesk.yaml');
      assert.deepEqual(config.findings.map((f: { message: string }) => f.message), ["Cannot extend './missing.yaml': there is no such file."]);
    });
  });

  describe('scale: reports are written as a stream', () => {
    it('a reader that stops early (| head) ends the run quietly, without a stack trace', () => {
      for (let i = 0; i < 300; i++) writeFileSync(join(repo, 'jobs', `role-${i}.jd.yaml`), FIXABLE);
      const result = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${CLI}" lint -f sarif | head -c 100 > /dev/null; echo "status \${PIPESTATUS:-done}"`], { cwd: repo, encoding: 'utf8', timeout: 20000 });
      assert.equal(result.signal, null);
      assert.equal(result.stderr, '');
    });

    it('8,000 JDs with --format json in a 48 MB heap: every file reported, valid JSON', function () {
      this.timeout(120000);
      const padding = `summary: >\n  ${'We roast, pack and ship coffee to cafés across the region every week. '.repeat(50)}\n`;
      const text = `${FIXABLE}${padding}`;
      for (let d = 0; d < 80; d++) {
        mkdirSync(join(repo, 'jobs', `team-${d}`));
        for (let i = 0; i < 100; i++) writeFileSync(join(repo, 'jobs', `team-${d}`, `role-${i}.jd.yaml`), text);
      }
      const { code, stdout, stderr } = run(['lint', '-f', 'json'], repo, ['--max-old-space-size=48']);
      assert.equal(stderr, '');
      assert.equal(code, 1);
      const files = JSON.parse(stdout).files;
      assert.equal(files.length, 8001);
      assert.equal(files.filter((f: { findings: { ruleId: string }[] }) => f.findings.some((x) => x.ruleId === 'jd/schema')).length, 8000);
    });
  });
});
