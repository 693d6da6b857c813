// Where configuration comes from for a file the server lints: the command line's policy
// (src/cli/host.ts workspaceFor), with the client's workspace folders as the folders worked in.
import { opendir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CalendarIndex, analyzePost, calendarEntry, fileKindOf, resolveConfig, type CalendarEntry, type Config, type ConfigLoader } from '../core/index';
import { SKIPPED_FOLDERS } from '../cli/glob';
import { toPosix, workspaceFor, type Workspace } from '../cli/host';
import { MAX_BYTES, isInside, readTextFile } from '../node/files';

/**
 * The client's workspace folders and a configuration loader per folder. A file inside a folder
 * gets that folder's workspace (configuration may come from the repository around it, as when
 * `copydesk lint` runs there); a file outside every folder gets its own folder's, as
 * `copydesk lint <file>` run beside it would.
 */
export class Folders {
  private folders: string[] = [];
  private readonly workspaces = new Map<string, Workspace>();
  private loaders = new Map<string, ConfigLoader>();

  constructor(private readonly allowExtendsFrom: readonly string[]) {}

  /** The workspace folders (native paths). */
  get all(): readonly string[] {
    return this.folders;
  }

  set(folders: readonly string[]): void {
    this.folders = [...new Set(folders)];
    this.workspaces.clear();
    this.forgetConfiguration();
  }

  /** Configuration files changed: the next lint reads them again. */
  forgetConfiguration(): void {
    this.loaders = new Map();
  }

  /** The innermost workspace folder holding `path`, if any. */
  folderOf(path: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.folders) if (isInside(path, folder) && (!best || folder.length > best.length)) best = folder;
    return best;
  }

  workspaceOf(path: string): Workspace {
    const key = this.folderOf(path) ?? dirname(path);
    let workspace = this.workspaces.get(key);
    if (!workspace) {
      workspace = workspaceFor(key, [key], this.allowExtendsFrom);
      this.workspaces.set(key, workspace);
    }
    return workspace;
  }

  /** The loader for `path`'s workspace: each configuration file is read once until configuration changes. */
  loaderOf(path: string): ConfigLoader {
    const key = this.folderOf(path) ?? dirname(path);
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = this.workspaceOf(path).loader();
      this.loaders.set(key, loader);
    }
    return loader;
  }
}

/** Directory entries looked at while finding the workspace's posts before giving up (a client that names the home folder as its root). */
const MAX_SCANNED_ENTRIES = 200_000;
/** Posts read at once. */
const BATCH = 32;

/** Posts under `folder`, recursively, skipping dependency and version-control folders; stops after `budget.entries` entries. */
async function findPosts(folder: string, budget: { entries: number }, out: string[]): Promise<void> {
  let dir;
  try {
    dir = await opendir(folder);
  } catch {
    return;
  }
  const subfolders: string[] = [];
  for await (const entry of dir) {
    if (--budget.entries < 0) break;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) subfolders.push(path);
    } else if ((entry.isFile() || entry.isSymbolicLink()) && fileKindOf(entry.name) === 'post') out.push(path);
  }
  for (const sub of subfolders) {
    if (budget.entries < 0) return;
    await findPosts(sub, budget, out);
  }
}

function sameEntry(a: CalendarEntry | undefined, b: CalendarEntry | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The editorial calendar of the workspace, for post/schedule-conflict: every post under the
 * workspace folders read once at start, open documents as typed over what is on disk. The core's
 * index does the work; this class only feeds it. Keys are native paths.
 */
export class ServerCalendar {
  readonly index = new CalendarIndex();
  private generation = 0;

  constructor(
    private readonly folders: Folders,
    private readonly isOpen: (path: string) => boolean,
    private readonly warn: (message: string) => void,
  ) {}

  /** Reads every post under the workspace folders (open ones excepted); resolves to how many were found, or to undefined when a newer scan started. */
  async scan(): Promise<number | undefined> {
    const generation = ++this.generation;
    const budget = { entries: MAX_SCANNED_ENTRIES };
    const posts: string[] = [];
    for (const folder of this.folders.all) await findPosts(folder, budget, posts);
    if (budget.entries < 0) this.warn(`Copydesk stopped looking for posts after ${MAX_SCANNED_ENTRIES.toLocaleString('en')} files and folders: post/schedule-conflict sees only the posts found so far and those you open.`);
    for (let i = 0; i < posts.length; i += BATCH) {
      if (generation !== this.generation) return undefined;
      await Promise.all(posts.slice(i, i + BATCH).map((path) => (this.isOpen(path) ? undefined : this.readFromDisk(path))));
    }
    return generation === this.generation ? posts.length : undefined;
  }

  /** Sets a post's entry from its text; returns the posts close to it before or after (whose findings may change), or nothing when the entry did not change. */
  update(path: string, text: string, config: Config): string[] {
    const entry = calendarEntry(path, analyzePost(text, resolveConfig(config), new Date()));
    if (sameEntry(this.index.get(path), entry)) return [];
    return this.index.set(entry);
  }

  /** Reads a post from disk (its text as saved counts again once it is closed); returns the posts affected. */
  async readFromDisk(path: string): Promise<string[]> {
    try {
      const workspace = this.folders.workspaceOf(path);
      const { text } = await readTextFile(path, { maxBytes: MAX_BYTES.document, within: workspace.within });
      const { config } = await this.folders.loaderOf(path).configFor(toPosix(path));
      return this.update(path, text, config);
    } catch {
      // Gone, unreadable, too big, or outside the workspace through a link: not in the calendar.
      return this.forget(path);
    }
  }

  /** Removes a post; returns the posts that were close to it. */
  forget(path: string): string[] {
    return this.index.delete(path);
  }
}
