// src/core must run in VS Code for the Web: no `vscode`, no Node built-ins, in source or bundle.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { REPO_ROOT } from '../support/paths';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const forbidden = new Set(['vscode', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

describe('core purity', () => {
  it('no source file in src/core imports vscode or a Node built-in', () => {
    const offenders: string[] = [];
    for (const file of sources(join(REPO_ROOT, 'src', 'core'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/(?:from\s+|require\(\s*|import\(\s*)['"]([^'"]+)['"]/g)) {
        if (forbidden.has(match[1])) offenders.push(`${relative(REPO_ROOT, file)}: ${match[1]}`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('src/vscode uses only the vscode API and the core: the same code runs as the web extension', () => {
    const offenders: string[] = [];
    for (const file of sources(join(REPO_ROOT, 'src', 'vscode'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/(?:from\s+|require\(\s*|import\(\s*)['"]([^'"]+)['"]/g)) {
        if (match[1] !== 'vscode' && !match[1].startsWith('.')) offenders.push(`${relative(REPO_ROOT, file)}: ${match[1]}`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('the web extension bundle requires only vscode', () => {
    const bundle = readFileSync(join(REPO_ROOT, 'dist', 'web', 'extension.js'), 'utf8');
    assert.deepEqual([...new Set([...bundle.matchAll(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]))], ['vscode']);
  });

  it('the desktop extension leaves the core to dist/engine.js, loaded on first use; the web bundle has it inside', () => {
    const desktop = readFileSync(join(REPO_ROOT, 'dist', 'extension.js'), 'utf8');
    const engine = readFileSync(join(REPO_ROOT, 'dist', 'engine.js'), 'utf8');
    const web = readFileSync(join(REPO_ROOT, 'dist', 'web', 'extension.js'), 'utf8');
    // zod's error class and a rule's message: the core's parsers and rules.
    for (const marker of ['ZodError', 'candidate-facing text']) {
      assert.ok(!desktop.includes(marker), `dist/extension.js holds ${marker}`);
      assert.ok(engine.includes(marker), `dist/engine.js lacks ${marker}`);
      assert.ok(web.includes(marker), `dist/web/extension.js lacks ${marker}`);
    }
    assert.ok(desktop.includes('/engine.js'));
  });

  it('dist/core.js requires nothing at all', () => {
    const bundle = readFileSync(join(REPO_ROOT, 'dist', 'core.js'), 'utf8');
    assert.deepEqual([...bundle.matchAll(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]), []);
  });

  it('dist/core.js exports lint', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const core = require(join(REPO_ROOT, 'dist', 'core.js'));
    assert.equal(typeof core.lint, 'function');
    assert.deepEqual(core.lint('title: x\n', { fileName: 'a.jd.yaml', config: { rules: { 'jd/missing-section': 'off', 'jd/missing-recommended': 'off', 'jd/length': 'off' } } }), []);
  });
});
