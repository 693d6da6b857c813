// The work of `copydesk lint` on posts and JDs, a batch of files at a time: the same code in a
// worker thread (src/cli/lint/worker.ts) and, for a small run, in the main thread. Files are
// read with the synchronous reader: a worker does nothing else meanwhile, and for thousands of
// small files each asynchronous step costs more than the read.
import { isMainThread } from 'node:worker_threads';
import { CalendarIndex, analyzePost, calendarEntry, fileKindOf, fixUntilStable, lint, postCounts, resolveConfig, type ConfigLoader } from '../../core/index';
import { FileAccessError, MAX_BYTES, readFileBytesSync, readTextFileSync, writeTextFile, type ReadBytes, type ReadText } from '../../node/files';
import { toPosix, workspaceFor, type Workspace } from '../host';
import { nowNs, stableMeta } from './meta';
import type { EntryOutcome, FixOutcome, Job, LintJob, LintOutcome, OutcomesOf, RunSetup, Task } from './protocol';

/** What a thread keeps between tasks: its workspace and its configuration loader (each configuration file read once per thread). */
export interface TaskState {
  workspace: Workspace;
  loader: ConfigLoader;
  /** The real paths of the folders read so far (see ReadOptions.folders). */
  folders: Map<string, string>;
}

export function taskState(setup: RunSetup): TaskState {
  const workspace = workspaceFor(setup.cwd, setup.folders, setup.allowExtendsFrom);
  return { workspace, loader: workspace.loader(), folders: new Map() };
}

/** Runs `task`; one outcome per job, in order. A job's failure never stops the others. */
export async function runTask<T extends Task>(task: T, state: TaskState): Promise<OutcomesOf<T>> {
  const out = [];
  for (const job of task.jobs) {
    try {
      testCrash(job.path);
      if (task.kind === 'entries') out.push(await entryOf(job, new Date(task.now), state));
      else if (task.kind === 'lint') out.push(await lintOf(job, new Date(task.now), state));
      else out.push(await fixOf(job, state));
    } catch (error) {
      out.push({ path: job.path, failed: (error as Error)?.message ?? String(error) });
    }
  }
  return out as OutcomesOf<T>;
}

/** The metadata `--cache` keeps beside a file's hash, when the file is old enough (see stableMeta). */
function metaOf(snapshot: ReadBytes['snapshot']): { meta?: string } {
  const meta = stableMeta(snapshot, nowNs());
  return meta === undefined ? {} : { meta };
}

function read(path: string, state: TaskState): ReadText | { unreadable: string } {
  try {
    return readTextFileSync(path, { maxBytes: MAX_BYTES.document, within: state.workspace.within, folders: state.folders });
  } catch (error) {
    return { unreadable: (error as Error).message };
  }
}

async function entryOf(job: Job, now: Date, state: TaskState): Promise<EntryOutcome> {
  if (job.expect !== undefined) {
    // The cache has the entry for some bytes: whether they are these needs no decoding.
    let snapshot: ReadBytes['snapshot'];
    try {
      snapshot = readFileBytesSync(job.path, { maxBytes: MAX_BYTES.document, within: state.workspace.within, folders: state.folders }).snapshot;
    } catch (error) {
      return { path: job.path, unreadable: (error as Error).message };
    }
    if (snapshot.hash === job.expect) return { path: job.path, hash: snapshot.hash, ...metaOf(snapshot), cached: true };
  }
  const file = read(job.path, state);
  if ('unreadable' in file) return { path: job.path, unreadable: file.unreadable };
  const { config } = await state.loader.configFor(toPosix(job.path));
  return { path: job.path, hash: file.snapshot.hash, ...metaOf(file.snapshot), entry: calendarEntry(job.path, analyzePost(file.text, resolveConfig(config), now)) };
}

async function lintOf(job: LintJob, now: Date, state: TaskState): Promise<LintOutcome> {
  const file = read(job.path, state);
  if ('unreadable' in file) return { path: job.path, unreadable: file.unreadable };
  const { text, snapshot } = file;
  const meta = metaOf(snapshot);
  if (job.expect === snapshot.hash) return { path: job.path, hash: snapshot.hash, ...meta, text: job.textless ? '' : text, cached: true };
  if (job.expect !== undefined && job.neighbours === undefined && fileKindOf(job.path) === 'post') return { path: job.path, stale: true };
  const { config } = await state.loader.configFor(toPosix(job.path));
  if (fileKindOf(job.path) !== 'post') return { path: job.path, hash: snapshot.hash, ...meta, text, findings: lint(text, { fileName: job.path, config, now }) };
  // The post's neighbours are all of the run's calendar its findings can see (post/schedule-conflict
  // looks no further than calendar.min_gap, at most MAX_GAP_MS).
  const calendar = new CalendarIndex();
  for (const entry of job.neighbours ?? []) calendar.set(entry);
  const findings = lint(text, { fileName: job.path, config, calendar, now });
  // Posts also report each target's length and limit, from the same counting the rules use.
  return { path: job.path, hash: snapshot.hash, ...meta, text, findings, counts: postCounts(analyzePost(text, resolveConfig(config), now)) };
}

/** Safe fixes until none is left, written through the safe writer (never through a link out of the workspace, never over a change made meanwhile). */
async function fixOf(job: Job, state: TaskState): Promise<FixOutcome> {
  const file = read(job.path, state);
  if ('unreadable' in file) return { path: job.path, unreadable: file.unreadable };
  const { config } = await state.loader.configFor(toPosix(job.path));
  const { text, applied } = fixUntilStable(file.text, { fileName: job.path, config });
  if (applied === 0 || text === file.text) return { path: job.path, applied: 0 };
  try {
    await writeTextFile(job.path, text, { expected: file.snapshot, within: state.workspace.within });
    return { path: job.path, applied };
  } catch (error) {
    const notFixed = error instanceof FileAccessError && error.problem === 'not-utf8' && file.firstInvalidByte !== undefined ? `${error.message} (the first is at byte ${file.firstInvalidByte}); save it as UTF-8 first` : (error as Error).message;
    return { path: job.path, notFixed };
  }
}

/**
 * The tests' stand-in for a bug that brings a worker down: COPYDESK_TEST_WORKER_CRASH=exit:<name>
 * ends the worker thread (as a native crash would) when it reaches the file named <name>,
 * throw:<name> throws there, memory:<name> fills the worker's heap (as a huge file would),
 * hang:<name> never returns (as a rule caught in a loop would). Worker
 * threads only: the main thread is never brought down.
 */
function testCrash(path: string): void {
  const hook = process.env.COPYDESK_TEST_WORKER_CRASH;
  if (!hook || isMainThread) return;
  const [mode, name] = [hook.slice(0, hook.indexOf(':')), hook.slice(hook.indexOf(':') + 1)];
  if (!name || toPosix(path).split('/').pop() !== name) return;
  if (mode === 'exit') process.exit(70);
  if (mode === 'throw') throw new Error(`test crash on ${name}`);
  if (mode === 'hang') for (;;);
  if (mode === 'memory') {
    const hog: number[][] = [];
    for (;;) hog.push(new Array(1 << 20).fill(hog.length));
  }
}
