// The YAML fast path against the `yaml` library: whenever parseFast returns a document, it is the
// document parseDocument builds (classes, values, sources, types, formats, all three offsets of
// every range, plain values), on every YAML file we have, on thousands of damaged copies of them,
// and on texts written for each construct; and it declines what it does not handle.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Document, isDocument, isNode, isPair, isScalar, isSeq, parseDocument, visit, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { fastPlainValue, parseFast } from '../../src/core/yaml/fast';

const NODE_TYPE = Symbol.for('yaml.node.type');
import { CORPUS_DIR, REPO_ROOT } from '../support/paths';

const OPTIONS = { keepSourceTokens: false, prettyErrors: false, merge: true, uniqueKeys: true };
/** Comment and spacing properties: the fast path does not set them, and nothing in src reads them. */
const IGNORED = new Set(['comment', 'commentBefore', 'spaceBefore', 'srcToken']);

/** The first difference between two values (nodes compared by class and own properties), or null. */
function difference(a: unknown, b: unknown, path: string): string | null {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    return Object.is(a, b) ? null : `${path}: ${show(a)} vs ${show(b)}`;
  }
  // The fast path's nodes carry the library's identity mark on a prototype of their own (see
  // fast.ts): the same class and the same mark, which is what isScalar/isMap/… read.
  if (a.constructor !== b.constructor) return `${path}: ${a.constructor?.name} vs ${b.constructor?.name}`;
  if ((a as Record<symbol, unknown>)[NODE_TYPE] !== (b as Record<symbol, unknown>)[NODE_TYPE]) return `${path}: node type ${String((a as Record<symbol, unknown>)[NODE_TYPE])} vs ${String((b as Record<symbol, unknown>)[NODE_TYPE])}`;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b) && !(isNode(a) || isPair(a))) return `${path}: prototypes differ`;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return `${path}: array vs not`;
    if (a.length !== b.length) return `${path}.length: ${a.length} vs ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = difference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  const keysA = Object.keys(a).filter((k) => !IGNORED.has(k)).sort();
  const keysB = Object.keys(b).filter((k) => !IGNORED.has(k)).sort();
  if (keysA.join() !== keysB.join()) return `${path}: properties {${keysA.join()}} vs {${keysB.join()}}`;
  for (const k of keysA) {
    const d = difference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    if (d) return d;
  }
  return null;
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** Why the fast document `fast` is not the library's document for `text`, or null when it is. */
function documentDifference(text: string, fast: Document.Parsed): string | null {
  const lib = parseDocument(text, OPTIONS);
  if (lib.errors.length > 0 || lib.warnings.length > 0) {
    return `accepted, but the library reports ${[...lib.errors, ...lib.warnings].map((e) => e.code).join(', ')}`;
  }
  if (!isDocument(fast) || Object.getPrototypeOf(fast) !== Document.prototype) return 'not a Document';
  let foreignSchema = false;
  visit(fast, {
    Collection(_, node: Node) {
      if ((node as Node & { schema?: unknown }).schema !== fast.schema) foreignSchema = true;
    },
  });
  if (foreignSchema) return 'a collection without the document\'s schema';
  if (fast.errors.length > 0 || fast.warnings.length > 0) return 'the fast document has errors';
  const d =
    difference(fast.range, lib.range, 'range') ??
    difference(fast.contents, lib.contents, 'contents') ??
    difference(fast.directives, lib.directives, 'directives') ??
    difference(withoutDirectives(fast.options), withoutDirectives(lib.options), 'options');
  if (d) return d;
  try {
    assert.deepStrictEqual(fast.toJS({ maxAliasCount: 100 }), lib.toJS({ maxAliasCount: 100 }));
  } catch {
    return 'toJS differs';
  }
  try {
    assert.deepStrictEqual(fastPlainValue(fast)?.value, lib.toJS({ maxAliasCount: 100 }));
  } catch {
    return "fastPlainValue differs from the library's toJS";
  }
  return null;
}

function withoutDirectives(options: object): object {
  const copy: Record<string, unknown> = { ...options };
  delete copy._directives; // the composer's own Directives, copied into doc.directives
  return copy;
}

/** parseFast on `text`: the document when it accepts (after checking it against the library), else undefined. */
function checked(text: string, label: string): Document.Parsed | undefined {
  const fast = parseFast(text);
  if (fast === undefined) return undefined;
  const d = documentDifference(text, fast);
  if (d) assert.fail(`${label}: ${d}\n--- text ---\n${JSON.stringify(text)}`);
  return fast;
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : yamlFiles(path);
      return /\.ya?ml$/.test(name) ? [path] : [];
    });
}

const repoFiles = ['examples', join('test', 'fixtures'), join('test', 'fixtures-render'), join('test', 'fixtures-import')].flatMap((d) => yamlFiles(join(REPO_ROOT, d)));
const corpusFiles = yamlFiles(CORPUS_DIR);
const allFiles = [...repoFiles, ...corpusFiles];
const label = (path: string) => (path.startsWith(REPO_ROOT) ? relative(REPO_ROOT, path) : relative(CORPUS_DIR, path));

// Damage of every kind an editor produces while typing: whole lines removed, repeated, shifted,
// the text cut short, and single indicators and characters typed anywhere.
const INSERTIONS = [': ', '#', ' #', '- ', "'", '"', '\t', '\n', '\r\n', '[', ']', '{', '}', '>', '|', '&', '*', '!', '%', '@', '`', '~', '0', '1.5', 'true', 'null', ' ', ',', '\r'];
const POSITIONS = 20;

/** The text, or for a text longer than `max` its first lines up to about `head` characters. */
function headOf(text: string, max: number, head: number): string {
  if (text.length <= max) return text;
  const cut = text.indexOf('\n', head);
  return cut < 0 ? text : text.slice(0, cut + 1);
}

type Mutation = (text: string, lines: string[]) => string;

function mutationsOf(text: string): Mutation[] {
  const lineCount = text.split('\n').length;
  const out: Mutation[] = [];
  const withLine = (i: number, replace: (line: string) => string[]): Mutation => (_, lines) =>
    [...lines.slice(0, i), ...replace(lines[i]), ...lines.slice(i + 1)].join('\n');
  for (let i = 0; i < lineCount; i++) {
    out.push(withLine(i, () => []));
    out.push(withLine(i, (l) => [l, l]));
    for (const n of [1, 2]) {
      out.push(withLine(i, (l) => [' '.repeat(n) + l]));
      out.push(withLine(i, (l) => [l.startsWith(' '.repeat(n)) ? l.slice(n) : l]));
    }
  }
  const step = Math.max(1, Math.floor(text.length / POSITIONS));
  for (let p = 0; p <= text.length; p += step) {
    out.push((t) => t.slice(0, p));
    for (const s of INSERTIONS) out.push((t) => t.slice(0, p) + s + t.slice(p));
  }
  return out;
}

describe('YAML fast path (parseFast)', function () {
  this.timeout(20000);

  it('reads every YAML file in the repository and the corpus as the library does', function () {
    let accepted = 0;
    for (const path of allFiles) if (checked(readFileSync(path, 'utf8'), label(path))) accepted++;
    console.log(`      ${allFiles.length} files (${corpusFiles.length} from the corpus), ${accepted} read by the fast path`);
    assert.ok(repoFiles.length >= 40, `expected the repository's YAML files, found ${repoFiles.length}`);
    assert.ok(accepted >= repoFiles.length / 2);
  });

  it('reads damaged copies of every file as the library does, or declines them', function () {
    // Every file contributes the same share of an overall budget, and large files (the corpus)
    // are damaged in their first few thousand characters only, so the test stays quick.
    const budget = 2400;
    const perFile = Math.max(12, Math.floor(budget / allFiles.length));
    let derived = 0;
    let accepted = 0;
    for (const path of allFiles) {
      const text = headOf(readFileSync(path, 'utf8'), 6000, 2500);
      const lines = text.split('\n');
      const mutations = mutationsOf(text);
      const stride = Math.max(1, mutations.length / perFile);
      for (let k = 0; k < mutations.length; k += stride) {
        const derivedText = mutations[Math.floor(k)](text, lines);
        derived++;
        if (checked(derivedText, `${label(path)}, mutation ${Math.floor(k)}`)) accepted++;
      }
    }
    console.log(`      ${derived} damaged texts, ${accepted} read by the fast path, all equal to the library's documents`);
    assert.ok(derived >= 2000, `only ${derived} damaged texts`);
    assert.ok(accepted >= derived / 3, `only ${accepted} of ${derived} damaged texts read by the fast path`);
  });

  it('reads every JD in examples/ and every good fixture', function () {
    const files = [...yamlFiles(join(REPO_ROOT, 'examples')), ...yamlFiles(join(REPO_ROOT, 'test', 'fixtures')).filter((p) => /(^|[\\/])good[^\\/]*$/.test(p))];
    assert.ok(files.filter((p) => p.endsWith('.jd.yaml')).length >= 10);
    for (const path of files) assert.ok(checked(readFileSync(path, 'utf8'), label(path)), `${label(path)} was declined`);
  });

  const supported: Array<[string, string]> = [
    ['an empty file', ''],
    ['only comments and blank lines', '# a comment\n\n  # another\n'],
    ['a flat mapping', 'title: Social Media Manager\ndepartment: Marketing\n'],
    ['no final newline', 'title: x\nteam: y'],
    ['CRLF line ends', 'title: x\r\nlist:\r\n  - a\r\n  - b\r\nsummary: >\r\n  one\r\n  two\r\n\r\nend: 1\r\n'],
    ['a mapping indented as a whole', '  a: 1\n  b:\n    c: 2\n'],
    ['nested mappings', 'salary:\n  min: 1\n  max: 2\n  range:\n    low: a\n    high: b\nnext: c\n'],
    ['sequences', 'skills:\n  - one\n  - two\ntools:\n- same column\n- as the key\nafter: x\n'],
    ['sequences of mappings', 'kpis:\n  - metric: Engagement\n    target: "+15%"\n    platforms: [instagram, tiktok]\n  -   metric: Reach\n      period: month\n  -\n    metric: Later line\n'],
    ['nested sequences', 'a:\n  -\n    - x\n    - y\n  - z\n'],
    ['a sequence as the document', '- a\n- b: 1\n  c: 2\n-\n- # empty with a comment\n'],
    ['multi-line plain scalars', 'summary: one\n  two\n\n  three   \n    four\nafter: x\nlist:\n  - first line\n    second line\n'],
    ['a plain value on the line after its key', 'summary:\n  on the next line\n  and more\nb: 1\n'],
    ['a plain value after a comment line that lowers the indentation', 'a:\n\n#c\n  foo\nbar\n'],
    ['single-quoted scalars', "a: 'it''s'\nb: 'two\n  lines'\n'quoted key': x\nc: ''\n"],
    ['double-quoted scalars with escapes', 'a: "tab\\tnew\\nline \\x41 \\u00e9 \\U0001F600 \\\\ \\""\nb: "folded\n  line\n\n  para"\n"key": "v"\nc: "esc\\\n   aped"\n'],
    ['literal block scalars, each chomping', 'a: |\n  one\n   two\n\n  three\n\n\nb: |-\n  x\n\nc: |+\n  y\n\n\nd: |\ne: 1\n'],
    ['folded block scalars, each chomping', 'a: >\n  one\n  two\n\n   more\n  three\n\nb: >-\n  x\n  y\nc: >+\n  z\n\nd: > # header comment\n  w\n'],
    ['block scalars in sequences', 'list:\n  - |\n    lit\n  - >-\n    fold\n  - k: |\n      in a map\n'],
    ['keep-chomped block scalars that end without a line break or with an indented blank line', 'a: |+\n  y\n    \nb: >+\n  z\n  \n   \nc: |+\n  end'],
    ['numbers', 'a: 1\nb: -2\nc: +3\nd: 0o17\ne: 0x1F\nf: 1.50\ng: 1e3\nh: .5\ni: 1.\nj: .inf\nk: -.Inf\nl: .nan\nm: 007\nn: -0\no: 2026-09-01\np: 12:30\n'],
    ['booleans and null', 'a: true\nb: False\nc: TRUE\nd: null\ne: ~\nf: Null\ng:\nh: yes\ni: NULL\n'],
    ['keys that are not strings', '1: one\ntrue: yes\nnull: nothing\n1.5: x\n'],
    ['empty values', 'a:\nb:   \nc: # comment\n\n# between\nd: x\ne:\n'],
    ['empty sequence items', '- \n-\n- # c\n\n  # more\n- x\n'],
    ['flow sequences and mappings', 'a: [a, "b", \'c\', 1, true, null]\nb: [ x , y ,  ]\nc: []\nd: { min: 1 , max: 2, cur: EUR, who: Head of X }\ne: {}\nf: {a: 1,}  # c\n'],
    ['comments everywhere', '# head\n\ntitle: x # trailing\n  # indented: joins the value\n# at column 0\nlist: # after key\n  # before item\n  - a # after item\n    # deeper\n  # at the list\n\n  - b\nmap:\n  k: v\n    # joins v\n  # stays with the map\nend: 1\n# tail\n\n'],
    ['colons and hashes inside plain scalars', 'url: https://example.com/a#b\ntime: 12:30\ntag: C#\nratio: 4:5 images\nnote: "a: b"\n'],
    ['unusual but valid plain scalars', 'a: -x\nb: ?y\nc: :z\nd: x, y\ne: a [b] {c}\nf: "q" \n'],
  ];

  for (const [name, text] of supported) {
    it(`reads ${name}`, () => {
      assert.ok(checked(text, name), `declined: ${JSON.stringify(text)}`);
    });
  }

  const declined: Array<[string, string]> = [
    ['a duplicate key', 'a: 1\nb: 2\na: 3\n'],
    ['a duplicate key by value', '1: a\n01: b\n'],
    ['a duplicate key in a flow mapping', 'a: {x: 1, x: 2}\n'],
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a tab', 'a:\tb\n'],
    ['a tab in indentation', 'a:\n\t- b\n'],
    ['a nested flow collection', 'a: [[1, 2]]\n'],
    ['a multi-line flow collection', 'a: [1,\n  2]\n'],
    ['a document start marker', '---\na: 1\n'],
    ['a document end marker', 'a: 1\n...\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a byte order mark', '\uFEFFa: 1\n'],
    ['a lone CR', 'a: 1\rb: 2\n'],
    ['a mapping on the same line as a key', 'key: a: b\n'],
    ['a sequence on the same line as a key', 'key: - a\n'],
    ['bad indentation of a key', 'a:\n  b: 1\n   c: 2\n'],
    ['a key less indented than the document', '  a: 1\nb: 2\n'],
    ['text after a value and its comment', 'a: 1 # c\n  b\n'],
    ['a multi-line key', 'a\n  b: 1\n'],
    ['an explicit key', '? a\n: b\n'],
    ['a merge key', 'a:\n  <<: {b: 1}\n'],
    ['an explicit block scalar indentation', 'a: |2\n   x\n'],
    ['a reserved character', 'a: @b\n'],
    ['an unclosed quote', "a: 'b\nc: d\n"],
    ['a bad escape', 'a: "\\q"\n'],
    ['a scalar document', 'just text\n'],
    ['a comment without a space after a quoted scalar', 'a: "b"#c\n'],
    ['deep nesting', Array.from({ length: 150 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' x\n'],
  ];

  for (const [name, text] of declined) {
    it(`declines ${name}`, () => {
      assert.equal(parseFast(text), undefined);
    });
  }

  it('declines every control character parseYaml reports, so that parseYaml looks again only for U+FFFD', () => {
    const reported = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFD]/;
    let checkedCount = 0;
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (!reported.test(ch) || c === 0xfffd) continue;
      checkedCount++;
      assert.equal(parseFast(`a: b${ch}c\n`), undefined, `U+${c.toString(16).padStart(4, '0')}`);
    }
    assert.equal(checkedCount, 61);
    assert.ok(parseFast('a: b\uFFFDc\n'), 'U+FFFD is read by the fast path; parseYaml finds it with indexOf');
  });

  it('takes linear time on long lists and long plain scalars', () => {
    const items = 'list:\n' + Array.from({ length: 20000 }, (_, i) => `  - item number ${i} without a colon`).join('\n') + '\nend: 1\n';
    const long = 'a: ' + Array.from({ length: 20000 }, () => 'word').join('\n  ') + '\nb: 1\n';
    for (const text of [items, long]) {
      const start = Date.now();
      assert.ok(parseFast(text));
      assert.ok(Date.now() - start < 1000, `took ${Date.now() - start} ms`);
    }
  });

  it('returns a Document the rest of the linter can use', () => {
    const doc = parseFast('a: 1\nb: [x]\n')!;
    assert.ok(doc instanceof Document);
    assert.deepEqual(doc.toJS(), { a: 1, b: ['x'] });
    assert.equal(String(doc), 'a: 1\nb: [ x ]\n');
    // Nodes made without the library's constructors still behave as its nodes (fast.ts).
    const b = doc.get('b', true) as YAMLSeq;
    assert.ok(isSeq(b) && b instanceof YAMLSeq && isScalar(doc.get('a', true)) && isPair((doc.contents as YAMLMap).items[0]));
    const copy = b.clone();
    assert.ok(isSeq(copy) && copy !== b && copy.schema === doc.schema);
    doc.setIn(['b', 1], 'y');
    doc.set('__proto__', 2);
    assert.equal(String(doc), 'a: 1\nb: [ x, y ]\n__proto__: 2\n');
    assert.deepEqual(Object.keys(b).sort(), Object.keys(parseDocument('a: 1\nb: [x]\n', OPTIONS).get('b', true) as YAMLSeq).sort(), 'no property the library would not set');
  });

  it('reads a key named __proto__ as a key, as the library does', () => {
    const doc = parseFast('__proto__: 1\ntoString: 2\n~: 3\n1.5: 4\n')!;
    const value = fastPlainValue(doc)!.value as Record<string, unknown>;
    assert.deepStrictEqual(value, parseDocument('__proto__: 1\ntoString: 2\n~: 3\n1.5: 4\n').toJS());
    assert.equal(Object.getPrototypeOf(value), Object.prototype);
    assert.deepEqual(Object.keys(value), ['__proto__', 'toString', '', '1.5']);
    assert.equal(fastPlainValue(parseDocument('a: 1\n')), undefined, 'not a document of the fast path');
  });
});
