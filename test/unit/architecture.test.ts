// The core's import graph: the dependency arrows point down, so adding a rule family is adding
// a folder. Read from the sources (type-only imports count: they are arrows too).
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { REPO_ROOT } from '../support/paths';

const CORE = join(REPO_ROOT, 'src', 'core');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Module (path relative to src/core, posix, without `.ts`) → the core modules it imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const id = (path: string) => relative(CORE, path).split(sep).join('/').replace(/\.ts$/, '');
  for (const file of sources(CORE)) {
    const targets: string[] = [];
    for (const match of readFileSync(file, 'utf8').matchAll(/(?:import|export)\s[^;]*?from\s+'(\.[^']*)'/gs)) {
      const base = join(dirname(file), match[1]);
      const target = existsSync(`${base}.ts`) ? `${base}.ts` : join(base, 'index.ts');
      assert.ok(existsSync(target), `${id(file)} imports ${match[1]}, which is not a core module`);
      targets.push(id(target));
    }
    graph.set(id(file), targets);
  }
  return graph;
}

/** Import cycles (Tarjan's strongly connected components of more than one module, or a self-import). */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.get(v)?.includes(v)) out.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

const graph = importGraph();
const edges = [...graph].flatMap(([from, targets]) => targets.map((to) => ({ from, to })));
const family = (module: string) => /^([a-z]+)\/rules\//.exec(module)?.[1];
const area = (module: string) => (module.includes('/') ? module.split('/')[0] : module);

/** The modules that put the layers together: they may import anything, and only each other import them. */
const TOP = new Set(['index', 'lint', 'registry', 'fix', 'disable', 'brand/check', 'calendar/check', 'config/lint-config', 'config/load']);

describe('core architecture', () => {
  it('reads a graph of the whole core', () => {
    assert.ok(graph.size > 80, `${graph.size} modules`);
    assert.ok(graph.get('lint')!.includes('brand/check'));
  });

  it('has no import cycles', () => {
    assert.deepEqual(cycles(graph), []);
  });

  it('finds a cycle when there is one (the check itself works)', () => {
    const sample = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    assert.deepEqual(cycles(sample), [['a', 'b', 'c']]);
  });

  it('a rule imports no linter, no registry and no other rule family', () => {
    const offenders = edges.filter(({ from, to }) => family(from) && (TOP.has(to) || /(^|\/)lint-[a-z]+$/.test(to) || (family(to) && family(to) !== family(from))));
    assert.deepEqual(offenders, []);
  });

  it('only a family\'s own index, its linter and the top modules import its rules', () => {
    const offenders = edges.filter(({ from, to }) => family(to) && family(from) !== family(to) && !TOP.has(from) && !(area(from) === family(to) && /(^|\/)lint-[a-z]+$/.test(from)));
    assert.deepEqual(offenders, []);
  });

  it('the post model never reaches up into the calendar built on it', () => {
    const offenders = edges.filter(({ from, to }) => (area(from) === 'jd' || area(from) === 'post' || area(from) === 'config') && area(to) === 'calendar');
    assert.deepEqual(offenders, []);
  });

  it('the JD and post models never reach up into the brand layer: the linter hands them its checks', () => {
    const offenders = edges.filter(({ from, to }) => (area(from) === 'jd' || area(from) === 'post') && area(to) === 'brand');
    assert.deepEqual(offenders, []);
  });

  it('the top modules are imported only by each other', () => {
    const offenders = edges.filter(({ from, to }) => TOP.has(to) && !TOP.has(from) && from !== 'assist/assist' && !from.startsWith('render/'));
    assert.deepEqual(offenders, []);
  });
});
