import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as vscode from 'vscode';

/** The scratch copy of examples/ the tests run in. */
export const WORKSPACE = process.env.COPYDESK_TEST_WORKSPACE ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '';

export function workspaceUri(...parts: string[]): vscode.Uri {
  return vscode.Uri.file(join(WORKSPACE, ...parts));
}

/** Our diagnostics for `uri`, as `ruleId L:C-L:C` (1-based). */
export function summarize(uri: vscode.Uri): string[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'copydesk')
    .map((d) => `${typeof d.code === 'object' ? d.code.value : d.code} ${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1}`);
}

/**
 * Resolves when `uri`'s Copydesk diagnostics satisfy `until` (checked now and on every
 * onDidChangeDiagnostics): no sleeping, and a clear failure after `ms`.
 */
export function diagnosticsFor(uri: vscode.Uri, until: (d: readonly vscode.Diagnostic[]) => boolean, ms = 15_000): Promise<vscode.Diagnostic[]> {
  const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'copydesk');
  return new Promise((resolve, reject) => {
    if (until(ours())) return resolve(ours());
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`diagnostics for ${uri.path} never matched; last: ${JSON.stringify(summarize(uri))}`));
    }, ms);
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      if (until(ours())) {
        clearTimeout(timer);
        listener.dispose();
        resolve(ours());
      }
    });
  });
}

/** Resolves when `condition()` holds, re-checked whenever `event` fires. */
export function when<T>(event: vscode.Event<T>, condition: () => boolean, ms = 15_000, what = 'condition'): Promise<void> {
  return new Promise((resolve, reject) => {
    if (condition()) return resolve();
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, ms);
    const listener = event(() => {
      if (condition()) {
        clearTimeout(timer);
        listener.dispose();
        resolve();
      }
    });
  });
}

export async function openEditor(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

export { assert };

/** Writes `text` to a file in the workspace (creating folders) and returns its URI. */
export async function writeFile(relative: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceUri(...relative.split('/'));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/** The extension's API (what activate() returns), activating it if needed. */
export async function copydesk(): Promise<{ linter: unknown; statusBar: { item: vscode.StatusBarItem } }> {
  const extension = vscode.extensions.getExtension('copydesk.copydesk');
  assert.ok(extension, 'the Copydesk extension is installed');
  return (await extension.activate()) as { linter: unknown; statusBar: { item: vscode.StatusBarItem } };
}

/** The code actions for `range` (optionally of one kind), as the lightbulb would list them. */
export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
}

/** Replaces the whole text of `editor`'s document. */
export async function setText(editor: vscode.TextEditor, text: string): Promise<void> {
  const document = editor.document;
  const all = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
  assert.ok(await editor.edit((b) => b.replace(all, text)));
}
