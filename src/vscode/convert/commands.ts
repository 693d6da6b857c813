// The import and export commands' work, in dist/convert.js with the readers and writers they
// use: the extension bundles hold only the few lines that load it (load.ts). `vscode` is passed
// in, not imported, so that the bundle also loads outside VS Code (npm run bench times import
// and export through it).
import type * as VSCode from 'vscode';
import type { Config } from '../../core/config/schema';
import { EXPORT_EXTENSIONS, type ExportFormat } from '../../core/export/index';
import { exportJd, importPosting, PostingRefused } from './worker';

type VS = typeof VSCode;

/** The most the import command reads, as the CLI: no real posting comes near it. */
const MAX_BYTES = 10 * 1024 * 1024;

/** Whether a file is at `uri`. */
async function fileExists(vscode: VS, uri: VSCode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The posting the command works on: the explorer's file, else the active editor's. */
function sourceOf(vscode: VS, uri: unknown): { uri: VSCode.Uri; document?: VSCode.TextDocument } | undefined {
  if (uri instanceof vscode.Uri) return { uri, document: vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) };
  const document = vscode.window.activeTextEditor?.document;
  return document ? { uri: document.uri, document } : undefined;
}

/**
 * Copydesk: Import Job Description… — writes `<name>.jd.yaml` beside the posting (asking before
 * it replaces one), as one undoable workspace edit, and opens it with its findings.
 */
export async function importJobDescriptionCommand(vscode: VS, arg?: unknown): Promise<VSCode.Uri | undefined> {
  const source = sourceOf(vscode, arg);
  if (!source) {
    void vscode.window.showInformationMessage('Copydesk: open a job posting (.md, .html, .txt) or pick a .docx in the Explorer to import it.');
    return undefined;
  }
  const name = source.uri.path.split('/').pop() ?? 'posting';
  const target = vscode.Uri.joinPath(source.uri, '..', `${name.replace(/\.[^.]*$/, '') || name}.jd.yaml`);
  const targetName = target.path.split('/').pop()!;
  try {
    const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Copydesk: importing ${name}…` }, async () => {
      // An open text editor's text, saved or not; a Word document from disk.
      if (source.document && !/\.docx$/i.test(name)) return importPosting(name, { text: source.document.getText() });
      const stat = await vscode.workspace.fs.stat(source.uri);
      if (stat.size > MAX_BYTES) throw new PostingRefused(`it is ${(stat.size / 1048576).toFixed(1)} MB; Copydesk reads files up to 10.0 MB`);
      return importPosting(name, { bytes: await vscode.workspace.fs.readFile(source.uri) });
    });
    const exists = await fileExists(vscode, target);
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

/** What each export is called in messages and the format picker. */
const FORMAT_NAMES: Readonly<Record<ExportFormat, string>> = { html: 'careers-page HTML', markdown: 'Markdown', text: 'plain text', jsonld: 'JobPosting JSON-LD' };

/** The JD the command works on: the explorer's or preview's file, else the active editor's. */
async function jdDocument(vscode: VS, arg: unknown): Promise<VSCode.TextDocument | undefined> {
  const document = arg instanceof vscode.Uri ? await vscode.workspace.openTextDocument(arg) : vscode.window.activeTextEditor?.document;
  if (!document || !/\.jd\.ya?ml$/i.test(document.uri.path)) {
    void vscode.window.showInformationMessage('Copydesk: open a job description (*.jd.yaml) to export it.');
    return undefined;
  }
  return document;
}

/** The document's text in `format`, or undefined after saying why it cannot be exported. */
function exported(vscode: VS, document: VSCode.TextDocument, format: ExportFormat, config: Config | undefined, standalone = false): string | undefined {
  const result = exportJd(document.getText(), format, config, standalone);
  if ('error' in result) {
    void vscode.window.showErrorMessage(`Copydesk: ${document.uri.path.split('/').pop()} was not exported: ${result.error}.`);
    return undefined;
  }
  return result.output;
}

/** Copydesk: Copy as HTML / Markdown / JobPosting JSON-LD — the export of the JD, on the clipboard. Returns what was copied. */
export async function copyAsCommand(vscode: VS, format: ExportFormat, config: Config | undefined, arg?: unknown): Promise<string | undefined> {
  const document = await jdDocument(vscode, arg);
  if (!document) return undefined;
  const output = exported(vscode, document, format, config);
  if (output === undefined) return undefined;
  await vscode.env.clipboard.writeText(output);
  void vscode.window.setStatusBarMessage(`Copydesk: copied the ${FORMAT_NAMES[format]} of ${document.uri.path.split('/').pop()}`, 4000);
  return output;
}

/**
 * Copydesk: Export Job Description… — asks the format (unless given) and where to save
 * (beside the JD, unless given), then writes it as one undoable edit. Returns the file written.
 */
export async function exportCommand(vscode: VS, config: Config | undefined, arg?: unknown, options: { format?: ExportFormat; standalone?: boolean; target?: VSCode.Uri } = {}): Promise<VSCode.Uri | undefined> {
  const document = await jdDocument(vscode, arg);
  if (!document) return undefined;
  let { format, standalone } = options;
  if (format === undefined) {
    const picks: (VSCode.QuickPickItem & { format: ExportFormat; standalone?: boolean })[] = [
      { label: 'HTML page', description: 'a whole page, with the JobPosting JSON-LD', format: 'html', standalone: true },
      { label: 'HTML fragment', description: 'for a careers page or an ATS', format: 'html' },
      { label: 'Markdown', description: 'for a job board', format: 'markdown' },
      { label: 'Plain text', description: 'for a job board', format: 'text' },
      { label: 'JobPosting JSON-LD', description: 'structured data for Google\'s job search', format: 'jsonld' },
    ];
    const pick = await vscode.window.showQuickPick(picks, { title: 'Copydesk: export as' });
    if (!pick) return undefined;
    ({ format, standalone } = pick);
  }
  const output = exported(vscode, document, format, config, standalone);
  if (output === undefined) return undefined;
  const name = document.uri.path.split('/').pop()!.replace(/\.jd\.ya?ml$/i, '');
  const target = options.target ?? (await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(document.uri, '..', name + EXPORT_EXTENSIONS[format]), title: `Export ${FORMAT_NAMES[format]}` }));
  if (!target) return undefined;
  const exists = await fileExists(vscode, target);
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(target, { overwrite: exists, contents: new TextEncoder().encode(output) }, { label: `Export ${name}`, needsConfirmation: false });
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(`Copydesk: could not write ${target.path.split('/').pop()}.`);
    return undefined;
  }
  void vscode.window.setStatusBarMessage(`Copydesk: exported ${name} as ${FORMAT_NAMES[format]}`, 4000);
  return target;
}
