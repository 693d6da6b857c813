// What `copydesk lint`'s main thread and its workers say to each other (src/cli/lint/task.ts does
// the work, in a worker or, for a small run, in the main thread). Plain data: every message is a
// structured clone.
import type { CalendarEntry, Finding } from '../../core/index';
import type { FileResult } from '../format/result';

/** What every worker knows from the start: enough to find files and configuration as the main thread does. */
export interface RunSetup {
  cwd: string;
  /** The folders the inputs stand for (see workspaceFor). */
  folders: string[];
  allowExtendsFrom: string[];
}

/**
 * One file asked for. `expect` is the content hash (SHA-256, hex) the cache holds a result for,
 * when everything else its key names matches: the worker reads the file anyway, and when the
 * bytes hash to `expect` it answers `cached` instead of doing the work again.
 */
export interface Job {
  path: string;
  expect?: string;
}

/**
 * A post to lint, with the other posts of the run that can change its findings (its neighbours in
 * the calendar). A post whose cached result is expected goes without them: when its bytes differ,
 * the worker answers `stale` and the post is sent again with them.
 */
export interface LintJob extends Job {
  neighbours?: CalendarEntry[];
  /** The cached result has no findings: when it is used, the report needs no text. */
  textless?: boolean;
}

export type Task =
  /** The calendar's view of each post, before any post is linted. */
  | { kind: 'entries'; now: number; jobs: Job[] }
  | { kind: 'lint'; now: number; jobs: LintJob[] }
  /** `--fix` for posts and JDs (configuration is fixed first, by the main thread). */
  | { kind: 'fix'; jobs: Job[] };

/** A file that could not be read: the reason completes "Cannot read 'x': …". */
export interface Unreadable {
  path: string;
  unreadable: string;
}

/** A file whose work failed in a way that is Copydesk's bug: a rule that escaped the engine's guard, or a worker that stopped. */
export interface Failed {
  path: string;
  failed: string;
}

/** `meta`: the file's metadata as read (src/cli/lint/meta.ts), when it is old enough to be kept. */
export type EntryOutcome = Unreadable | Failed | { path: string; hash: string; meta?: string; cached: true } | { path: string; hash: string; meta?: string; entry: CalendarEntry };

export type LintOutcome =
  | Unreadable
  | Failed
  /** A post sent without its neighbours (its cached result was expected) whose bytes differ: to send again with them. */
  | { path: string; stale: true }
  | { path: string; hash: string; meta?: string; text: string; cached: true }
  | { path: string; hash: string; meta?: string; text: string; findings: Finding[]; counts?: FileResult['counts'] };

export type FixOutcome = Unreadable | Failed | { path: string; applied: number } | { path: string; notFixed: string };

export type Outcome = EntryOutcome | LintOutcome | FixOutcome;

/** The outcomes of a task, one per job, in the jobs' order. */
export type OutcomesOf<T extends Task> = T extends { kind: 'entries' } ? EntryOutcome[] : T extends { kind: 'lint' } ? LintOutcome[] : FixOutcome[];
