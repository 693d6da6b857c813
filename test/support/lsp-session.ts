// A language client for tests: spawns `node dist/cli.js lsp --stdio` and speaks JSON-RPC to it
// through vscode-languageserver-protocol's own reader and writer, recording every notification,
// the server's log and anything it prints on stderr.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
  createProtocolConnection,
  PublishDiagnosticsNotification,
  LogMessageNotification,
  RegistrationRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
} from 'vscode-languageserver-protocol/node';
import { REPO_ROOT } from './paths';

export const CLI = join(REPO_ROOT, 'dist', 'cli.js');

/** What a typical client says it can do (the parts the server reads). */
export const CLIENT_CAPABILITIES: ClientCapabilities = {
  workspace: { workspaceEdit: { documentChanges: true }, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
  textDocument: {
    publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
    completion: { completionItem: { documentationFormat: ['markdown'] } },
    hover: { contentFormat: ['markdown'] },
    synchronization: { didSave: true },
  },
};

export class LspSession {
  readonly child: ChildProcess;
  readonly connection: ProtocolConnection;
  /** Every publishDiagnostics, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  /** window/logMessage texts. */
  readonly log: { type: number; message: string }[] = [];
  readonly registrations: Registration[] = [];
  /** Errors reading the server's output: anything on stdout that is not a protocol message. */
  readonly readErrors: Error[] = [];
  stderr = '';
  readonly exited: Promise<number | null>;
  private readonly waiters: (() => void)[] = [];

  constructor(cwd: string, args: string[] = []) {
    this.child = spawn(process.execPath, [CLI, 'lsp', '--stdio', ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    const reader = new StreamMessageReader(this.child.stdout!);
    reader.onError((error) => this.readErrors.push(error));
    this.connection = createProtocolConnection(reader, new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      this.wake();
    });
    this.connection.onNotification(LogMessageNotification.type, (params) => {
      this.log.push(params);
      this.wake();
    });
    this.connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
      this.wake();
    });
    this.connection.listen();
  }

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  /** Resolves when `test` holds (checked on every message from the server), or fails after `ms` saying what it waited for. */
  async until<T>(what: string, test: () => T | undefined | false, ms = 10_000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = test();
      if (value) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`Timed out waiting for ${what}. Server log:\n${this.log.map((l) => l.message).join('\n')}\nstderr: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The next diagnostics published for `uri` after the `after`-th publication, that pass `test`. */
  diagnosticsFor(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true, after = 0): Promise<PublishDiagnosticsParams> {
    return this.until(`diagnostics for ${uri}`, () => this.published.slice(after).reverse().find((p) => p.uri === uri && test(p)));
  }

  async initialize(rootUri: string | null, capabilities: ClientCapabilities = CLIENT_CAPABILITIES): Promise<InitializeResult> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      capabilities,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'fixtures' }] : null,
    });
    await this.connection.sendNotification('initialized', {});
    // The workspace's posts are read after `initialized`; then open posts are linted again. Tests
    // start once that is done, so that a publication they wait for is not that one.
    await this.until('the editorial calendar', () => this.log.some((l) => l.message.startsWith('Copydesk: read the editorial calendar')));
    return result as InitializeResult;
  }

  open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Ends the session as a client does: shutdown, then exit; resolves to the exit code. */
  async close(): Promise<number | null> {
    if (this.child.exitCode === null) {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    }
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  /** Stops the server whatever state it is in (after a failed test). */
  kill(): void {
    if (this.child.exitCode === null) this.child.kill();
    this.connection.dispose();
  }
}
