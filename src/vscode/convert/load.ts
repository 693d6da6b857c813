import * as vscode from 'vscode';
import type { Config } from '../../core/config/schema';

/** What dist/convert.js exports (src/vscode/convert/worker.ts). */
type Convert = typeof import('./worker');

let loaded: Convert | undefined;

/**
 * dist/convert.js, loaded on first use: import and export with their parsers live there, so the
 * extension bundles and activation stay small. Only the desktop (Node) extension host can load
 * it; VS Code for the Web does not offer these commands (their `when` is `!isWeb`).
 */
function convert(extensionUri: vscode.Uri): Convert {
  if (loaded) return loaded;
  // A require esbuild leaves alone: the file is loaded at run time, not bundled.
  const load = typeof require === 'function' ? require : undefined;
  if (!load) throw new Error('Import and export need VS Code on the desktop.');
  loaded = load(vscode.Uri.joinPath(extensionUri, 'dist', 'convert.js').fsPath) as Convert;
  return loaded;
}

/** The copy commands and the export each puts on the clipboard. */
const COPIES: readonly [string, 'html' | 'markdown' | 'jsonld'][] = [
  ['copydesk.copyAsHtml', 'html'],
  ['copydesk.copyAsMarkdown', 'markdown'],
  ['copydesk.copyJsonLd', 'jsonld'],
];

/** The import, export and copy commands; `configFor` gives the configuration a JD is linted with. */
export function registerConvertCommands(extensionUri: vscode.Uri, configFor: (uri: vscode.Uri | undefined) => Promise<Config | undefined>, previewed: () => vscode.Uri | undefined): vscode.Disposable[] {
  // The JD: the explorer's file, the active editor's, or (from the preview's title bar) the previewed one.
  const jd = (arg: unknown): vscode.Uri | undefined => {
    if (arg instanceof vscode.Uri) return arg;
    const active = vscode.window.activeTextEditor?.document.uri;
    return active && /\.jd\.ya?ml$/i.test(active.path) ? undefined : previewed();
  };
  const target = (arg: unknown) => jd(arg) ?? vscode.window.activeTextEditor?.document.uri;
  return [
    vscode.commands.registerCommand('copydesk.importJobDescription', (uri?: vscode.Uri) => convert(extensionUri).importJobDescriptionCommand(vscode, uri)),
    vscode.commands.registerCommand('copydesk.exportJobDescription', async (uri?: vscode.Uri, options?: Parameters<Convert['exportCommand']>[3]) => convert(extensionUri).exportCommand(vscode, await configFor(target(uri)), jd(uri), options)),
    // Copy Job Description as HTML / as Markdown, Copy JobPosting JSON-LD.
    ...COPIES.map(([id, format]) => vscode.commands.registerCommand(id, async (uri?: vscode.Uri) => convert(extensionUri).copyAsCommand(vscode, format, await configFor(target(uri)), jd(uri)))),
  ];
}
