// npm run bench: every figure of PRODUCT.md §6, measured in one run on the same texts, side by
// side with the tools a user would pick instead. Prints a table and writes bench/RESULTS.md.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { calendarRows } from './calendar.mjs';
import { lintRows } from './lint.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const core = require(join(ROOT, 'dist', 'core.js'));
const { parseDocument } = require('yaml');

const QUICK = process.argv.includes('--quick');

/** Median and p95 of `fn` over repeated runs after warm-up, in milliseconds. */
async function measure(fn, { runs = 41, warmup = 10, minMs = 400 } = {}) {
  if (QUICK) {
    runs = Math.min(runs, 7);
    warmup = Math.min(warmup, 2);
    minMs = 0;
  }
  for (let i = 0; i < warmup; i++) await fn(i);
  const times = [];
  const start = performance.now();
  while (times.length < runs || (performance.now() - start < minMs && times.length < 2000)) {
    const t0 = performance.now();
    await fn(times.length);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { median: at(0.5), p95: at(0.95), runs: times.length };
}

/**
 * Medians of several functions measured in turns (one unmeasured run, then `perTurn` measured
 * runs of each, `rounds` times) instead of one block each: on a busy machine a block sees its
 * own load, and that drift, not the code, decided ratios (the 100 KB and 1 MB JDs once gave 7.9x
 * and 11.9x for the same build; Copydesk against textlint 15x to 31x). `perTurn` may differ per
 * function (a 0.3 ms lint and a 20 ms one take turns of similar length); each function is first
 * warmed for `warmMs`, so that both sides are measured with their code optimised, as in an editor
 * that lints every keystroke.
 */
async function inTurns(fns, { rounds = QUICK ? 7 : 11, perTurn = QUICK ? 1 : 3, warmup = QUICK ? 2 : 5, warmMs = 0 } = {}) {
  const times = fns.map(() => []);
  const per = (k) => (Array.isArray(perTurn) ? perTurn[k] : perTurn);
  for (const fn of fns) {
    const start = performance.now();
    for (let i = 0; i < warmup || performance.now() - start < (QUICK ? 0 : warmMs); i++) await fn(i);
  }
  for (let round = 0; round < rounds; round++) {
    for (const [k, fn] of fns.entries()) {
      // Unmeasured: the caches and the collector's young generation are left by the other function.
      await fn(times[k].length + 1);
      for (let j = 0; j < per(k); j++) {
        const t0 = performance.now();
        await fn(times[k].length);
        times[k].push(performance.now() - t0);
      }
    }
  }
  return times.map((t) => {
    t.sort((a, b) => a - b);
    const at = (q) => t[Math.min(t.length - 1, Math.floor(q * t.length))];
    return { median: at(0.5), p95: at(0.95), runs: t.length };
  });
}

/**
 * The text for run `i`: the text itself and a copy one keystroke away (a comment line for YAML,
 * a blank line for a post), alternately. The core remembers its last text (the editor lints,
 * counts and previews the same text), so repeating one text would measure that memory, not the work.
 */
const typed = (text, extra) => (i) => (i % 2 === 0 ? text : text + extra);

const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

// ---------------------------------------------------------------------------------------------
// Texts and vocabularies

const JD_4K = readFileSync(join(ROOT, 'examples', 'jobs', 'social-media-manager.jd.yaml'), 'utf8');
const ADJECTIVES = 'agile bold bright calm clear crisp deep fair fast fresh grand great keen kind lean light live loud neat prime quick rare rich smart solid sound sure swift true warm wise'.split(' ');
const NOUNS = 'brand cloud crew desk feed forge grid hub lab lane link loop mark mesh mind nest pack path peak pulse reach ridge scope shift spark stack stream trail wave works'.split(' ');

/** `n` preferred spellings: "Swiftpeak" instead of "swift peak", plus words the JD really uses. */
function vocabulary(n) {
  const terms = [
    // (No hyphens: prh builds a `u`-flag regular expression from each pattern, and `\-` fails there.)
    { prefer: 'email', instead_of: ['e mail', 'eMail'] },
    { prefer: 'Instagram', instead_of: ['insta gram', 'IG'] },
    { ban: ['rockstar', 'ninja', 'guru'], suggest: ['expert'] },
  ];
  for (let i = 0; terms.length < n; i++) {
    const a = ADJECTIVES[i % ADJECTIVES.length];
    const b = NOUNS[Math.floor(i / ADJECTIVES.length) % NOUNS.length];
    const suffix = i >= ADJECTIVES.length * NOUNS.length ? String(Math.floor(i / (ADJECTIVES.length * NOUNS.length))) : '';
    const word = `${a}${b}${suffix}`;
    terms.push({ prefer: word[0].toUpperCase() + word.slice(1), instead_of: [`${a} ${b}${suffix}`] });
  }
  return terms;
}

/** The same vocabulary as a prh dictionary (textlint-rule-prh). */
function prhDictionary(terms) {
  const rules = [];
  for (const t of terms) {
    if (t.prefer) rules.push(`  - expected: ${JSON.stringify(t.prefer)}\n    pattern:\n${t.instead_of.map((p) => `      - ${JSON.stringify(p)}`).join('\n')}`);
    else for (const word of t.ban) rules.push(`  - expected: ${JSON.stringify(t.suggest?.[0] ?? '')}\n    pattern: ${JSON.stringify(word)}`);
  }
  return `version: 1\nrules:\n${rules.join('\n')}\n`;
}

/** A JD of about `bytes`, from the 4 KB example with its summary repeated. */
function jdOfSize(bytes) {
  const paragraph = '  We grow a warm, curious community across Instagram, LinkedIn and TikTok, answer every e-mail the same day, and measure what works.\n';
  const head = JD_4K.replace(/^summary: >\n/m, 'summary: >\n' + paragraph.repeat(Math.max(0, Math.ceil((bytes - JD_4K.length) / paragraph.length))));
  return head;
}

const POST_8 = `---
platforms: [x, linkedin, instagram, facebook, threads, mastodon, bluesky, tiktok]
hashtags: [Northwind, WinterTrails]
media:
  - src: media/ridge.jpg
    alt: Two hikers on a snowy ridge at dawn
---
Our winter trail guide is here: twelve routes around the Harz, from a flat lakeside loop for
families to a proper ridge walk for the early risers. Every route comes with parking, café
stops and what to pack. Which one are you trying first? 🥾❄️ https://northwind.shop/trails?utm_source=social

::: x
Twelve winter routes in the Harz, with parking and café stops for each. Which one first? https://northwind.shop/trails
:::
`;

// ---------------------------------------------------------------------------------------------
// Peers

async function textlintPrh(terms) {
  const { TextlintKernel } = require('@textlint/kernel');
  const textPlugin = require('@textlint/textlint-plugin-text');
  const prh = require('textlint-rule-prh');
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-bench-'));
  const dict = join(dir, 'prh.yml');
  writeFileSync(dict, prhDictionary(terms));
  const kernel = new TextlintKernel();
  const options = {
    ext: '.txt',
    plugins: [{ pluginId: 'text', plugin: textPlugin.default ?? textPlugin }],
    rules: [{ ruleId: 'prh', rule: prh.default ?? prh, options: { rulePaths: [dict] } }],
  };
  return { lint: (text) => kernel.lintText(text, options), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

// ---------------------------------------------------------------------------------------------
// Activation of the bundled extension under a stub `vscode`

/**
 * Load + activate() of dist/extension.js, each in a fresh Node process (bench/activation.cjs), as
 * the extension host loads it once, cold: the median of seven. (Measured inside this process, after
 * the other rows, one load took 35 to 55 ms from run to run on the same build.)
 */
function activationTime() {
  const runs = [];
  for (let i = 0; i < 7; i++) {
    const run = spawnSync(process.execPath, [join(ROOT, 'bench', 'activation.cjs')], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`bench/activation.cjs failed: ${run.stderr}`);
    runs.push(JSON.parse(run.stdout));
  }
  runs.sort((a, b) => a.total - b.total);
  return runs[3];
}

/** Runs the responsiveness integration test in code-server and reads the figures it wrote. */
function hostResponsiveness() {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-host-'));
  const report = join(dir, 'host.json');
  try {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'test-vscode.mjs'), '--grep', 'extension host responsiveness', '--report', report], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
    if (run.status !== 0) return { error: `the integration run failed (${(run.stderr || run.stdout).trim().split('\n').slice(-3).join(' ')})` };
    return JSON.parse(readFileSync(report, 'utf8'));
  } catch (error) {
    return { error: String(error.message ?? error) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const rows = [];
  const row = (what, figure, bar, pass, note = '') => rows.push({ what, figure, bar, pass, note });
  const lintJd = (text, config) => core.lint(text, { fileName: 'bench.jd.yaml', config });

  // 1. 4 KB JD with 500 brand terms, against textlint + textlint-rule-prh with the same 500 terms.
  const terms500 = vocabulary(500);
  const config500 = core.resolveConfig({ terms: terms500 });
  const jd4k = typed(JD_4K, '#\n');
  // Copydesk and textlint take turns of about the same length (250 lints, then 6: ~80 ms each),
  // each warmed for 0.5 s first. Shorter turns measured mostly the switch: the first lints after
  // the other side's turn run 1.5-2.5x slower on both sides (caches, the collector's state).
  const textlint = await textlintPrh(terms500);
  const [ours, peer] = await inTurns([(i) => lintJd(jd4k(i), config500), (i) => textlint.lint(jd4k(i))], {
    rounds: QUICK ? 3 : 8,
    perTurn: QUICK ? [20, 1] : [250, 6],
    warmMs: 500,
  });
  textlint.cleanup();
  row(`lint ${(JD_4K.length / 1024).toFixed(1)} KB JD, 500 terms`, `median ${ms(ours.median)} ms, p95 ${ms(ours.p95)} ms`, 'median ≤ 2 ms', ours.median <= 2);
  const ratio = peer.median / ours.median;
  row('… vs textlint + textlint-rule-prh, same 500 terms', `textlint ${ms(peer.median)} ms: Copydesk ${ratio.toFixed(0)}× faster`, '≥ 40× faster (issue 14)', ratio >= 40);

  // 2. The same JD against alex and write-good, and the bare YAML parse (the floor).
  const { text: alexText } = await import('alex');
  const writeGood = require('write-good');
  const alex = await measure((i) => alexText(jd4k(i)), { runs: 21, warmup: 3 });
  const wg = await measure((i) => writeGood(jd4k(i)), { runs: 21, warmup: 3 });
  const floor = await measure((i) => parseDocument(jd4k(i), { prettyErrors: false, merge: true, uniqueKeys: true }));
  row('… vs alex (inclusive language)', `alex ${ms(alex.median)} ms: Copydesk ${(alex.median / ours.median).toFixed(1)}× faster`, 'for reference', true);
  row('… vs write-good (plain language)', `write-good ${ms(wg.median)} ms: Copydesk ${(wg.median / ours.median).toFixed(1)}× faster`, 'for reference', true);
  row('… vs yaml.parseDocument alone (the floor)', `parse ${ms(floor.median)} ms: Copydesk costs ${(ours.median / floor.median).toFixed(1)}× the parse`, 'for reference', true);

  // 3. A post with 8 platforms, against twitter-text's parseTweet for the X count alone.
  const twitter = require('twitter-text');
  const post8 = typed(POST_8, '\n');
  const post = await measure((i) => core.lint(post8(i), { fileName: 'bench.post.md', config: config500 }));
  const xCopy = core.analyzePost(POST_8, config500, new Date()).targets[0].publish.text;
  const tt = await measure(() => twitter.parseTweet(xCopy));
  row('lint a post with 8 platforms', `median ${ms(post.median)} ms, p95 ${ms(post.p95)} ms (twitter-text parseTweet, X only: ${ms(tt.median)} ms)`, 'median ≤ 1 ms', post.median <= 1);

  // 4. Scaling with the text: 4 KB → 100 KB → 1 MB. The sizes take turns (one unmeasured run, then
  // three measured, eleven rounds) instead of one block each: on a busy machine the 100 KB block
  // (0.2 s) and the 1 MB block (2 s) saw different loads, and that drift, not the code, decided the
  // ratio (7.9x and 11.9x for the same build). Medians of single runs as before, 33 per size.
  const sizes = [4_000, 100_000, 1_000_000].map((bytes) => jdOfSize(bytes));
  globalThis.gc?.(); // with --expose-gc: the garbage of the rows above is not collected during this one
  const scale = await inTurns(sizes.map((text) => (i) => lintJd(typed(text, '#\n')(i), config500)));
  row(`lint 1 MB JD (${(sizes[2].length / 1e6).toFixed(2)} MB)`, `median ${ms(scale[2].median)} ms`, '≤ 300 ms', scale[2].median <= 300);
  row('… 10× the text costs', `4 KB→100 KB ${ms(scale[0].median)}→${ms(scale[1].median)} ms; 100 KB→1 MB ${ms(scale[1].median)}→${ms(scale[2].median)} ms: ${(scale[2].median / scale[1].median).toFixed(1)}× per 10×`, '≤ 12× time per 10× text', scale[2].median / scale[1].median <= 12 * (sizes[2].length / sizes[1].length / 10));
  const post1mb = POST_8.replace(/\n::: x[\s\S]*$/, '\n') + 'More trail notes for the winter guide, with café stops and parking. '.repeat(Math.ceil(1_000_000 / 68));
  const postBig = await measure((i) => core.lint(typed(post1mb, '\n')(i), { fileName: 'bench.post.md', config: config500 }), { runs: 11, warmup: 3, minMs: 0 });
  row('lint 1 MB post, 8 platforms', `median ${ms(postBig.median)} ms`, '≤ 300 ms', postBig.median <= 300);

  // 5. Scaling with the vocabulary: 10 → 500 → 10,000 terms, on the 1 MB JD.
  const byTerms = [];
  for (const n of [10, 500, 10_000]) {
    const config = core.resolveConfig({ terms: vocabulary(n) });
    lintJd('title: x\n', config); // compile once, outside the timing (cached per configuration)
    byTerms.push(await measure((i) => lintJd(typed(sizes[2], '#\n')(i), config), { runs: 15, warmup: 5, minMs: 0 }));
  }
  const termRatio = byTerms[2].median / byTerms[0].median;
  row('brand terms 10 → 500 → 10,000 (1 MB JD)', `${ms(byTerms[0].median)} → ${ms(byTerms[1].median)} → ${ms(byTerms[2].median)} ms: ${termRatio.toFixed(2)}×`, 'grows ≤ 2×', termRatio <= 2);

  // 6. Preview render of the 4 KB JD.
  const findings = lintJd(JD_4K, config500);
  const preview = await measure((i) => core.renderPreview(jd4k(i), { fileName: 'bench.jd.yaml', config: config500, findings }));
  row('preview render, 4 KB JD', `median ${ms(preview.median)} ms`, '≤ 5 ms', preview.median <= 5);

  // 6b. Preview of a 1 MB post on eight platforms, every line with hashtags, a mention and a link:
  // the whole page (as the CLI writes it), its time and its size against the text's.
  const routes = [];
  for (let i = 0, size = POST_8.length; size < 1_000_000; i++) {
    routes.push(`Route ${i}: parking, a warm café stop and the ridge view #Trail${i} #Ridge${i} with @ranger${i % 50} https://northwind.shop/trails/${i}\n`);
    size += routes[routes.length - 1].length;
  }
  const postPage = POST_8.replace(/\n::: x[\s\S]*$/, '\n') + routes.join('');
  const postPageFindings = core.lint(postPage, { fileName: 'bench.post.md', config: config500 });
  let pageBytes = 0;
  const pageTime = await measure(
    (i) => {
      const p = core.renderPreview(typed(postPage, '\n')(i), { fileName: 'bench.post.md', config: config500, findings: postPageFindings });
      pageBytes = Buffer.byteLength(core.renderPage(p.html, { title: p.title }));
    },
    { runs: 11, warmup: 3, minMs: 0 },
  );
  const pageRatio = pageBytes / Buffer.byteLength(postPage);
  row(
    `preview of a ${(Buffer.byteLength(postPage) / 1e6).toFixed(2)} MB post, 8 platforms`,
    `median ${ms(pageTime.median)} ms, p95 ${ms(pageTime.p95)} ms; page ${(pageBytes / 1024).toFixed(0)} KB = ${pageRatio.toFixed(2)}× the text`,
    '≤ 500 ms, page ≤ 5× the text',
    pageTime.median <= 500 && pageRatio <= 5,
  );

  // 6c. Import a 50 KB posting (Markdown, the format real postings in the corpus use) and export
  // the 4.7 KB JD to each format, through the bundle the editor's commands load (dist/convert.js).
  const convert = require(join(ROOT, 'dist', 'convert.js'));
  const posting = readFileSync(join(ROOT, 'test', 'fixtures-import', 'cafe-barista.md'), 'utf8');
  const [postingHead, postingBody] = [posting.slice(0, posting.indexOf('\n## ')), posting.slice(posting.indexOf('\n## '))];
  let posting50k = postingHead;
  for (let part = 1; posting50k.length < 50_000; part++) posting50k += postingBody.replace(/\n## (.+)/g, `\n## $1 (part ${part})`);
  const imported = await measure((i) => convert.importJobDescription(typed(posting50k, '\n')(i), 'markdown', 'posting.md'), { runs: 41, warmup: 5, minMs: 0 });
  row(`import a ${(posting50k.length / 1024).toFixed(0)} KB posting (Markdown)`, `median ${ms(imported.median)} ms, p95 ${ms(imported.p95)} ms`, '≤ 50 ms (issue 15)', imported.median <= 50);
  const exports = [];
  for (const format of ['html', 'markdown', 'text', 'jsonld']) {
    const t = await measure((i) => convert.exportJd(jd4k(i), format, config500));
    exports.push([format, t.median]);
  }
  row(`export the ${(JD_4K.length / 1024).toFixed(1)} KB JD`, exports.map(([f, m]) => `${f} ${ms(m)} ms`).join(', '), '≤ 5 ms each (issue 15)', exports.every(([, m]) => m <= 5));

  // 6d. The editorial calendar (issue 16): 5,000 posts indexed, one change applied, and
  // `copydesk calendar --format ics` over them (bench/calendar.mjs).
  await calendarRows(row, { core, ms, quick: QUICK });

  // 6e. Workspace scale (issue 17): copydesk lint over 10,000 generated posts and JDs in every
  // format, time and peak RSS with its worker threads; an unchanged run with --cache; beside
  // markdownlint-cli2 on as many Markdown files (bench/lint.mjs).
  await lintRows(row, { ms, quick: QUICK });

  // 7. Bundles and activation.
  const bundle = (p) => statSync(join(ROOT, p)).size;
  // On the desktop the core is its own file, loaded on first use: the bar is for both together.
  const ext = bundle('dist/extension.js');
  const engine = bundle('dist/engine.js');
  const web = bundle('dist/web/extension.js');
  row('extension bundle (desktop: dist/extension.js + dist/engine.js; web: one file)', `desktop ${(ext / 1024).toFixed(0)} + ${(engine / 1024).toFixed(0)} = ${((ext + engine) / 1024).toFixed(0)} KB, web ${(web / 1024).toFixed(0)} KB`, '≤ 500 KB', ext + engine <= 500 * 1024 && web <= 500 * 1024);
  // The .vsix as published (production bundles; what is in it is asserted by test/cli/vsix.test.ts).
  const vsixDir = mkdtempSync(join(tmpdir(), 'copydesk-vsix-'));
  try {
    const packed = spawnSync(process.execPath, [join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--out', join(vsixDir, 'copydesk.vsix')], { cwd: ROOT, encoding: 'utf8' });
    if (packed.status !== 0) row('packaged extension (.vsix)', `not packaged: ${(packed.stderr || packed.stdout).trim().split('\n').pop()}`, '≤ 700 KB', false);
    else {
      const size = statSync(join(vsixDir, 'copydesk.vsix')).size;
      row('packaged extension (.vsix)', `${(size / 1000).toFixed(0)} KB`, '≤ 700 KB', size <= 700_000);
    }
  } finally {
    rmSync(vsixDir, { recursive: true, force: true });
  }
  const activation = activationTime();
  row(
    'extension activation (load + activate(), stub vscode; median of 7 fresh processes)',
    `${ms(activation.total)} ms (load ${ms(activation.load)}, activate ${ms(activation.activate)}); the core, loaded by the first lint: ${ms(activation.engine)} ms more`,
    '≤ 50 ms',
    activation.total <= 50,
  );

  // 8. The real extension host: typing into a 4 KB JD and post in code-server, each keystroke
  // linted, the preview open (test/integration/responsiveness.test.ts measures, this judges).
  if (process.argv.includes('--no-host')) row('extension host while typing (real VS Code)', 'not measured (--no-host)', '≤ 100 ms blocked, 4 KB file', false);
  else {
    const host = hostResponsiveness();
    if ('error' in host) row('extension host while typing (real VS Code)', `not measured: ${host.error}`, '≤ 100 ms blocked, 4 KB file', false);
    else {
      // Judged: the longest Copydesk itself held the host (a lint or a preview render, each
      // synchronous). Reported beside it: the longest event-loop block of the whole host, which
      // also counts VS Code's own work and whatever else the machine is doing.
      const ours = (r) => Math.max(r.slowestLintMs, r.slowestPreviewMs);
      const worst = Math.max(...host.results.map(ours));
      const figure = host.results
        .map((r) => `${r.file.replace(/^typing-speed/, '')} ${(r.bytes / 1024).toFixed(1)} KB, ${r.keystrokes} keystrokes: Copydesk's longest ${ms(ours(r))} ms (lint ${ms(r.slowestLintMs)}, preview ${ms(r.slowestPreviewMs)}); whole host's longest block ${ms(r.longestBlockMs)} ms, p99 ${ms(r.p99BlockMs)}`)
        .join('; ');
      row(`extension host while typing (code-server ${host.vscode})`, figure, '≤ 100 ms blocked, 4 KB file', worst <= 100);
    }
  }

  // Output.
  const date = new Date().toISOString().slice(0, 10);
  const machine = `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${process.platform}`;
  const table = [
    '| What | Measured | Bar (PRODUCT.md §6) | |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.what} | ${r.figure} | ${r.bar} | ${r.bar === 'for reference' ? '' : r.pass ? 'PASS' : 'FAIL'} |`),
  ].join('\n');
  console.log(`\nCopydesk bench, ${date}, ${machine}${QUICK ? ' (--quick: fewer runs)' : ''}\n`);
  console.log(table);
  if (!QUICK) {
    writeFileSync(
      join(ROOT, 'bench', 'RESULTS.md'),
      `# Bench results\n\n${date}, ${machine}. Medians and p95 over repeated runs after warm-up, every figure from the same run (\`npm run bench\`).\n\n${table}\n`,
    );
    console.log('\nSaved bench/RESULTS.md');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
