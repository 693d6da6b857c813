import * as vscode from 'vscode';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert, diagnosticsFor, openEditor, workspaceUri, writeFile } from './support';

/** The repository (tests run from out/test/integration), for the committed .docx fixture. */
const REPO = join(__dirname, '..', '..', '..');

const code = (d: vscode.Diagnostic) => (d.code as { value: string }).value;

describe('Copydesk: Import Job Description…', () => {
  it('imports the open Markdown posting beside it, opens the JD, and its findings show', async () => {
    const posting = await writeFile('scratch/import/florist.md', '# Florist\n\nLocation: Ghent, Belgium\n\n## What you\'ll do\n\n- Build the bouquets for the Saturday market\n\n## Our shop\n\nA shop by the canal.\n');
    await openEditor(posting);
    const target = await vscode.commands.executeCommand<vscode.Uri | undefined>('copydesk.importJobDescription');
    assert.equal(target?.toString(), workspaceUri('scratch', 'import', 'florist.jd.yaml').toString());
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), target!.toString(), 'the new JD is open');
    const text = vscode.window.activeTextEditor!.document.getText();
    assert.match(text, /^title: Florist$/m);
    assert.match(text, /^# From the posting: Location: Ghent, Belgium\nlocation: Ghent, Belgium$/m);
    assert.match(text, /^other:\n {2}- heading: Our shop\n {4}text: A shop by the canal\.$/m);
    const diagnostics = await diagnosticsFor(target!, (d) => d.some((x) => code(x) === 'jd/missing-section'));
    assert.ok(diagnostics.some((d) => code(d) === 'jd/missing-section' && d.message.includes('`qualifications`')));
  });

  it('imports a Word document picked in the Explorer', async () => {
    const docx = workspaceUri('scratch', 'import', 'store-supervisor.docx');
    await vscode.workspace.fs.writeFile(docx, readFileSync(join(REPO, 'test', 'fixtures-import', 'store-supervisor.docx')));
    const target = await vscode.commands.executeCommand<vscode.Uri | undefined>('copydesk.importJobDescription', docx);
    assert.equal(target?.path.split('/').pop(), 'store-supervisor.jd.yaml');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target!));
    assert.equal(text, readFileSync(join(REPO, 'test', 'fixtures-import', 'expected', 'store-supervisor.jd.yaml'), 'utf8'));
    await diagnosticsFor(target!, (d) => d.some((x) => code(x) === 'jd/missing-section'));
  });

  it('a damaged Word document: nothing written, the command says why', async () => {
    const docx = workspaceUri('scratch', 'import', 'broken.docx');
    await vscode.workspace.fs.writeFile(docx, new TextEncoder().encode('PK\u0003\u0004 not really a zip'));
    const target = await vscode.commands.executeCommand<vscode.Uri | undefined>('copydesk.importJobDescription', docx);
    assert.equal(target, undefined);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(workspaceUri('scratch', 'import', 'broken.jd.yaml'))));
  });
});
