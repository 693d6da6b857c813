// The workspace-scale rows of `npm run bench` (issue 17): `copydesk lint` over 10,000 generated
// posts and JDs (bench/lint-workspace.cjs) as a user runs it, the whole process: its time and its
// peak resident set size, worker threads included (bench/peak-rss.cjs), in every format; then an
// unchanged second run with --cache; beside markdownlint-cli2 over 10,000 Markdown files of the
// same copy (the posts as they are, each JD as Copydesk exports it to Markdown), in the same run.
// --quick: 2,000 files, one run each, stylish and JSON only. Run alone with `node bench/lint.mjs`
// (after `node esbuild.mjs`).
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { writeLintWorkspace, workspacePost, workspaceJd } = require('./lint-workspace.cjs');

export const LINT_FILES = 10_000;
const PEAK_RSS = join(ROOT, 'bench', 'peak-rss.cjs');

/**
 * Runs `node args…` in `cwd` with stdout to a file (as `> report` in CI) and returns its wall
 * time, peak RSS (MB), exit code and the report's size.
 */
function timed(args, cwd, env = {}) {
  const scratch = mkdtempSync(join(tmpdir(), 'copydesk-bench-run-'));
  try {
    const report = join(scratch, 'report');
    const rssFile = join(scratch, 'rss');
    const fd = openSync(report, 'w');
    const t0 = performance.now();
    const result = spawnSync(process.execPath, ['--require', PEAK_RSS, ...args], { cwd, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1', BENCH_PEAK_RSS_FILE: rssFile, ...env } });
    const ms = performance.now() - t0;
    closeSync(fd);
    return { ms, rssMb: Number(readFileSync(rssFile, 'utf8')) / 1024, code: result.status, stderr: result.stderr, bytes: statSync(report).size };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The bench rows of linting a workspace, added with `row(what, figure, bar, pass)`. */
export async function lintRows(row, { ms, quick }) {
  const files = quick ? 2_000 : LINT_FILES;
  const count = files.toLocaleString('en-US');
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-bench-lint-'));
  const markdown = mkdtempSync(join(tmpdir(), 'copydesk-bench-markdown-'));
  const cli = join(ROOT, 'dist', 'cli.js');
  try {
    writeLintWorkspace(dir, files);
    const threads = `${Math.min(availableParallelism(), 8)} worker threads`;

    // 1. Every format, the whole process: stylish and JSON three times (the median), the other
    // formats once. Each run must exit 1 (the workspace has errors) and write a report.
    const formats = quick ? ['stylish', 'json'] : ['stylish', 'json', 'sarif', 'github', 'gitlab'];
    const figures = [];
    let pass = true;
    for (const format of formats) {
      const runs = [];
      for (let i = 0; i < (quick || !['stylish', 'json'].includes(format) ? 1 : 3); i++) {
        const r = timed([cli, 'lint', '--format', format], dir);
        if (r.code !== 1 || r.stderr !== '' || r.bytes === 0) throw new Error(`copydesk lint --format ${format} failed (exit ${r.code}): ${r.stderr}`);
        runs.push(r);
      }
      const time = median(runs.map((r) => r.ms));
      const rss = Math.max(...runs.map((r) => r.rssMb));
      figures.push(`${format} ${(time / 1000).toFixed(1)} s, ${rss.toFixed(0)} MB`);
      pass &&= time <= 10_000 && rss <= 300;
    }
    row(`copydesk lint, ${count} posts and JDs (whole process, ${threads}; time${quick ? '' : ' median of 3 for stylish and json'}, peak RSS of all threads)`, figures.join('; '), '≤ 10 s and ≤ 300 MB in every format (issue 17)', pass);

    // 2. --cache: a first run writes it, then unchanged runs read it.
    const cold = timed([cli, 'lint', '--cache'], dir);
    const warm = [];
    for (let i = 0; i < (quick ? 1 : 3); i++) warm.push(timed([cli, 'lint', '--cache'], dir));
    const cacheMb = statSync(join(dir, '.copydesk-cache')).size / 1e6;
    if ([cold, ...warm].some((r) => r.code !== 1 || r.stderr !== '')) throw new Error(`copydesk lint --cache failed: ${[cold, ...warm].map((r) => r.stderr).join('')}`);
    const warmMs = median(warm.map((r) => r.ms));
    row(
      `copydesk lint --cache, ${count} files unchanged (second run, stylish)`,
      `${ms(warmMs)} ms, ${Math.max(...warm.map((r) => r.rssMb)).toFixed(0)} MB (first run, writing the ${cacheMb.toFixed(1)} MB cache: ${(cold.ms / 1000).toFixed(1)} s, ${cold.rssMb.toFixed(0)} MB)`,
      '≤ 1 s (issue 17)',
      warmMs <= 1000,
    );

    // 3. markdownlint-cli2, every rule at its default, over as many Markdown files of the same copy.
    const convert = require(join(ROOT, 'dist', 'convert.js'));
    for (let i = 0; i < files; i++) {
      const folder = join(markdown, `team-${i % 3}`, i % 5 < 3 ? 'posts' : 'jobs');
      if (i < 15) mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, `file-${i}.md`), i % 5 < 3 ? workspacePost(i) : convert.exportJd(workspaceJd(i), 'markdown').output);
    }
    // Two runs, the faster counted (a run is some 25 s on 10,000 files).
    const mdl = [];
    for (let i = 0; i < (quick ? 1 : 2); i++) {
      const r = timed([join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs'), '**/*.md'], markdown);
      if (r.code !== 0 && r.code !== 1) throw new Error(`markdownlint-cli2 failed (exit ${r.code}): ${r.stderr.slice(0, 500)}`);
      mdl.push(r);
    }
    const mdlMs = Math.min(...mdl.map((r) => r.ms));
    const ours = Number(/stylish ([\d.]+) s/.exec(figures[0])[1]) * 1000;
    row(
      `… vs markdownlint-cli2 ${require(join(ROOT, 'node_modules', 'markdownlint-cli2', 'package.json')).version}, ${count} Markdown files of the same copy`,
      `markdownlint-cli2 ${(mdlMs / 1000).toFixed(1)} s, ${Math.max(...mdl.map((r) => r.rssMb)).toFixed(0)} MB (one thread): Copydesk ${(mdlMs / ours).toFixed(1)}× its speed`,
      'for reference',
      true,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(markdown, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = [];
  const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
  await lintRows((what, figure, bar, pass) => rows.push({ what, figure, bar, pass }), { ms, quick: process.argv.includes('--quick') });
  for (const r of rows) console.log(`| ${r.what} | ${r.figure} | ${r.bar} | ${r.bar === 'for reference' ? '' : r.pass ? 'PASS' : 'FAIL'} |`);
}
