// The .vsix holds only what VS Code loads: the files the manifest names, the bundles the
// extension loads on first use, the webviews' scripts, and the README, CHANGELOG and LICENSE
// (the marketplace shows them). `vsce ls` lists what `vsce package` would pack; its size is a row
// of `npm run bench` (it needs the production build).
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/paths';

interface Manifest {
  main: string;
  browser: string;
  icon: string;
  contributes: {
    languages: { configuration?: string; icon?: { light: string; dark: string } }[];
    grammars: { path: string }[];
    snippets: { path: string }[];
    yamlValidation: { url: string }[];
  };
}

const clean = (path: string) => path.replace(/^\.\//, '');

/** Every file the manifest itself names. */
function named(manifest: Manifest): string[] {
  const c = manifest.contributes;
  return [
    manifest.main,
    manifest.browser,
    manifest.icon,
    ...c.languages.flatMap((l) => [l.configuration, l.icon?.light, l.icon?.dark]),
    ...c.grammars.map((g) => g.path),
    ...c.snippets.map((s) => s.path),
    ...c.yamlValidation.map((j) => j.url).filter((url) => !/^https?:/.test(url)),
  ]
    .filter((p): p is string => typeof p === 'string')
    .map(clean);
}

describe('the packaged extension (.vsix)', function () {
  this.timeout(120_000);

  it('holds exactly what VS Code loads, and nothing else (no CLI, no core library, no screenshots, no examples)', () => {
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as Manifest;
    const vsce = join(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
    const listed = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: REPO_ROOT, encoding: 'utf8' })
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .sort();
    // Loaded at run time rather than named in the manifest: the core, the import/export and
    // calendar bundles (on first use) and the two webviews' scripts.
    const loaded = ['dist/engine.js', 'dist/convert.js', 'dist/calendar.js', 'media/preview.js', 'media/calendar.js'];
    const shown = ['README.md', 'CHANGELOG.md', 'LICENSE', 'package.json'];
    assert.deepEqual(listed, [...new Set([...named(manifest), ...loaded, ...shown])].sort());
    for (const file of listed) assert.doesNotMatch(file, /^(dist\/(cli|core)\.js|media\/screenshots\/|examples\/|test\/|src\/)|\.map$/, file);
  });
});
