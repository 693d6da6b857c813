import * as vscode from 'vscode';
import { core } from './core';
import { CopydeskCodeActions } from './code-actions';
import { toWorkspaceEdit } from './convert';
import { CopydeskCompletions, CopydeskHover } from './assist';
import { lintedFileName, Linter } from './linter';
import { PREVIEW_VIEW_TYPE, PreviewManager } from './preview/preview-panel';
import { CountsStatusBar } from './status-bar';
import { registerConvertCommands } from './convert/load';
import { registerCalendarView } from './calendar/load';
import type { CalendarPanel } from './calendar/calendar-panel';
import { WorkspaceCalendar, calendarKey } from './calendar/workspace-calendar';

/** The documents Copydesk provides language features for. */
const SELECTOR: vscode.DocumentSelector = [{ language: 'jd-yaml' }, { language: 'social-post' }, { pattern: '**/.copydesk.{yaml,yml}' }];

/** The extension's parts, returned from activate() for tests. */
export interface CopydeskApi {
  linter: Linter;
  statusBar: CountsStatusBar;
  preview: PreviewManager;
  calendar: WorkspaceCalendar;
  /** The calendar view, once it has been opened. */
  calendarPanel: () => CalendarPanel | undefined;
}

export function activate(context: vscode.ExtensionContext): CopydeskApi {
  const log = vscode.window.createOutputChannel('Copydesk', { log: true });
  const linter = new Linter(log);
  const statusBar = new CountsStatusBar(linter);
  const preview = new PreviewManager(context.extensionUri, linter);
  // The editorial calendar: every post of the workspace, for post/schedule-conflict and the calendar view.
  const calendar = new WorkspaceCalendar((uri) => linter.configForUri(uri));
  linter.calendar = calendar.index;
  const calendarView = registerCalendarView(context.extensionUri, calendar);
  context.subscriptions.push(
    calendar,
    ...calendarView.disposables,
    // A post as typed is the calendar's; posts whose neighbours moved are checked again.
    linter.onDidLint((document) => {
      const result = linter.resultFor(document);
      if (result?.kind === 'post' && result.config && !document.isUntitled) calendar.update(document.uri, document.getText(), result.config);
    }),
    calendar.onDidChange(({ moved }) => {
      const keys = new Set(moved);
      for (const document of vscode.workspace.textDocuments) if (keys.has(calendarKey(document.uri)) && !document.isClosed) void linter.lintNow(document, 'change');
    }),
    preview,
    vscode.commands.registerCommand('copydesk.openPreviewToSide', (uri?: vscode.Uri) => openPreview(preview, uri)),
    vscode.commands.registerCommand('copydesk.togglePreviewLock', () => preview.toggleLock()),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, { deserializeWebviewPanel: (panel, state: unknown) => preview.restore(panel, state as { uri?: string; locked?: boolean } | undefined) }),
    log,
    linter,
    statusBar,
    vscode.languages.registerCodeActionsProvider(SELECTOR, new CopydeskCodeActions(linter), CopydeskCodeActions.metadata),
    vscode.languages.registerCompletionItemProvider(SELECTOR, new CopydeskCompletions(linter), ':', ' ', '-', '[', ','),
    vscode.languages.registerHoverProvider(SELECTOR, new CopydeskHover(linter)),
    vscode.commands.registerCommand('copydesk.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      const fileName = editor && lintedFileName(editor.document);
      if (!editor || !fileName) return;
      const edits = core().fixAllEdits(editor.document.getText(), { fileName, config: linter.resultFor(editor.document)?.config });
      if (edits.length === 0) {
        void vscode.window.showInformationMessage('Copydesk: nothing to fix automatically in this file.');
        return;
      }
      await vscode.workspace.applyEdit(toWorkspaceEdit(editor.document, edits));
    }),
    vscode.commands.registerCommand('copydesk.lintWorkspace', () => linter.configurationChanged()),
    ...registerConvertCommands(context.extensionUri, async (uri) => {
      const document = uri && (vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? (await vscode.workspace.openTextDocument(uri)));
      return document ? linter.configForDocument(document) : undefined;
    }, () => (preview.previewed && /\.jd\.ya?ml$/i.test(preview.previewed.uri.path) ? preview.previewed.uri : undefined)),
    vscode.commands.registerCommand('copydesk.showCounts', async () => {
      const document = vscode.window.activeTextEditor?.document;
      const counts = document ? statusBar.countsFor(document) : [];
      if (counts.length === 0) return;
      await vscode.window.showQuickPick(
        counts.map((c) => ({ label: `${c.over ? '$(warning) ' : '$(check) '}${c.label}`, description: `${c.length} / ${c.limit}`, detail: c.over ? `${c.length - c.limit} over the limit` : `${c.limit - c.length} left` })),
        { title: 'Copydesk: counts per platform', canPickMany: false },
      );
    }),
  );
  linter.lintAll();
  // Read the workspace's posts in the background; open posts are checked again once they are known.
  void calendar.ready();
  return { linter, statusBar, preview, calendar, calendarPanel: calendarView.panel };
}

/** Opens the preview of `uri` (the explorer or editor title's file) or of the active editor. */
async function openPreview(preview: PreviewManager, uri?: vscode.Uri): Promise<void> {
  const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  await preview.open(document);
}

export function deactivate(): void {}
