// copydesk export as a user runs it: every format on the examples (with their .copydesk.yaml),
// --out-dir, --standalone, and what it refuses, each with exit code 2 and one line.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/paths';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('copydesk export (CLI)', function () {
  this.timeout(30000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-export-'));
    cpSync(join(REPO_ROOT, 'examples'), dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('one file to standard output, in each format; the employer from .copydesk.yaml', () => {
    const jsonld = run(['export', 'jobs/store-associate.jd.yaml', '--format', 'jsonld'], dir);
    assert.equal(jsonld.code, 0, jsonld.stderr);
    const posting = JSON.parse(jsonld.stdout);
    assert.deepEqual(posting.hiringOrganization, { '@type': 'Organization', name: 'Northwind Outfitters', sameAs: 'https://northwind.example' });
    assert.deepEqual(posting.identifier, { '@type': 'PropertyValue', name: 'Northwind Outfitters', value: 'DEN-STORE-12' });
    assert.match(run(['export', 'jobs/store-associate.jd.yaml', '-f', 'html'], dir).stdout, /^<article class="job-posting">\n<h1>Store Associate, Denver Flagship<\/h1>\n/);
    assert.match(run(['export', 'jobs/store-associate.jd.yaml', '-f', 'markdown'], dir).stdout, /^# Store Associate, Denver Flagship\n\n\*\*Location:\*\* Denver, CO, United States \(On-site\)/);
    assert.match(run(['export', 'jobs/store-associate.jd.yaml', '-f', 'text'], dir).stdout, /^Store Associate, Denver Flagship\n={32}\n/);
    const page = run(['export', 'jobs/store-associate.jd.yaml', '-f', 'html', '--standalone'], dir).stdout;
    assert.match(page, /^<!DOCTYPE html>\n/);
    assert.deepEqual(JSON.parse(/<script type="application\/ld\+json">\n([\s\S]*?)\n<\/script>/.exec(page)![1]), posting);
  });

  it('--out-dir: one file per job description, named after it', () => {
    const { code, stderr } = run(['export', 'jobs/store-associate.jd.yaml', 'jobs/social-media-manager.jd.yaml', '--format', 'markdown', '--out-dir', 'board'], dir);
    assert.equal(code, 0, stderr);
    assert.deepEqual(readdirSync(join(dir, 'board')).sort(), ['social-media-manager.md', 'store-associate.md']);
    assert.equal(stderr, 'Exported jobs/store-associate.jd.yaml → board/store-associate.md\nExported jobs/social-media-manager.jd.yaml → board/social-media-manager.md\n');
    assert.match(readFileSync(join(dir, 'board', 'social-media-manager.md'), 'utf8'), /^# Social Media Manager\n/);
  });

  it('a JD whose YAML cannot be read: one line with the line number, exit 2, the others exported', () => {
    writeFileSync(join(dir, 'jobs', 'broken.jd.yaml'), 'title: Cook\nresponsibilities: [unclosed\n');
    const { code, stderr } = run(['export', 'jobs/broken.jd.yaml', 'jobs/store-associate.jd.yaml', '-f', 'text', '--out-dir', 'out'], dir);
    assert.equal(code, 2);
    assert.match(stderr, /^copydesk: Not exported 'jobs\/broken\.jd\.yaml': the YAML cannot be read at line \d+: [^\n]+; fix it first\.\nExported jobs\/store-associate\.jd\.yaml → out\/store-associate\.txt\n$/);
    assert.deepEqual(readdirSync(join(dir, 'out')), ['store-associate.txt']);
  });

  it('usage mistakes: exit 2 with a pointer to --help', () => {
    const cases: [string[], RegExp][] = [
      [['export', 'jobs/store-associate.jd.yaml'], /needs --format/],
      [['export', 'jobs/store-associate.jd.yaml', '-f', 'pdf'], /Unknown format 'pdf'/],
      [['export', 'jobs/store-associate.jd.yaml', 'jobs/social-media-manager.jd.yaml', '-f', 'html'], /several files need --out-dir/],
      [['export', 'posts/gear-swap.post.md', '-f', 'html'], /is not a job description/],
      [['export', 'jobs/store-associate.jd.yaml', '-f', 'text', '--standalone'], /--standalone is for --format html/],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = run(args, dir);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, message);
      assert.match(stderr, /\nRun 'copydesk export --help' for usage\.\n$/);
    }
  });
});
