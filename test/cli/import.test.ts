// copydesk import as a user runs it: a real process on real files, every format, the files it
// writes, what it refuses, and bad input (one line, exit 2, no stack trace, nothing left behind).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { lint } from '../../src/core/index';
import { REPO_ROOT, TODAY } from '../support/paths';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');
const FIXTURES = join(REPO_ROOT, 'test', 'fixtures-import');

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Files in `dir` a failed import might leave: a JD or a temporary file. */
const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.jd.yaml') || f.includes('copydesk-tmp'));

describe('copydesk import (CLI)', function () {
  this.timeout(30000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-import-'));
    for (const file of readdirSync(FIXTURES)) if (!file.startsWith('expected')) copyFileSync(join(FIXTURES, file), join(dir, file));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes <name>.jd.yaml beside each posting, in every format, then lints them; exit 0', () => {
    const { code, stdout, stderr } = run(['import', 'cafe-barista.md', 'warehouse-operative.html', 'community-nurse.txt', 'store-supervisor.docx'], dir);
    assert.equal(code, 0, stderr);
    for (const name of ['cafe-barista', 'warehouse-operative', 'community-nurse', 'store-supervisor']) {
      const written = readFileSync(join(dir, `${name}.jd.yaml`), 'utf8');
      assert.equal(written, readFileSync(join(FIXTURES, 'expected', `${name}.jd.yaml`), 'utf8'), name);
      assert.ok(stderr.includes(`Imported ${name}.`), stderr);
      // What the writer sees at once: the lint of the new file, as copydesk lint prints it.
      const errors = lint(written, { fileName: `${name}.jd.yaml`, now: TODAY }).filter((f) => f.severity === 'error');
      for (const f of errors) assert.ok(stdout.includes(`${name}.jd.yaml:`) && stdout.includes(f.message), `${name}: ${f.message}`);
    }
    assert.match(stdout, /\d+ errors?, \d+ warnings?, \d+ info in 4 files\.\n$/);
  });

  it('reads the Word document through its headings, lists, table and link', () => {
    const { code, stdout } = run(['import', 'store-supervisor.docx', '-o', '-'], dir);
    assert.equal(code, 0);
    const value = parseDocument(stdout).toJS();
    assert.equal(value.title, 'Store Supervisor');
    assert.deepEqual(value.location, { city: 'Bristol', country: 'GB' });
    assert.deepEqual(value.salary, { min: 27500, max: 30000, currency: 'GBP', period: 'year' });
    assert.deepEqual(value.responsibilities, ['Open and close the store four days a week', 'Lead a team of five sales assistants through busy Saturdays', 'Count the till and bank the takings']);
    assert.match(value.how_to_apply, /^- Write a short note about a shop you love\.\n- Send it with your CV\.\n\nQuestions go to our hiring team \(jobs@greenway\.example\)\.$/);
  });

  it('never replaces a file without --force; --force replaces it; --out-dir writes elsewhere', () => {
    writeFileSync(join(dir, 'cafe-barista.jd.yaml'), 'title: Mine\n');
    const refused = run(['import', 'cafe-barista.md'], dir);
    assert.equal(refused.code, 2);
    assert.equal(refused.stderr, "copydesk: Not imported 'cafe-barista.md': 'cafe-barista.jd.yaml' exists already; use --force to replace it.\n");
    assert.equal(readFileSync(join(dir, 'cafe-barista.jd.yaml'), 'utf8'), 'title: Mine\n');
    assert.equal(run(['import', '--force', 'cafe-barista.md'], dir).code, 0);
    assert.match(readFileSync(join(dir, 'cafe-barista.jd.yaml'), 'utf8'), /^title: Barista \(Weekend Mornings\)$/m);
    mkdirSync(join(dir, 'jobs'));
    assert.equal(run(['import', 'community-nurse.txt', '--out-dir', 'jobs'], dir).code, 0);
    assert.deepEqual(readdirSync(join(dir, 'jobs')), ['community-nurse.jd.yaml']);
  });

  it('-o - writes to standard output only, and takes one file', () => {
    const { code, stdout } = run(['import', 'community-nurse.txt', '-o', '-'], dir);
    assert.equal(code, 0);
    assert.equal(stdout, readFileSync(join(FIXTURES, 'expected', 'community-nurse.jd.yaml'), 'utf8'));
    assert.deepEqual(leftovers(dir), []);
    const two = run(['import', 'community-nurse.txt', 'cafe-barista.md', '-o', '-'], dir);
    assert.equal(two.code, 2);
    assert.match(two.stderr, /^copydesk: -o - writes one job description: give one file\.\n/);
  });

  describe('bad input: one line, exit 2, nothing written, the other files still imported', () => {
    const cases: [string, (path: string) => void, RegExp][] = [
      ['a damaged .docx', (p) => writeFileSync(p, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)])), /^copydesk: Not imported 'bad\.docx': it is damaged or not a Word document \(.+\)\.\n$/],
      ['a password-protected .docx', (p) => writeFileSync(p, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)])), /^copydesk: Not imported 'bad\.docx': it is password-protected, or a Word 97-2003 \.doc: save it as \.docx without a password\.\n$/],
      ['a text file named .docx', (p) => writeFileSync(p, 'Barista wanted\n'), /^copydesk: Not imported 'bad\.docx': it is not a Word \.docx document\.\n$/],
      ['a binary file named .md', (p) => writeFileSync(p, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), /^copydesk: Not imported 'bad\.md': it is not UTF-8 text \(the first bad byte is at 0\): save it as UTF-8 first\.\n$/],
      ['a file over 10 MB', (p) => writeFileSync(p, Buffer.alloc(10 * 1024 * 1024 + 1, 'a')), /^copydesk: Not imported 'bad\.md': it is 10\.0 MB; Copydesk reads files up to 10\.0 MB\.\n$/],
      ['a format it does not read', (p) => writeFileSync(p, '%PDF-1.7'), /^copydesk: Not imported 'bad\.pdf': copydesk import reads \.docx, \.html, \.htm, \.md and \.txt files\.\n$/],
      ['a missing file', () => undefined, /^copydesk: Not imported 'bad\.md': no such file or folder\.\n$/],
    ];
    for (const [what, make, message] of cases) {
      it(what, () => {
        const name = what.includes('.md') || what.includes('10 MB') || what.includes('missing') ? 'bad.md' : what.includes('format') ? 'bad.pdf' : 'bad.docx';
        make(join(dir, name));
        const { code, stdout, stderr } = run(['import', name, 'community-nurse.txt'], dir);
        assert.equal(code, 2);
        const [first, ...rest] = stderr.split(/(?<=\n)/);
        assert.match(first, message);
        assert.deepEqual(rest, ['Imported community-nurse.txt → community-nurse.jd.yaml\n']);
        assert.ok(!/\bat \w+ \(|Error:/.test(stderr), 'no stack trace');
        assert.deepEqual(leftovers(dir), ['community-nurse.jd.yaml']);
        assert.match(stdout, /community-nurse\.jd\.yaml:/);
      });
    }

    it('HTML with scripts: the scripts are not read, the page is imported', () => {
      writeFileSync(join(dir, 'page.html'), '<h1>Cook</h1><script>document.write("<h2>Responsibilities</h2>")</script><h2>Responsibilities</h2><ul><li>Cook <img src=x onerror="alert(1)" alt="">rice</li></ul>');
      const { code, stdout } = run(['import', 'page.html', '-o', '-'], dir);
      assert.equal(code, 0);
      assert.deepEqual(parseDocument(stdout).toJS().responsibilities, ['Cook rice']);
      assert.ok(!stdout.includes('document.write') && !stdout.includes('alert'));
    });

    it('a file with no recognisable section: imported, with a note on what to do', () => {
      writeFileSync(join(dir, 'note.txt'), 'We are hiring.\nCome and talk to us at the market on Saturday.\n');
      const { code, stderr } = run(['import', 'note.txt'], dir);
      assert.equal(code, 0);
      assert.match(stderr, /copydesk: note\.jd\.yaml: No title found: named it "Note" after the file; write the job title candidates search for\.\n/);
      assert.match(stderr, /copydesk: note\.jd\.yaml: No section was recognised by its heading: everything is in `summary` and `other`\./);
      assert.deepEqual(parseDocument(readFileSync(join(dir, 'note.jd.yaml'), 'utf8')).toJS(), { title: 'Note', summary: 'We are hiring. Come and talk to us at the market on Saturday.' });
    });
  });

  it('usage mistakes: exit 2 with a pointer to --help', () => {
    for (const args of [['import'], ['import', '--bogus', 'x.md'], ['import', 'x.md', '-o', 'out.yaml'], ['import', 'x.md', '--out-dir']]) {
      const { code, stderr } = run(args, dir);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /\nRun 'copydesk import --help' for usage\.\n$/);
    }
    assert.match(run(['import', '--help'], dir).stdout, /^Usage: copydesk import <file…>/);
  });
});
