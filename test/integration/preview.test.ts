import * as vscode from 'vscode';
import { analyzePost, resolveConfig } from '../../src/core/index';
import { assert, copydesk, openEditor, when, workspaceUri, writeFile } from './support';

interface Update {
  uri: string;
  version: number;
  html: string;
}

interface Preview {
  lastUpdate?: Update;
  onDidUpdate: vscode.Event<Update>;
  resourceRoots: string[];
}

async function api(): Promise<{ preview: Preview }> {
  return (await copydesk()) as unknown as { preview: Preview };
}

/** The X count shown in the preview's HTML. */
function xCount(html: string): number | undefined {
  const match = /data-platform="x"[\s\S]*?<span class="cd-count">([\d,]+)<\/span>/.exec(html);
  return match ? Number(match[1].replace(/,/g, '')) : undefined;
}

describe('the preview panel', () => {
  it('opens beside the post with every platform\'s card, and follows typing', async () => {
    const { preview } = await api();
    const uri = await writeFile('posts/preview.post.md', '---\nplatforms: [x, linkedin]\nhashtags: [Northwind]\n---\nOur winter sale starts Friday.\n');
    const editor = await openEditor(uri);
    await vscode.commands.executeCommand('copydesk.openPreviewToSide');
    await when(preview.onDidUpdate, () => preview.lastUpdate?.uri === uri.toString(), 15_000, 'the first render');
    const first = preview.lastUpdate!;
    assert.deepEqual([...first.html.matchAll(/data-platform="(\w+)"/g)].map((m) => m[1]), ['x', 'linkedin']);
    assert.equal(xCount(first.html), 30 + 2 + 10);
    assert.ok(await editor.edit((b) => b.insert(editor.document.lineAt(4).range.end, ' Everything must go.')));
    await when(preview.onDidUpdate, () => preview.lastUpdate!.version === editor.document.version, 15_000, 'the update after typing');
    const expected = analyzePost(editor.document.getText(), resolveConfig(undefined), new Date()).targets[0];
    assert.equal(xCount(preview.lastUpdate!.html), expected.target.platform.count(expected.publish.text));
  });

  it('follows the active editor to a JD, and stays put when locked', async () => {
    const { preview } = await api();
    const jd = workspaceUri('jobs', 'social-media-manager.jd.yaml');
    await openEditor(jd);
    await when(preview.onDidUpdate, () => preview.lastUpdate?.uri === jd.toString(), 15_000, 'the JD preview');
    assert.match(preview.lastUpdate!.html, /<article class="cd-jd"/);
    await vscode.commands.executeCommand('copydesk.togglePreviewLock');
    const post = workspaceUri('posts', 'winter-trails.post.md');
    await openEditor(post);
    // Locked: another editor does not move the preview.
    const before = preview.lastUpdate!.uri;
    await openEditor(workspaceUri('posts', 'gear-swap.post.md'));
    assert.equal(preview.lastUpdate!.uri, before);
    await vscode.commands.executeCommand('copydesk.togglePreviewLock');
    await openEditor(post);
    await when(preview.onDidUpdate, () => preview.lastUpdate?.uri === post.toString(), 15_000, 'following again');
  });

  it('loads images only from the previewed file\'s folder, and its resource roots follow the file', async () => {
    const { preview } = await api();
    const media = vscode.Uri.joinPath(vscode.extensions.getExtension('copydesk.copydesk')!.extensionUri, 'media').toString();
    const folder = (uri: vscode.Uri) => vscode.Uri.joinPath(uri, '..').toString();
    const uri = await writeFile('posts/pictures/hero.post.md', '---\nplatforms: [x]\nmedia:\n  - src: media/hero.png\n    alt: A kettle on a windowsill\n---\nThe kettle is back.\n');
    const editor = await openEditor(uri);
    await vscode.commands.executeCommand('copydesk.openPreviewToSide');
    await when(preview.onDidUpdate, () => preview.lastUpdate?.uri === uri.toString(), 15_000, 'the post\'s preview');
    assert.deepEqual(preview.resourceRoots, [media, folder(uri)]);
    const img = /<img class="cd-image" src="([^"]+)"/.exec(preview.lastUpdate!.html);
    assert.ok(img, 'the image is shown');
    assert.ok(decodeURIComponent(img[1]).endsWith('/posts/pictures/media/hero.png'), img[1]);
    // Out of the folder: a placeholder, nothing asked of the webview.
    for (const src of ['../../jobs/secret.png', '/etc/passwd', '%2e%2e/x.png', 'file:///etc/passwd']) {
      const line = editor.document.lineAt(3);
      assert.ok(await editor.edit((b) => b.replace(line.range, `  - src: ${JSON.stringify(src)}`)));
      await when(preview.onDidUpdate, () => preview.lastUpdate!.version === editor.document.version, 15_000, `the preview with ${src}`);
      assert.doesNotMatch(preview.lastUpdate!.html, /<img /, src);
      assert.match(preview.lastUpdate!.html, /Image not shown: media must be in the post&#39;s folder/, src);
    }
    // Following another file moves the roots to its folder.
    const jd = workspaceUri('jobs', 'social-media-manager.jd.yaml');
    await openEditor(jd);
    await when(preview.onDidUpdate, () => preview.lastUpdate?.uri === jd.toString(), 15_000, 'the JD preview');
    assert.deepEqual(preview.resourceRoots, [media, folder(jd)]);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
