import * as vscode from 'vscode';
import type { AssistItem, Config } from '../core/index';
import { core } from './core';
import { toRange } from './convert';
import { lintedFileName, type Linter } from './linter';

const KINDS: Record<AssistItem['kind'], vscode.CompletionItemKind> = {
  key: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.EnumMember,
  platform: vscode.CompletionItemKind.Value,
  account: vscode.CompletionItemKind.User,
  metric: vscode.CompletionItemKind.Unit,
  rule: vscode.CompletionItemKind.Reference,
  hashtag: vscode.CompletionItemKind.Keyword,
};

function configOf(linter: Linter, document: vscode.TextDocument): Config {
  return linter.resultFor(document)?.config ?? linter.lastConfigFor(document) ?? core().resolveConfig(undefined);
}

/** Keys, values, platforms and accounts, KPI metrics, rule ids and hashtags, from the schemas. */
export class CopydeskCompletions implements vscode.CompletionItemProvider {
  constructor(private readonly linter: Linter) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    const fileName = lintedFileName(document);
    if (!fileName) return [];
    const items = core().completionsAt(document.getText(), document.offsetAt(position), fileName, configOf(this.linter, document));
    return items.map((item, index) => {
      const completion = new vscode.CompletionItem(item.label, KINDS[item.kind]);
      completion.insertText = item.insertText;
      completion.range = toRange(document, item.replace);
      if (item.detail) completion.detail = item.detail;
      if (item.documentation) completion.documentation = new vscode.MarkdownString(item.documentation);
      completion.sortText = `${item.preselect ? '0' : '1'}${String(index).padStart(4, '0')}`;
      completion.preselect = item.preselect;
      // After a key, the value comes next: ask for the next completions (enum values).
      if (item.kind === 'key') completion.command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };
      return completion;
    });
  }
}

/** What a section or setting means, a KPI's definition and formula, a platform's limit. */
export class CopydeskHover implements vscode.HoverProvider {
  constructor(private readonly linter: Linter) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const fileName = lintedFileName(document);
    if (!fileName) return undefined;
    const hover = core().hoverAt(document.getText(), document.offsetAt(position), fileName, configOf(this.linter, document));
    return hover ? new vscode.Hover(new vscode.MarkdownString(hover.markdown), toRange(document, hover.range)) : undefined;
  }
}
