import * as vscode from 'vscode';
import { core } from './core';
import type { Linter } from './linter';

/** The active post's count on each target platform: `X 212/280 · LinkedIn 212/3000`. */
export class CountsStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('copydesk.counts', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly linter: Linter) {
    this.item.name = 'Copydesk: platform counts';
    this.item.command = 'copydesk.openPreviewToSide';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      linter.onDidLint((document) => {
        if (document === vscode.window.activeTextEditor?.document) this.update();
      }),
    );
    this.update();
  }

  /** Each target's label, count and limit for `document`, from its last lint's configuration. */
  countsFor(document: vscode.TextDocument): { name: string; label: string; length: number; limit: number; over: boolean; posts?: number }[] {
    const result = this.linter.resultFor(document);
    if (!result || result.kind !== 'post' || !result.config) return [];
    const counts = core().postCounts(core().analyzePost(document.getText(), result.config, new Date()));
    return Object.entries(counts).map(([name, c]) => {
      const platform = (core().PLATFORMS as Record<string, { name: string } | undefined>)[name];
      const label = platform?.name ?? name;
      const over = c.length > c.limit || (c.bytes !== undefined && c.byteLimit !== undefined && c.bytes > c.byteLimit);
      // A thread: its longest post's count, and how many posts it has.
      return { name, label, length: c.length, limit: c.limit, over, ...(c.parts ? { posts: c.parts.length } : {}) };
    });
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const counts = document ? this.countsFor(document) : [];
    if (counts.length === 0) {
      this.item.hide();
      return;
    }
    this.item.text = counts.map((c) => `${c.over ? '$(warning) ' : ''}${c.label} ${c.length}/${c.limit}${c.posts ? ` (${c.posts} posts)` : ''}`).join(' · ');
    const over = counts.filter((c) => c.over);
    this.item.backgroundColor = over.length > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.tooltip = over.length > 0 ? `Over the limit on ${over.map((c) => c.label).join(', ')}. Click to open the preview.` : 'Every platform\'s count is within its limit. Click to open the preview.';
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
