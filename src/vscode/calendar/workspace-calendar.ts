import * as vscode from 'vscode';
import { CalendarIndex, analyzePost, calendarEntry, type CalendarEntry, type Config } from '../../core/index';

/** Posts bigger than this are left out of the calendar (their schedule is still checked when open). */
const MAX_POST_BYTES = 5_000_000;
/** Files read at once while scanning the workspace. */
const BATCH = 64;

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
    const entry = calendarEntry(key, analyzePost(text, config, new Date()));
    const before = this.index.get(key);
    this.uris.set(key, uri);
    if (sameEntry(before, entry)) return;
    const affected = this.index.set(entry);
    // The post itself was just checked against the others; those near it, before or after, need a new look.
    this.changes.fire({ moved: sameSlots(before, entry) ? [] : affected, all: [key, ...affected] });
  }

  private async scan(): Promise<void> {
    const generation = ++this.generation;
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Copydesk: reading the editorial calendar' }, async () => {
      const found = await vscode.workspace.findFiles('**/*.post.md', '**/{node_modules,.git}/**');
      for (let i = 0; i < found.length; i += BATCH) {
        if (generation !== this.generation) return;
        await Promise.all(found.slice(i, i + BATCH).map((uri) => this.readFromDisk(uri, true)));
      }
    });
    // Entries read one by one fired no events: say once that everything may have changed.
    if (generation === this.generation) this.changes.fire({ moved: [...this.uris.keys()], all: [...this.uris.keys()] });
  }

  /** Reads a post from the workspace's file system, unless it is open (the editor's text wins). */
  private async readFromDisk(uri: vscode.Uri, quiet = false): Promise<void> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed);
    try {
      let text: string;
      if (open) text = open.getText();
      else {
        const stat = await vscode.workspace.fs.stat(uri);
        if (stat.type & vscode.FileType.Directory) return;
        if (stat.size > MAX_POST_BYTES) {
          this.forget(uri);
          return;
        }
        text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
      }
      const config = await this.configFor(uri);
      if (quiet) {
        const key = calendarKey(uri);
        this.uris.set(key, uri);
        this.index.set(calendarEntry(key, analyzePost(text, config, new Date())));
      } else this.update(uri, text, config);
    } catch {
      // Gone between the event and the read, or unreadable: it is not in the calendar.
      this.forget(uri);
    }
  }

  /** Removes a post, or every post under a folder. */
  forget(uri: vscode.Uri): void {
    const key = calendarKey(uri);
    const keys = [...this.uris.keys()].filter((k) => k === key || k.startsWith(`${key.replace(/\/$/, '')}/`));
    if (keys.length === 0) return;
    const affected = new Set<string>();
    for (const k of keys) {
      for (const a of this.index.delete(k)) affected.add(a);
      this.uris.delete(k);
    }
    for (const k of keys) affected.delete(k);
    this.changes.fire({ moved: [...affected], all: [...keys, ...affected] });
  }

  private renameTree(oldUri: vscode.Uri, newUri: vscode.Uri): void {
    const from = calendarKey(oldUri).replace(/\/$/, '');
    const to = calendarKey(newUri).replace(/\/$/, '');
    const keys = [...this.uris.keys()].filter((k) => k === from || k.startsWith(`${from}/`));
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
      all.add(k);
      all.add(target);
    }
    this.changes.fire({ moved: [...all], all: [...all] });
  }

  dispose(): void {
    this.generation++;
    for (const d of this.disposables) d.dispose();
  }
}
