import * as vscode from 'vscode';
import { assert, copydesk, diagnosticsFor, openEditor, when, workspaceUri, writeFile } from './support';

const code = (d: vscode.Diagnostic) => (d.code as { value: string }).value;
const conflicts = (d: readonly vscode.Diagnostic[]) => d.filter((x) => code(x) === 'post/schedule-conflict');

interface Api {
  calendar: { index: { get(path: string): { schedule?: { at?: number } } | undefined; size: number }; ready(): Promise<void>; resync(): Promise<void>; onDidChange: vscode.Event<unknown> };
  calendarPanel: () => { lastHtml?: string; onDidUpdate: vscode.Event<string>; openPost(path: string, line: number): Promise<void> } | undefined;
}

async function api(): Promise<Api> {
  return (await copydesk()) as unknown as Api;
}

/**
 * Makes a folder one level at a time. VS Code's file watcher on Linux (parcel) does not watch a
 * folder made in the same instant as its parent (parcel-bundler/watcher#97), so the files of a
 * folder made at once with `mkdir -p` report nothing; the extension's re-check covers that case,
 * and is tested on its own below.
 */
async function makeFolders(relative: string): Promise<void> {
  let uri = workspaceUri();
  for (const part of relative.split('/')) {
    uri = vscode.Uri.joinPath(uri, part);
    await vscode.workspace.fs.createDirectory(uri);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A post to `platforms` at `schedule`, in our own words. */
const post = (platforms: string, schedule: string, copy = 'The repair café is open every Thursday evening in December.') => `---\nplatforms: [${platforms}]\nstatus: review\nschedule: ${schedule}\n---\n${copy}\n`;

describe('Copydesk: the editorial calendar', () => {
  it('knows every post of the workspace and opens the calendar on them', async () => {
    const { calendar, calendarPanel } = await api();
    await calendar.ready();
    const winter = workspaceUri('posts', 'winter-trails.post.md').path;
    assert.equal(calendar.index.get(winter)?.schedule?.at, Date.UTC(2027, 0, 12, 8));
    await vscode.commands.executeCommand('copydesk.openCalendar');
    const panel = calendarPanel();
    assert.ok(panel, 'the calendar view is loaded');
    await when(panel.onDidUpdate, () => (panel.lastHtml ?? '').includes('winter-trails.post.md'), 15_000, 'the calendar lists the example posts');
    const html = panel.lastHtml!;
    for (const name of ['winter-trails', 'gear-swap', 'ridgeline-boots', 'trailhead-meetup']) assert.ok(html.includes(`data-path="${workspaceUri('posts', `${name}.post.md`).path}"`), name);
    assert.match(html, /data-view="month"[\s\S]*data-view="week"[\s\S]*data-view="list"/);
    // A click opens the post at its copy (the line after the front matter).
    await panel.openPost(winter, 12);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.path, winter);
    assert.equal(editor.selection.active.line, 11);
  });

  it('keeps conflicts right across edits, renames and deletions, with the other post as related information', async () => {
    const { calendar, calendarPanel } = await api();
    await calendar.ready();
    await makeFolders('scratch/calendar/june');
    const a = await writeFile('scratch/calendar/cafe.post.md', post('mastodon', '2027-02-04T09:00:00+01:00'));
    const b = await writeFile('scratch/calendar/june/cafe.post.md', post('mastodon', '2027-02-04T09:20:00+01:00', 'Bring your broken toaster on Thursday.'));
    await when(calendar.onDidChange, () => calendar.index.get(b.path)?.schedule?.at !== undefined, 15_000, 'the new post is in the calendar');
    await openEditor(a);
    let found = conflicts(await diagnosticsFor(a, (d) => conflicts(d).length === 1));
    assert.match(found[0].message, /^Another post goes to mastodon 20 minutes later: june\/cafe\.post\.md\./);
    assert.equal(found[0].relatedInformation?.[0].location.uri.toString(), b.toString());
    assert.equal(found[0].relatedInformation?.[0].location.range.start.line, 3);

    // Moved three hours later on disk (another tool, a git pull): the conflict goes.
    await vscode.workspace.fs.writeFile(b, new TextEncoder().encode(post('mastodon', '2027-02-04T12:20:00+01:00')));
    await diagnosticsFor(a, (d) => conflicts(d).length === 0);

    // Back close, then renamed in the explorer: the related information follows the new name.
    await vscode.workspace.fs.writeFile(b, new TextEncoder().encode(post('mastodon', '2027-02-04T09:30:00+01:00')));
    await diagnosticsFor(a, (d) => conflicts(d).length === 1);
    const renamed = workspaceUri('scratch', 'calendar', 'june', 'toasters.post.md');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(b, renamed);
    assert.ok(await vscode.workspace.applyEdit(edit));
    found = conflicts(await diagnosticsFor(a, (d) => conflicts(d).some((x) => x.message.includes('toasters.post.md'))));
    assert.equal(found.length, 1);
    assert.equal(calendar.index.get(b.path), undefined, 'no stale entry under the old name');

    // Deleted: the conflict goes, and the calendar view forgets it.
    await vscode.workspace.fs.delete(renamed);
    await diagnosticsFor(a, (d) => conflicts(d).length === 0);
    assert.equal(calendar.index.get(renamed.path), undefined);
    const panel = calendarPanel();
    if (panel) await when(panel.onDidUpdate, () => !(panel.lastHtml ?? '').includes('toasters.post.md'), 15_000, 'the calendar view forgets the deleted post');
  });

  it('finds what the file watcher missed when it checks the calendar against the files', async () => {
    const { calendar } = await api();
    await calendar.ready();
    // Made at once, as `mkdir -p`, `git checkout` or an unzip would: the watcher may report nothing.
    const deep = await writeFile('scratch/calendar/deep/er/missed.post.md', post('x', '2027-04-01T09:00:00Z'));
    await calendar.resync();
    assert.equal(calendar.index.get(deep.path)?.schedule?.at, Date.UTC(2027, 3, 1, 9));
    // Changed and then deleted behind the watcher's back.
    await vscode.workspace.fs.writeFile(deep, new TextEncoder().encode(post('x', '2027-04-02T09:00:00Z', 'A longer copy, so that the size differs even within the same second.')));
    await calendar.resync();
    assert.equal(calendar.index.get(deep.path)?.schedule?.at, Date.UTC(2027, 3, 2, 9));
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(deep, '..', '..'), { recursive: true });
    await calendar.resync();
    assert.equal(calendar.index.get(deep.path), undefined);
  });

  it('checks a post against another one as it is typed, before either is saved', async () => {
    const { calendar } = await api();
    await calendar.ready();
    const a = await writeFile('scratch/calendar/typed-a.post.md', post('bluesky', '2027-03-01T10:00:00Z'));
    const b = await writeFile('scratch/calendar/typed-b.post.md', post('bluesky', '2027-03-01T15:00:00Z'));
    await openEditor(a);
    const editorB = await openEditor(b);
    await diagnosticsFor(b, (d) => d.length >= 0 && conflicts(d).length === 0);
    // Typed into b, unsaved: a, open beside it, gets the conflict too.
    const line = editorB.document.lineAt(3);
    assert.ok(await editorB.edit((e) => e.replace(line.range, 'schedule: 2027-03-01T10:30:00Z')));
    await diagnosticsFor(b, (d) => conflicts(d).length === 1);
    await diagnosticsFor(a, (d) => conflicts(d).length === 1);
    assert.ok(editorB.document.isDirty);
  });
});
