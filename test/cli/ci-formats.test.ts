// `--format github` (workflow commands a pull request shows on its lines) and `--format gitlab`
// (the Code Quality report a merge request shows): exact output, escaping, stable fingerprints.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { escapeWorkflowData, escapeWorkflowProperty, githubReporter } from '../../src/cli/format/github';
import { gitlabReporter } from '../../src/cli/format/gitlab';
import type { FileResult } from '../../src/cli/format/result';
import type { Finding } from '../../src/core/index';
import { REPO_ROOT } from '../support/paths';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const CONFIG = `brand: Acme
terms:
  - ban: [rockstar]
    message: Describe the skill instead of a cliché.
tone: { max_exclamations: 1 }
`;

// A name with a space, a comma and a colon: each must survive as a property value.
const POST_NAME = 'launch day, v2: final.post.md';
const POST = `---
platforms: [x, linkedin, myspace]
---
Our new kettle is here, and it is the best kettle a rockstar ever owned!!! #kettles
`;

/** The GitLab Code Quality fields GitLab reads, as its documentation lists them (all required). */
const CodeQualityReport = z.array(
  z
    .object({
      description: z.string().min(1),
      check_name: z.string().min(1),
      fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
      severity: z.enum(['info', 'minor', 'major', 'critical', 'blocker']),
      location: z.object({ path: z.string().min(1), lines: z.object({ begin: z.number().int().min(1), end: z.number().int().min(1) }).strict() }).strict(),
    })
    .strict(),
);

function finding(partial: Partial<Finding> & Pick<Finding, 'range'>): Finding {
  return { ruleId: 'brand/banned-term', severity: 'warning', message: 'Message.', docsUrl: 'https://example.com/rule', ...partial };
}

function report(reporter: ReturnType<typeof githubReporter>, results: FileResult[]): string {
  return reporter.start() + results.map((r) => reporter.file(r)).join('') + reporter.end();
}

describe('CI formats', function () {
  this.timeout(30000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-ci-formats-'));
    mkdirSync(join(dir, 'posts'));
    writeFileSync(join(dir, '.copydesk.yaml'), CONFIG);
    writeFileSync(join(dir, 'posts', POST_NAME), POST);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('--format github', () => {
    it('one workflow command per finding: file, line, columns, the rule id as title; exit 1 on errors', () => {
      const { code, stdout, stderr } = run(['lint', '--format', 'github'], dir);
      assert.equal(stderr, '');
      assert.equal(code, 1);
      const file = 'file=posts/launch day%2C v2%3A final.post.md';
      assert.equal(
        stdout,
        `::error ${file},line=2,endLine=2,col=26,endColumn=32,title=post/unknown-platform::'myspace' in \`platforms:\` is not a platform Copydesk knows: use x, linkedin, instagram, facebook, threads, mastodon, bluesky, tiktok (accounts are defined under \`accounts:\` in .copydesk.yaml).\n` +
          `::warning ${file},line=4,endLine=4,col=53,endColumn=60,title=brand/banned-term::'rockstar' is on the brand's banned list. Describe the skill instead of a cliché.\n` +
          `::warning ${file},line=4,endLine=4,col=72,endColumn=74,title=brand/exclamations::3 exclamation marks in the copy for X, LinkedIn; the brand allows 1. One is enough here.\n`,
      );
    });

    it('prints nothing when nothing is found, and exits 0', () => {
      writeFileSync(join(dir, 'posts', POST_NAME), '---\nplatforms: [x]\n---\nOur new kettle is here.\n');
      const { code, stdout } = run(['lint', '-f', 'github'], dir);
      assert.equal(code, 0);
      assert.equal(stdout, '');
    });

    it('escapes data (%, CR, LF) and properties (also : and ,) as the runner unescapes them', () => {
      assert.equal(escapeWorkflowData('100% sure\r\nnext: a, b'), '100%25 sure%0D%0Anext: a, b');
      assert.equal(escapeWorkflowProperty('a b/c:d,e%.post.md'), 'a b/c%3Ad%2Ce%25.post.md');
      // Control characters the log would act on are shown, not sent.
      assert.equal(escapeWorkflowData('x\u001b[2Ky\u202e'), 'x\\x1B[2Ky\\u{202E}');
    });

    it('a message with a newline, a colon and a comma stays one command; a path with a space is kept', () => {
      const text = 'title: Rockstar\n';
      const out = report(githubReporter(), [{ path: 'jobs/my job.jd.yaml', text, findings: [finding({ range: { start: 7, end: 15 }, message: 'First line: a, b\nsecond line' })] }]);
      assert.equal(out, '::warning file=jobs/my job.jd.yaml,line=1,endLine=1,col=8,endColumn=15,title=brand/banned-term::First line: a, b%0Asecond line\n');
      assert.equal(out.split('\n').length, 2);
    });

    it('info is a notice; a range over several lines has no columns; a range ending after a line break ends on the line before', () => {
      const text = 'a: 1\nb: 2\nc: 3\n';
      const out = report(githubReporter(), [
        {
          path: 'x.jd.yaml',
          text,
          findings: [
            finding({ severity: 'info', range: { start: 0, end: 4 } }),
            finding({ severity: 'error', range: { start: 0, end: 9 } }),
            finding({ range: { start: 5, end: 10 } }),
            finding({ range: { start: 10, end: 10 } }),
          ],
        },
      ]);
      assert.deepEqual(out.trimEnd().split('\n'), [
        '::notice file=x.jd.yaml,line=1,endLine=1,col=1,endColumn=4,title=brand/banned-term::Message.',
        '::error file=x.jd.yaml,line=1,endLine=2,title=brand/banned-term::Message.',
        '::warning file=x.jd.yaml,line=2,endLine=2,col=1,endColumn=4,title=brand/banned-term::Message.',
        '::warning file=x.jd.yaml,line=3,endLine=3,col=1,endColumn=1,title=brand/banned-term::Message.',
      ]);
    });
  });

  describe('--format gitlab', () => {
    it('a Code Quality report: every field GitLab requires, severities mapped, exact on the fixture', () => {
      const { code, stdout } = run(['lint', '--format', 'gitlab'], dir);
      assert.equal(code, 1);
      const issues = CodeQualityReport.parse(JSON.parse(stdout));
      assert.deepEqual(
        issues.map(({ fingerprint: _, ...rest }) => rest),
        [
          {
            description: "'myspace' in `platforms:` is not a platform Copydesk knows: use x, linkedin, instagram, facebook, threads, mastodon, bluesky, tiktok (accounts are defined under `accounts:` in .copydesk.yaml).",
            check_name: 'post/unknown-platform',
            severity: 'major',
            location: { path: `posts/${POST_NAME}`, lines: { begin: 2, end: 2 } },
          },
          {
            description: "'rockstar' is on the brand's banned list. Describe the skill instead of a cliché.",
            check_name: 'brand/banned-term',
            severity: 'minor',
            location: { path: `posts/${POST_NAME}`, lines: { begin: 4, end: 4 } },
          },
          {
            description: '3 exclamation marks in the copy for X, LinkedIn; the brand allows 1. One is enough here.',
            check_name: 'brand/exclamations',
            severity: 'minor',
            location: { path: `posts/${POST_NAME}`, lines: { begin: 4, end: 4 } },
          },
        ],
      );
      assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length, 'fingerprints are unique');
    });

    it('fingerprints stay when a line is inserted above; each of two identical findings has its own', () => {
      const before = CodeQualityReport.parse(JSON.parse(run(['lint', '-f', 'gitlab'], dir).stdout));
      writeFileSync(join(dir, 'posts', POST_NAME), POST.replace('---\nplatforms', '---\ncampaign: winter-launch\nplatforms'));
      const after = CodeQualityReport.parse(JSON.parse(run(['lint', '-f', 'gitlab'], dir).stdout));
      assert.deepEqual(
        after.map((i) => i.location.lines.begin),
        before.map((i) => i.location.lines.begin + 1),
      );
      assert.deepEqual(
        after.map((i) => i.fingerprint),
        before.map((i) => i.fingerprint),
      );

      writeFileSync(join(dir, 'posts', POST_NAME), '---\nplatforms: [x]\n---\nA rockstar kettle.\n\nAnother rockstar kettle.\n');
      const twice = CodeQualityReport.parse(JSON.parse(run(['lint', '-f', 'gitlab'], dir).stdout)).filter((i) => i.check_name === 'brand/banned-term');
      assert.equal(twice.length, 2);
      assert.notEqual(twice[0].fingerprint, twice[1].fingerprint);
    });

    it('an empty array when nothing is found; the description keeps newlines, the path its spaces', () => {
      writeFileSync(join(dir, 'posts', POST_NAME), '---\nplatforms: [x]\n---\nOur new kettle is here.\n');
      assert.equal(run(['lint', '-f', 'gitlab'], dir).stdout, '[]\n');
      const out = report(gitlabReporter(), [{ path: 'jobs/my job.jd.yaml', text: 'title: Rockstar\n', findings: [finding({ range: { start: 7, end: 15 }, message: 'First line: a, b\nsecond line' })] }]);
      const [issue] = CodeQualityReport.parse(JSON.parse(out));
      assert.equal(issue.description, 'First line: a, b\nsecond line');
      assert.equal(issue.location.path, 'jobs/my job.jd.yaml');
    });
  });

  it('an unknown format names the ones there are', () => {
    const { code, stderr } = run(['lint', '--format', 'checkstyle'], dir);
    assert.equal(code, 2);
    assert.match(stderr, /Unknown format 'checkstyle': use stylish, json, sarif, github or gitlab\./);
  });
});
