// The GitHub Action (action.yml, a composite action) as far as it can be checked without GitHub:
// the manifest is valid YAML with the documented inputs, every step points at files that exist and
// at inputs and steps that exist, and its script (action/run.mjs) does on a real workspace what the
// steps expect: annotations in the log, a SARIF file, the counts as outputs, the verdict.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { parse } from 'yaml';
import { LINT_FORMATS } from '../../src/cli/format/index';
import { REPO_ROOT } from '../support/paths';

interface Step {
  id?: string;
  name?: string;
  if?: string;
  shell?: string;
  run?: string;
  uses?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}

interface ActionManifest {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: Step[] };
}

const RUN_SCRIPT = join(REPO_ROOT, 'action', 'run.mjs');
const manifest = () => parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionManifest;

describe('the GitHub Action', function () {
  this.timeout(60_000);

  describe('action.yml', () => {
    it('is a composite action with the inputs paths, format, fail-on and sarif', () => {
      const action = manifest();
      assert.equal(action.name, 'Copydesk');
      assert.ok(action.description.length > 0 && action.description.length <= 125, 'the Marketplace shows up to 125 characters');
      assert.equal(action.runs.using, 'composite');
      assert.deepEqual(
        Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default])),
        { paths: '.', format: 'github', 'fail-on': 'error', sarif: 'true' },
      );
      for (const input of Object.values(action.inputs)) assert.ok(input.description);
    });

    it('its run steps name files that exist; its expressions name inputs and earlier steps that exist', () => {
      const action = manifest();
      const ids: string[] = [];
      for (const step of action.runs.steps) {
        if (step.run !== undefined) {
          assert.ok(step.shell, `a composite run step needs a shell: ${step.name}`);
          for (const [, file] of step.run.matchAll(/(?:\$GITHUB_ACTION_PATH|\$\{\{\s*github\.action_path\s*\}\})\/([^"'\s]+)/g)) {
            assert.ok(existsSync(join(REPO_ROOT, file)), `${step.name}: ${file} does not exist`);
          }
        }
        if (step.uses !== undefined) assert.match(step.uses, /^(actions\/setup-node|github\/codeql-action\/upload-sarif)@v\d+$/, 'official actions, pinned to a major version');
        const text = JSON.stringify(step);
        for (const [, input] of text.matchAll(/inputs\.([\w-]+)/g)) assert.ok(input in action.inputs, `${step.name}: unknown input ${input}`);
        for (const [, id] of text.matchAll(/steps\.([\w-]+)\./g)) assert.ok(ids.includes(id), `${step.name}: no earlier step ${id}`);
        if (step.id) ids.push(step.id);
      }
      for (const output of Object.values(action.outputs)) {
        for (const [, id] of output.value.matchAll(/steps\.([\w-]+)\./g)) assert.ok(ids.includes(id), output.value);
      }
      assert.ok(action.runs.steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@') && s.with?.sarif_file?.includes('steps.lint.outputs.sarif-file')));
    });

    it('the script accepts exactly the formats copydesk lint has', () => {
      const listed = /const FORMATS = \[([^\]]*)\]/.exec(readFileSync(RUN_SCRIPT, 'utf8'))?.[1];
      assert.deepEqual(listed?.split(',').map((s) => s.trim().replace(/'/g, '')), [...LINT_FORMATS]);
    });
  });

  describe('action/run.mjs', () => {
    let scratch: string;
    let workspace: string;
    let outputFile: string;

    function step(mode: string, env: Record<string, string>, options: { actionPath?: string; path?: string } = {}) {
      writeFileSync(outputFile, '');
      const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(GITHUB_|RUNNER_|COPYDESK_|npm_)/i.test(k)));
      const result = spawnSync(process.execPath, [RUN_SCRIPT, mode], {
        cwd: workspace,
        encoding: 'utf8',
        env: {
          ...clean,
          ...(options.path ? { PATH: options.path } : {}),
          GITHUB_ACTION_PATH: options.actionPath ?? REPO_ROOT,
          GITHUB_OUTPUT: outputFile,
          GITHUB_STEP_SUMMARY: join(scratch, 'summary.md'),
          RUNNER_TEMP: scratch,
          NO_COLOR: '1',
          ...env,
        },
      });
      const outputs = Object.fromEntries(
        readFileSync(outputFile, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
      );
      return { code: result.status, stdout: result.stdout, stderr: result.stderr, outputs };
    }

    beforeEach(() => {
      scratch = mkdtempSync(join(tmpdir(), 'copydesk-action-'));
      workspace = join(scratch, 'workspace');
      outputFile = join(scratch, 'github-output');
      mkdirSync(join(workspace, 'posts'), { recursive: true });
      mkdirSync(join(workspace, 'drafts'));
      writeFileSync(join(workspace, '.copydesk.yaml'), 'tone: { max_exclamations: 1 }\n');
      writeFileSync(join(workspace, 'posts', 'launch day.post.md'), '---\nplatforms: [x, myspace]\n---\nOur new kettle is here!!\n');
      writeFileSync(join(workspace, 'drafts', 'later.post.md'), '---\nplatforms: [x, myspace]\n---\nNot linted: drafts are not in paths.\n');
    });
    afterEach(() => rmSync(scratch, { recursive: true, force: true }));

    it('lint: annotations in the log, SARIF to a file, the counts and the file as outputs, a job summary', () => {
      const { code, stdout, outputs } = step('lint', { COPYDESK_PATHS: 'posts\n\n.copydesk.yaml\n', COPYDESK_FORMAT: 'github', COPYDESK_FAIL_ON: 'error', COPYDESK_SARIF: 'true' });
      assert.equal(code, 0, 'the lint step itself succeeds: the verdict comes after the upload');
      const lines = stdout.trimEnd().split('\n');
      assert.equal(lines.length, 2);
      assert.match(lines[0], /^::error file=posts\/launch day\.post\.md,line=2,endLine=2,col=16,endColumn=22,title=post\/unknown-platform::'myspace'/);
      assert.match(lines[1], /^::warning file=posts\/launch day\.post\.md,line=4,.*title=brand\/exclamations::/);
      assert.deepEqual({ ...outputs, 'sarif-file': undefined }, { 'exit-code': '1', errors: '1', warnings: '1', notices: '0', 'sarif-file': undefined });
      assert.equal(outputs['sarif-file'], join(scratch, 'copydesk.sarif'));
      const sarif = JSON.parse(readFileSync(outputs['sarif-file'], 'utf8'));
      assert.equal(sarif.version, '2.1.0');
      assert.deepEqual(
        sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId),
        ['post/unknown-platform', 'brand/exclamations'],
      );
      assert.match(readFileSync(join(scratch, 'summary.md'), 'utf8'), /1 error, 1 warning, 0 notices\./);
    });

    it('lint with sarif false: no file to upload; another log format', () => {
      const { code, stdout, outputs } = step('lint', { COPYDESK_PATHS: 'posts', COPYDESK_FORMAT: 'stylish', COPYDESK_SARIF: 'false' });
      assert.equal(code, 0);
      assert.match(stdout, /^posts\/launch day\.post\.md:2:16 {2}error {2}/m);
      assert.equal(outputs['sarif-file'], '');
      assert.equal(outputs.errors, '1');
    });

    it('verdict: fail-on error, warning or never; a usage or I/O error always fails', () => {
      const verdict = (failOn: string, exitCode: string, errors: string, warnings: string) => step('verdict', { COPYDESK_FAIL_ON: failOn, COPYDESK_EXIT_CODE: exitCode, COPYDESK_ERRORS: errors, COPYDESK_WARNINGS: warnings });
      const failed = verdict('error', '1', '1', '1');
      assert.equal(failed.code, 1);
      assert.equal(failed.stdout, '::error title=Copydesk::1 error found (fail-on: error).\n');
      assert.equal(verdict('error', '0', '0', '3').code, 0);
      assert.equal(verdict('warning', '0', '0', '3').code, 1);
      assert.equal(verdict('warning', '0', '0', '0').code, 0);
      assert.equal(verdict('never', '1', '4', '3').code, 0);
      assert.equal(verdict('never', '2', '0', '0').code, 1);
    });

    it('a path that is not there is an I/O error: no upload, and the verdict fails whatever fail-on says', () => {
      const { code, outputs } = step('lint', { COPYDESK_PATHS: 'posts\nnowhere', COPYDESK_FAIL_ON: 'never' });
      assert.equal(code, 0);
      assert.equal(outputs['exit-code'], '2');
      assert.equal(outputs['sarif-file'], '');
      assert.equal(step('verdict', { COPYDESK_FAIL_ON: 'never', COPYDESK_EXIT_CODE: outputs['exit-code'], COPYDESK_ERRORS: outputs.errors, COPYDESK_WARNINGS: outputs.warnings }).code, 1);
    });

    it('inputs out of range stop the step with a message', () => {
      const format = step('lint', { COPYDESK_FORMAT: 'checkstyle' });
      assert.equal(format.code, 2);
      assert.equal(format.stdout, '::error title=Copydesk::The input format is \'checkstyle\': use stylish, json, sarif, github, gitlab.\n');
      assert.equal(step('lint', { COPYDESK_FAIL_ON: 'sometimes' }).code, 2);
      assert.equal(step('lint', { COPYDESK_SARIF: 'yes' }).code, 2);
    });

    it('without a built dist/cli.js beside it, runs the published package at the action’s version (npx --yes copydesk@<version>)', () => {
      // The action's checkout as `uses: owner/copydesk@v…` gets it: sources, no dist/. A stand-in
      // npx records how it was called and runs this checkout's CLI.
      const actionPath = join(scratch, 'action-checkout');
      mkdirSync(actionPath);
      writeFileSync(join(actionPath, 'package.json'), JSON.stringify({ name: 'copydesk', version: '9.8.7' }));
      const bin = join(scratch, 'bin');
      mkdirSync(bin);
      const npx = join(bin, 'npx');
      writeFileSync(npx, `#!/bin/sh\necho "$@" >> "${join(scratch, 'npx-calls')}"\nshift 2\nexec "${process.execPath}" "${join(REPO_ROOT, 'dist', 'cli.js')}" "$@"\n`);
      chmodSync(npx, 0o755);
      const { code, outputs } = step('lint', { COPYDESK_PATHS: 'posts' }, { actionPath, path: `${bin}${delimiter}${process.env.PATH}` });
      assert.equal(code, 0);
      assert.equal(outputs.errors, '1');
      assert.deepEqual(readFileSync(join(scratch, 'npx-calls'), 'utf8').trimEnd().split('\n'), ['--yes copydesk@9.8.7 lint --format github -- posts', '--yes copydesk@9.8.7 lint --format sarif -- posts']);
    });
  });
});
