import type * as vscode from 'vscode';
import { escapeAttribute } from '../../core/render/html';
import { renderPage } from '../../core/render/page';
import { CALENDAR_PAGE_STYLES, renderCalendar } from '../../core/render/calendar';
import type { WorkspaceCalendar } from './workspace-calendar';

export const CALENDAR_VIEW_TYPE = 'copydesk.calendar';

/** The `vscode` module, handed in by the extension: this file is bundled on its own (dist/calendar.js) and loaded on first use. */
export type VsCode = typeof import('vscode');

/** How long the calendar waits after a change before it renders again (changes in a burst render once). */
const RENDER_DELAY_MS = 200;

/** Messages the webview sends. */
type FromWebview = { type: 'ready' } | { type: 'open'; path: string; line: number };

/** A random nonce for the page's Content-Security-Policy (Web Crypto: desktop and web alike). */
function nonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * "Copydesk: Open Editorial Calendar": the workspace's posts by month, by week and as a list,
 * live as files change. The page is the core's calendar (escaped, under the preview's strict
 * Content-Security-Policy) with one script that keeps the chosen view and campaign across updates
 * and asks the extension to open a post at its copy.
 */
export class CalendarPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pageNonce = '';
  private readonly updates: vscode.EventEmitter<string>;
  /** Fires with every fragment sent to the webview (tests read it). */
  readonly onDidUpdate: vscode.Event<string>;
  /** The last fragment sent. */
  lastHtml: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly vs: VsCode,
    private readonly extensionUri: vscode.Uri,
    private readonly calendar: WorkspaceCalendar,
  ) {
    this.updates = new vs.EventEmitter<string>();
    this.onDidUpdate = this.updates.event;
    this.disposables.push(
      this.updates,
      calendar.onDidChange(() => this.schedule()),
    );
  }

  /** Opens the calendar (or brings it to the front). */
  async open(): Promise<void> {
    if (this.panel) {
      this.panel.reveal();
      return;
    }
    const panel = this.vs.window.createWebviewPanel(CALENDAR_VIEW_TYPE, 'Editorial Calendar', this.vs.ViewColumn.Active, this.options());
    await this.adopt(panel);
  }

  /** Restores the calendar after a reload (the panel serializer). */
  async restore(panel: vscode.WebviewPanel): Promise<void> {
    panel.webview.options = this.options();
    await this.adopt(panel);
  }

  private options(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    // One nonce'd script from media/; nothing else loads (the calendar shows no images).
    return { enableScripts: true, enableFindWidget: true, retainContextWhenHidden: false, localResourceRoots: [this.vs.Uri.joinPath(this.extensionUri, 'media')] };
  }

  private async adopt(panel: vscode.WebviewPanel): Promise<void> {
    this.panel = panel;
    panel.iconPath = this.vs.Uri.joinPath(this.extensionUri, 'media', 'icon.png');
    panel.onDidDispose(() => {
      this.panel = undefined;
      clearTimeout(this.timer);
    });
    panel.webview.onDidReceiveMessage((message: FromWebview) => void this.receive(message));
    this.pageNonce = nonce();
    panel.webview.html = this.page('<p class="cd-cal-none">Reading the posts of the workspace…</p>');
    await this.calendar.ready();
    if (this.panel !== panel) return;
    // A fresh page (not a message): the webview may not be listening yet.
    panel.webview.html = this.page(this.fragment());
    // What the file watcher missed shows up in a moment (the view re-renders on the calendar's changes).
    void this.calendar.resync();
  }

  private schedule(): void {
    if (!this.panel) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.render(), RENDER_DELAY_MS);
  }

  private render(): void {
    if (!this.panel) return;
    void this.panel.webview.postMessage({ type: 'update', html: this.fragment() });
  }

  private fragment(): string {
    const html = renderCalendar(this.calendar.index.entries(), { interactive: true, now: new Date(), nonce: this.pageNonce, title: 'Editorial calendar' });
    this.lastHtml = html;
    this.updates.fire(html);
    return html;
  }

  private page(fragment: string): string {
    const webview = this.panel!.webview;
    const scriptUri = webview.asWebviewUri(this.vs.Uri.joinPath(this.extensionUri, 'media', 'calendar.js')).toString();
    return renderPage(`<div id="cd-root" data-nonce="${escapeAttribute(this.pageNonce)}">${fragment}</div>`, {
      title: 'Editorial calendar',
      titleSuffix: 'Copydesk',
      styles: CALENDAR_PAGE_STYLES,
      webview: { cspSource: webview.cspSource, nonce: this.pageNonce, scriptUri },
    });
  }

  private async receive(message: FromWebview): Promise<void> {
    if (message?.type === 'ready') {
      this.render();
      return;
    }
    if (message?.type === 'open' && typeof message.path === 'string') await this.openPost(message.path, Number(message.line));
  }

  /** Opens a post of the calendar at `line` (1-based: its copy), in the first editor group. */
  async openPost(path: string, line: number): Promise<void> {
    const uri = this.calendar.uriOf(path);
    if (!uri) {
      void this.vs.window.showWarningMessage(`Copydesk: ${path} is no longer in the workspace.`);
      return;
    }
    try {
      const document = await this.vs.workspace.openTextDocument(uri);
      const position = new this.vs.Position(Math.max(0, Math.min((line || 1) - 1, document.lineCount - 1)), 0);
      await this.vs.window.showTextDocument(document, { viewColumn: this.vs.ViewColumn.One, selection: new this.vs.Range(position, position) });
    } catch (error) {
      void this.vs.window.showWarningMessage(`Copydesk: could not open ${path}: ${(error as Error).message}`);
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
