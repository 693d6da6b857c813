import * as vscode from 'vscode';
import { assert, diagnosticsFor, openEditor, summarize, workspaceUri, writeFile } from './support';

const COMPLETE_JD = `title: Barista
summary: Pull great shots and look after our regulars.
responsibilities:
  - Run the espresso bar
qualifications:
  - One year behind a busy bar
skills:
  - Latte art
daily_tasks:
  - Open the café at 7:00
kpis:
  - metric: Response time
    target: under 2 hours
    period: month
reporting:
  reports_to: Café Manager
brand_alignment: Warm, plain words; no jargon.
`;

describe('live diagnostics', () => {
  it('the draft JD: the same findings as the core, with rule ids linked to their pages', async () => {
    const uri = workspaceUri('jobs', 'community-manager.jd.yaml');
    const editor = await openEditor(uri);
    assert.equal(editor.document.languageId, 'jd-yaml');
    const diagnostics = await diagnosticsFor(uri, (d) => d.length > 0);
    const summary = summarize(uri);
    assert.ok(summary.includes('jd/schema 9:18-9:26'), summary.join('\n'));
    assert.ok(summary.includes('brand/banned-term 18:60-18:65'), summary.join('\n'));
    const code = diagnostics.find((d) => typeof d.code === 'object' && d.code.value === 'jd/schema')!.code as { value: string; target: vscode.Uri };
    assert.equal(code.target.toString(), 'https://github.com/copydesk/copydesk/blob/main/docs/rules/jd/schema.md');
    assert.equal(diagnostics.length, summary.length);
  });

  it('typing a word updates the diagnostics at its exact range, deleting it clears them', async () => {
    const uri = await writeFile('scratch/typing.jd.yaml', COMPLETE_JD);
    const editor = await openEditor(uri);
    await diagnosticsFor(uri, (d) => d.every((x) => x.severity !== vscode.DiagnosticSeverity.Error));
    const end = editor.document.lineAt(1).range.end;
    assert.ok(await editor.edit((b) => b.insert(end, ' We want a rockstar.')));
    const found = await diagnosticsFor(uri, (d) => d.some((x) => (x.code as { value: string }).value === 'brand/banned-term'));
    const hit = found.find((x) => (x.code as { value: string }).value === 'brand/banned-term')!;
    assert.equal(editor.document.getText(hit.range), 'rockstar');
    assert.deepEqual([hit.range.start.line, hit.range.start.character], [1, end.character + 11]);
    assert.ok(await editor.edit((b) => b.delete(new vscode.Range(end, editor.document.lineAt(1).range.end))));
    await diagnosticsFor(uri, (d) => !d.some((x) => (x.code as { value: string }).value === 'brand/banned-term'));
  });

  it('many quick edits: the published diagnostics are those of the final text', async () => {
    const uri = await writeFile('scratch/burst.post.md', '---\nplatforms: [x]\nhashtags: [Northwind]\n---\nHello.\n');
    const editor = await openEditor(uri);
    await diagnosticsFor(uri, () => true);
    for (const word of [' E-mail', ' us', ' today', '!!!', ' ninja']) {
      const end = editor.document.lineAt(4).range.end;
      assert.ok(await editor.edit((b) => b.insert(end, word)));
    }
    await diagnosticsFor(uri, () => {
      const rules = summarize(uri).map((s) => s.split(' ')[0]);
      return rules.includes('brand/preferred-term') && rules.includes('brand/banned-term') && rules.includes('brand/exclamations');
    });
    const text = editor.document.getText();
    assert.equal(text.split('\n')[4], 'Hello. E-mail us today!!! ninja');
  });

  it('saving .copydesk.yaml lints the open posts again', async () => {
    const uri = await writeFile('posts/relint.post.md', '---\nplatforms: [linkedin]\nhashtags: [Northwind]\n---\nOur new kayak is here.\n');
    await openEditor(uri);
    await diagnosticsFor(uri, (d) => !d.some((x) => (x.code as { value: string }).value === 'brand/banned-term'));
    const configUri = workspaceUri('.copydesk.yaml');
    const original = new TextDecoder().decode(await vscode.workspace.fs.readFile(configUri));
    try {
      await vscode.workspace.fs.writeFile(configUri, new TextEncoder().encode(original.replace('terms:\n', 'terms:\n  - ban: [kayak]\n    message: We say boat.\n')));
      const found = await diagnosticsFor(uri, (d) => d.some((x) => (x.code as { value: string }).value === 'brand/banned-term'));
      assert.match(found.find((x) => (x.code as { value: string }).value === 'brand/banned-term')!.message, /We say boat/);
    } finally {
      await vscode.workspace.fs.writeFile(configUri, new TextEncoder().encode(original));
    }
    await diagnosticsFor(uri, (d) => !d.some((x) => (x.code as { value: string }).value === 'brand/banned-term'));
  });

  it('a broken .copydesk.yaml: its problems in its own file, and the posts beside it still linted', async () => {
    const configUri = await writeFile('broken/.copydesk.yaml', 'hashtags:\n  requried: [Acme]\ntone: { max_exclamations: 1 }\n');
    const postUri = await writeFile('broken/a.post.md', '---\nplatforms: [x]\n---\nBig news!!!\n');
    await openEditor(configUri);
    const configFindings = await diagnosticsFor(configUri, (d) => d.length > 0);
    assert.deepEqual(summarize(configUri), ['config/invalid 2:3-2:11']);
    assert.match(configFindings[0].message, /Did you mean 'required'/);
    await openEditor(postUri);
    await diagnosticsFor(postUri, (d) => d.some((x) => (x.code as { value: string }).value === 'brand/exclamations'));
  });

  it('a file over 1 MB: linted on open, with one info saying why it is not linted while typing', async () => {
    const big = COMPLETE_JD.replace('summary: Pull great shots and look after our regulars.', `summary: >\n${'  Pull great shots and look after our regulars, every single day of the week.\n'.repeat(14_000)}`);
    const uri = await writeFile('scratch/big.jd.yaml', big);
    await openEditor(uri);
    const found = await diagnosticsFor(uri, (d) => d.length > 0, 30_000);
    const info = found.filter((d) => d.severity === vscode.DiagnosticSeverity.Information && /lints it when you open or save it/.test(d.message));
    assert.equal(info.length, 1);
    assert.deepEqual([info[0].range.start.line, info[0].range.start.character], [0, 0]);
  });
});
