import * as vscode from 'vscode';
import { assert, copydesk, diagnosticsFor, openEditor, when, workspaceUri, writeFile } from './support';

async function completions(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
  return list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
}

async function hover(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n---\n');
}

describe('completion, hover, snippets, status bar', () => {
  it('completes JD section keys, enum values and KPI metrics', async () => {
    const uri = await writeFile('scratch/complete.jd.yaml', 'title: Barista\nemployment_type: \nkpis:\n  - metric: \n');
    await openEditor(uri);
    const keys = await completions(uri, new vscode.Position(4, 0));
    for (const key of ['responsibilities', 'kpis', 'salary']) assert.ok(keys.includes(key) || key === 'kpis', `${key} in ${keys.join(', ')}`);
    assert.ok(!keys.includes('title'), 'keys already present are not offered');
    assert.deepEqual((await completions(uri, new vscode.Position(1, 17))).filter((l) => ['full-time', 'part-time', 'contract', 'temporary', 'internship'].includes(l)).length, 5);
    assert.ok((await completions(uri, new vscode.Position(3, 12))).includes('Engagement rate'));
  });

  it('completes platform ids and account names in a post', async () => {
    const uri = await writeFile('scratch/complete.post.md', '---\nplatforms: [x, ]\n---\nCopy.\n');
    await openEditor(uri);
    const labels = await completions(uri, new vscode.Position(1, 15));
    for (const id of ['linkedin', 'instagram', 'bluesky']) assert.ok(labels.includes(id), labels.join(', '));
    assert.ok(!labels.includes('x'), 'a platform already listed is not offered again');
  });

  it('hover: a section\'s purpose, a KPI\'s formula, a platform\'s limit', async () => {
    const jd = await writeFile('scratch/hover.jd.yaml', 'title: Barista\nkpis:\n  - metric: Engagement rate\n    target: 4%\n');
    await openEditor(jd);
    assert.match(await hover(jd, new vscode.Position(1, 1)), /How performance is measured/);
    assert.match(await hover(jd, new vscode.Position(2, 15)), /Formula:\* engagements ÷ impressions/);
    const post = workspaceUri('posts', 'gear-swap.post.md');
    await openEditor(post);
    assert.match(await hover(post, new vscode.Position(1, 12)), /\*\*X\*\* — 280 weighted characters/);
  });

  it('snippets insert a measurable KPI and a platform block', async () => {
    const uri = await writeFile('scratch/snippet.jd.yaml', 'title: Barista\nkpis:\n  ');
    const editor = await openEditor(uri);
    editor.selection = new vscode.Selection(2, 2, 2, 2);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'jd-yaml', name: 'KPI: Reach' });
    assert.match(editor.document.getText(), /- metric: Reach\n {4}target: "\+20% quarter on quarter"\n {4}period: quarter/);
    await diagnosticsFor(uri, (d) => !d.some((x) => (x.code as { value: string }).value === 'jd/kpi-not-measurable'));
    const post = await writeFile('scratch/snippet.post.md', '---\nplatforms: [x]\n---\nCopy.\n\n');
    const postEditor = await openEditor(post);
    postEditor.selection = new vscode.Selection(5, 0, 5, 0);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'social-post', name: 'Platform block' });
    assert.match(postEditor.document.getText(), /\n::: x\nCopy for this platform only\.\n:::$/);
  });

  it('the status bar shows each platform\'s count against its limit, warning colour when over', async () => {
    const api = await copydesk();
    const uri = workspaceUri('posts', 'gear-swap.post.md');
    await openEditor(uri);
    const item = api.statusBar.item;
    await when(vscode.languages.onDidChangeDiagnostics, () => /X \d+\/280/.test(item.text), 15_000, 'the status bar');
    assert.match(item.text, /^\$\(warning\) X \d+\/280 · \$\(warning\) Threads \d+\/500 · Instagram \d+\/2200$/);
    assert.ok(item.backgroundColor instanceof vscode.ThemeColor);
    const clean = await writeFile('scratch/short.post.md', '---\nplatforms: [x, linkedin]\nhashtags: [Northwind]\n---\nShort and sweet.\n');
    await openEditor(clean);
    await when(vscode.languages.onDidChangeDiagnostics, () => item.text.startsWith('X '), 15_000, 'the status bar for the short post');
    assert.equal(item.text, 'X 28/280 · LinkedIn 28/3000'); // 16 characters of copy, a blank line, #Northwind
    assert.equal(item.backgroundColor, undefined);
  });
});
