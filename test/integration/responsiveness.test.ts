// How long Copydesk holds the extension host while someone types: PRODUCT.md §6 says never more
// than 100 ms for a 4 KB file. This test types into a 4.7 KB JD and a 4 KB post, one character
// at a time and each linted (as at a typing speed of a few characters a second), with the
// preview open, and records the longest event-loop block of the host and the slowest lint.
// The figures are printed, and written to $COPYDESK_HOST_REPORT for `npm run bench`, which
// judges them against the bar: timing is the bench's business, behaviour is this test's.
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { lint, type Finding } from '../../src/core/index';
import { assert, copydesk, openEditor, when, workspaceUri, writeFile } from './support';

interface Api {
  linter: {
    onDidLint: vscode.Event<vscode.TextDocument>;
    resultFor(document: vscode.TextDocument): { version: number; findings: Finding[]; config: unknown; ms: number } | undefined;
  };
  preview: { lastUpdate?: { uri: string; version: number }; lastRenderMs: number; onDidUpdate: vscode.Event<{ uri: string; version: number }> };
}

const PLATFORMS = '[x, linkedin, instagram, facebook, threads, mastodon, bluesky, tiktok]';

/** A 4 KB post for eight platforms, in our words. */
function post4k(): string {
  const paragraph =
    'Our winter trail guide covers twelve routes around the lakes, each with parking, a warm café stop and what to pack for short days. ' +
    'Families start with the flat shore loop; early risers take the ridge for the sunrise over the valley. ';
  const copy = Array.from({ length: 16 }, () => paragraph).join('\n\n').slice(0, 3_900);
  return `---\nplatforms: ${PLATFORMS}\nhashtags: [Northwind, WinterTrails]\n---\n${copy}\n\n::: x\nTwelve winter routes, with parking and café stops for each. Which one first?\n:::\n`;
}

interface Typed {
  file: string;
  bytes: number;
  keystrokes: number;
  lints: number;
  slowestLintMs: number;
  previews: number;
  slowestPreviewMs: number;
  longestBlockMs: number;
  p99BlockMs: number;
}

async function typeInto(api: Api, uri: vscode.Uri, line: number, words: string): Promise<Typed> {
  const editor = await openEditor(uri);
  const document = editor.document;
  await vscode.commands.executeCommand('copydesk.openPreviewToSide');
  await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
  const linted = () => api.linter.resultFor(document) !== undefined;
  await when(api.linter.onDidLint, linted, 15_000, 'the first lint');
  const delay = monitorEventLoopDelay({ resolution: 5 });
  const lintTimes: number[] = [];
  const renderTimes: number[] = [];
  const listener = api.preview.onDidUpdate((u) => {
    if (u.uri === uri.toString()) renderTimes.push(api.preview.lastRenderMs);
  });
  delay.enable();
  for (const character of words) {
    const end = document.lineAt(line).range.end;
    assert.ok(await editor.edit((b) => b.insert(end, character)));
    await when(api.linter.onDidLint, linted, 15_000, `the lint after typing '${character}'`);
    lintTimes.push(api.linter.resultFor(document)!.ms);
  }
  await when(api.preview.onDidUpdate, () => api.preview.lastUpdate?.uri === uri.toString() && api.preview.lastUpdate.version === document.version, 15_000, 'the preview of the last keystroke');
  delay.disable();
  listener.dispose();
  // Behaviour: the last result is that of the final text, as the core lints it.
  const last = api.linter.resultFor(document)!;
  const show = (findings: Finding[]) => findings.map((f) => `${f.ruleId} ${f.range.start}-${f.range.end}`);
  assert.deepEqual(show(last.findings), show(lint(document.getText(), { fileName: uri.path, config: last.config })));
  assert.ok(document.getText().includes(words), 'every keystroke arrived');
  return {
    file: uri.path.split('/').pop()!,
    bytes: Buffer.byteLength(document.getText()),
    keystrokes: words.length,
    lints: lintTimes.length,
    slowestLintMs: Math.max(...lintTimes),
    previews: renderTimes.length,
    slowestPreviewMs: Math.max(...renderTimes),
    longestBlockMs: delay.max / 1e6,
    p99BlockMs: delay.percentile(99) / 1e6,
  };
}

describe('extension host responsiveness', () => {
  it('typing into a 4.7 KB JD and a 4 KB post, each keystroke linted and previewed: the host keeps answering', async () => {
    const api = (await copydesk()) as unknown as Api;
    const jdText = await readFile(workspaceUri('jobs', 'social-media-manager.jd.yaml').fsPath, 'utf8');
    const jd = await writeFile('scratch/typing-speed.jd.yaml', jdText);
    const post = await writeFile('scratch/typing-speed.post.md', post4k());
    const summaryLine = jdText.split('\n').findIndex((l) => l.startsWith('summary:')) + 1;
    const results = [await typeInto(api, jd, summaryLine, ' We value plain words.'), await typeInto(api, post, 5, ' Pack a flask of tea.')];
    for (const r of results) {
      assert.ok(r.bytes >= 4_000, `${r.file} is ${r.bytes} bytes`);
      console.log(
        `      ${r.file} (${(r.bytes / 1024).toFixed(1)} KB): ${r.keystrokes} keystrokes, ${r.lints} lints; slowest lint ${r.slowestLintMs.toFixed(1)} ms; ` +
          `${r.previews} previews, slowest ${r.slowestPreviewMs.toFixed(1)} ms; ` +
          `longest block of the extension host ${r.longestBlockMs.toFixed(1)} ms (p99 ${r.p99BlockMs.toFixed(1)} ms)`,
      );
    }
    const report = process.env.COPYDESK_HOST_REPORT;
    if (report) writeFileSync(report, JSON.stringify({ vscode: vscode.version, results }, null, 2));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
