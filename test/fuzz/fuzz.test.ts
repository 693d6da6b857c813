// Fuzzing the core: mutated fixtures and examples, and generated JDs, posts and configurations,
// each linted as a JD, a post and a configuration (with and without a random configuration
// object). Properties: lint never throws and no rule crashes; every range lies inside the text
// and never splits a surrogate pair; linting twice gives the same findings; the preview never
// throws and never contains <script; safe fixes apply; completion and hover never throw; every
// call finishes within a generous bound (a hang guard, not a speed test).
//
// In `npm test` the seed is fixed (20261123) and the budget about 12 s; a fixed minimum number
// of cases runs whatever the budget. COPYDESK_FUZZ_MS sets the budget, COPYDESK_FUZZ_SEED the
// seed (a budget without a seed means exploring: a random seed, printed). COPYDESK_FUZZ_CASE
// runs one case, as each failure report says. `npm run fuzz` fuzzes for 5 minutes. Failures are
// shrunk to a small input; add it to REGRESSIONS in fuzz.ts so every run keeps checking it.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CALL_LIMIT_MS, WORKER_ROLE, excerpt, loadSeeds, makeCase, type CaseRequest, type CaseResult, type FailureReport } from './fuzz';

const FIXED_SEED = 20261123;
const env = process.env;
const BUDGET_MS = Number(env.COPYDESK_FUZZ_MS ?? 12_000);
const SEED = env.COPYDESK_FUZZ_SEED !== undefined ? Number(env.COPYDESK_FUZZ_SEED) >>> 0 : env.COPYDESK_FUZZ_MS !== undefined ? (Math.random() * 2 ** 32) >>> 0 : FIXED_SEED;
const ONLY_CASE = env.COPYDESK_FUZZ_CASE !== undefined ? Number(env.COPYDESK_FUZZ_CASE) : undefined;
/** Cases that always run, whatever the budget: the test can always fail. */
const MIN_CASES = 120;
/** A case (up to five runs, plus shrinking a failure) that has not answered by then is hung. */
const CASE_HANG_MS = 60_000;

/** The rules the cases must reach, or the fuzzer is only exercising the parsers. */
const MUST_REACH = ['jd/yaml-syntax', 'jd/schema', 'jd/missing-section', 'jd/kpi-not-measurable', 'post/yaml-syntax', 'post/front-matter', 'post/over-limit', 'post/platform-block', 'post/unknown-platform', 'config/invalid', 'brand/banned-term', 'brand/preferred-term', 'brand/exclamations', 'brand/link-policy'];

interface Run {
  cases: number;
  runs: number;
  ms: number;
  chars: number;
  fixesApplied: number;
  slowestCall: { ms: number; index: number; label: string };
  ruleIds: Set<string>;
  failures: FailureReport[];
}

function reproduce(index: number): string {
  return `COPYDESK_FUZZ_SEED=${SEED} COPYDESK_FUZZ_CASE=${index} npx mocha --no-config --timeout 0 out/test/fuzz/fuzz.test.js`;
}

/** Posts one case to the worker; 'hang' when it does not answer in time. */
function send(worker: Worker, request: CaseRequest): Promise<CaseResult | { hang: true } | { died: Error }> {
  return new Promise((resolve) => {
    const done = (value: CaseResult | { hang: true } | { died: Error }) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      resolve(value);
    };
    const onMessage = (message: CaseResult) => message.index === request.index && done(message);
    const onError = (error: Error) => done({ died: error });
    const timer = setTimeout(() => done({ hang: true }), CASE_HANG_MS);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.postMessage(request);
  });
}

async function fuzz(): Promise<Run> {
  const seeds = loadSeeds();
  const worker = new Worker(join(__dirname, 'fuzz.js'), { workerData: { role: WORKER_ROLE } });
  await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const run: Run = { cases: 0, runs: 0, ms: 0, chars: 0, fixesApplied: 0, slowestCall: { ms: 0, index: -1, label: '' }, ruleIds: new Set(), failures: [] };
  const started = performance.now();
  try {
    for (let index = ONLY_CASE ?? 0; ONLY_CASE !== undefined ? index === ONLY_CASE : index < MIN_CASES || performance.now() - started < BUDGET_MS; index++) {
      const result = await send(worker, { seed: SEED, index });
      if (!('index' in result)) {
        // The worker is stuck (or died): report the case from the same (seed, index) and stop.
        const c = makeCase(SEED, index, seeds);
        const hang = 'hang' in result;
        run.failures.push({
          key: hang ? `hang (no answer in ${CASE_HANG_MS} ms)` : 'the fuzz worker died',
          seed: SEED,
          index,
          label: c.label,
          detail: hang ? `case ${index} (${c.text.length} chars) did not finish` : String(result.died?.stack ?? result.died),
          excerpt: excerpt(c.text, c.at),
        });
        run.cases++;
        break;
      }
      run.cases++;
      run.runs += result.runs;
      run.chars += result.length;
      run.fixesApplied += result.fixesApplied;
      result.ruleIds.forEach((id) => run.ruleIds.add(id));
      run.failures.push(...result.failures);
      if (result.slowest > run.slowestCall.ms) run.slowestCall = { ms: result.slowest, index, label: result.label };
    }
  } finally {
    await worker.terminate();
  }
  run.ms = performance.now() - started;
  return run;
}

/** The failures whose check matches `pattern`, one line each per distinct failure, for the assertion message. */
function failuresMatching(run: Run, pattern: RegExp): string[] {
  const byKey = new Map<string, FailureReport[]>();
  for (const f of run.failures) if (pattern.test(f.key)) byKey.set(f.key, [...(byKey.get(f.key) ?? []), f]);
  return [...byKey.entries()].map(([key, all]) => {
    const first = all[0];
    return [
      `${key} — ${all.length} time(s); first: seed ${first.seed}, case ${first.index} (${first.label})`,
      `    ${first.detail}`,
      `    input: ${first.excerpt}`,
      `    reproduce: ${reproduce(first.index)}`,
    ].join('\n');
  });
}

describe('fuzz: the core on mutated and generated input', function () {
  let run: Run;

  before(async function () {
    this.timeout(BUDGET_MS + CASE_HANG_MS + 120_000);
    run = await fuzz();
    console.log(
      `      fuzz: seed ${SEED}, ${run.cases} cases (${run.runs} runs, ${(run.chars / 1e6).toFixed(1)} M chars) in ${(run.ms / 1000).toFixed(1)} s; ` +
        `slowest call ${Math.round(run.slowestCall.ms)} ms (case ${run.slowestCall.index}); ${run.ruleIds.size} rules fired; ${run.fixesApplied} safe fixes applied; ${run.failures.length} failure(s)`,
    );
  });

  const property = (title: string, pattern: RegExp) =>
    it(title, () => {
      const found = failuresMatching(run, pattern);
      assert.deepEqual(found, [], `\n${found.join('\n')}`);
    });

  // REGRESSIONS 0-2 (cases 0-2, inputs found by `npm run fuzz`, see fuzz.ts) run first in every run:
  // they failed before the core was fixed (finalizeFindings keeps ranges off surrogate halves).
  property('lint never throws, and no rule crashes ("Copydesk could not finish …")', /^(lint throws|a rule threw)/);
  property('every finding, fix edit, completion and hover range lies inside the text and never splits a surrogate pair', /^range /);
  property('linting the same text twice gives the same findings', /^not deterministic/);
  property('the preview of a JD or post never throws and never contains <script', /^preview /);
  property('applying the safe fixes never throws and gives a string', /^(applying safe fixes|fix result)/);
  property('splitting a post into a thread replaces only blank space', /^a thread split/);
  property('export in every format never throws and has no script but the JSON-LD; import never throws and reads back', /^(export|import) /);
  property('completion and hover at random offsets never throw', /^(completion|hover) throws/);
  property(`every call finishes within ${CALL_LIMIT_MS} ms, and no case hangs (a hang guard, not a speed test)`, /^(slower than|hang|the fuzz worker died)/);

  it('runs the minimum number of cases and reaches the rules, not only the parsers', function () {
    if (ONLY_CASE !== undefined) this.skip();
    assert.ok(run.cases >= MIN_CASES, `only ${run.cases} cases`);
    assert.deepEqual(MUST_REACH.filter((id) => !run.ruleIds.has(id)), [], `rules never reached; reached: ${[...run.ruleIds].sort().join(', ')}`);
    assert.ok(run.fixesApplied > 0, 'no safe fix was ever applied');
  });
});
