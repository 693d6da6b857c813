import * as vscode from 'vscode';
import { CalendarIndex } from '../../core/calendar/index';
import type { CalendarEntry, Config } from '../../core/index';
import { core } from '../core';

/** Posts bigger than this are left out of the calendar (their schedule is still checked when open). */
const MAX_POST_BYTES = 5_000_000;
/** Files read at once while scanning the workspace. */
const BATCH = 64;
/**
 * How long after a rename its new names are read again from disk. The file watcher sends events
 * in batches and drops a file created and deleted in the same batch, so a post renamed (which the
 * workspace reports at once) and then deleted quickly would otherwise stay in the calendar.
 */
const RECHECK_RENAMED_MS = 1_500;
/**
 * The least time between two checks of the whole calendar against the files when the window gets
 * the focus back: each check asks the file system about every post (one stat each, a round trip
 * to VS Code's main process), too much for every switch to a terminal and back.
 */
const RESYNC_MIN_INTERVAL_MS = 30_000;

function stampOf(stat: vscode.FileStat): string {
  return `${stat.mtime}:${stat.size}`;
}

/** What changed in the calendar: `moved` files need their conflicts checked again; `all` changed in any way. */
export interface CalendarChange {
  moved: string[];
  all: string[];
}

/** The key a file has in the calendar (the linter lints it under the same name). */
export function calendarKey(uri: vscode.Uri): string {
  return uri.path;
}

/** True when the entries put a post at the same moments on the same accounts. */
function sameSlots(a: CalendarEntry | undefined, b: CalendarEntry | undefined): boolean {
  if (!a || !b) return a === b;
  return a.schedule?.at === b.schedule?.at && a.targets.map((t) => t.name).join('\n') === b.targets.map((t) => t.name).join('\n');
}

function sameEntry(a: CalendarEntry | undefined, b: CalendarEntry | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The editorial calendar of the workspace, kept in memory: every `*.post.md` read once when first
 * needed, then kept current from the editor (an open document counts as typed) and from the file
 * system (files created, changed, renamed and deleted outside the editor). The core's index does
 * the work; this class only feeds it.
 */
export class WorkspaceCalendar implements vscode.Disposable {
  readonly index = new CalendarIndex();
  private readonly uris = new Map<string, vscode.Uri>();
  private readonly changes = new vscode.EventEmitter<CalendarChange>();
  /** Fires after entries changed, with the files whose findings or calendar cell may differ now. */
  readonly onDidChange = this.changes.event;
  private readonly disposables: vscode.Disposable[] = [];
  private scanning: Promise<void> | undefined;
  private generation = 0;
  /**
   * Each file's latest turn. Reads from disk take time (a stat, the read, the configuration), and
   * a file may change, be typed into, renamed or deleted meanwhile: a read whose turn is no longer
   * the file's latest is dropped, so an old text never overwrites a newer one and a deleted post
   * never comes back.
   */
  private readonly turns = new Map<string, number>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  /** What each post read from disk looked like then (time and size), to tell whether it changed since. */
  private readonly stamps = new Map<string, string>();
  /** The last check of the calendar against the files, and the one waiting to start after it. */
  private lastCheck: Promise<void> = Promise.resolve();
  private queuedSync: Promise<void> | undefined;
  private lastSync = 0;

  constructor(private readonly configFor: (uri: vscode.Uri) => Promise<Config>) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.post.md');
    this.disposables.push(
      this.changes,
      watcher,
      watcher.onDidCreate((uri) => void this.readFromDisk(uri)),
      watcher.onDidChange((uri) => void this.readFromDisk(uri)),
      watcher.onDidDelete((uri) => this.forget(uri)),
      // A folder renamed or deleted in the explorer: every post under it moves or goes.
      vscode.workspace.onDidRenameFiles((e) => {
        for (const { oldUri, newUri } of e.files) this.renameTree(oldUri, newUri);
      }),
      vscode.workspace.onDidDeleteFiles((e) => {
        for (const uri of e.files) this.forget(uri);
      }),
      // Unsaved changes of a closed document are gone: the file on disk counts again.
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.uris.has(calendarKey(document.uri))) void this.readFromDisk(document.uri);
      }),
      // Back from a terminal, a git client or a file manager: catch what the watcher missed.
      vscode.window.onDidChangeWindowState((state) => {
        if (state.focused) this.resyncSoon();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.scanning = undefined;
        void this.ready();
      }),
    );
  }

  /** Resolves once every post of the workspace has been read (scanning on first call). */
  ready(): Promise<void> {
    this.scanning ??= this.scan();
    return this.scanning;
  }

  /** The URI of a calendar key, for opening it. */
  uriOf(key: string): vscode.Uri | undefined {
    return this.uris.get(key);
  }

  /** Sets a post's entry from text (an open document as typed); fires when anything changed. */
  update(uri: vscode.Uri, text: string, config: Config): void {
    const key = calendarKey(uri);
    this.claim(key);
    this.apply(uri, text, config);
  }

  /** Starts a new turn for a file: whatever is still being read for it no longer counts. */
  private claim(key: string): number {
    const turn = (this.turns.get(key) ?? 0) + 1;
    this.turns.set(key, turn);
    return turn;
  }

  private apply(uri: vscode.Uri, text: string, config: Config): void {
    const key = calendarKey(uri);
    const entry = core().calendarEntry(key, core().analyzePost(text, config, new Date()));
    const before = this.index.get(key);
    this.uris.set(key, uri);
    if (sameEntry(before, entry)) return;
    const affected = this.index.set(entry);
    // The post itself was just checked against the others; those near it, before or after, need a new look.
    this.changes.fire({ moved: sameSlots(before, entry) ? [] : affected, all: [key, ...affected] });
  }

  /**
   * Checks the calendar against the workspace's files: posts the file watcher never reported are
   * read, changed ones read again, vanished ones forgotten. VS Code's watcher on Linux misses files
   * in folders made with `mkdir -p`, a `git checkout` or an unzip (parcel-bundler/watcher#97), and
   * drops a file created and deleted in one batch; this runs when the window gets the focus back
   * (at most every 30 s) and when the calendar view opens.
   */
  resync(): Promise<void> {
    if (!this.scanning) return this.ready();
    // A check that has not started yet sees every change made before this call; one that is
    // running may have looked at a file before it changed, so another is queued after it.
    if (this.queuedSync) return this.queuedSync;
    const queued: Promise<void> = this.lastCheck
      .then(() => this.scanning)
      .then(() => {
        if (this.queuedSync === queued) this.queuedSync = undefined;
        return this.scan(false);
      })
      .catch(() => undefined)
      .finally(() => {
        this.lastSync = Date.now();
      });
    this.queuedSync = queued;
    this.lastCheck = queued;
    return queued;
  }

  /** {@link resync}, unless one ran in the last RESYNC_MIN_INTERVAL_MS. */
  resyncSoon(): void {
    if (Date.now() - this.lastSync > RESYNC_MIN_INTERVAL_MS) void this.resync();
  }

  private async scan(first = true): Promise<void> {
    const generation = ++this.generation;
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Copydesk: reading the editorial calendar' }, async () => {
      const found = await vscode.workspace.findFiles('**/*.post.md', '**/{node_modules,.git}/**');
      const seen = new Set(found.map(calendarKey));
      if (!first) for (const [key, uri] of [...this.uris]) if (!seen.has(key) && !this.isOpen(uri)) this.forget(uri);
      for (let i = 0; i < found.length; i += BATCH) {
        if (generation !== this.generation) return;
        await Promise.all(found.slice(i, i + BATCH).map(async (uri) => ((await this.changedOnDisk(uri)) ? this.readFromDisk(uri, first) : undefined)));
      }
    });
    // Entries read one by one fired no events: say once that everything may have changed.
    if (first && generation === this.generation) this.changes.fire({ moved: [...this.uris.keys()], all: [...this.uris.keys()] });
  }

  private isOpen(uri: vscode.Uri): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed);
  }

  /** True when a post is not in the calendar yet, or its file differs from when it was read (open ones are the editor's). */
  private async changedOnDisk(uri: vscode.Uri): Promise<boolean> {
    const key = calendarKey(uri);
    if (!this.uris.has(key)) return true;
    if (this.isOpen(uri)) return false;
    try {
      return stampOf(await vscode.workspace.fs.stat(uri)) !== this.stamps.get(key);
    } catch {
      return true;
    }
  }

  /** Reads a post from the workspace's file system, unless it is open (the editor's text wins). */
  private async readFromDisk(uri: vscode.Uri, quiet = false): Promise<void> {
    const key = calendarKey(uri);
    const turn = this.claim(key);
    const current = () => this.turns.get(key) === turn;
    const open = this.isOpen(uri);
    let stamp: string | undefined;
    try {
      let text: string;
      if (open) text = open.getText();
      else {
        const stat = await vscode.workspace.fs.stat(uri);
        stamp = stampOf(stat);
        if (stat.type & vscode.FileType.Directory) {
          // A folder of posts moved or copied in.
          const inside = await vscode.workspace.findFiles(new vscode.RelativePattern(uri, '**/*.post.md'), '**/{node_modules,.git}/**');
          for (let i = 0; i < inside.length; i += BATCH) await Promise.all(inside.slice(i, i + BATCH).map((post) => this.readFromDisk(post, quiet)));
          return;
        }
        if (stat.size > MAX_POST_BYTES) {
          if (current()) this.forget(uri);
          return;
        }
        text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
      }
      const config = await this.configFor(uri);
      if (!current()) return;
      if (stamp) this.stamps.set(key, stamp);
      else this.stamps.delete(key);
      if (quiet) {
        this.uris.set(key, uri);
        this.index.set(core().calendarEntry(key, core().analyzePost(text, config, new Date())));
      } else this.apply(uri, text, config);
    } catch {
      // Gone between the event and the read, or unreadable: it is not in the calendar.
      if (current()) this.forget(uri);
    }
  }

  /** Removes a post, or every post under a folder. */
  forget(uri: vscode.Uri): void {
    const key = calendarKey(uri);
    const keys = [...this.uris.keys()].filter((k) => k === key || k.startsWith(`${key.replace(/\/$/, '')}/`));
    this.claim(key);
    for (const k of keys) this.claim(k);
    if (keys.length === 0) return;
    const affected = new Set<string>();
    for (const k of keys) {
      for (const a of this.index.delete(k)) affected.add(a);
      this.uris.delete(k);
      this.stamps.delete(k);
    }
    for (const k of keys) affected.delete(k);
    this.changes.fire({ moved: [...affected], all: [...keys, ...affected] });
  }

  private renameTree(oldUri: vscode.Uri, newUri: vscode.Uri): void {
    const from = calendarKey(oldUri).replace(/\/$/, '');
    const to = calendarKey(newUri).replace(/\/$/, '');
    const keys = [...this.uris.keys()].filter((k) => k === from || k.startsWith(`${from}/`));
    for (const k of keys) {
      this.claim(k);
      this.claim(to + k.slice(from.length));
    }
    if (keys.length === 0) {
      // Renamed into a post (`draft.md` → `draft.post.md`), or a folder of posts moved in.
      void this.readFromDisk(newUri);
      return;
    }
    const all = new Set<string>();
    for (const k of keys) {
      const target = to + k.slice(from.length);
      const uri = newUri.with({ path: target });
      if (!/\.post\.md$/i.test(target)) {
        this.forget(this.uris.get(k)!);
        continue;
      }
      for (const a of this.index.rename(k, target)) all.add(a);
      this.uris.delete(k);
      this.uris.set(target, uri);
      const stamp = this.stamps.get(k);
      this.stamps.delete(k);
      if (stamp) this.stamps.set(target, stamp);
      all.add(k);
      all.add(target);
    }
    this.changes.fire({ moved: [...all], all: [...all] });
    const renamed = keys.map((k) => to + k.slice(from.length)).filter((k) => this.uris.has(k));
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      for (const k of renamed) {
        const uri = this.uris.get(k);
        if (uri) void this.readFromDisk(uri);
      }
    }, RECHECK_RENAMED_MS);
    this.timers.add(timer);
  }

  dispose(): void {
    this.generation++;
    for (const timer of this.timers) clearTimeout(timer);
    for (const d of this.disposables) d.dispose();
  }
}
