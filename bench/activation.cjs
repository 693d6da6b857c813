// Loads dist/extension.js under a stub `vscode` and calls activate(), in a fresh process; prints
// {load, activate, total, engine} in ms as JSON (engine: loading the core, which the first lint does). Run by bench/run.mjs (seven times, the median reported).
'use strict';
const Module = require('node:module');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');

function stubVscode() {
  const disposable = { dispose() {} };
  const handler = {
    get(target, prop) {
      if (prop in target) return target[prop];
      if (prop === 'then') return undefined;
      return anything();
    },
    apply: () => anything(),
    construct: () => anything(),
  };
  function anything() {
    const fn = function () {};
    const values = { dispose: () => {} };
    return new Proxy(fn, {
      get: (_t, prop) => (prop in values ? values[prop] : prop === 'then' ? undefined : anything()),
      set: (_t, prop, value) => ((values[prop] = value), true),
      apply: () => anything(),
      construct: () => anything(),
    });
  }
  class EventEmitter {
    constructor() {
      this.listeners = [];
      this.event = (l) => (this.listeners.push(l), disposable);
    }
    fire(e) {
      for (const l of this.listeners) l(e);
    }
    dispose() {}
  }
  const event = () => disposable;
  // esbuild's CommonJS interop copies the module's own keys: every namespace must be a real key.
  const names = ['DiagnosticSeverity', 'Diagnostic', 'Range', 'Position', 'Uri', 'WorkspaceEdit', 'CodeAction', 'CompletionItem', 'CompletionItemKind', 'MarkdownString', 'Hover', 'StatusBarAlignment', 'ThemeColor', 'ViewColumn', 'Selection', 'TextEditorRevealType', 'FileSystemError', 'ProgressLocation', 'FileType', 'ConfigurationTarget', 'commands', 'env', 'extensions'];
  const base = Object.fromEntries(names.map((n) => [n, anything()]));
  return new Proxy(
    {
      ...base,
      EventEmitter,
      Disposable: class { static from() { return disposable; } dispose() {} },
      workspace: new Proxy({ textDocuments: [], workspaceFolders: undefined, onDidOpenTextDocument: event, onDidChangeTextDocument: event, onDidSaveTextDocument: event, onDidCloseTextDocument: event, onDidChangeConfiguration: event, onDidChangeWorkspaceFolders: event }, handler),
      window: new Proxy({ activeTextEditor: undefined, visibleTextEditors: [], onDidChangeActiveTextEditor: event }, handler),
      languages: new Proxy({ onDidChangeDiagnostics: event }, handler),
      CodeActionKind: { QuickFix: { value: 'quickfix', append: () => ({ value: 'x' }), contains: () => false }, SourceFixAll: { append: () => ({ value: 'source.fixAll.copydesk', contains: () => false }) } },
    },
    handler,
  );
}

function activationTime() {
  const original = Module._load;
  const vscode = stubVscode();
  Module._load = function (request, ...rest) {
    return request === 'vscode' ? vscode : original.call(this, request, ...rest);
  };
  try {
    const path = join(ROOT, 'dist', 'extension.js');
    delete require.cache[path];
    const t0 = performance.now();
    const extension = require(path);
    const loaded = performance.now();
    extension.activate({ subscriptions: [], extensionUri: { path: ROOT, with: () => ({}) } });
    const t1 = performance.now();
    // What the first lint adds on the desktop: loading the core (dist/engine.js, src/vscode/core.ts).
    require(join(ROOT, 'dist', 'engine.js'));
    const t2 = performance.now();
    return { load: loaded - t0, activate: t1 - loaded, total: t1 - t0, engine: t2 - t1 };
  } finally {
    Module._load = original;
  }
}


process.stdout.write(JSON.stringify(activationTime()));
