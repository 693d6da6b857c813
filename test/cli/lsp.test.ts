// `copydesk lsp --stdio` spoken to over JSON-RPC as an editor does (test/support/lsp-session.ts):
// exact diagnostics on the fixture workspace test/fixtures-lsp copied into a folder whose path has a
// space and a non-ASCII letter; code actions and their edits; completion; hover; configuration
// changes; the calendar across files; and bad input — unknown requests, a malformed message,
// other URI schemes, files over 1 MB — with nothing but protocol on stdout and no stack trace.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionItem, Diagnostic, Hover, InitializeResult, Range, TextDocumentEdit } from 'vscode-languageserver-protocol/node';
import { CLI, CLIENT_CAPABILITIES, LspSession } from '../support/lsp-session';
import { REPO_ROOT } from '../support/paths';

const FIXTURE = join(REPO_ROOT, 'test', 'fixtures-lsp');

const range = (l1: number, c1: number, l2: number, c2: number): Range => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });

/** What a test compares of a diagnostic. */
const brief = (d: Diagnostic) => ({ code: d.code, range: d.range, severity: d.severity });

function applyEdit(text: string, action: CodeAction, uri: string): string {
  const change = action.edit?.documentChanges?.[0] as TextDocumentEdit | undefined;
  const edits = change ? change.edits : (action.edit?.changes?.[uri] ?? []);
  assert.ok(edits.length > 0, `${action.title} has edits`);
  return TextDocument.applyEdits(TextDocument.create(uri, 'x', 1, text), edits as never);
}

describe('copydesk lsp --stdio', function () {
  this.timeout(30_000);
  let folder: string;
  let session: LspSession;
  const uriOf = (name: string) => pathToFileURL(join(folder, name)).href;
  const text = (name: string) => readFileSync(join(folder, name), 'utf8');

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'copydesk lsp é-'));
    cpSync(FIXTURE, folder, { recursive: true });
    session = new LspSession(folder);
  });

  afterEach(() => {
    session.kill();
    rmSync(folder, { recursive: true, force: true });
  });

  /** After the session: nothing on stdout was anything but protocol, nothing on stderr. */
  async function closeCleanly(): Promise<void> {
    assert.equal(await session.close(), 0, 'exit after shutdown is exit code 0');
    assert.deepEqual(session.readErrors, []);
    assert.equal(session.stderr, '');
    assert.ok(!session.log.some((l) => /\n\s+at /.test(l.message)), 'no stack trace in the log');
  }

  it('initializes with what it offers, and exits 0 after shutdown', async () => {
    const result: InitializeResult = await session.initialize(pathToFileURL(folder).href);
    assert.equal(result.serverInfo?.name, 'copydesk');
    assert.equal(result.serverInfo?.version, JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version);
    assert.deepEqual(result.capabilities.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
    assert.deepEqual(result.capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.copydesk'] });
    assert.deepEqual(result.capabilities.completionProvider?.triggerCharacters, [':', ' ', '-', '[', ',']);
    assert.equal(result.capabilities.hoverProvider, true);
    // The client said it can watch files: the server asks for configuration and posts.
    const watch = await session.until('the file watchers', () => session.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'));
    assert.deepEqual(watch.registerOptions, { watchers: [{ globPattern: '**/*.{yaml,yml}' }, { globPattern: '**/*.post.md' }] });
    await closeCleanly();
  });

  it('publishes exact diagnostics for a post the client calls markdown, in a folder with a space and a non-ASCII name', async () => {
    await session.initialize(pathToFileURL(folder).href);
    const uri = uriOf('launch.post.md');
    assert.match(uri, /copydesk%20lsp%20%C3%A9-/);
    await session.open(uri, 'markdown', text('launch.post.md'));
    const published = await session.diagnosticsFor(uri);
    assert.equal(published.version, 1);
    assert.deepEqual(published.diagnostics.map(brief), [
      { code: 'brand/hashtag-style', range: range(2, 11, 2, 23), severity: 3 },
      // After 🎉 (two UTF-16 code units): columns are UTF-16, as the protocol says.
      { code: 'brand/preferred-term', range: range(4, 54, 4, 60), severity: 2 },
    ]);
    const term = published.diagnostics[1];
    assert.equal(term.source, 'copydesk');
    assert.equal(term.message, "Write 'email', not 'e-mail'.");
    assert.equal(term.codeDescription?.href, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/brand/preferred-term.md');
    await closeCleanly();
  });

  it('code actions: the fix, "disable for this line", and source.fixAll.copydesk, as edits of the current version', async () => {
    await session.initialize(pathToFileURL(folder).href);
    const uri = uriOf('launch.post.md');
    const original = text('launch.post.md');
    await session.open(uri, 'markdown', original);
    const { diagnostics } = await session.diagnosticsFor(uri);
    const term = diagnostics.find((d) => d.code === 'brand/preferred-term')!;
    const actions: CodeAction[] = await session.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: term.range, context: { diagnostics: [term], only: ['quickfix'] } });
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind, a.isPreferred ?? false]),
      [
        ["Replace with 'email'", 'quickfix', true],
        ['Disable brand/preferred-term for this line', 'quickfix', false],
      ],
    );
    const edit = actions[0].edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(edit.textDocument, { uri, version: 1 });
    assert.deepEqual(edit.edits, [{ range: range(4, 54, 4, 60), newText: 'email' }]);
    assert.equal(applyEdit(original, actions[0], uri), original.replace('an e-mail', 'an email'));
    assert.equal(applyEdit(original, actions[1], uri), original.replace('Cold brew week', '<!-- copydesk-disable-next-line brand/preferred-term -->\nCold brew week'));

    // The finding is found by the identity the diagnostic carries in `data`, whatever the range
    // comes back as (Neovim 0.7 sends byte columns: 56-62 here); without `data`, by rule and range.
    const quickfixes = async (diagnostic: Diagnostic) =>
      ((await session.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } })) as CodeAction[]).map((a) => a.title);
    assert.deepEqual(await quickfixes({ ...term, range: range(4, 56, 4, 62) }), ["Replace with 'email'", 'Disable brand/preferred-term for this line']);
    assert.deepEqual(await quickfixes({ ...term, data: undefined }), ["Replace with 'email'", 'Disable brand/preferred-term for this line']);
    assert.deepEqual(await quickfixes({ ...term, data: undefined, range: range(4, 56, 4, 62) }), []);
    assert.deepEqual(await quickfixes({ ...term, data: { version: 0, index: 1 }, range: range(4, 56, 4, 62) }), [], 'data from another version is not trusted');

    // A client that sends no diagnostics (or other servers' only) still gets the fixes under the cursor.
    const atCursor: CodeAction[] = await session.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: range(4, 56, 4, 56), context: { diagnostics: [] } });
    assert.deepEqual(
      atCursor.map((a) => a.title),
      ["Replace with 'email'", 'Disable brand/preferred-term for this line', 'Fix all safe problems'],
    );

    const [fixAll] = (await session.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: range(0, 0, 0, 0), context: { diagnostics: [], only: ['source.fixAll'] } })) as CodeAction[];
    assert.equal(fixAll.kind, 'source.fixAll.copydesk');
    const fixed = applyEdit(original, fixAll, uri);
    assert.equal(fixed, original.replace('an e-mail', 'an email'));

    // The client applies it: the next lint has nothing fixable left.
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: fixed }],
    });
    const after = await session.diagnosticsFor(uri, (p) => p.version === 2);
    assert.deepEqual(after.diagnostics.map((d) => d.code), ['brand/hashtag-style']);
    const none: CodeAction[] = await session.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: range(0, 0, 0, 0), context: { diagnostics: [], only: ['source.fixAll.copydesk'] } });
    assert.deepEqual(none, []);
    await closeCleanly();
  });

  it('lints while typing, once per pause: quick changes make one publication, for the last version', async () => {
    await session.initialize(pathToFileURL(folder).href);
    const uri = uriOf('launch.post.md');
    const original = text('launch.post.md');
    await session.open(uri, 'markdown', original);
    await session.diagnosticsFor(uri);
    const before = session.published.length;
    const at = original.indexOf('e-mail');
    const document = TextDocument.create(uri, 'markdown', 1, original);
    const start = document.positionAt(at);
    // Type "E-mail" over "e-mail", then "Email", then "email", in three quick changes (incremental sync).
    for (const [version, typed] of [[2, 'E-mail'], [3, 'Email'], [4, 'email']] as const) {
      const previous = version === 2 ? 'e-mail' : version === 3 ? 'E-mail' : 'Email';
      await session.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start, end: { line: start.line, character: start.character + previous.length } }, text: typed }],
      });
    }
    const last = await session.diagnosticsFor(uri, (p) => p.version === 4, before);
    assert.deepEqual(last.diagnostics.map((d) => d.code), ['brand/hashtag-style']);
    assert.deepEqual(session.published.slice(before).map((p) => p.version), [4], 'one lint, after the pause');
    await closeCleanly();
  });

  it('completion and hover in a job description the client calls yaml', async () => {
    await session.initialize(pathToFileURL(folder).href);
    const uri = uriOf('barista.jd.yaml');
    const jd = `${text('barista.jd.yaml')}\n`;
    await session.open(uri, 'yaml', jd);
    await session.diagnosticsFor(uri);
    const items: CompletionItem[] = await session.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 0 } });
    const qualifications = items.find((i) => i.label === 'qualifications');
    assert.ok(qualifications, `qualifications among ${items.map((i) => i.label).join(', ')}`);
    assert.equal(qualifications.kind, 10 /* Property */);
    assert.equal(qualifications.preselect, true);
    assert.deepEqual(qualifications.textEdit, { range: range(3, 0, 3, 0), newText: 'qualifications: ' });
    assert.ok(!items.some((i) => i.label === 'title' || i.label === 'responsibilities'), 'keys already there are not proposed');

    const hover: Hover = await session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 4 } });
    assert.deepEqual(hover.range, range(1, 0, 1, 16));
    assert.equal((hover.contents as { kind: string }).kind, 'markdown');
    assert.match((hover.contents as { value: string }).value, /responsibilities/i);
    const nothing = await session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 30 } });
    assert.equal(nothing, null);
    await closeCleanly();
  });

  it('lints .copydesk.yaml itself, and lints open documents again when configuration changes on disk', async () => {
    await session.initialize(pathToFileURL(folder).href);
    const post = uriOf('launch.post.md');
    await session.open(post, 'markdown', text('launch.post.md'));
    await session.diagnosticsFor(post);
    const config = uriOf('.copydesk.yaml');
    const broken = `${text('.copydesk.yaml')}emoji: { max: many }\n`;
    writeFileSync(join(folder, '.copydesk.yaml'), broken);
    await session.open(config, 'yaml', broken);
    const own = await session.diagnosticsFor(config);
    assert.deepEqual(own.diagnostics.map((d) => d.code), ['config/invalid']);
    assert.equal(own.diagnostics[0].range.start.line, 7);

    const before = session.published.length;
    writeFileSync(join(folder, '.copydesk.yaml'), `${text('.copydesk.yaml').replace('emoji: { max: many }\n', '')}rules:\n  brand/preferred-term: off\n`);
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: config, type: 2 }] });
    const relinted = await session.diagnosticsFor(post, () => true, before);
    assert.deepEqual(relinted.diagnostics.map((d) => d.code), ['brand/hashtag-style']);
    await closeCleanly();
  });

  it('a client that cannot watch files: saving .copydesk.yaml through the server lints open documents again', async () => {
    const capabilities = { ...CLIENT_CAPABILITIES, workspace: { workspaceEdit: { documentChanges: false } } };
    await session.initialize(pathToFileURL(folder).href, capabilities);
    const post = uriOf('launch.post.md');
    await session.open(post, 'markdown', text('launch.post.md'));
    await session.diagnosticsFor(post);
    const config = uriOf('.copydesk.yaml');
    await session.open(config, 'yaml', text('.copydesk.yaml'));
    await session.diagnosticsFor(config);
    const changed = `${text('.copydesk.yaml')}rules:\n  brand/hashtag-style: off\n`;
    await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri: config, version: 2 }, contentChanges: [{ text: changed }] });
    writeFileSync(join(folder, '.copydesk.yaml'), changed);
    const before = session.published.length;
    await session.connection.sendNotification('textDocument/didSave', { textDocument: { uri: config } });
    const relinted = await session.diagnosticsFor(post, () => true, before);
    assert.deepEqual(relinted.diagnostics.map((d) => d.code), ['brand/preferred-term']);
    assert.deepEqual(session.registrations, [], 'nothing registered with a client that cannot');
    // Without documentChanges support, edits come as `changes`.
    const [fix] = (await session.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: post }, range: relinted.diagnostics[0].range, context: { diagnostics: relinted.diagnostics, only: ['quickfix'] } })) as CodeAction[];
    assert.deepEqual(fix.edit, { changes: { [post]: [{ range: range(4, 54, 4, 60), newText: 'email' }] } });
    await closeCleanly();
  });

  it('post/schedule-conflict across files: the other post, read from the workspace, is related information with its URI', async () => {
    await session.initialize(pathToFileURL(folder).href);
    const uri = uriOf('calendar/launch.post.md');
    await session.open(uri, 'markdown', text('calendar/launch.post.md'));
    // The first lint may come before the workspace's posts are read; the server lints again after.
    const published = await session.diagnosticsFor(uri, (p) => p.diagnostics.some((d) => d.code === 'post/schedule-conflict'));
    const conflict = published.diagnostics.find((d) => d.code === 'post/schedule-conflict')!;
    assert.deepEqual(conflict.range, range(3, 10, 3, 30));
    assert.deepEqual(conflict.relatedInformation, [
      { location: { uri: uriOf('calendar/tasting.post.md'), range: range(3, 10, 3, 30) }, message: 'tasting.post.md goes to x at 2031-03-04 09:00 UTC' },
    ]);
    // Typed, not saved: moving it away clears the conflict.
    const moved = text('calendar/launch.post.md').replace('09:20', '14:20');
    await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: moved }] });
    const after = await session.diagnosticsFor(uri, (p) => p.version === 2);
    assert.deepEqual(after.diagnostics.map((d) => d.code), []);
    await closeCleanly();
  });

  it('lints files by name only: other files get nothing, another scheme is linted without configuration (and said so)', async () => {
    await session.initialize(pathToFileURL(folder).href);
    writeFileSync(join(folder, 'notes.md'), 'Send an e-mail.\n');
    await session.open(uriOf('notes.md'), 'markdown', 'Send an e-mail.\n');
    await session.open(uriOf('config.yaml'), 'yaml', 'a: 1\n');
    const untitled = 'untitled:Untitled-1.post.md';
    await session.open(untitled, 'markdown', '---\nplatforms: [myspace]\n---\nSend an e-mail.\n');
    const published = await session.diagnosticsFor(untitled);
    // No .copydesk.yaml for it: 'e-mail' is fine by default; an unknown platform is not.
    assert.deepEqual(published.diagnostics.map(brief), [{ code: 'post/unknown-platform', range: range(1, 12, 1, 19), severity: 1 }]);
    await session.until('the log line', () => session.log.find((l) => l.message.includes('untitled:Untitled-1.post.md is not a file on disk')));
    // A post opened after them is linted, and nothing was ever published for the others.
    const post = uriOf('launch.post.md');
    await session.open(post, 'markdown', text('launch.post.md'));
    await session.diagnosticsFor(post);
    assert.deepEqual(session.published.filter((p) => !p.uri.endsWith('.post.md')), []);
    const none = await session.connection.sendRequest('textDocument/completion', { textDocument: { uri: uriOf('notes.md') }, position: { line: 0, character: 0 } });
    assert.deepEqual(none, []);
    await closeCleanly();
  });

  it('an unknown request gets MethodNotFound; a malformed message is logged and the server keeps answering', async () => {
    await session.initialize(pathToFileURL(folder).href);
    await assert.rejects(session.connection.sendRequest('copydesk/doesNotExist', {}), (error: { code?: number }) => error.code === -32601);
    // A frame whose body is not JSON, then one that is not even an object.
    for (const body of ['{"jsonrpc": "2.0", "method": ', '[1, 2, 3]']) session.child.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    const uri = uriOf('launch.post.md');
    await session.open(uri, 'markdown', text('launch.post.md'));
    const { diagnostics } = await session.diagnosticsFor(uri);
    assert.equal(diagnostics.length, 2);
    const hover = await session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 2 } });
    assert.ok(hover, 'still answering');
    assert.deepEqual(
      session.log.filter((l) => l.type === 1).map((l) => l.message.split('\n')[0]),
      ['Copydesk: could not read a message from the editor: Unexpected end of JSON input', 'Received message which is neither a response nor a notification message:'],
    );
    // Requests about documents it never saw, and positions outside the text, are answered, not thrown.
    assert.equal(await session.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf('nowhere.post.md') }, position: { line: 0, character: 0 } }), null);
    assert.deepEqual(await session.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 999, character: 999 } }), []);
    assert.deepEqual(await session.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: 'not a uri' }, range: range(0, 0, 0, 0), context: { diagnostics: [] } }), []);
    await closeCleanly();
  });

  it('a file over 1 MB is linted on open and on save, not while typing, with a notice that says so', async () => {
    await session.initialize(pathToFileURL(folder).href);
    const uri = uriOf('big.post.md');
    const big = `---\nplatforms: [linkedin]\n---\n${'Send us an e-mail about the cold brew. '.repeat(30_000)}\n`;
    assert.ok(big.length > 1_000_000);
    writeFileSync(join(folder, 'big.post.md'), big);
    await session.open(uri, 'markdown', big);
    const opened = await session.diagnosticsFor(uri);
    assert.equal(opened.diagnostics[0].message, `This file is ${(big.length / 1_000_000).toFixed(1)} MB: Copydesk lints it when you open or save it, not while you type.`);
    assert.deepEqual(opened.diagnostics[0].range, range(0, 0, 0, 0));
    assert.ok(opened.diagnostics.filter((d) => d.code === 'brand/preferred-term').length === 30_000);
    const before = session.published.length;
    await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: range(3, 0, 3, 0), text: 'Hello. ' }] });
    await new Promise((resolve) => setTimeout(resolve, 600));
    assert.equal(session.published.length, before, 'nothing while typing');
    await session.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    const saved = await session.diagnosticsFor(uri, (p) => p.version === 2, before);
    assert.ok(saved.diagnostics.length > 1);
    await closeCleanly();
  });

  it('extends: stays inside the workspace, as on the command line, unless --allow-extends-from names the folder', async () => {
    const workspace = join(folder, 'posts');
    const brand = join(folder, 'brand guide');
    mkdirSync(workspace);
    mkdirSync(brand);
    writeFileSync(join(brand, 'base.yaml'), 'terms:\n  - prefer: email\n    instead_of: [e-mail]\n');
    writeFileSync(join(workspace, '.copydesk.yaml'), 'extends: [../brand guide/base.yaml]\n');
    writeFileSync(join(workspace, 'a.post.md'), '---\nplatforms: [linkedin]\n---\nSend an e-mail.\n');
    const uri = pathToFileURL(join(workspace, 'a.post.md')).href;
    const codes = async (client: LspSession) => {
      await client.initialize(pathToFileURL(workspace).href);
      await client.open(uri, 'markdown', readFileSync(join(workspace, 'a.post.md'), 'utf8'));
      return (await client.diagnosticsFor(uri)).diagnostics.map((d) => d.code);
    };
    session.kill();
    session = new LspSession(workspace);
    assert.deepEqual(await codes(session), []);
    await closeCleanly();
    session = new LspSession(workspace, ['--allow-extends-from', '../brand guide']);
    assert.deepEqual(await codes(session), ['brand/preferred-term']);
    await closeCleanly();
  });

  it('closing a document clears its diagnostics', async () => {
    await session.initialize(pathToFileURL(folder).href);
    const uri = uriOf('launch.post.md');
    await session.open(uri, 'markdown', text('launch.post.md'));
    await session.diagnosticsFor(uri);
    await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await session.diagnosticsFor(uri, (p) => p.diagnostics.length === 0);
    await closeCleanly();
  });

  it('stdin closing ends the server (the editor went away)', async () => {
    await session.initialize(pathToFileURL(folder).href);
    session.child.stdin!.end();
    assert.equal(await session.exited, 1, 'exit code 1 without shutdown, as the protocol says');
    assert.equal(session.stderr, '');
  });
});

describe('copydesk lsp: usage', function () {
  this.timeout(20_000);
  const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input: '' });

  it('needs --stdio, says so on stderr and exits 2', () => {
    const result = run(['lsp']);
    assert.equal(result.status, 2);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^copydesk: copydesk lsp speaks over standard input and output: run it as copydesk lsp --stdio\.\nRun 'copydesk lsp --help' for usage\.\n$/);
    assert.equal(run(['lsp', '--stdio', '--bogus']).status, 2);
    assert.equal(run(['lsp', '--socket=4000']).status, 2);
  });

  it('--help describes it, and the CLI usage lists it', () => {
    const help = run(['lsp', '--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: copydesk lsp --stdio/);
    assert.match(run(['--help']).stdout, /copydesk lsp --stdio/);
  });
});

describe('copydesk lsp: bundles', () => {
  it('the protocol library is in dist/cli-extra.js only: not in the extension bundles (desktop, its core, web), dist/core.js, nor dist/cli.js that lint runs', () => {
    const marker = /\bvscode-languageserver|\bvscode-jsonrpc|Content-Length/;
    for (const bundle of ['dist/extension.js', 'dist/engine.js', 'dist/web/extension.js', 'dist/core.js', 'dist/cli.js']) assert.doesNotMatch(readFileSync(join(REPO_ROOT, bundle), 'utf8'), marker, bundle);
    assert.match(readFileSync(join(REPO_ROOT, 'dist', 'cli-extra.js'), 'utf8'), /Content-Length/);
  });
});
