// @ts-check
// The steps of the Copydesk GitHub Action (action.yml), in Node rather than shell so they behave
// the same on Linux, macOS and Windows runners and quote paths safely.
//
//   node run.mjs lint      lints the paths twice: in the log's format (annotations by default),
//                          then as SARIF to a file for code scanning; writes the counts as outputs
//   node run.mjs verdict   fails the job as `fail-on` asks, from those outputs
//
// Which copydesk runs: the action checkout's own dist/cli.js when it has one (a checkout of this
// repository that was built, e.g. `uses: ./` after `npm ci`), otherwise the published package at
// exactly the action's version (`npx --yes copydesk@<version>`): the action and the CLI never
// disagree, and nothing is built on the runner.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, openSync, closeSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ACTION_PATH = process.env.GITHUB_ACTION_PATH || fileURLToPath(new URL('..', import.meta.url));
const FORMATS = ['stylish', 'json', 'sarif', 'github', 'gitlab'];
const FAIL_ON = ['error', 'warning', 'never'];

/** A workflow command's message, escaped as the runner unescapes it. */
const escapeData = (/** @type {string} */ text) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Reports a problem of the action's own (not a finding) and ends the step. */
function fail(/** @type {string} */ message, code = 2) {
  process.stdout.write(`::error title=Copydesk::${escapeData(message)}\n`);
  process.exit(code);
}

/** Appends `name=value` lines to a GitHub file command ($GITHUB_OUTPUT), or prints them when run by hand. */
function setOutputs(/** @type {Record<string, string | number>} */ outputs) {
  const lines = Object.entries(outputs).map(([name, value]) => `${name}=${String(value).replace(/[\r\n]/g, ' ')}\n`);
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, lines.join(''));
  else process.stdout.write(lines.join(''));
}

/** The command that runs copydesk: [program, ...arguments before `lint`]. */
function copydeskCommand() {
  const bundled = join(ACTION_PATH, 'dist', 'cli.js');
  if (existsSync(bundled)) return [process.execPath, bundled];
  const { version } = JSON.parse(readFileSync(join(ACTION_PATH, 'package.json'), 'utf8'));
  return ['npx', '--yes', `copydesk@${version}`];
}

/** Runs `copydesk lint` with `args`; standard output to `stdout` (a file descriptor or 'inherit'). */
function runLint(/** @type {string[]} */ args, /** @type {number | 'inherit'} */ stdout) {
  const [program, ...before] = copydeskCommand();
  const result = spawnSync(program, [...before, 'lint', ...args], { stdio: ['ignore', stdout, 'inherit'], shell: process.platform === 'win32' && program === 'npx' });
  if (result.error) fail(`Could not run copydesk: ${result.error.message}`);
  return result.status ?? 2;
}

function lint() {
  const env = process.env;
  const paths = (env.COPYDESK_PATHS ?? '.')
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const format = (env.COPYDESK_FORMAT || 'github').trim();
  const failOn = (env.COPYDESK_FAIL_ON || 'error').trim();
  const sarif = (env.COPYDESK_SARIF || 'true').trim();
  if (!FORMATS.includes(format)) fail(`The input format is '${format}': use ${FORMATS.join(', ')}.`);
  if (!FAIL_ON.includes(failOn)) fail(`The input fail-on is '${failOn}': use ${FAIL_ON.join(', ')}.`);
  if (sarif !== 'true' && sarif !== 'false') fail(`The input sarif is '${sarif}': use true or false.`);
  const inputs = ['--', ...(paths.length > 0 ? paths : ['.'])];

  // The log: annotations on the pull request's lines (or the format asked for).
  const shown = runLint(['--format', format, ...inputs], 'inherit');

  // The counts (and code scanning's input) from one SARIF run: every finding with its level.
  const sarifFile = join(env.RUNNER_TEMP || tmpdir(), 'copydesk.sarif');
  const fd = openSync(sarifFile, 'w');
  const counted = runLint(['--format', 'sarif', ...inputs], fd);
  closeSync(fd);
  const counts = { error: 0, warning: 0, note: 0 };
  try {
    for (const run of JSON.parse(readFileSync(sarifFile, 'utf8')).runs ?? []) for (const r of run.results ?? []) counts[/** @type {'error' | 'warning' | 'note'} */ (r.level)]++;
  } catch {
    // No readable SARIF: copydesk stopped on a usage or I/O error, which its own message named.
  }
  const exitCode = shown === 2 || counted === 2 ? 2 : Math.max(shown, counted);
  setOutputs({ 'exit-code': exitCode, errors: counts.error, warnings: counts.warning, notices: counts.note, 'sarif-file': sarif === 'true' && exitCode !== 2 ? sarifFile : '' });
  if (env.GITHUB_STEP_SUMMARY) {
    const n = (/** @type {number} */ count, /** @type {string} */ word) => `${count} ${word}${count === 1 ? '' : 's'}`;
    appendFileSync(env.GITHUB_STEP_SUMMARY, `### Copydesk\n\n${n(counts.error, 'error')}, ${n(counts.warning, 'warning')}, ${n(counts.note, 'notice')}.\n`);
  }
}

function verdict() {
  const env = process.env;
  const failOn = (env.COPYDESK_FAIL_ON || 'error').trim();
  const exitCode = Number(env.COPYDESK_EXIT_CODE);
  const errors = Number(env.COPYDESK_ERRORS || 0);
  const warnings = Number(env.COPYDESK_WARNINGS || 0);
  if (!Number.isInteger(exitCode) || exitCode === 2) fail('copydesk stopped on a usage or I/O error (see the lint step).', 1);
  if (failOn === 'error' && errors > 0) fail(`${errors} error${errors === 1 ? '' : 's'} found (fail-on: error).`, 1);
  if (failOn === 'warning' && errors + warnings > 0) fail(`${errors} error${errors === 1 ? '' : 's'} and ${warnings} warning${warnings === 1 ? '' : 's'} found (fail-on: warning).`, 1);
}

const mode = process.argv[2];
if (mode === 'lint') lint();
else if (mode === 'verdict') verdict();
else fail(`Unknown step '${mode ?? ''}': use lint or verdict.`);
