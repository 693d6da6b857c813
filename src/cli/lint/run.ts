// `copydesk lint`: finds the files, fixes them when asked, builds the run's editorial calendar,
// lints every file on the machine's cores and writes the report as results come, in path order.
import { dirname, isAbsolute, relative, sep } from 'node:path';
import { CalendarIndex, fileKindOf as kindOfName, fixUntilStable, type CalendarEntry, type Config, type ConfigLoader, type Finding } from '../../core/index';
import { minGapOf } from '../../core/calendar/rules/context';
import { jdClockKey, postClockKey } from '../../core/calendar/clock';
import { FileAccessError, MAX_BYTES, readTextFile, writeTextFile, type ReadText } from '../../node/files';
import { escapeForTerminal } from '../format/escape';
import { lintReporter, type LintFormat } from '../format/index';
import type { FileResult, Reporter } from '../format/result';
import { toPosix, workspaceFor, type Workspace } from '../host';
import { filesFor } from '../inputs';
import { LintCache, cacheFile, configKey, postContext } from './cache';
import { createExecutor, workerCount, type Executor } from './executor';
import { currentMeta } from './meta';
import type { Job, LintJob, LintOutcome, RunSetup } from './protocol';

export interface LintRunOptions {
  format: LintFormat;
  fix: boolean;
  inputs: string[];
  allowExtendsFrom: string[];
  cache: boolean;
  /** --cache-location: a file, or a folder for the default name. */
  cacheLocation?: string;
}

/** The most files one lint task carries: results wait for their turn a batch at a time. */
const MAX_BATCH = 64;

/** The most posts one calendar task carries: an entry is small, and for an unchanged post only its bytes are hashed. */
const MAX_ENTRY_BATCH = 128;

/** Runs `copydesk lint`; resolves to the exit code. */
export async function lintCommand(options: LintRunOptions, version: string, cwd: string, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  // fileKindOf, remembered: a run asks about each file several times.
  const kinds = new Map<string, ReturnType<typeof kindOfName>>();
  const fileKindOf = (path: string) => {
    let kind = kinds.get(path);
    if (kind === undefined && !kinds.has(path)) kinds.set(path, (kind = kindOfName(path)));
    return kind;
  };
  let ioError = false;
  const reportIoError = (message: string) => {
    ioError = true;
    err.write(`copydesk: ${escapeForTerminal(message)}\n`);
  };
  const files = new Set<string>();
  const folders: string[] = [];
  for (const input of options.inputs.length > 0 ? options.inputs : ['.']) {
    const found = filesFor(input, cwd);
    if ('error' in found) reportIoError(found.error);
    else {
      found.files.forEach((f) => files.add(f));
      folders.push(found.folder);
    }
  }
  const warn = (message: string) => err.write(`copydesk: ${escapeForTerminal(message)}\n`);
  const documents = [...files].filter((f) => fileKindOf(f) !== 'config').length;
  let threads: number;
  try {
    threads = workerCount(documents);
  } catch (error) {
    warn((error as Error).message);
    return 2;
  }
  const workspace = workspaceFor(cwd, folders, options.allowExtendsFrom);
  const setup: RunSetup = { cwd, folders, allowExtendsFrom: options.allowExtendsFrom };
  const under = cwd.endsWith(sep) ? cwd : `${cwd}${sep}`;
  const shown = (path: string) => {
    // A path the walk made under the working folder is that folder and the rest (no `.` or `..` in it).
    if (path.startsWith(under) && !path.includes(`${sep}.`)) return toPosix(path.slice(under.length));
    return toPosix(isAbsolute(path) ? relative(cwd, path) || path : path);
  };
  // Files said to be unreadable once, or whose work failed, are left out of what follows.
  const skipped = new Set<string>();
  const unreadable = (path: string, reason: string) => {
    skipped.add(path);
    reportIoError(`Cannot read '${shown(path)}': ${reason}.`);
  };
  const failed = (path: string, reason: string, doing: string) => {
    skipped.add(path);
    reportIoError(`Could not ${doing} '${shown(path)}': ${reason}. This is a bug in Copydesk; please report it with this file.`);
  };
  // Configuration files are read by the main thread, which lints them (they are few).
  const readConfigFile = async (path: string): Promise<ReadText | undefined> => {
    if (skipped.has(path)) return undefined;
    try {
      return await readTextFile(path, { maxBytes: MAX_BYTES.configuration, within: workspace.within });
    } catch (error) {
      unreadable(path, (error as Error).message);
      return undefined;
    }
  };

  let executor: Executor | undefined;
  try {
    if (options.fix) {
      // Configuration first: its fixes change how the other files are linted. The threads start
      // after it, so that their configuration loaders read the fixed files.
      const configs = [...files].filter((p) => fileKindOf(p) === 'config').sort();
      const fixed = await fixConfigFiles(configs, workspace, readConfigFile, shown, reportIoError);
      executor = createExecutor(setup, threads, warn);
      const others = [...files].filter((p) => fileKindOf(p) !== 'config').sort();
      await inOrder(batches(others, executor), executor.window, (jobs) => executor!.run({ kind: 'fix', jobs }), (outcomes) => {
        for (const o of outcomes) {
          if ('unreadable' in o) unreadable(o.path, o.unreadable);
          else if ('failed' in o) failed(o.path, o.failed, 'fix');
          else if ('notFixed' in o) reportIoError(`Not fixed '${shown(o.path)}': ${o.notFixed}.`);
          else if (o.applied > 0) {
            fixed.problems += o.applied;
            fixed.files++;
          }
        }
      });
      if (options.format === 'stylish' && fixed.problems > 0) out.write(`Fixed ${fixed.problems} problem${fixed.problems === 1 ? '' : 's'} in ${fixed.files} file${fixed.files === 1 ? '' : 's'}.\n`);
    }

    const cachePath = options.cache ? cacheFile(cwd, options.cacheLocation) : undefined;

    // Configuration files a linted file depends on are reported too: their problems change the
    // results. Those outside the working folder are not listed (a report names files under it);
    // their problems are summed up on stderr instead.
    const loader = workspace.loader();
    const outside = new Set<string>();
    // The configuration each file is linted with: a post's says how far its calendar looks, and a
    // cached result is for one.
    const configOf = new Map<string, Config>();
    // Files of one folder share their configuration: asked once per folder.
    const byFolder = new Map<string, Config>();
    for (const path of [...files]) {
      if (fileKindOf(path) === 'config') continue;
      const folder = dirname(path);
      let config = byFolder.get(folder);
      if (!config) {
        const loaded = await loader.configFor(toPosix(path));
        byFolder.set(folder, (config = loaded.config));
        for (const configFile of loaded.files) {
          const native = configFile.split('/').join(sep);
          if (files.has(native)) continue;
          if (relative(cwd, native).startsWith('..')) outside.add(configFile);
          else files.add(native);
        }
      }
      configOf.set(path, config);
    }
    const sorted = [...files].sort();
    const now = new Date();
    const cache = cachePath ? LintCache.open(cachePath, shown(cachePath), version, warn) : undefined;
    // Files whose metadata is what the cache saw when it read them, under the same configuration:
    // taken as unchanged. Threads are started for the others only (reading a few thousand
    // unchanged files costs the main thread less than starting threads and sending them the files).
    const trusted = new Set<string>();
    if (cache) {
      for (const path of sorted) {
        if (skipped.has(path) || fileKindOf(path) === 'config') continue;
        const meta = cache.metaFor(path, configKey(configOf.get(path)!));
        if (meta !== undefined && meta === currentMeta(path)) trusted.add(path);
      }
    }
    executor ??= createExecutor(setup, cache ? workerCount(documents - trusted.size) : threads, warn);
    const run = executor;

    // The editorial calendar of the run: every post's schedule and accounts, for
    // post/schedule-conflict, before any post is linted. Each post is read here and again when
    // linted, rather than kept: an entry is a few hundred bytes, a post a few thousand.
    const posts = sorted.filter((p) => fileKindOf(p) === 'post' && !skipped.has(p));
    const entries = new Map<string, CalendarEntry>();
    // With --cache: each post's content hash, which (with its path and configuration) decides its entry.
    const contents = new Map<string, string>();
    const calendar = new CalendarIndex();
    const entryJobs: Job[] = [];
    for (const path of posts) {
      const cached = cache?.entryFor(path, configKey(configOf.get(path)!));
      if (!cached) {
        entryJobs.push({ path });
        continue;
      }
      // Used if the file is unchanged (its metadata, or else its bytes, say so).
      entries.set(path, cached.entry);
      contents.set(path, cached.expect);
      if (!trusted.has(path)) entryJobs.push({ path, expect: cached.expect });
    }
    await inOrder(batches(entryJobs, run, MAX_ENTRY_BATCH), run.window, (jobs) => run.run({ kind: 'entries', now: now.getTime(), jobs }), (outcomes) => {
      for (const o of outcomes) {
        if ('unreadable' in o) unreadable(o.path, o.unreadable);
        else if ('failed' in o) failed(o.path, o.failed, 'lint');
        else if ('entry' in o) {
          cache?.setEntry(o.path, o.hash, configKey(configOf.get(o.path)!), o.entry, o.meta);
          entries.set(o.path, o.entry);
          if (cache) contents.set(o.path, o.hash);
        } else cache?.confirm(o.path, o.meta);
      }
    });
    for (const path of posts) if (skipped.has(path)) entries.delete(path);
    calendar.load(entries.values());

    // Every file, in path order: posts and JDs in batches to the threads, configuration files
    // here. Results are written as soon as all before them are.
    const reporter: Reporter = lintReporter(options.format, { cwd, version, color: Boolean((out as NodeJS.WriteStream).isTTY) && !process.env.NO_COLOR });
    let errors = false;
    const report = (result: FileResult): string => {
      errors ||= result.findings.some((f) => f.severity === 'error');
      return reporter.file({ ...result, findings: result.findings.map((f) => withShownPaths(f, shown)) });
    };
    // What each job's cached result would be, to use when its worker finds the bytes unchanged.
    const contexts = new Map<string, { config: string; context: string; cached?: ReturnType<LintCache['resultFor']> }>();
    /** The neighbours of posts sent without them (a cached result was expected), until their outcome is in. */
    const waiting = new Map<string, CalendarEntry[]>();
    /** A job, or the outcome of one the cache answers without reading the file (unchanged metadata, no findings: the report needs no text). */
    type Planned = LintJob | { ready: LintOutcome };
    const lintJob = (path: string): Planned => {
      let neighbours: CalendarEntry[] | undefined;
      let context = '';
      if (fileKindOf(path) === 'post') {
        const entry = entries.get(path)!;
        const config = configOf.get(path)!;
        // The posts on one of its accounts closer to it than its calendar.min_gap: all of the
        // calendar that post/schedule-conflict looks at for it.
        neighbours = [];
        for (const n of calendar.neighbours(entry, minGapOf(config))) if (!neighbours.includes(n.other)) neighbours.push(n.other);
        if (cache) context = postContext(postClockKey(entry, config, now), neighbours.map((n) => ({ path: n.path, content: contents.get(n.path)!, config: configKey(configOf.get(n.path)!) })));
      } else if (cache) context = jdClockKey(now);
      const uncached: LintJob = neighbours ? { path, neighbours } : { path };
      if (!cache) return uncached;
      const config = configKey(configOf.get(path)!);
      const cached = cache.resultFor(path, config, context);
      contexts.set(path, { config, context, cached });
      if (!cached) return uncached;
      // Unchanged: reported without reading the file, from the positions the cache kept (the
      // GitLab report's fingerprints quote the text, so it reads files with findings).
      if (trusted.has(path) && (cached.findings.length === 0 || (cached.positions && options.format !== 'gitlab'))) {
        return { ready: { path, hash: cached.expect, meta: cached.meta, text: '', cached: true } };
      }
      // The neighbours go only if the worker finds other bytes and asks for them (see runSlot):
      // most jobs with a cached result need none, and copying them to the thread is not free.
      if (neighbours) waiting.set(path, neighbours);
      return { path, expect: cached.expect, ...(cached.findings.length === 0 ? { textless: true } : {}) };
    };
    type Slot = { config: string } | { jobs: Planned[] };
    const slots = function* (): Generator<Slot> {
      let jobs: Planned[] = [];
      const size = batchSize(sorted.length, run);
      for (const path of sorted) {
        if (skipped.has(path)) continue;
        if (fileKindOf(path) === 'config') {
          if (jobs.length > 0) yield { jobs };
          jobs = [];
          yield { config: path };
          continue;
        }
        jobs.push(lintJob(path));
        if (jobs.length >= size) {
          yield { jobs };
          jobs = [];
        }
      }
      if (jobs.length > 0) yield { jobs };
    };
    const runSlot = async (slot: Slot): Promise<LintOutcome[]> => {
      if ('jobs' in slot) {
        const jobs = slot.jobs.filter((j): j is LintJob => !('ready' in j));
        const done = jobs.length > 0 ? await run.run({ kind: 'lint', now: now.getTime(), jobs }) : [];
        // Posts whose bytes changed since the cache read them: linted again, with their neighbours.
        const again = done.flatMap((o, i) => ('stale' in o ? [i] : []));
        if (again.length > 0) {
          const redone = await run.run({ kind: 'lint', now: now.getTime(), jobs: again.map((i) => ({ path: done[i].path, neighbours: waiting.get(done[i].path) ?? [] })) });
          again.forEach((i, k) => (done[i] = redone[k]));
        }
        for (const j of jobs) waiting.delete(j.path);
        let next = 0;
        return slot.jobs.map((j) => ('ready' in j ? j.ready : done[next++]));
      }
      const file = await readConfigFile(slot.config);
      if (!file) return [];
      return [{ path: slot.config, hash: file.snapshot.hash, text: file.text, findings: await loader.findingsFor(toPosix(slot.config)) }];
    };
    await write(out, reporter.start());
    await inOrder(slots(), run.window, runSlot, async (outcomes) => {
      // A batch's part of the report is written at once: one write instead of one per file.
      let chunk = '';
      for (const o of outcomes) {
        if ('unreadable' in o) {
          unreadable(o.path, o.unreadable);
          cache?.forget(o.path);
        } else if ('failed' in o) {
          failed(o.path, o.failed, 'lint');
          cache?.forget(o.path);
        } else if ('stale' in o) {
          // Never after the second sending, which carries the neighbours.
          failed(o.path, 'the posts near it in the calendar were lost between two of its readings', 'lint');
          cache?.forget(o.path);
        } else if ('cached' in o) {
          cache?.confirm(o.path, o.meta);
          const { cached } = contexts.get(o.path)!;
          const positions = o.text === '' && cached!.findings.length > 0 ? { positions: cached!.positions! } : {};
          chunk += report({ path: shown(o.path), text: o.text, findings: cached!.findings, ...positions, ...(cached!.counts ? { counts: cached!.counts } : {}) });
        } else {
          const key = contexts.get(o.path);
          if (key) cache?.setResult(o.path, o.hash, key.config, key.context, o.findings, o.counts, o.text, o.meta);
          chunk += report({ path: shown(o.path), text: o.text, findings: o.findings, ...(o.counts ? { counts: o.counts } : {}) });
        }
        contexts.delete(o.path);
      }
      await write(out, chunk);
    });
    await write(out, reporter.end());

    for (const configFile of [...outside].sort()) {
      const problems = (await loader.findingsFor(configFile)).filter((f) => f.severity !== 'info').length;
      if (problems === 0) continue;
      const fromRoot = relative(workspace.root, configFile.split('/').join(sep));
      const where = fromRoot.startsWith('..') ? 'outside the folder linted' : 'in the repository, outside the folder linted';
      err.write(`copydesk: ${escapeForTerminal(`The configuration '${toPosix(fromRoot)}' (${where}) has ${problems} problem${problems === 1 ? '' : 's'}: lint it from its own folder to see ${problems === 1 ? 'it' : 'them'}.`)}\n`);
    }
    // The threads' memory is given back before the cache is written (the run's peak stays theirs or the cache's, not both).
    await executor.close();
    executor = undefined;
    await cache?.save();
    if (ioError) return 2;
    return errors ? 1 : 0;
  } finally {
    await executor?.close();
  }
}

/** How many files a task carries: on threads, a few tasks per thread at least, so that they share the work evenly to the end. */
function batchSize(files: number, executor: Executor, max = MAX_BATCH): number {
  // In the main thread one batch is done at a time, whatever its size.
  if (executor.threads === 0) return max;
  return Math.max(1, Math.min(max, Math.ceil(files / (executor.threads * 16))));
}

/** `items` as jobs in batches of batchSize. */
function* batches(items: readonly (Job | string)[], executor: Executor, max = MAX_BATCH): Generator<Job[]> {
  const size = batchSize(items.length, executor, max);
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size).map((item): Job => (typeof item === 'string' ? { path: item } : item));
}

/**
 * Runs `tasks` with at most `window` in flight and hands each one's result to `deliver` in the
 * tasks' order: a result that comes early waits for those before it, and no more than `window`
 * results ever wait. The next task starts before a result is delivered, so the threads work
 * while the report is written.
 */
export async function inOrder<T, R>(tasks: Iterable<T>, window: number, run: (task: T) => Promise<R>, deliver: (result: R, task: T) => Promise<void> | void): Promise<void> {
  const iterator = tasks[Symbol.iterator]();
  const pending: { task: T; result: Promise<R> }[] = [];
  let done = false;
  const refill = () => {
    while (!done && pending.length < window) {
      const next = iterator.next();
      if (next.done) done = true;
      else pending.push({ task: next.value, result: run(next.value) });
    }
  };
  refill();
  while (pending.length > 0) {
    const { task, result } = pending.shift()!;
    const value = await result;
    refill();
    await deliver(value, task);
  }
}

/** The finding with the other files its related information names shown as the report shows paths. */
function withShownPaths(finding: Finding, shown: (path: string) => string): Finding {
  if (!finding.related?.some((r) => r.file)) return finding;
  return { ...finding, related: finding.related.map((r) => (r.file ? { ...r, file: { ...r.file, path: shown(r.file.path) } } : r)) };
}

/** Writes `chunk`, waiting for the stream to drain when it asks to (a slow pipe, a full buffer). */
function write(out: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (chunk === '' || out.write(chunk)) return Promise.resolve();
  return new Promise((resolve) => out.once('drain', () => resolve()));
}

/**
 * `--fix` for configuration files, in the main thread before anything else: their fixes change
 * how the other files are linted. A file is written only through the safe writer: never through a
 * link out of the workspace, never when read-only, changed since it was read, or not UTF-8.
 */
async function fixConfigFiles(paths: string[], workspace: Workspace, read: (path: string) => Promise<ReadText | undefined>, shown: (path: string) => string, reportIoError: (message: string) => void) {
  let problems = 0;
  let changed = 0;
  const loader: ConfigLoader = workspace.loader();
  for (const path of paths) {
    const file = await read(path);
    if (!file) continue;
    const { config } = await loader.configFor(toPosix(path));
    const { text, applied } = fixUntilStable(file.text, { fileName: path, config });
    if (applied === 0 || text === file.text) continue;
    try {
      await writeTextFile(path, text, { expected: file.snapshot, within: workspace.within });
      problems += applied;
      changed++;
    } catch (error) {
      const reason = error instanceof FileAccessError && error.problem === 'not-utf8' && file.firstInvalidByte !== undefined ? `${error.message} (the first is at byte ${file.firstInvalidByte}); save it as UTF-8 first` : (error as Error).message;
      reportIoError(`Not fixed '${shown(path)}': ${reason}.`);
    }
  }
  return { problems, files: changed };
}

