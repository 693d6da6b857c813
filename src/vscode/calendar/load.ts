import * as vscode from 'vscode';
import type { CalendarPanel } from './calendar-panel';
import type { WorkspaceCalendar } from './workspace-calendar';

/** The calendar view's id (the panel serializer's too). */
export const CALENDAR_VIEW_TYPE = 'copydesk.calendar';

/** What dist/calendar.js exports (src/vscode/calendar/view.ts). */
type View = typeof import('./view');

/**
 * "Copydesk: Open Editorial Calendar" and the calendar's restore after a reload. The view's code
 * (dist/calendar.js) loads on first use, as import and export do; only the desktop extension host
 * can load it, so VS Code for the Web does not offer the command (`!isWeb`), though it keeps the
 * calendar itself for post/schedule-conflict.
 */
export function registerCalendarView(extensionUri: vscode.Uri, calendar: WorkspaceCalendar): { disposables: vscode.Disposable[]; panel: () => CalendarPanel | undefined } {
  let panel: CalendarPanel | undefined;
  const get = (): CalendarPanel => {
    if (panel) return panel;
    // A require esbuild leaves alone: the file is loaded at run time, not bundled.
    const load = typeof require === 'function' ? require : undefined;
    if (!load) throw new Error('The editorial calendar needs VS Code on the desktop.');
    const view = load(vscode.Uri.joinPath(extensionUri, 'dist', 'calendar.js').fsPath) as View;
    panel = new view.CalendarPanel(vscode, extensionUri, calendar);
    return panel;
  };
  return {
    panel: () => panel,
    disposables: [
      vscode.commands.registerCommand('copydesk.openCalendar', () => get().open()),
      vscode.window.registerWebviewPanelSerializer(CALENDAR_VIEW_TYPE, { deserializeWebviewPanel: (webviewPanel) => get().restore(webviewPanel) }),
      { dispose: () => panel?.dispose() },
    ],
  };
}
