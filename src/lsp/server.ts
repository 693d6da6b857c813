// `copydesk lsp --stdio`: Copydesk as a language server for editors other than VS Code (Neovim,
// Helix, Zed, Emacs…). Another face over the same core as the extension and the command line: it
// only translates between the protocol and the core's findings, fixes, completions and hovers.
import { resolve } from 'node:path';
import { format } from 'node:util';
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  DEBOUNCE_MS,
  LARGE_FILE,
  completionsAt,
  fileKindOf,
  findingActions,
  fixAllEdits,
  hoverAt,
  largeFileNotice,
  lint,
  resolveConfig,
  safeFixes,
  type Config,
  type FileKind,
  type Finding,
  type TextEdit as CoreEdit,
} from '../core/index';
import { eachArg, usageError } from '../cli/args';
import { toPosix } from '../cli/host';
import { MAX_BYTES } from '../node/files';
import { placeOf, sameRange, toCompletionItem, toDiagnostic, toHover, toRange, toTextEdits, touches, uriOfPath, type DiagnosticData, type DocumentPlace } from './protocol';
import { Folders, ServerCalendar } from './workspace';

declare const COPYDESK_VERSION: string | undefined;

export const LSP_USAGE = `Usage: copydesk lsp --stdio [--allow-extends-from <folder>…]

Runs Copydesk as a language server on standard input and output, for Neovim,
Helix, Zed, Emacs and any editor with a Language Server Protocol client:
diagnostics as you type, quick fixes, "fix all", completion and hover for
*.jd.yaml, *.post.md and .copydesk.yaml (recognised by their names, whatever
language the editor says they are). Configuration: the nearest .copydesk.yaml,
as for 'copydesk lint'. The README's "Other editors" shows each editor's setup.

Options:
      --stdio                        speak the protocol on stdin and stdout
                                     (the only transport; required)
      --allow-extends-from <folder>  let configuration extend files in this folder
                                     too; may be repeated
  -h, --help                         show this help
`;

/** The code action kind of "fix all safe problems" (as in VS Code: `editor.codeActionsOnSave`, Neovim's `context.only`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.copydesk`;

/** `copydesk lsp`: serves until the client says exit (the protocol library then ends the process). */
export async function lspCommand(args: string[], cwd: string, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const usage = usageError(err, 'lsp');
  let stdio = false;
  const allowExtendsFrom: string[] = [];
  for (const { name, value } of eachArg(args)) {
    if (name === '-h' || name === '--help') {
      out.write(LSP_USAGE);
      return 0;
    } else if (name === '--stdio') stdio = true;
    else if (name === '--allow-extends-from') {
      const folder = value();
      if (!folder) return usage('--allow-extends-from needs a folder.');
      allowExtendsFrom.push(resolve(cwd, folder));
    } else if (name === '--clientProcessId') {
      // Added by some clients: the protocol library ends the server when that process is gone.
      value();
    } else if (name === '--node-ipc' || name === '--socket' || name === '--pipe') {
      return usage(`${name} is not supported: Copydesk speaks over --stdio only.`);
    } else return usage(`Unknown option '${name}'.`);
  }
  if (!stdio) return usage('copydesk lsp speaks over standard input and output: run it as copydesk lsp --stdio.');
  // The reader is ours so that a message that cannot be read (not JSON, no Content-Length) is
  // said in the client's log; the library would drop it silently.
  const reader = new StreamMessageReader(process.stdin);
  const connection = createConnection(reader, new StreamMessageWriter(out));
  protectStdout(connection);
  reader.onError((error) => connection.console.error(`Copydesk: could not read a message from the editor: ${describe(error)}`));
  const server = new CopydeskServer(connection, allowExtendsFrom);
  // The editor went away without saying exit: end too (1, as the protocol says for exit without shutdown).
  const end = () => process.exit(server.shutDown ? 0 : 1);
  process.stdin.on('end', end).on('close', end);
  connection.listen();
  return new Promise<number>(() => {});
}

/**
 * Standard output is the protocol: a stray console.log would corrupt it. Console output goes to
 * the client's log (window/logMessage) instead, as do errors nobody caught, and the server
 * carries on.
 */
function protectStdout(connection: Connection): void {
  const to = (send: (message: string) => void) => (...args: unknown[]) => send(format(...args));
  console.log = console.info = to((m) => connection.console.log(m));
  console.debug = to((m) => connection.console.log(m));
  console.warn = to((m) => connection.console.warn(m));
  console.error = console.trace = to((m) => connection.console.error(m));
  process.on('uncaughtException', (error) => connection.console.error(`Copydesk: unexpected error: ${describe(error)}`));
  process.on('unhandledRejection', (error) => connection.console.error(`Copydesk: unexpected error: ${describe(error)}`));
}

/** An error for the client's log: its message; the stack only when COPYDESK_DEBUG asks (as on the command line). */
function describe(error: unknown): string {
  if (process.env.COPYDESK_DEBUG && error instanceof Error && error.stack) return error.stack;
  return error instanceof Error ? error.message : String(error);
}

/** A diagnostic and the finding behind it (none for the large-file notice). */
interface Published {
  diagnostic: Diagnostic;
  finding?: Finding;
}

/** What the last lint of a document found, for code actions, completion and hover. */
interface LintResult {
  version: number;
  published: Published[];
  findings: Finding[];
  /** The configuration used (JD and post). */
  config?: Config;
}

class CopydeskServer {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly folders: Folders;
  private readonly calendar: ServerCalendar;
  private readonly results = new Map<string, LintResult>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly generation = new Map<string, number>();
  /** Open documents changed since they were opened or saved (a configuration file is linted as typed). */
  private readonly dirty = new Set<string>();
  /** The version each document was opened at (TextDocuments reports an open as a change too). */
  private readonly openedAt = new Map<string, number>();
  /** Open documents by native path, for naming another file in related information the way the client named it. */
  private readonly openByPath = new Map<string, string>();
  /** Every configuration file (nearest and extended, '/'-separated) some linted document depends on. */
  private configFiles = new Set<string>();
  /** Documents already told they are linted without configuration (not files on disk). */
  private readonly toldNotOnDisk = new Set<string>();
  private documentChanges = false;
  private watchFiles = false;
  private workspaceFolderEvents = false;
  private shuttingDown = false;

  /** True once the client asked the server to shut down. */
  get shutDown(): boolean {
    return this.shuttingDown;
  }

  constructor(
    private readonly connection: Connection,
    allowExtendsFrom: readonly string[],
  ) {
    this.folders = new Folders(allowExtendsFrom);
    this.calendar = new ServerCalendar(this.folders, (path) => this.openByPath.has(path), (m) => connection.console.warn(m));
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => this.guard('initialized', () => this.initialized()));
    connection.onShutdown(() => {
      this.shuttingDown = true;
      for (const timer of this.timers.values()) clearTimeout(timer);
      this.timers.clear();
    });
    this.documents.onDidOpen((e) => this.guard('didOpen', () => this.opened(e.document)));
    this.documents.onDidChangeContent((e) => this.guard('didChange', () => this.changed(e.document)));
    this.documents.onDidSave((e) => this.guard('didSave', () => this.saved(e.document)));
    this.documents.onDidClose((e) => this.guard('didClose', () => this.closed(e.document)));
    connection.onDidChangeWatchedFiles((params) => this.guard('didChangeWatchedFiles', () => this.filesChanged(params.changes)));
    connection.onCodeAction((params) => this.guard('codeAction', () => this.codeActions(params), []));
    connection.onCompletion((params) => this.guard('completion', () => this.completions(params.textDocument.uri, params.position), []));
    connection.onHover((params) => this.guard('hover', () => this.hover(params.textDocument.uri, params.position), null));
    this.documents.listen(connection);
  }

  /** Runs a handler; an error is logged to the client and answered with `fallback`, never thrown into the protocol. */
  private guard<T>(what: string, run: () => T, fallback?: Awaited<T>): T | Awaited<T> | undefined {
    const fail = (error: unknown) => {
      this.connection.console.error(`Copydesk: ${what} failed: ${describe(error)}`);
      return fallback;
    };
    try {
      const result = run();
      if (result instanceof Promise) return result.catch(fail) as T;
      return result;
    } catch (error) {
      return fail(error);
    }
  }

  private initialize(params: InitializeParams): InitializeResult {
    const capabilities = params.capabilities;
    this.documentChanges = capabilities.workspace?.workspaceEdit?.documentChanges === true;
    this.watchFiles = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    this.workspaceFolderEvents = capabilities.workspace?.workspaceFolders === true;
    const folderUris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    const folders = folderUris.map((uri) => placeOf(uri)).filter((p): p is DocumentPlace => p?.onDisk === true).map((p) => p.path);
    if (folders.length === 0 && typeof params.rootPath === 'string' && params.rootPath) folders.push(params.rootPath);
    this.folders.set(folders);
    const literals = capabilities.textDocument?.codeAction?.codeActionLiteralSupport !== undefined;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: literals ? { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] } : true,
        completionProvider: { triggerCharacters: [':', ' ', '-', '[', ','] },
        hoverProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: this.workspaceFolderEvents } },
      },
      serverInfo: { name: 'copydesk', version: typeof COPYDESK_VERSION === 'string' ? COPYDESK_VERSION : 'dev' },
    };
  }

  private async initialized(): Promise<void> {
    // Configuration can change outside the editor (git checkout, another tool). Files extended by a
    // .copydesk.yaml can have any YAML name; posts feed the calendar.
    if (this.watchFiles) {
      this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{yaml,yml}' }, { globPattern: '**/*.post.md' }] }).catch((error: unknown) => {
        this.connection.console.warn(`Copydesk: the editor did not watch files for it (${describe(error)}): save a .copydesk.yaml in the editor for its changes to count.`);
      });
    }
    if (this.workspaceFolderEvents) {
      this.connection.workspace.onDidChangeWorkspaceFolders((e) =>
        this.guard('didChangeWorkspaceFolders', () => {
          const removed = new Set(e.removed.map((f) => placeOf(f.uri)?.path));
          const added = e.added.map((f) => placeOf(f.uri)).filter((p): p is DocumentPlace => p?.onDisk === true).map((p) => p.path);
          this.folders.set([...this.folders.all.filter((f) => !removed.has(f)), ...added]);
          this.configurationChanged();
          void this.scanCalendar();
        }),
      );
    }
    await this.scanCalendar();
  }

  /** Reads the workspace's posts, then checks open posts again against all of them. */
  private async scanCalendar(): Promise<void> {
    const found = await this.calendar.scan();
    if (found === undefined) return;
    this.connection.console.log(`Copydesk: read the editorial calendar, ${found} post${found === 1 ? '' : 's'} in the workspace folders.`);
    for (const document of this.documents.all()) if (fileKindOf(placeOf(document.uri)?.path ?? '') === 'post') void this.lintNow(document);
  }

  private opened(document: TextDocument): void {
    const place = placeOf(document.uri);
    if (place?.onDisk) this.openByPath.set(place.path, document.uri);
    this.dirty.delete(document.uri);
    this.openedAt.set(document.uri, document.version);
    void this.lintNow(document);
  }

  private changed(document: TextDocument): void {
    if (this.openedAt.get(document.uri) === document.version) return;
    this.dirty.add(document.uri);
    this.scheduleLint(document);
  }

  private saved(document: TextDocument): void {
    this.dirty.delete(document.uri);
    const place = placeOf(document.uri);
    if (place?.onDisk && (fileKindOf(place.path) === 'config' || this.configFiles.has(toPosix(place.path)))) this.configurationChanged();
    else void this.lintNow(document);
  }

  private closed(document: TextDocument): void {
    const key = document.uri;
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.results.delete(key);
    this.generation.delete(key);
    this.dirty.delete(key);
    this.openedAt.delete(key);
    this.toldNotOnDisk.delete(key);
    void this.connection.sendDiagnostics({ uri: key, diagnostics: [] });
    const place = placeOf(key);
    if (!place?.onDisk) return;
    this.openByPath.delete(place.path);
    // Unsaved changes are gone: the post on disk is the calendar's again.
    if (fileKindOf(place.path) === 'post') void this.calendar.readFromDisk(place.path).then((affected) => this.lintOpen(affected));
  }

  private filesChanged(changes: readonly { uri: string; type: FileChangeType }[]): void {
    let configuration = false;
    for (const change of changes) {
      const place = placeOf(change.uri);
      if (!place?.onDisk) continue;
      const kind = fileKindOf(place.path);
      if (kind === 'config' || this.configFiles.has(toPosix(place.path))) configuration = true;
      if (kind === 'post' && !this.openByPath.has(place.path)) {
        const affected = change.type === FileChangeType.Deleted ? Promise.resolve(this.calendar.forget(place.path)) : this.calendar.readFromDisk(place.path);
        void affected.then((paths) => this.lintOpen(paths));
      }
    }
    if (configuration) this.configurationChanged();
  }

  /** Lints the open documents among `paths` (posts whose calendar neighbours changed). */
  private lintOpen(paths: readonly string[]): void {
    for (const path of paths) {
      const uri = this.openByPath.get(path);
      const document = uri ? this.documents.get(uri) : undefined;
      if (document) void this.lintNow(document);
    }
  }

  /** Configuration files changed: read them again and lint every open document. */
  private configurationChanged(): void {
    this.folders.forgetConfiguration();
    this.configFiles = new Set();
    for (const document of this.documents.all()) void this.lintNow(document);
  }

  private scheduleLint(document: TextDocument): void {
    if (this.shuttingDown || !fileKindOf(placeOf(document.uri)?.path ?? '')) return;
    // Large files lint on open and save only: the last result stays until then.
    if (document.getText().length > LARGE_FILE) return;
    const key = document.uri;
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        const current = this.documents.get(key);
        if (current) void this.lintNow(current);
      }, DEBOUNCE_MS),
    );
  }

  /** The name a document is linted under and where its configuration comes from; undefined for files Copydesk does not lint. */
  private placeToLint(document: TextDocument): (DocumentPlace & { kind: FileKind }) | undefined {
    const place = placeOf(document.uri);
    const kind = place && fileKindOf(place.path);
    if (!place || !kind) return undefined;
    if (!place.onDisk && !this.toldNotOnDisk.has(document.uri)) {
      this.toldNotOnDisk.add(document.uri);
      this.connection.console.info(`Copydesk: ${document.uri} is not a file on disk: it is linted with the default configuration (no .copydesk.yaml is read for it).`);
    }
    return { ...place, kind };
  }

  /** Lints `document` and publishes its diagnostics, unless it changed or closed meanwhile. */
  private async lintNow(document: TextDocument): Promise<void> {
    if (this.shuttingDown) return;
    const place = this.placeToLint(document);
    if (!place) return;
    const key = document.uri;
    const generation = (this.generation.get(key) ?? 0) + 1;
    this.generation.set(key, generation);
    const version = document.version;
    const text = document.getText();
    let findings: Finding[] = [];
    let config: Config | undefined;
    let notice: string | undefined;
    try {
      if (text.length > MAX_BYTES.document) {
        // As `copydesk lint` refuses such a file: linting it would hold the server for seconds.
        notice = `This file is ${(text.length / 1_000_000).toFixed(1)} MB: Copydesk lints files up to ${MAX_BYTES.document / (1024 * 1024)} MB.`;
      } else if (place.kind === 'config') {
        // Saved: read from disk afresh, so that `extends` is checked too; typed: the text as it is in the editor.
        findings = place.onDisk && !this.dirty.has(key) ? await this.folders.workspaceOf(place.path).loader().findingsFor(toPosix(place.path)) : lint(text, { fileName: place.path });
      } else {
        config = await this.configFor(place);
        findings = lint(text, { fileName: place.path, config, now: new Date(), calendar: place.kind === 'post' && place.onDisk ? this.calendar.index : undefined });
      }
    } catch (error) {
      // The core never throws on content: this is I/O or a bug. Say so; keep the last diagnostics.
      this.connection.console.error(`Copydesk: could not lint ${key}: ${describe(error)}`);
      return;
    }
    // A newer lint started, or the text changed or closed while configuration was read: stale.
    if (this.generation.get(key) !== generation || this.documents.get(key)?.version !== version || this.shuttingDown) return;
    const published: Published[] = findings.map((finding, index) => ({ finding, diagnostic: toDiagnostic(document, finding, { version, index }, (path) => this.uriFor(path)) }));
    notice ??= text.length > LARGE_FILE ? largeFileNotice(text.length) : undefined;
    if (notice) published.unshift({ diagnostic: { range: toRange(document, { start: 0, end: 0 }), severity: DiagnosticSeverity.Information, source: 'copydesk', message: notice } });
    this.results.set(key, { version, published, findings, config });
    await this.connection.sendDiagnostics({ uri: key, version, diagnostics: published.map((p) => p.diagnostic) });
    // The post as typed is the calendar's: posts close to it, before or after, are checked again.
    if (place.kind === 'post' && place.onDisk && config) this.lintOpen(this.calendar.update(place.path, text, config).filter((p) => p !== place.path));
  }

  private async configFor(place: DocumentPlace): Promise<Config> {
    if (!place.onDisk) return resolveConfig(undefined);
    const loaded = await this.folders.loaderOf(place.path).configFor(toPosix(place.path));
    for (const file of loaded.files) this.configFiles.add(file);
    return loaded.config;
  }

  /** The URI of another file: the client's own when it has the file open, else its file: URI. */
  private uriFor(path: string): string {
    return this.openByPath.get(path) ?? uriOfPath(path);
  }

  /** The last lint of a document, if it is of its current text. */
  private currentResult(document: TextDocument): LintResult | undefined {
    const result = this.results.get(document.uri);
    return result && result.version === document.version ? result : undefined;
  }

  private configOf(document: TextDocument): Config {
    return this.results.get(document.uri)?.config ?? resolveConfig(undefined);
  }

  private workspaceEdit(document: TextDocument, edits: readonly CoreEdit[]): WorkspaceEdit {
    const changes: TextEdit[] = toTextEdits(document, edits);
    // Versioned where the client allows: an edit computed for an older text is refused, not misplaced.
    if (this.documentChanges) return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: changes }] };
    return { changes: { [document.uri]: changes } };
  }

  /** Quick fixes, "fix all of a rule", "disable for this line" and source.fixAll.copydesk. */
  private codeActions(params: CodeActionParams): CodeAction[] {
    const document = this.documents.get(params.textDocument.uri);
    const place = document && placeOf(document.uri);
    if (!document || !place || !fileKindOf(place.path)) return [];
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
    const result = this.currentResult(document);
    const text = document.getText();
    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix) && result) {
      // The client hands back our diagnostics; one that sends none gets the findings under the cursor.
      const ours = params.context.diagnostics.filter((d) => d.source === 'copydesk');
      const chosen = ours.length > 0 ? ours.map((d) => ({ diagnostic: d, finding: findingFor(result, d) })) : result.published.filter((p) => p.finding && touches(p.diagnostic.range, params.range));
      const seen = new Set<Finding>();
      for (const { diagnostic, finding } of chosen) {
        if (!finding || seen.has(finding)) continue;
        seen.add(finding);
        // The fixes, "fix all of this rule" and "disable for this line": the core decides, as for VS Code.
        for (const found of findingActions(text, place.path, result.findings, finding)) {
          const resolved = found.resolves.length > 1 ? result.published.filter((p) => p.finding && found.resolves.includes(p.finding)).map((p) => p.diagnostic) : [diagnostic];
          actions.push({ title: found.title, kind: CodeActionKind.QuickFix, diagnostics: resolved, ...(found.preferred ? { isPreferred: true } : {}), edit: this.workspaceEdit(document, found.edits) });
        }
      }
    }
    // Fix all: asked for by kind (on save), or offered in the menu when something is fixable.
    const askedForFixAll = only !== undefined && wants(FIX_ALL_KIND);
    const offerFixAll = only === undefined && result !== undefined && text.length <= LARGE_FILE && safeFixes(result.findings).length > 0;
    if (askedForFixAll || offerFixAll) {
      const edits = fixAllEdits(text, { fileName: place.path, config: this.results.get(document.uri)?.config });
      if (edits.length > 0) actions.push({ title: 'Fix all safe problems', kind: FIX_ALL_KIND, edit: this.workspaceEdit(document, edits) });
    }
    return actions;
  }

  private completions(uri: string, position: { line: number; character: number }) {
    const document = this.documents.get(uri);
    const place = document && placeOf(uri);
    if (!document || !place || !fileKindOf(place.path)) return [];
    const items = completionsAt(document.getText(), document.offsetAt(position), place.path, this.configOf(document));
    return items.map((item, index) => toCompletionItem(document, item, index));
  }

  private hover(uri: string, position: { line: number; character: number }) {
    const document = this.documents.get(uri);
    const place = document && placeOf(uri);
    if (!document || !place || !fileKindOf(place.path)) return null;
    const hover = hoverAt(document.getText(), document.offsetAt(position), place.path, this.configOf(document));
    return hover ? toHover(document, hover) : null;
  }
}

/**
 * The finding behind a diagnostic the client sent back: by the version and index its `data`
 * carries (and the same rule), else by rule and range. Identity, not position, comes first:
 * Neovim 0.7 sends the range back in byte columns, not the UTF-16 columns it was given.
 */
function findingFor(result: LintResult, diagnostic: Diagnostic): Finding | undefined {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  if (data?.version === result.version && typeof data.index === 'number') {
    const finding = result.findings[data.index];
    if (finding?.ruleId === diagnostic.code) return finding;
  }
  return result.published.find((p) => p.finding?.ruleId === diagnostic.code && sameRange(p.diagnostic.range, diagnostic.range))?.finding;
}
