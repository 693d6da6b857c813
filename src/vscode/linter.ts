import * as vscode from 'vscode';
import type { CalendarIndex, Config, ConfigLoader, FileKind, Finding, LintOptions } from '../core/index';
import { DEBOUNCE_MS, LARGE_FILE, largeFileNotice } from '../core/editing';
import { fileKindOf } from '../core/paths';
import { core } from './core';
import { toDiagnostic } from './convert';
import { settingsFor, type Settings } from './settings';
import { WorkspaceFileHost } from './workspace-host';

// The language server types and waits the same way (src/core/editing.ts).
export { DEBOUNCE_MS, LARGE_FILE };

/** What the last lint of a document found, for code actions and the status bar. */
export interface LintResult {
  version: number;
  fileName: string;
  kind: FileKind;
  findings: Finding[];
  diagnostics: vscode.Diagnostic[];
  /** The configuration used (JD and post). */
  config?: Config;
  /** How long the core's lint held the extension host, in milliseconds (reading configuration files excluded; 0 when the loader linted a saved configuration). */
  ms: number;
}

const LANGUAGE_FILE_NAMES: Record<string, string> = { 'jd-yaml': 'untitled.jd.yaml', 'social-post': 'untitled.post.md' };

/** The name the core lints a document under: its own, or one that names its kind (untitled files). */
export function lintedFileName(document: vscode.TextDocument): string | undefined {
  if (fileKindOf(document.uri.path)) return document.uri.path;
  return LANGUAGE_FILE_NAMES[document.languageId];
}

/** The document's length without copying its text (this runs on every keystroke). */
function lengthOf(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

/**
 * Lints open documents as they change and publishes diagnostics. Every result carries the
 * document version it was computed for; a result for an older version is dropped.
 */
export class Linter implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('copydesk');
  private readonly results = new Map<string, LintResult>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly generation = new Map<string, number>();
  private loaders = new Map<string, ConfigLoader>();
  /** Every configuration file (nearest and extended) some linted document depends on. */
  private configFiles = new Set<string>();
  private readonly derived = new WeakMap<Config, Map<string, Config>>();
  private readonly emitter = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires after a document's diagnostics were published. */
  readonly onDidLint = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  /** The workspace's other posts, for post/schedule-conflict (set by the extension once it keeps them). */
  calendar: CalendarIndex | undefined;

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.disposables.push(
      this.collection,
      this.emitter,
      vscode.workspace.onDidOpenTextDocument((d) => this.lintNow(d, 'open')),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.scheduleLint(e.document);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (fileKindOf(d.uri.path) === 'config' || this.configFiles.has(d.uri.toString())) this.configurationChanged();
        else this.lintNow(d, 'save');
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('copydesk')) this.configurationChanged();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.configurationChanged()),
      // Trusting the workspace lifts the restrictions: read configuration again.
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.configurationChanged()),
    );
    // Configuration can change outside the editor (git checkout, another tool): watch it.
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}');
    const onFile = (uri: vscode.Uri) => {
      if (fileKindOf(uri.path) === 'config' || this.configFiles.has(uri.toString())) this.configurationChanged();
    };
    this.disposables.push(watcher, watcher.onDidChange(onFile), watcher.onDidCreate(onFile), watcher.onDidDelete(onFile));
  }

  /** Lints every open document now (on activation). */
  lintAll(): void {
    for (const document of vscode.workspace.textDocuments) void this.lintNow(document, 'open');
  }

  /** The configuration of the last lint of `document`, even if the text changed since. */
  lastConfigFor(document: vscode.TextDocument): Config | undefined {
    return this.results.get(document.uri.toString())?.config;
  }

  /** The last result for `document`, if it is current. */
  resultFor(document: vscode.TextDocument): LintResult | undefined {
    const result = this.results.get(document.uri.toString());
    return result && result.version === document.version ? result : undefined;
  }

  /** Configuration files changed: read them again and lint every open document. */
  configurationChanged(): void {
    this.loaders = new Map();
    this.configFiles = new Set();
    this.lintAll();
  }

  private scheduleLint(document: vscode.TextDocument): void {
    const settings = settingsFor(document.uri);
    if (!lintedFileName(document)) return;
    // Large files and onSave: nothing while typing (the last result stays until the next save).
    if (settings.run === 'onSave' || lengthOf(document) > LARGE_FILE) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.lintNow(document, 'change');
      }, DEBOUNCE_MS),
    );
  }

  /** Lints `document` and publishes its diagnostics, unless it changed meanwhile. */
  async lintNow(document: vscode.TextDocument, reason: 'open' | 'change' | 'save'): Promise<void> {
    const fileName = lintedFileName(document);
    const key = document.uri.toString();
    if (!fileName || document.isClosed) return;
    const settings = settingsFor(document.uri);
    if (!settings.enable) {
      this.collection.delete(document.uri);
      this.results.delete(key);
      return;
    }
    const generation = (this.generation.get(key) ?? 0) + 1;
    this.generation.set(key, generation);
    const version = document.version;
    const text = document.getText();
    const kind = fileKindOf(fileName)!;
    try {
      let findings: Finding[];
      let config: Config | undefined;
      let ms = 0;
      const timedLint = (options: LintOptions): Finding[] => {
        const started = performance.now();
        const found = core().lint(text, options);
        ms = performance.now() - started;
        return found;
      };
      if (kind === 'config') {
        // Saved: the loader also checks `extends`; unsaved: the text as it is in the editor.
        findings = document.isDirty || document.isUntitled ? timedLint({ fileName }) : await this.loaderFor(document).findingsFor(document.uri.path);
      } else {
        config = await this.configFor(document, settings);
        findings = timedLint({ fileName, config, now: new Date(), calendar: kind === 'post' ? this.calendar : undefined });
      }
      // A newer lint started, or the text changed while configuration was read: this result is stale.
      if (this.generation.get(key) !== generation || document.version !== version || document.isClosed) return;
      const diagnostics = findings.map((f) => toDiagnostic(document, f));
      if (text.length > LARGE_FILE) {
        const info = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), largeFileNotice(text.length), vscode.DiagnosticSeverity.Information);
        info.source = 'copydesk';
        diagnostics.unshift(info);
      }
      this.results.set(key, { version, fileName, kind, findings, diagnostics, config, ms });
      this.collection.set(document.uri, diagnostics);
      this.emitter.fire(document);
      this.log.trace(`linted ${document.uri.toString()} (${reason}): ${findings.length} findings in ${ms.toFixed(1)} ms`);
    } catch (error) {
      // The core never throws on content; this is I/O or a bug: say so in the log, keep the editor going.
      this.log.error(`Could not lint ${document.uri.toString()}: ${(error as Error)?.stack ?? error}`);
    }
  }

  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.results.delete(key);
    this.generation.delete(key);
    this.collection.delete(document.uri);
  }

  /** The loader for the document's workspace folder (or its own folders, outside a workspace). */
  private loaderFor(document: Pick<vscode.TextDocument, 'uri'>): ConfigLoader {
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    const base = folder?.uri ?? document.uri;
    const key = folder ? folder.uri.toString() : `${document.uri.scheme}://${document.uri.authority}`;
    let loader = this.loaders.get(key);
    if (!loader) {
      // `extends` stays inside the workspace's folders (of the same scheme), as on the command
      // line, plus what the user's own settings allow. A file outside every folder has no
      // workspace: its configuration may extend only files in its own folder.
      const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === base.scheme && f.uri.authority === base.authority).map((f) => f.uri.path);
      const policy = { workspace: folder ? folders : [], alsoAllowed: settingsFor(document.uri).allowExtendsFrom };
      loader = new (core().ConfigLoader)(new WorkspaceFileHost(base), folder?.uri.path, policy);
      this.loaders.set(key, loader);
    }
    return loader;
  }

  /** The configuration `document` is linted with: the last lint's, or read now when it has not been linted yet. */
  async configForDocument(document: vscode.TextDocument): Promise<Config> {
    return this.resultFor(document)?.config ?? this.configFor(document, settingsFor(document.uri));
  }

  /** The configuration a file is linted with, open or not (the editorial calendar reads closed posts). */
  configForUri(uri: vscode.Uri): Promise<Config> {
    return this.configFor({ uri, isUntitled: uri.scheme === 'untitled' }, settingsFor(uri));
  }

  private async configFor(document: Pick<vscode.TextDocument, 'uri' | 'isUntitled'>, settings: Settings): Promise<Config> {
    let config: Config = core().resolveConfig(undefined);
    if (!document.isUntitled) {
      const loader = this.loaderFor(document);
      const explicit = settings.configPath ? this.resolveConfigPath(document, settings.configPath) : undefined;
      const loaded = explicit ? await loader.configAt(explicit) : await loader.configFor(document.uri.path);
      for (const path of loaded.files) this.configFiles.add(document.uri.with({ path }).toString());
      config = loaded.config;
    }
    return this.withSeverities(config, settings.severity);
  }

  private resolveConfigPath(document: Pick<vscode.TextDocument, 'uri'>, setting: string): string {
    const path = setting.replace(/\\/g, '/');
    if (path.startsWith('/') || /^[A-Za-z]:\//.test(path)) return path;
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    const base = folder ? folder.uri.path : document.uri.path.slice(0, document.uri.path.lastIndexOf('/'));
    return vscode.Uri.joinPath(document.uri.with({ path: base }), path).path;
  }

  /** `copydesk.severity` over the file's `rules:`; the same object for the same inputs, so the core's caches hold. */
  private withSeverities(config: Config, severity: Settings['severity']): Config {
    const key = JSON.stringify(severity);
    if (key === '{}') return config;
    let byKey = this.derived.get(config);
    if (!byKey) this.derived.set(config, (byKey = new Map()));
    let derived = byKey.get(key);
    if (!derived) {
      derived = core().resolveConfig({ ...config, rules: { ...config.rules, ...severity } });
      byKey.set(key, derived);
    }
    return derived;
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const d of this.disposables) d.dispose();
  }
}
