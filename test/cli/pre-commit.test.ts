// The pre-commit hook (.pre-commit-hooks.yaml) with the real `pre-commit` tool, in a temporary git
// repository: a bad post refuses the commit with the finding in the output; fixed, it commits.
//
// The hook's `language: node` makes pre-commit clone this repository, `npm install` its
// devDependencies (the registry), `npm pack` it and `npm install -g` the tarball into the hook's
// environment. The suite stays offline, so it does the last step itself (the tarball, installed
// offline into a temporary prefix, puts `copydesk` on PATH) and runs the manifest's own hook (id,
// entry, files) as `language: system`. What would break the node install offline-checkably is
// checked too: `npm pack`, build included, prints only the tarball's name (pre-commit reads it).
import { strict as assert } from 'node:assert';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { REPO_ROOT } from '../support/paths';

interface HookDefinition {
  id: string;
  name: string;
  entry: string;
  language: string;
  files: string;
}

const hooks = () => parse(readFileSync(join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as HookDefinition[];

function requirePreCommit(): void {
  const probe = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error("The pre-commit tool is missing: install Debian's package `pre-commit` (apt-get install pre-commit), as .ci/run does.");
  }
}

describe('the pre-commit hook', function () {
  this.timeout(120_000);
  let scratch: string;
  let env: NodeJS.ProcessEnv;

  function sh(command: string, args: string[], options: SpawnSyncOptions & { cwd: string }) {
    const result = spawnSync(command, args, { encoding: 'utf8', env, timeout: 60_000, ...options });
    return { code: result.status, stdout: String(result.stdout), out: `${result.stdout}${result.stderr}` };
  }

  before(function () {
    requirePreCommit();
    scratch = mkdtempSync(join(tmpdir(), 'copydesk-pre-commit-'));
    env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_|GIT_)/i.test(k)));
    writeFileSync(join(scratch, 'npmrc'), '');
    Object.assign(env, {
      npm_config_userconfig: join(scratch, 'npmrc'),
      npm_config_cache: join(scratch, 'npm-cache'),
      npm_config_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
      PRE_COMMIT_HOME: join(scratch, 'pre-commit-home'),
      NO_COLOR: '1',
    });
    // What pre-commit's node install ends with: the package's tarball installed globally.
    const packed = sh('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], { cwd: REPO_ROOT });
    assert.equal(packed.code, 0, packed.out);
    const [{ filename }] = JSON.parse(packed.stdout) as { filename: string }[];
    const installed = sh('npm', ['install', '-g', '--offline', '--prefix', join(scratch, 'prefix'), join(scratch, filename)], { cwd: scratch });
    assert.equal(installed.code, 0, installed.out);
    env.PATH = `${join(scratch, 'prefix', 'bin')}${delimiter}${env.PATH}`;
  });
  after(() => scratch && rmSync(scratch, { recursive: true, force: true }));

  it('the manifest: one hook, copydesk, entry `copydesk lint`, language node, the file kinds Copydesk lints', () => {
    const [hook, ...others] = hooks();
    assert.equal(others.length, 0);
    assert.equal(hook.id, 'copydesk');
    assert.equal(hook.entry, 'copydesk lint');
    assert.equal(hook.language, 'node');
    assert.equal(hook.files, '(\\.jd\\.ya?ml|\\.post\\.md|(^|/)\\.copydesk\\.ya?ml)$');
    const files = new RegExp(hook.files);
    for (const name of ['role.jd.yaml', 'jobs/role.jd.yml', 'posts/launch.post.md', '.copydesk.yaml', 'brand/.copydesk.yml']) assert.ok(files.test(name), name);
    for (const name of ['notes.md', 'config.yaml', 'my.copydesk.yaml', 'post.md', 'role.jd.yaml.bak']) assert.ok(!files.test(name), name);
  });

  it('refuses a commit with an error finding, shows it, and lets the fixed post through', () => {
    const repo = join(scratch, 'repo');
    mkdirSync(join(repo, 'posts'), { recursive: true });
    const git = (...args: string[]) => sh('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: repo });
    assert.equal(git('init', '-q').code, 0);
    const [hook] = hooks();
    writeFileSync(join(repo, '.pre-commit-config.yaml'), stringify({ repos: [{ repo: 'local', hooks: [{ ...hook, language: 'system' }] }] }));
    const install = sh('pre-commit', ['install'], { cwd: repo });
    assert.equal(install.code, 0, install.out);
    git('add', '.pre-commit-config.yaml');
    writeFileSync(join(repo, 'README.md'), '# Posts\n');
    git('add', 'README.md');
    const unrelated = git('commit', '-m', 'Nothing for Copydesk');
    assert.equal(unrelated.code, 0, unrelated.out);
    assert.match(unrelated.out, /Copydesk\.+\(no files to check\)Skipped/);

    writeFileSync(join(repo, 'posts', 'launch day.post.md'), '---\nplatforms: [x, myspace]\n---\nOur new kettle is here.\n');
    git('add', 'posts');
    const refused = git('commit', '-m', 'Launch post');
    assert.equal(refused.code, 1, refused.out);
    assert.match(refused.out, /Copydesk\.+Failed/);
    assert.match(refused.out, /posts\/launch day\.post\.md:2:16 {2}error {2}'myspace' in `platforms:` is not a platform Copydesk knows.* {2}post\/unknown-platform/);
    assert.equal(git('rev-list', '--count', 'HEAD').out.trim(), '1', 'the commit was refused');

    writeFileSync(join(repo, 'posts', 'launch day.post.md'), '---\nplatforms: [x]\n---\nOur new kettle is here.\n');
    git('add', 'posts');
    const passed = git('commit', '-m', 'Launch post');
    assert.equal(passed.code, 0, passed.out);
    assert.match(passed.out, /Copydesk\.+Passed/);
    assert.equal(git('rev-list', '--count', 'HEAD').out.trim(), '2');
  });

  it("pre-commit's node install can read npm pack's output: only the tarball's name, the build included", () => {
    // A clone of this repository as pre-commit makes one, with this checkout's node_modules.
    const clone = join(scratch, 'clone');
    const cloned = sh('git', ['clone', '-q', '--depth', '1', `file://${REPO_ROOT}`, clone], { cwd: scratch });
    assert.equal(cloned.code, 0, cloned.out);
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(clone, 'node_modules'), 'dir');
    const pack = spawnSync('npm', ['pack'], { cwd: clone, encoding: 'utf8', env, timeout: 90_000 });
    assert.equal(pack.status, 0, pack.stderr);
    assert.match(pack.stdout, /^copydesk-\d+\.\d+\.\d+\.tgz\n$/, 'npm pack printed more than the name (the prepare banner?): see .npmrc');
  });
});
