// Where `copydesk lint` does its work: a pool of worker threads (piscina) for a run of many files,
// the main thread for a small one (starting a thread costs more than linting a few files).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import type { OutcomesOf, RunSetup, Task } from './protocol';
import { runTask, taskState, type TaskState } from './task';

/** Below this many posts and JDs a run stays in the main thread. */
export const POOL_THRESHOLD = 50;

/** The most threads a run starts, whatever the machine: each holds its own copy of the linter. */
export const MAX_THREADS = 8;

/**
 * Each thread's heap, in MB. A worker's garbage is short-lived (one file's parse) and what it
 * keeps is small (the linter, one configuration or a few): a small nursery and an old generation
 * collected early keep a 10,000-file run under 300 MB on two threads (V8's defaults let each
 * thread grow to twice that before collecting) for a few percent more collections. A file too big
 * to lint within them (megabytes of copy) is linted by the main thread instead.
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 128 };

/**
 * A task still out after this long is stopped, its worker with it (a rule caught in a loop would
 * otherwise hold the run for ever), and its files are done again one by one; a file that takes this
 * long alone is reported. A task is a batch of at most 64 files, each linted in milliseconds: the
 * time is for a bug, not for a slow file. The tests shorten it (COPYDESK_TEST_TASK_TIMEOUT_MS).
 */
const TASK_TIMEOUT_MS = Number(process.env.COPYDESK_TEST_TASK_TIMEOUT_MS) || 60_000;

/** How often a run waiting for its threads checks that they are still there. */
const WATCH_MS = 100;

/** The worker's file, beside dist/cli.js (tests and tools that run the sources have none: they lint in the main thread). */
const WORKER_FILE = join(__dirname, 'lint-worker.js');

export interface Executor {
  /** Worker threads; 0 when the work runs in the main thread. */
  readonly threads: number;
  /** How many tasks may be in flight at once: enough to keep every thread busy, few enough that the results waiting for their turn stay few. */
  readonly window: number;
  /**
   * Runs a task. Never rejects: a file whose work brought its worker down gets a `failed`
   * outcome, and the other files of its batch are done again, each on its own.
   */
  run<T extends Task>(task: T): Promise<OutcomesOf<T>>;
  close(): Promise<void>;
}

/**
 * How many worker threads a run of `files` posts and JDs uses: COPYDESK_WORKERS when it is set
 * (0: none, the main thread lints; any other number starts that many threads whatever the
 * number of files), otherwise one per core from POOL_THRESHOLD files on, at most MAX_THREADS.
 * Throws a message for a COPYDESK_WORKERS that is not a whole number.
 */
export function workerCount(files: number, setting = process.env.COPYDESK_WORKERS): number {
  if (setting !== undefined && setting.trim() !== '') {
    const n = Number(setting.trim());
    if (!Number.isInteger(n) || n < 0 || n > 64) throw new Error(`COPYDESK_WORKERS is '${setting}': set it to a whole number of worker threads from 0 to 64 (0 lints in the main thread), or unset it.`);
    return n;
  }
  if (files < POOL_THRESHOLD) return 0;
  const cores = availableParallelism();
  return cores < 2 ? 0 : Math.min(cores, MAX_THREADS);
}

/**
 * An executor with `threads` worker threads, or the main thread when `threads` is 0 (or the
 * worker's file is not there). `warn` is told, once, if the threads cannot start: the run then
 * goes on in the main thread.
 */
export function createExecutor(setup: RunSetup, threads: number, warn: (message: string) => void): Executor {
  const local = inProcess(setup);
  if (threads === 0 || !existsSync(WORKER_FILE)) return local;
  const pool = new Piscina({ filename: WORKER_FILE, minThreads: threads, maxThreads: threads, workerData: setup, idleTimeout: 60_000, resourceLimits: WORKER_HEAP });

  // Threads that fail while starting are not started again, and the tasks waiting for them would
  // wait for ever; with nothing else to do, Node would even exit as if the run were over. While
  // tasks are out, a timer (which keeps the process alive) checks that some thread is left; when
  // none is, the run goes on in the main thread.
  let lastError: string | undefined;
  let broken = false;
  // Each task waiting for a thread, told if there will be none. (Not a race with one promise that
  // never settles: each race would keep its task's results alive as long as that promise.)
  const waiting = new Set<() => void>();
  pool.on('error', (error: Error) => {
    lastError = error?.message ?? String(error);
  });
  let out = 0;
  let watch: NodeJS.Timeout | undefined;
  const check = () => {
    if (broken || pool.threads.length > 0) return;
    broken = true;
    warn(`The worker threads stopped while starting${lastError ? ` (${lastError})` : ''}; linting in the main thread.`);
    for (const tell of waiting) tell();
    waiting.clear();
  };

  const runOne = async <T extends Task>(task: T): Promise<OutcomesOf<T>> => {
    if (broken) return local.run(task);
    if (out++ === 0) watch = setInterval(check, WATCH_MS);
    try {
      const result = await new Promise<OutcomesOf<T> | 'broken'>((resolve, reject) => {
        const tell = () => resolve('broken');
        waiting.add(tell);
        // Left waiting when the threads are gone, this task is rejected when the pool is destroyed: nobody listens then.
        (pool.run(task, { signal: AbortSignal.timeout(TASK_TIMEOUT_MS) }) as Promise<OutcomesOf<T>>).then(
          (outcomes) => {
            waiting.delete(tell);
            resolve(outcomes);
          },
          (error) => {
            waiting.delete(tell);
            reject(error);
          },
        );
      });
      return result === 'broken' ? await local.run(task) : result;
    } catch (error) {
      if (broken) return local.run(task);
      const timedOut = (error as Error)?.name === 'AbortError';
      const reason = timedOut ? `did not finish in ${TASK_TIMEOUT_MS / 1000} s` : (error as Error)?.message ?? String(error);
      // Which file brought the worker down is not known: each is done again on its own, and only
      // the one that does it again is reported, or, if it needed more memory than a worker has,
      // done by the main thread.
      if (task.jobs.length === 1) {
        if ((error as NodeJS.ErrnoException)?.code === 'ERR_WORKER_OUT_OF_MEMORY') return local.run(task);
        return [{ path: task.jobs[0].path, failed: timedOut ? `its worker ${reason}, and was stopped` : `its worker stopped (${reason})` }] as OutcomesOf<T>;
      }
      const alone = await Promise.all(task.jobs.map((job) => runOne({ ...task, jobs: [job] } as T)));
      return alone.flat() as unknown as OutcomesOf<T>;
    } finally {
      if (--out === 0) clearInterval(watch);
    }
  };
  return {
    threads,
    window: threads * 4,
    run: runOne,
    close: async () => {
      clearInterval(watch);
      // Tasks still queued for threads that never started are settled (rejected) here; nobody waits for them.
      await pool.destroy().catch(() => undefined);
    },
  };
}

function inProcess(setup: RunSetup): Executor {
  let state: TaskState | undefined;
  return {
    threads: 0,
    window: 1,
    run: (task) => runTask(task, (state ??= taskState(setup))),
    close: async () => undefined,
  };
}
