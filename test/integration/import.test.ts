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
    assert.match(text, /^# From the posting: Location: Ghent, Belgium\nlocation:\n {2}city: Ghent\n {2}country: BE$/m);
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

describe('Copydesk: Export Job Description…, Copy as HTML / Markdown / JobPosting JSON-LD', () => {
  it('exports the open JD to a file beside it, as one edit', async () => {
    const jd = workspaceUri('jobs', 'store-associate.jd.yaml');
    await openEditor(jd);
    const target = workspaceUri('scratch', 'export', 'store-associate.jsonld');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('copydesk.exportJobDescription', undefined, { format: 'jsonld', target });
    assert.equal(written?.toString(), target.toString());
    const posting = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)));
    assert.equal(posting['@type'], 'JobPosting');
    assert.equal(posting.title, 'Store Associate, Denver Flagship');
    // The employer comes from the workspace's .copydesk.yaml, as the linter reads it.
    assert.deepEqual(posting.hiringOrganization, { '@type': 'Organization', name: 'Northwind Outfitters', sameAs: 'https://northwind.example' });
    const page = await vscode.commands.executeCommand<vscode.Uri | undefined>('copydesk.exportJobDescription', jd, { format: 'html', standalone: true, target: workspaceUri('scratch', 'export', 'store-associate.html') });
    assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(page!)), /^<!DOCTYPE html>[\s\S]*<script type="application\/ld\+json">/);
  });

  it('copies the open JD as HTML, Markdown and JSON-LD', async () => {
    await openEditor(workspaceUri('jobs', 'store-associate.jd.yaml'));
    const html = await vscode.commands.executeCommand<string | undefined>('copydesk.copyAsHtml');
    assert.match(html ?? '', /^<article class="job-posting">\n<h1>Store Associate, Denver Flagship<\/h1>/);
    const markdown = await vscode.commands.executeCommand<string | undefined>('copydesk.copyAsMarkdown');
    assert.match(markdown ?? '', /^# Store Associate, Denver Flagship\n/);
    const jsonLd = await vscode.commands.executeCommand<string | undefined>('copydesk.copyJsonLd');
    assert.equal(JSON.parse(jsonLd ?? '{}').employmentType, 'PART_TIME');
    assert.equal(await vscode.env.clipboard.readText(), jsonLd, 'the last copy is on the clipboard');
  });

  it('a JD whose YAML cannot be read is not exported', async () => {
    const broken = await writeFile('scratch/export/broken.jd.yaml', 'title: Cook\nresponsibilities: [unclosed\n');
    await openEditor(broken);
    assert.equal(await vscode.commands.executeCommand('copydesk.copyAsHtml'), undefined);
  });
});
