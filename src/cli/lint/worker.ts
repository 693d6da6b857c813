// dist/lint-worker.js: a worker thread of `copydesk lint`. piscina's worker runtime (it takes
// tasks from the pool and calls the handler below) and the handler, in one file: the pool in
// dist/cli.js starts this file for each thread and names it again as the handler
// (src/cli/lint/executor.ts; esbuild.mjs points piscina's runtime here).
import 'piscina/dist/worker';
import { workerData } from 'node:worker_threads';
import type { RunSetup, Task } from './protocol';
import { runTask, taskState } from './task';

const state = taskState(workerData as RunSetup);

export default function handle(task: Task) {
  return runTask(task, state);
}
