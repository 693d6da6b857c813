import * as vscode from 'vscode';

/** What dist/import.js exports (src/vscode/import/worker.ts). */
type Worker = typeof import('./worker');

/** The most the command reads, as the CLI: no real posting comes near it. */
const MAX_BYTES = 10 * 1024 * 1024;

let worker: Worker | undefined;

/**
 * The posting reader, loaded on first use from its own bundle. Only the desktop (Node) extension
 * host can load it: VS Code for the Web does not offer the command (its `when` is `!isWeb`).
 */
function loadWorker(extensionUri: vscode.Uri): Worker {
  if (worker) return worker;
  const path = vscode.Uri.joinPath(extensionUri, 'dist', 'import.js').fsPath;
  // A require esbuild leaves alone: the file is loaded at run time, not bundled.
  const load = typeof require === 'function' ? require : undefined;
  if (!load) throw new Error('Import needs VS Code on the desktop.');
  worker = load(path) as Worker;
  return worker;
}

/** The posting the command works on: the explorer's file, else the active editor's. */
function sourceOf(uri: unknown): { uri: vscode.Uri; document?: vscode.TextDocument } | undefined {
  if (uri instanceof vscode.Uri) return { uri, document: vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) };
  const document = vscode.window.activeTextEditor?.document;
  return document ? { uri: document.uri, document } : undefined;
}

/**
 * Copydesk: Import Job Description… — writes `<name>.jd.yaml` beside the posting (asking before
 * it replaces one), as one undoable workspace edit, and opens it with its findings.
 */
export async function importJobDescriptionCommand(extensionUri: vscode.Uri, arg?: unknown): Promise<vscode.Uri | undefined> {
  const source = sourceOf(arg);
  if (!source) {
    void vscode.window.showInformationMessage('Copydesk: open a job posting (.md, .html, .txt) or pick a .docx in the Explorer to import it.');
    return undefined;
  }
  const name = source.uri.path.split('/').pop() ?? 'posting';
  const target = vscode.Uri.joinPath(source.uri, '..', `${name.replace(/\.[^.]*$/, '') || name}.jd.yaml`);
  const targetName = target.path.split('/').pop()!;
  try {
    const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Copydesk: importing ${name}…` }, async () => {
      const reader = loadWorker(extensionUri);
      // An open text editor's text, saved or not; a Word document from disk.
      if (source.document && !/\.docx$/i.test(name)) return reader.importPosting(name, { text: source.document.getText() });
      const stat = await vscode.workspace.fs.stat(source.uri);
      if (stat.size > MAX_BYTES) throw new reader.ImportRefused(`it is ${(stat.size / 1048576).toFixed(1)} MB; Copydesk reads files up to 10.0 MB`);
      return reader.importPosting(name, { bytes: await vscode.workspace.fs.readFile(source.uri) });
    });
    let exists = false;
    try {
      await vscode.workspace.fs.stat(target);
      exists = true;
    } catch {
      exists = false;
    }
    if (exists) {
      const choice = await vscode.window.showWarningMessage(`${targetName} exists already. Replace it with the import of ${name}?`, { modal: true }, 'Replace');
      if (choice !== 'Replace') return undefined;
    }
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(target, { overwrite: exists, contents: new TextEncoder().encode(result.yaml) }, { label: `Import ${name}`, needsConfirmation: false });
    if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`${targetName} could not be written`);
    await vscode.window.showTextDocument(target, { preview: false });
    const notes = result.notes.length > 0 ? ` ${result.notes.join(' ')}` : '';
    void vscode.window.showInformationMessage(`Copydesk: imported ${name} as ${targetName}. Check each section; the Problems view lists what it still needs.${notes}`);
    return target;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(`Copydesk: ${name} was not imported: ${reason}.`);
    return undefined;
  }
}
