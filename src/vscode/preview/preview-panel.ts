import * as vscode from 'vscode';
import { escapeAttribute } from '../../core/render/html';
import { core } from '../core';
import { DEBOUNCE_MS, lintedFileName, type Linter } from '../linter';
import { RenderThrottle, renderPause } from './throttle';

export const PREVIEW_VIEW_TYPE = 'copydesk.preview';

/** Messages the webview sends. */
type FromWebview = { type: 'ready'; uri: string | null; version: number } | { type: 'rendered'; uri: string; version: number } | { type: 'reveal'; uri: string; line: number };

/** Messages the extension sends. */
export interface UpdateMessage {
  type: 'update';
  uri: string;
  version: number;
  locked: boolean;
  html: string;
}

/** What the webview keeps across reloads (vscode.setState), for the serializer. */
interface PreviewState {
  uri?: string;
  locked?: boolean;
}

function isPreviewable(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
  const name = document && lintedFileName(document);
  return name !== undefined && /\.(jd\.ya?ml|post\.md)$/i.test(name);
}

/** A random nonce for the page's Content-Security-Policy (Web Crypto: desktop and web alike). */
function nonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The folder whose files a document's preview may load: the document's own (none for an untitled one). */
function folderOf(document: vscode.TextDocument | undefined): vscode.Uri | undefined {
  return document && !document.isUntitled ? vscode.Uri.joinPath(document.uri, '..') : undefined;
}

/**
 * The preview beside the editor: follows the active JD or post (or stays on one when locked),
 * renders the first time at once and then throttled while the text changes (a render is due at
 * most once per pause, which grows with the last render's time, and always shows the text as it
 * is when it runs), and reveals the source line of whatever is clicked.
 */
export class PreviewManager implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private locked = false;
  private readonly throttle = new RenderThrottle(
    () => this.render(),
    () => renderPause(this.lastRenderMs, DEBOUNCE_MS),
  );
  private readonly disposables: vscode.Disposable[] = [];
  private readonly updates = new vscode.EventEmitter<UpdateMessage>();
  /** Fires with every update sent to the webview (tests read the counter from it). */
  readonly onDidUpdate = this.updates.event;
  /** The last update sent. */
  lastUpdate: UpdateMessage | undefined;
  /** How long rendering the last update took, in milliseconds. */
  lastRenderMs = 0;
  /** The document the open preview shows, if any (the preview's Export action exports it). */
  get previewed(): vscode.TextDocument | undefined {
    return this.panel ? this.document : undefined;
  }

  /** The folder the webview may load files from besides the extension's media/ (the previewed document's). */
  private resourceFolder: vscode.Uri | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly linter: Linter,
  ) {
    this.disposables.push(
      this.updates,
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.panel && !this.locked && isPreviewable(editor?.document) && editor!.document !== this.document) this.show(editor!.document);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.panel && e.document === this.document) this.schedule();
      }),
      // Findings arrive a moment after the text: render again with them.
      linter.onDidLint((document) => {
        if (this.panel && document === this.document) this.schedule();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document === this.document && this.locked) this.panel?.dispose();
      }),
    );
  }

  /** "Copydesk: Open Preview to the Side" for `document` (default: the active editor's). */
  async open(document = vscode.window.activeTextEditor?.document): Promise<void> {
    if (!isPreviewable(document)) {
      void vscode.window.showInformationMessage('Copydesk previews job descriptions (*.jd.yaml) and posts (*.post.md): open one first.');
      return;
    }
    if (!this.panel) {
      const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'Preview', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, this.webviewOptions(document));
      this.adopt(panel, false);
    } else {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    }
    this.show(document);
  }

  /** "Copydesk: Toggle Preview Lock": stay on this file, or follow the active editor again. */
  toggleLock(): void {
    this.locked = !this.locked;
    if (this.panel && this.document) {
      this.panel.title = this.title(this.document);
      this.render();
    }
  }

  /** Restores a preview after a reload (the panel serializer). */
  async restore(panel: vscode.WebviewPanel, state: PreviewState | undefined): Promise<void> {
    panel.webview.options = this.webviewOptions(undefined);
    this.adopt(panel, state?.locked === true);
    const uri = state?.uri ? vscode.Uri.parse(state.uri) : vscode.window.activeTextEditor?.document.uri;
    try {
      const document = uri && (await vscode.workspace.openTextDocument(uri));
      if (isPreviewable(document)) {
        this.show(document);
        return;
      }
    } catch {
      // The file is gone: say so in the panel.
    }
    panel.webview.html = this.page('<p class="cd-empty">The file this preview showed is no longer there.</p>', 'Preview', '', 0);
  }

  private adopt(panel: vscode.WebviewPanel, locked: boolean): void {
    this.panel = panel;
    this.locked = locked;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icon.png');
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.document = undefined;
      this.throttle.cancel();
    });
    panel.webview.onDidReceiveMessage((message: FromWebview) => this.receive(message));
  }

  /** The webview's local resource roots now (tests read them). */
  get resourceRoots(): string[] {
    return (this.panel?.webview.options.localResourceRoots ?? []).map((u) => u.toString());
  }

  private webviewOptions(document: vscode.TextDocument | undefined): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    // Scripts for our one nonce'd file; resources only from media/ and the previewed document's
    // folder (its images): even a bug in choosing image paths cannot load anything else.
    this.resourceFolder = folderOf(document);
    const roots = [vscode.Uri.joinPath(this.extensionUri, 'media'), ...(this.resourceFolder ? [this.resourceFolder] : [])];
    return { enableScripts: true, enableFindWidget: true, localResourceRoots: roots };
  }

  private show(document: vscode.TextDocument): void {
    const first = this.document === undefined || this.document !== document;
    this.document = document;
    if (!this.panel) return;
    this.panel.title = this.title(document);
    if (first) {
      // A new file: the webview may load from its folder only, and gets a fresh page, rendered at once.
      if (folderOf(document)?.toString() !== this.resourceFolder?.toString()) this.panel.webview.options = this.webviewOptions(document);
      const started = performance.now();
      const { html, version } = this.fragment(document);
      this.lastRenderMs = performance.now() - started;
      this.panel.webview.html = this.page(html, this.title(document), document.uri.toString(), version);
      this.emit({ type: 'update', uri: document.uri.toString(), version, locked: this.locked, html });
    } else this.render();
  }

  private schedule(): void {
    // Throttled, not debounced: while a render is due, changes wait for it (it reads the text as
    // it is then, so the last change is always shown); a slow render makes the next pause longer.
    this.throttle.schedule();
  }

  private render(): void {
    const document = this.document;
    if (!this.panel || !document) return;
    const started = performance.now();
    const { html, version } = this.fragment(document);
    this.lastRenderMs = performance.now() - started;
    const message: UpdateMessage = { type: 'update', uri: document.uri.toString(), version, locked: this.locked, html };
    void this.panel.webview.postMessage(message);
    this.emit(message);
  }

  private emit(message: UpdateMessage): void {
    this.lastUpdate = message;
    this.updates.fire(message);
  }

  private fragment(document: vscode.TextDocument): { html: string; version: number } {
    const fileName = lintedFileName(document)!;
    const result = this.linter.resultFor(document);
    const config = result?.config ?? this.linter.lastConfigFor(document) ?? core().resolveConfig(undefined);
    const webview = this.panel!.webview;
    const folder = folderOf(document);
    const preview = core().renderPreview(document.getText(), {
      fileName,
      config,
      findings: result?.findings,
      // Images in the file's folder (the core decides which paths qualify), through the webview's
      // own scheme; nothing else loads.
      imageUrl: folder
        ? (path) => {
            const segments = core().localMediaPath(path);
            return segments ? webview.asWebviewUri(vscode.Uri.joinPath(folder, ...segments)).toString() : undefined;
          }
        : undefined,
    });
    return { html: preview?.html ?? '', version: document.version };
  }

  private page(fragment: string, title: string, uri: string, version: number): string {
    const webview = this.panel!.webview;
    const scriptUri = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'preview.js')).toString();
    const root = `<div id="cd-root" data-uri="${escapeAttribute(uri)}" data-version="${version}" data-locked="${this.locked}">${fragment}</div>`;
    return core().renderPage(root, { title, webview: { cspSource: webview.cspSource, nonce: nonce(), scriptUri } });
  }

  private title(document: vscode.TextDocument): string {
    const name = document.uri.path.split('/').pop() ?? 'file';
    return `${this.locked ? '[Locked] ' : ''}Preview ${name}`;
  }

  private async receive(message: FromWebview): Promise<void> {
    // A message posted while the page was still loading can be lost: send the latest again.
    if (message?.type === 'ready') {
      this.render();
      return;
    }
    if (message?.type !== 'reveal' || !this.document || message.uri !== this.document.uri.toString()) return;
    const line = Math.max(0, Math.min(Number(message.line) || 0, this.document.lineCount - 1));
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
    const shown = await vscode.window.showTextDocument(this.document, { viewColumn: editor?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
    const position = new vscode.Position(line, 0);
    shown.selection = new vscode.Selection(position, position);
    shown.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    this.throttle.cancel();
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
