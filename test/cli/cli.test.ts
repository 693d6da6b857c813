// The copydesk command as users and CI run it: a real process, real files, exit codes and output.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/paths';
import { MINIMAL_COMPLETE_JD } from '../support/texts';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const DRAFT = `title: Community Manager
employment_type: fulltime
responsibilites:
  - Host the monthly members' call
kpis:
  - metric: Forum activity
    target: More posts
`;

const CLEAN = MINIMAL_COMPLETE_JD;

describe('copydesk CLI', function () {
  this.timeout(30000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
    mkdirSync(join(dir, 'jobs'));
    writeFileSync(join(dir, '.copydesk.yaml'), 'rules:\n  jd/missing-recommended: off\n  jd/length: off\n');
    writeFileSync(join(dir, 'jobs', 'draft.jd.yaml'), DRAFT);
    writeFileSync(join(dir, 'jobs', 'clean.jd.yaml'), CLEAN);
    writeFileSync(join(dir, 'jobs', 'notes.md'), '# not linted\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stylish: path:line:col  severity  message  rule-id, a summary, exit 1 on errors', () => {
    const { code, stdout } = run(['lint'], dir);
    assert.equal(code, 1);
    const lines = stdout.trimEnd().split('\n');
    assert.equal(lines[0], "jobs/draft.jd.yaml:1:1  error  Missing required section `qualifications`: add it. Profile `social`, from the title; set `profile: general` if this is not a social media role.  jd/missing-section");
    assert.ok(!stdout.includes('`responsibilities`'), 'the misspelled key is reported by jd/schema, not as a missing section');
    assert.ok(lines.includes("jobs/draft.jd.yaml:2:18  error  'fulltime' is not a valid value for `employment_type`. Did you mean 'full-time'?  jd/schema"));
    assert.ok(lines.includes("jobs/draft.jd.yaml:7:13  error  KPI 'Forum activity' target \"More posts\" is not measurable: include a number (e.g. \"+15%\", \"under 2 hours\", \"10 posts\").  jd/kpi-not-measurable"));
    assert.equal(lines[lines.length - 1], '8 errors, 0 warnings, 0 info in 3 files.');
  });

  it('exit 0 on a clean file, and its configuration is listed too', () => {
    const { code, stdout } = run(['lint', 'jobs/clean.jd.yaml'], dir);
    assert.equal(code, 0);
    assert.equal(stdout, 'No problems in 2 files.\n');
  });

  it('json: every linted file, 1-based lines and columns, offsets, fixes as edits', () => {
    const { code, stdout } = run(['lint', '--format', 'json', '.'], dir);
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.deepEqual(report.files.map((f: { path: string }) => f.path), ['.copydesk.yaml', 'jobs/clean.jd.yaml', 'jobs/draft.jd.yaml']);
    assert.deepEqual(report.files[1].findings, []);
    const typo = report.files[2].findings.find((f: { ruleId: string; message: string }) => f.ruleId === 'jd/schema' && f.message.includes('fulltime'));
    assert.deepEqual(typo.start, { line: 2, column: 18, offset: 42 });
    assert.deepEqual(typo.end, { line: 2, column: 26, offset: 50 });
    assert.equal(DRAFT.slice(typo.start.offset, typo.end.offset), 'fulltime');
    assert.deepEqual(typo.fixes, [{ title: "Change to 'full-time'", safe: true, edits: [{ start: 42, end: 50, text: 'full-time' }] }]);
    assert.equal(typo.docsUrl, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/jd/schema.md');
  });

  it('sarif 2.1.0: the same findings, rules with help links, UTF-16 columns', () => {
    const json = JSON.parse(run(['lint', '-f', 'json'], dir).stdout);
    const { code, stdout } = run(['lint', '--format=sarif'], dir);
    assert.equal(code, 1);
    const sarif = JSON.parse(stdout);
    assert.equal(sarif.version, '2.1.0');
    const runLog = sarif.runs[0];
    assert.equal(runLog.columnKind, 'utf16CodeUnits');
    assert.equal(runLog.tool.driver.name, 'copydesk');
    const total = json.files.reduce((n: number, f: { findings: unknown[] }) => n + f.findings.length, 0);
    assert.equal(runLog.results.length, total);
    const typo = runLog.results.find((r: { message: { text: string } }) => r.message.text.includes('fulltime'));
    assert.equal(typo.level, 'error');
    assert.equal(runLog.tool.driver.rules[typo.ruleIndex].id, 'jd/schema');
    assert.deepEqual(typo.locations[0].physicalLocation.region, { startLine: 2, startColumn: 18, endLine: 2, endColumn: 26, charOffset: 42, charLength: 8 });
    assert.equal(typo.locations[0].physicalLocation.artifactLocation.uri, 'jobs/draft.jd.yaml');
  });

  it('--fix applies the safe fixes, writes the file, reports what remains', () => {
    const { code, stdout } = run(['lint', '--fix'], dir);
    assert.equal(code, 1);
    assert.equal(
      readFileSync(join(dir, 'jobs', 'draft.jd.yaml'), 'utf8'),
      DRAFT.replace('fulltime', 'full-time').replace('responsibilites:', 'responsibilities:'),
    );
    assert.match(stdout, /^Fixed 2 problems in 1 file\.\n/);
    assert.ok(!stdout.includes('jd/schema'));
    assert.match(stdout, /6 errors, 0 warnings, 0 info in 3 files\.\n$/);
  });

  it('--fix leaves files without safe fixes untouched', () => {
    const clean = join(dir, 'jobs', 'clean.jd.yaml');
    const before = statSync(clean).mtimeMs;
    run(['lint', '--fix', 'jobs/clean.jd.yaml'], dir);
    assert.equal(statSync(clean).mtimeMs, before);
    assert.equal(readFileSync(clean, 'utf8'), CLEAN);
  });

  it('globs, quoted so the shell does not expand them', () => {
    const { code, stdout } = run(['lint', '-f', 'json', 'jobs/**/c*.jd.yaml'], dir);
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(stdout).files.map((f: { path: string }) => f.path), ['.copydesk.yaml', 'jobs/clean.jd.yaml']);
  });

  it('exit 2 and a clear message for an unreadable path, a glob without matches, a file it does not lint', () => {
    const missing = run(['lint', 'nope.jd.yaml'], dir);
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, "copydesk: Cannot read 'nope.jd.yaml': no such file or folder.\n");
    const glob = run(['lint', 'jobs/*.post.md'], dir);
    assert.equal(glob.code, 2);
    assert.equal(glob.stderr, "copydesk: No Copydesk files match 'jobs/*.post.md'.\n");
    const other = run(['lint', 'jobs/notes.md'], dir);
    assert.equal(other.code, 2);
    assert.match(other.stderr, /'jobs\/notes\.md' is not a file Copydesk lints/);
  });

  it('an unreadable path among good ones: the others are still reported, exit 2', () => {
    const { code, stdout, stderr } = run(['lint', 'jobs/clean.jd.yaml', 'missing'], dir);
    assert.equal(code, 2);
    assert.equal(stdout, 'No problems in 2 files.\n');
    assert.match(stderr, /Cannot read 'missing'/);
  });

  it('exit 2 on usage errors, with a pointer to --help', () => {
    for (const args of [['lint', '--frmat', 'json'], ['lint', '--format', 'xml'], ['lint', '--format'], ['check']]) {
      const { code, stderr } = run(args, dir);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /^copydesk: .+\nRun 'copydesk --help' for usage\.\n$/);
    }
    assert.equal(run(['--help'], dir).code, 0);
    assert.match(run(['lint', '--help'], dir).stdout, /^Usage: copydesk lint/);
    assert.match(run(['--version'], dir).stdout, /^\d+\.\d+\.\d+\n$/);
  });

  it('a broken configuration is reported in its own file and the JDs are still linted', () => {
    writeFileSync(join(dir, '.copydesk.yaml'), 'rules:\n  jd/missing-recommended: of\n');
    const { code, stdout } = run(['lint', 'jobs/clean.jd.yaml'], dir);
    assert.equal(code, 1);
    assert.match(stdout, /^\.copydesk\.yaml:2:27  error  'of' is not a valid value for `rules\.jd\/missing-recommended`\. Did you mean 'off'\?  config\/invalid$/m);
    assert.match(stdout, /jobs\/clean\.jd\.yaml:1:1  info  Consider adding `platforms`/);
  });
});

describe('copydesk CLI on examples/', function () {
  this.timeout(30000);
  const examples = join(REPO_ROOT, 'examples');

  it('shows the incomplete JD findings and exits 1', () => {
    const { code, stdout } = run(['lint', examples], REPO_ROOT);
    assert.equal(code, 1);
    assert.match(stdout, /^examples\/jobs\/community-manager\.jd\.yaml:\d+:\d+  error  /m);
    // Only errors: its review date will, in time, become overdue (a warning), as in real life.
    assert.ok(!/social-media-manager\.jd\.yaml:\d+:\d+  error/.test(stdout), 'the complete JD has no errors');
  });

  it('the complete JD alone exits 0', () => {
    const { code, stdout } = run(['lint', 'examples/jobs/social-media-manager.jd.yaml'], REPO_ROOT);
    assert.equal(code, 0, stdout);
  });

  it('posts: JSON carries counts per platform, with the expected findings', () => {
    const { code, stdout } = run(['lint', '-f', 'json', 'examples/posts'], REPO_ROOT);
    assert.equal(code, 1);
    const files = JSON.parse(stdout).files;
    const swap = files.find((f: { path: string }) => f.path === 'examples/posts/gear-swap.post.md');
    assert.deepEqual(Object.keys(swap.counts), ['x', 'threads', 'instagram']);
    assert.equal(swap.counts.x.limit, 280);
    assert.ok(swap.counts.x.length > 280);
    assert.ok(swap.findings.some((f: { ruleId: string; message: string }) => f.ruleId === 'post/over-limit' && f.message.startsWith(`X: ${swap.counts.x.length}/280`)));
    const meetup = files.find((f: { path: string }) => f.path === 'examples/posts/trailhead-meetup.post.md');
    assert.deepEqual(meetup.findings.filter((f: { severity: string }) => f.severity === 'error').map((f: { ruleId: string }) => f.ruleId), ['post/missing-alt-text']);
    const trails = files.find((f: { path: string }) => f.path === 'examples/posts/winter-trails.post.md');
    // The rules judged against today (a schedule that has passed) are left out: the examples are
    // dated, and their fixtures check those rules on a fixed day.
    const dated = new Set(['post/schedule-past', 'post/status-flow']);
    assert.deepEqual(trails.findings.filter((f: { severity: string; ruleId: string }) => f.severity !== 'info' && !dated.has(f.ruleId)), []);
  });

  it('a thread: JSON counts each post (parts) and gives the longest as length; the over post is named', () => {
    const long = 'Every rider gets paid training and proper rain gear before the first shift. '.repeat(4).trim();
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-thread-'));
    writeFileSync(join(dir, 'thread.post.md'), `---\nplatforms: [x, linkedin]\n---\nWe are hiring riders.\n---\n${long}\n---\nApply by Friday.\n`);
    const { code, stdout } = run(['lint', '-f', 'json', 'thread.post.md'], dir);
    rmSync(dir, { recursive: true, force: true });
    assert.equal(code, 1);
    const [file] = JSON.parse(stdout).files;
    assert.deepEqual(file.counts.x, { length: 303, limit: 280, parts: [{ length: 21, limit: 280 }, { length: 303, limit: 280 }, { length: 16, limit: 280 }] });
    assert.deepEqual(file.counts.linkedin, { length: 344, limit: 3000 });
    const over = file.findings.find((f: { ruleId: string }) => f.ruleId === 'post/over-limit');
    assert.match(over.message, /^X, part 2 of 3: 303\/280 /);
    assert.equal(over.start.line, 6);
    assert.deepEqual(over.fixes.map((f: { title: string; safe: boolean }) => `${f.title} ${f.safe}`), ['Split this part into 2 posts false']);
  });

  it('the sponsored draft post: each brand policy at work, exactly once', () => {
    const { stdout } = run(['lint', '-f', 'json', 'examples/posts/ridgeline-boots.post.md'], REPO_ROOT);
    const file = JSON.parse(stdout).files.find((f: { path: string }) => f.path.endsWith('ridgeline-boots.post.md'));
    const brand = file.findings.map((f: { ruleId: string }) => f.ruleId).filter((id: string) => id.startsWith('brand/')).sort();
    assert.deepEqual(brand, [
      'brand/banned-term',
      'brand/emoji-max',
      'brand/exclamations',
      'brand/hashtag-banned',
      'brand/hashtag-required',
      'brand/hashtag-style',
      'brand/link-policy',
      'brand/link-policy',
      'brand/link-policy',
      'brand/preferred-term',
      'brand/shouting',
      'brand/sponsored-disclosure',
    ]);
  });

  it('--fix applies the brand guide\'s safe fixes to the draft post and keeps the rest for a person', () => {
    const copy = mkdtempSync(join(tmpdir(), 'copydesk-brand-'));
    try {
      cpSync(examples, copy, { recursive: true });
      run(['lint', '--fix', 'posts/ridgeline-boots.post.md'], copy);
      const text = readFileSync(join(copy, 'posts', 'ridgeline-boots.post.md'), 'utf8');
      assert.match(text, /^hashtags: \[WinterBoots, FollowForFollow\]$/m);
      assert.match(text, /^HUGE NEWS! Ridgeline Boots/m);
      assert.match(text, /Members of the Trailhead Club get/);
      // Judgement calls stay: the banned word, the shouting, the missing disclosure.
      assert.match(text, /not the cheapest boot/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('--fix on a copy of examples/ leaves nothing fixable', () => {
    const copy = mkdtempSync(join(tmpdir(), 'copydesk-examples-'));
    try {
      cpSync(examples, copy, { recursive: true });
      run(['lint', '--fix', '.'], copy);
      const after = JSON.parse(run(['lint', '-f', 'json', '.'], copy).stdout);
      const fixable = after.files.flatMap((f: { findings: { fixes: { safe: boolean }[] }[] }) => f.findings.filter((x) => x.fixes.some((fix) => fix.safe)));
      assert.deepEqual(fixable, []);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('copydesk preview', function () {
  this.timeout(30000);

  it('writes one self-contained page for a post: cards, counters, no script, nothing loaded', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-preview-'));
    try {
      const { code, stderr } = run(['preview', join(REPO_ROOT, 'examples', 'posts', 'gear-swap.post.md'), '--out', 'page.html'], dir);
      assert.equal(code, 0, stderr);
      assert.match(stderr, /^Wrote page\.html \(post preview of /);
      const page = readFileSync(join(dir, 'page.html'), 'utf8');
      assert.match(page, /^<!DOCTYPE html>/);
      assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; img-src data:; style-src &#39;unsafe-inline&#39;;">/);
      assert.deepEqual([...page.matchAll(/<section class="cd-card [^"]*" data-platform="(\w+)"/g)].map((m) => m[1]), ['x', 'threads', 'instagram']);
      assert.ok(!/<script|<link|@import|url\(/i.test(page), 'self-contained');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--platform keeps one card; a JD gets the careers page; stdout without --out', () => {
    const { code, stdout } = run(['preview', 'examples/posts/gear-swap.post.md', '--platform', 'instagram'], REPO_ROOT);
    assert.equal(code, 0);
    assert.deepEqual([...stdout.matchAll(/data-platform="(\w+)"/g)].map((m) => m[1]), ['instagram']);
    const jd = run(['preview', 'examples/jobs/social-media-manager.jd.yaml'], REPO_ROOT);
    assert.equal(jd.code, 0);
    assert.match(jd.stdout, /<article class="cd-jd"/);
  });

  it('exit 2 with a clear message: no file, a file it cannot preview, a missing file', () => {
    assert.match(run(['preview'], REPO_ROOT).stderr, /preview needs a file/);
    const other = run(['preview', 'examples/.copydesk.yaml'], REPO_ROOT);
    assert.equal(other.code, 2);
    assert.match(other.stderr, /is not a job description \(\*\.jd\.yaml\) or a post/);
    const missing = run(['preview', 'nope.post.md'], REPO_ROOT);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /Cannot read 'nope\.post\.md': no such file or folder\./);
  });
});
