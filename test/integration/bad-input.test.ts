import * as vscode from 'vscode';
import { assert, diagnosticsFor, openEditor, summarize, workspaceUri, writeFile } from './support';

const rule = (d: vscode.Diagnostic) => (d.code as { value: string }).value;

describe('bad input in the editor', () => {
  it('an untitled social post is linted by its language', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'social-post', content: 'No front matter here.\n' });
    await vscode.window.showTextDocument(document);
    await diagnosticsFor(document.uri, (d) => d.length > 0);
    assert.deepEqual(summarize(document.uri), ['post/front-matter 1:1-1:22']);
  });

  it('a document open in two editors has one set of diagnostics, following either editor\'s edits', async () => {
    const uri = await writeFile('scratch/two.post.md', '---\nplatforms: [x]\nhashtags: [Northwind]\n---\nHello.\n');
    const left = await openEditor(uri);
    const right = await vscode.window.showTextDocument(left.document, vscode.ViewColumn.Two);
    assert.ok(await right.edit((b) => b.insert(right.document.lineAt(4).range.end, ' A ninja.')));
    await diagnosticsFor(uri, (d) => d.filter((x) => rule(x) === 'brand/banned-term').length === 1);
    await vscode.commands.executeCommand('workbench.action.closeEditorsInOtherGroups');
  });

  it('a file deleted while open keeps being linted from the editor\'s text', async () => {
    const uri = await writeFile('scratch/deleted.jd.yaml', 'title: Barista\n');
    const editor = await openEditor(uri);
    await diagnosticsFor(uri, (d) => d.some((x) => rule(x) === 'jd/missing-section'));
    await vscode.workspace.fs.delete(uri);
    assert.ok(await editor.edit((b) => b.insert(editor.document.lineAt(0).range.end, '\nemployment_type: fulltime')));
    await diagnosticsFor(uri, (d) => d.some((x) => rule(x) === 'jd/schema'));
  });
});

describe('a hostile repository in the editor', () => {
  it('`extends` out of the workspace is config/invalid at its value, and the file is never read', async () => {
    const text = 'extends:\n  - ../../../../etc/passwd\n  - /dev/zero\nbrand: Northwind\n';
    const uri = await writeFile('hostile/.copydesk.yaml', text);
    await openEditor(uri);
    const found = await diagnosticsFor(uri, (d) => d.length === 2);
    assert.deepEqual(summarize(uri), ['config/invalid 2:5-2:27', 'config/invalid 3:5-3:14']);
    for (const d of found) assert.match(d.message, /^Cannot extend '.*': it is outside the workspace, and a repository's configuration may only extend files inside it\./);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('a post saved as Latin-1: post/invalid-character where the bytes were not UTF-8', async () => {
    const uri = workspaceUri('hostile', 'latin1.post.md');
    await vscode.workspace.fs.writeFile(uri, Uint8Array.from([...new TextEncoder().encode('---\nplatforms: [linkedin]\n---\nOur caf'), 0xe9, ...new TextEncoder().encode(' opens at 7.\n')]));
    await openEditor(uri);
    await diagnosticsFor(uri, (d) => d.some((x) => rule(x) === 'post/invalid-character'));
    assert.deepEqual(summarize(uri).filter((s) => s.startsWith('post/invalid-character')), ['post/invalid-character 4:8-4:9']);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});

describe('settings and closing', () => {
  it('closing a document clears its diagnostics', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'jd-yaml', content: 'title: Barista\n' });
    await vscode.window.showTextDocument(document);
    await diagnosticsFor(document.uri, (d) => d.length > 0);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await diagnosticsFor(document.uri, (d) => d.length === 0);
  });

  it('copydesk.severity overrides a rule\'s severity, and copydesk.enable: false clears the file', async () => {
    const uri = await writeFile('scratch/settings.jd.yaml', 'title: Barista\n');
    await openEditor(uri);
    await diagnosticsFor(uri, (d) => d.some((x) => rule(x) === 'jd/missing-section' && x.severity === vscode.DiagnosticSeverity.Error));
    const settings = vscode.workspace.getConfiguration('copydesk');
    try {
      await settings.update('severity', { 'jd/missing-section': 'info', 'jd/missing-recommended': 'off', 'jd/length': 'off' }, vscode.ConfigurationTarget.Workspace);
      await diagnosticsFor(uri, (d) => d.length > 0 && d.every((x) => rule(x) === 'jd/missing-section' && x.severity === vscode.DiagnosticSeverity.Information));
      await settings.update('enable', false, vscode.ConfigurationTarget.Workspace);
      await diagnosticsFor(uri, (d) => d.length === 0);
    } finally {
      await settings.update('severity', undefined, vscode.ConfigurationTarget.Workspace);
      await settings.update('enable', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await diagnosticsFor(uri, (d) => d.some((x) => rule(x) === 'jd/missing-section' && x.severity === vscode.DiagnosticSeverity.Error));
  });
});
