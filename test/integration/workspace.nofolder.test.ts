import * as vscode from 'vscode';
import { assert, diagnosticsFor, openEditor, summarize, workspaceUri } from './support';

const rule = (d: vscode.Diagnostic) => (d.code as { value: string }).value;

describe('a window with no folder open', () => {
  it('there is no workspace folder', () => {
    assert.equal(vscode.workspace.workspaceFolders, undefined);
  });

  it('a JD opened on its own is linted, with the .copydesk.yaml found above it', async () => {
    const uri = workspaceUri('jobs', 'community-manager.jd.yaml');
    await openEditor(uri);
    await diagnosticsFor(uri, (d) => d.some((x) => rule(x) === 'brand/banned-term'));
    // The example configuration makes jd/review-overdue an error: proof it was read.
    const overdue = vscode.languages.getDiagnostics(uri).find((d) => rule(d) === 'jd/review-overdue');
    assert.equal(overdue?.severity, vscode.DiagnosticSeverity.Error, summarize(uri).join('\n'));
  });

  it('an untitled JD is linted with the defaults: a Barista is a general role, a Social Media Manager a social one', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'jd-yaml', content: 'title: Barista\n' });
    await vscode.window.showTextDocument(document);
    await diagnosticsFor(document.uri, (d) => d.filter((x) => rule(x) === 'jd/missing-section').length === 3);
    const social = await vscode.workspace.openTextDocument({ language: 'jd-yaml', content: 'title: Social Media Manager\n' });
    await vscode.window.showTextDocument(social);
    await diagnosticsFor(social.uri, (d) => d.filter((x) => rule(x) === 'jd/missing-section').length === 7);
  });
});
