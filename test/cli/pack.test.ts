// The npm package as a user gets it: `npm pack`, then the tarball installed into an empty project
// with the network out of the question (--offline and an empty cache: anything npm would have to
// fetch fails the install), then `npx copydesk` run there. Also the tarball's exact file list and
// its size bar (≤ 1 MB).
import { strict as assert } from 'node:assert';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/paths';

/** What the package holds: the two bundles, the CLI's worker and the bundle of import, export and the language server, the schemas, README, CHANGELOG, LICENSE (and package.json). */
const EXPECTED_FILES = [
  'CHANGELOG.md',
  'LICENSE',
  'README.md',
  'dist/cli-extra.js',
  'dist/cli.js',
  'dist/core.js',
  'dist/lint-worker.js',
  'package.json',
  ...readdirSync(join(REPO_ROOT, 'schemas'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => `schemas/${f}`),
].sort();

const MAX_TARBALL_BYTES = 1024 * 1024;

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string; size: number }[];
}

describe('the npm package', function () {
  this.timeout(180_000);
  let scratch: string;
  let env: NodeJS.ProcessEnv;
  let pack: PackResult;

  function npm(args: string[], options: SpawnSyncOptions & { cwd: string }) {
    // npm's own script runner as the shell's: `npx` is npm exec.
    const result = spawnSync('npm', args, { encoding: 'utf8', env, timeout: 120_000, ...options });
    return { code: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
  }

  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'copydesk-pack-'));
    // A user's machine, not this repository's: no npm settings inherited from a running `npm test`
    // (npm_config_*), an empty user configuration, an empty cache (nothing can come from an earlier
    // download), offline, and no NODE_PATH to find this repository's node_modules through.
    env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && k !== 'NODE_PATH' && k !== 'NODE_OPTIONS'));
    writeFileSync(join(scratch, 'npmrc'), '');
    Object.assign(env, { npm_config_userconfig: join(scratch, 'npmrc'), npm_config_cache: join(scratch, 'cache'), npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', NO_COLOR: '1' });
    // --ignore-scripts: `prepare` would rebuild dist/ under the other tests; the suite has just built it.
    const packed = npm(['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], { cwd: REPO_ROOT });
    assert.equal(packed.code, 0, packed.stderr);
    [pack] = JSON.parse(packed.stdout) as PackResult[];
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('holds exactly the CLI and library bundles, the schemas, README, CHANGELOG and LICENSE; ≤ 1 MB', () => {
    const files = pack.files.map((f) => f.path).sort();
    assert.deepEqual(files, EXPECTED_FILES, 'a new runtime file belongs in .npmignore’s allow-list; anything else stays out');
    assert.ok(pack.size <= MAX_TARBALL_BYTES, `the tarball is ${pack.size} bytes`);
    assert.ok(!files.some((f) => f.endsWith('.map')), 'no source maps');
  });

  it('needs nothing from the registry: no dependencies (the bundles carry them), a bin, Node ≥ 20', () => {
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
    assert.equal(manifest.private, undefined);
    assert.deepEqual(manifest.dependencies ?? {}, {}, 'runtime libraries are bundled into dist/cli.js and dist/core.js: list them under devDependencies');
    assert.equal(manifest.bin.copydesk, 'dist/cli.js');
    assert.match(manifest.engines.node, /^>=\s*20/);
    assert.equal(manifest.exports['.'], './dist/core.js');
  });

  it('installs offline from the tarball into an empty project; npx copydesk runs there: --version, lint, the library', () => {
    const project = join(scratch, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'uses-copydesk', version: '1.0.0', private: true }));
    const installed = npm(['install', '--offline', '--no-audit', '--no-fund', join(scratch, pack.filename)], { cwd: project });
    assert.equal(installed.code, 0, `offline install failed (did it need the registry?):\n${installed.stderr}`);
    assert.ok(existsSync(join(project, 'node_modules', '.bin', 'copydesk')));
    assert.deepEqual(readdirSync(join(project, 'node_modules')).filter((d) => !d.startsWith('.')), ['copydesk'], 'nothing but copydesk was installed');

    const version = npm(['exec', '--offline', '--', 'copydesk', '--version'], { cwd: project });
    assert.equal(version.code, 0, version.stderr);
    assert.equal(version.stdout, `${JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version}\n`);

    // A fixture copied in: a post for a platform Copydesk does not know is an error.
    mkdirSync(join(project, 'posts'));
    writeFileSync(join(project, 'posts', 'launch.post.md'), '---\nplatforms: [x, myspace]\n---\nOur new kettle is here.\n');
    const npx = spawnSync('npx', ['--offline', 'copydesk', 'lint', 'posts'], { cwd: project, encoding: 'utf8', env, timeout: 60_000 });
    assert.equal(npx.status, 1, npx.stderr);
    assert.match(npx.stdout, /^posts\/launch\.post\.md:2:16 {2}error {2}'myspace' in `platforms:` is not a platform Copydesk knows.* {2}post\/unknown-platform$/m);
    assert.match(npx.stdout, /^1 error, 0 warnings, 0 info in 1 file\.$/m);
    // The same from a worker thread: dist/lint-worker.js is in the package, beside dist/cli.js.
    const threaded = spawnSync('npx', ['--offline', 'copydesk', 'lint', 'posts'], { cwd: project, encoding: 'utf8', env: { ...env, COPYDESK_WORKERS: '1' }, timeout: 60_000 });
    assert.equal(threaded.status, 1, threaded.stderr);
    assert.equal(threaded.stdout, npx.stdout);
    assert.equal(threaded.stderr, '');

    // The library entry (`exports`) works from the installed package too.
    const library = spawnSync(process.execPath, ['-e', "const c = require('copydesk'); process.stdout.write(JSON.stringify(c.countForPlatform('Hello', 'x')))"], { cwd: project, encoding: 'utf8', env });
    assert.equal(library.status, 0, library.stderr);
    assert.deepEqual(JSON.parse(library.stdout), { length: 5, limit: 280 });
  });
});
