import * as vscode from 'vscode';
import { assert, codeActions, copydesk, diagnosticsFor, openEditor, when, writeFile } from './support';

const rule = (d: vscode.Diagnostic) => (d.code as { value: string }).value;

describe('code actions', () => {
  it('a quick fix per fix, preferred when it is the only one; undone in one step', async () => {
    const uri = await writeFile('scratch/fix.jd.yaml', 'title: Barista\nemployment_type: fulltime\n');
    const editor = await openEditor(uri);
    const [finding] = (await diagnosticsFor(uri, (d) => d.some((x) => rule(x) === 'jd/schema'))).filter((x) => rule(x) === 'jd/schema');
    const actions = await codeActions(uri, finding.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === "Change to 'full-time'")!;
    assert.ok(fix, actions.map((a) => a.title).join(', '));
    assert.equal(fix.isPreferred, true);
    assert.ok(actions.some((a) => a.title === 'Disable jd/schema for this line'));
    const before = editor.document.getText();
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.equal(editor.document.getText(), 'title: Barista\nemployment_type: full-time\n');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), before);
  });

  it('"Split into a thread" on a post over X\'s limit: --- lines where it cuts, the finding goes, the status bar counts the posts', async () => {
    const copy = 'Our winter trail guide is out, with twelve routes around the lakes and the ridge. Every route lists parking, a café stop and what to pack for the cold. The easiest is a flat loop of four kilometres that children love. The hardest climbs nine hundred metres before lunch and rewards you with the best view in the county.';
    const uri = await writeFile('scratch/split.post.md', `---\nplatforms: [x, linkedin]\nhashtags: [Northwind]\n---\n${copy}\n`);
    const editor = await openEditor(uri);
    const [over] = (await diagnosticsFor(uri, (d) => d.some((x) => rule(x) === 'post/over-limit'))).filter((x) => rule(x) === 'post/over-limit');
    const actions = await codeActions(uri, over.range, vscode.CodeActionKind.QuickFix.value);
    assert.deepEqual(actions.filter((a) => a.title.startsWith('Split')).map((a) => `${a.title} ${a.isPreferred ?? false}`), ['Split into a thread of 2 posts false', 'Split into a numbered thread of 2 posts (1/2) false']);
    assert.ok(await vscode.workspace.applyEdit(actions.find((a) => a.title === 'Split into a thread of 2 posts')!.edit!));
    assert.match(editor.document.getText(), /^---\nplatforms: \[x, linkedin\]\nhashtags: \[Northwind\]\n---\nOur winter trail guide .+ children love\.\n---\nThe hardest .+ in the county\.\n$/s);
    await diagnosticsFor(uri, (d) => !d.some((x) => rule(x) === 'post/over-limit'));
    const item = (await copydesk()).statusBar.item;
    await when(vscode.languages.onDidChangeDiagnostics, () => /\(2 posts\)/.test(item.text), 15_000, 'the status bar for the thread');
    assert.match(item.text, /^X \d+\/280 \(2 posts\) · LinkedIn \d+\/3000$/);
  });

  it('"Disable <rule> for this line" writes the comment the file kind uses, and the finding goes', async () => {
    const uri = await writeFile('scratch/disable.post.md', '---\nplatforms: [linkedin]\nhashtags: [Northwind]\n---\nA real ninja.\n');
    const editor = await openEditor(uri);
    const [finding] = (await diagnosticsFor(uri, (d) => d.some((x) => rule(x) === 'brand/banned-term'))).filter((x) => rule(x) === 'brand/banned-term');
    const disable = (await codeActions(uri, finding.range)).find((a) => a.title === 'Disable brand/banned-term for this line')!;
    assert.ok(await vscode.workspace.applyEdit(disable.edit!));
    assert.equal(editor.document.getText(), '---\nplatforms: [linkedin]\nhashtags: [Northwind]\n---\n<!-- copydesk-disable-next-line brand/banned-term -->\nA real ninja.\n');
    await diagnosticsFor(uri, (d) => !d.some((x) => rule(x) === 'brand/banned-term'));
  });

  it('"Fix all <rule> problems in this file" and source.fixAll.copydesk', async () => {
    const text = '---\nplatforms: [linkedin]\nhashtags: [Northwind]\n---\nE-mail us!!! Or e-mail the Trailhead club.\n';
    const uri = await writeFile('scratch/fixall.post.md', text);
    const editor = await openEditor(uri);
    const findings = await diagnosticsFor(uri, (d) => d.filter((x) => rule(x) === 'brand/preferred-term').length === 3);
    const first = findings.find((x) => rule(x) === 'brand/preferred-term')!;
    const all = (await codeActions(uri, first.range)).find((a) => a.title === 'Fix all brand/preferred-term problems in this file')!;
    assert.ok(all);
    assert.ok(await vscode.workspace.applyEdit(all.edit!));
    assert.equal(editor.document.lineAt(4).text, 'Email us!!! Or email the Trailhead Club.');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), text);
    // source.fixAll.copydesk: every safe fix at once (what editor.codeActionsOnSave runs).
    await diagnosticsFor(uri, (d) => d.filter((x) => rule(x) === 'brand/preferred-term').length === 3);
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const [source] = await codeActions(uri, whole, 'source.fixAll.copydesk');
    assert.equal(source.kind?.value, 'source.fixAll.copydesk');
    assert.ok(await vscode.workspace.applyEdit(source.edit!));
    assert.equal(editor.document.lineAt(4).text, 'Email us! Or email the Trailhead Club.');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), text);
  });

  it('editor.codeActionsOnSave with source.fixAll.copydesk fixes the file as it is saved', async () => {
    const settings = vscode.workspace.getConfiguration('editor', { languageId: 'social-post' });
    await settings.update('codeActionsOnSave', { 'source.fixAll.copydesk': 'explicit' }, vscode.ConfigurationTarget.Global, true);
    try {
      const uri = await writeFile('scratch/onsave.post.md', '---\nplatforms: [linkedin]\nhashtags: [Northwind]\n---\nE-mail us today\n');
      const editor = await openEditor(uri);
      assert.ok(await editor.edit((b) => b.insert(editor.document.lineAt(4).range.end, '!!!')));
      await editor.document.save();
      assert.equal(editor.document.lineAt(4).text, 'Email us today!');
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)).split('\n')[4], 'Email us today!');
    } finally {
      await settings.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global, true);
    }
  });
});
