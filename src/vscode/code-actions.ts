import * as vscode from 'vscode';
import type { Config, Finding } from '../core/index';
import { core } from './core';
import { ruleIdOf, toWorkspaceEdit } from './convert';
import { lintedFileName, type Linter } from './linter';

/** The code action kind of "fix all safe problems", for `editor.codeActionsOnSave`. */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('copydesk');

/** Quick fixes, "fix all of a rule", "disable for this line" and source.fixAll.copydesk. */
export class CopydeskCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly linter: Linter) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const fileName = lintedFileName(document);
    if (!fileName) return [];
    const wantsFixAll = context.only?.contains(FIX_ALL_KIND) || (context.only && FIX_ALL_KIND.contains(context.only));
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix) && !vscode.CodeActionKind.QuickFix.contains(context.only)) {
      // Fix-all works on the text as it is now (on save it may be newer than the last lint).
      return wantsFixAll ? [fixAllAction(document, fileName, this.linter.lastConfigFor(document))] : [];
    }
    const result = this.linter.resultFor(document);
    if (!result) return [];
    const actions: vscode.CodeAction[] = [];
    const text = document.getText();
    for (const diagnostic of context.diagnostics) {
      const finding = findingFor(result.findings, result.diagnostics, diagnostic);
      if (!finding) continue;
      // The fixes, "fix all of this rule" and "disable for this line": the core decides, as for the language server.
      for (const found of core().findingActions(text, result.fileName, result.findings, finding)) {
        const action = new vscode.CodeAction(found.title, vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(document, found.edits);
        action.diagnostics = found.resolves.length > 1 ? result.diagnostics.filter((d) => ruleIdOf(d) === finding.ruleId) : [diagnostic];
        if (found.preferred) action.isPreferred = true;
        actions.push(action);
      }
    }
    return actions;
  }
}

/** Our finding behind a diagnostic: same rule, same range, same message (the editor hands back copies). */
function findingFor(findings: readonly Finding[], diagnostics: readonly vscode.Diagnostic[], diagnostic: vscode.Diagnostic): Finding | undefined {
  const rule = ruleIdOf(diagnostic);
  if (!rule) return undefined;
  const index = diagnostics.findIndex((d) => ruleIdOf(d) === rule && d.range.isEqual(diagnostic.range) && d.message === diagnostic.message);
  if (index < 0) return undefined;
  // The large-file notice has no finding; every other diagnostic is in the same order as the findings.
  const offset = diagnostics.length - findings.length;
  return findings[index - offset];
}

function fixAllAction(document: vscode.TextDocument, fileName: string, config: Config | undefined): vscode.CodeAction {
  const edits = core().fixAllEdits(document.getText(), { fileName, config });
  const action = new vscode.CodeAction('Copydesk: fix all safe problems', FIX_ALL_KIND);
  if (edits.length > 0) action.edit = toWorkspaceEdit(document, edits);
  return action;
}
