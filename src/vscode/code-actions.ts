import * as vscode from 'vscode';
import { applyFixes, disableRuleFix, fixAllEdits, type Config, type Finding } from '../core/index';
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
    for (const diagnostic of context.diagnostics) {
      const finding = findingFor(result.findings, result.diagnostics, diagnostic);
      if (!finding) continue;
      const fixes = finding.fixes ?? [];
      for (const fix of fixes) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(document, fix.edits);
        action.diagnostics = [diagnostic];
        action.isPreferred = fixes.length === 1;
        actions.push(action);
      }
      // "Fix all" for a rule when more than one of its findings can be fixed.
      const sameRule = result.findings.filter((f) => f.ruleId === finding.ruleId && f.fixes?.length);
      if (fixes.length > 0 && sameRule.length > 1) {
        const chosen = sameRule.map((f) => f.fixes!.find((x) => x.safe) ?? f.fixes![0]);
        const action = new vscode.CodeAction(`Fix all ${finding.ruleId} problems in this file`, vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(document, applyFixes(document.getText(), chosen).edits);
        action.diagnostics = result.diagnostics.filter((d) => ruleIdOf(d) === finding.ruleId);
        actions.push(action);
      }
      const disable = disableRuleFix(document.getText(), result.fileName, finding);
      if (disable) {
        const action = new vscode.CodeAction(disable.title, vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(document, disable.edits);
        action.diagnostics = [diagnostic];
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
  const edits = fixAllEdits(document.getText(), { fileName, config });
  const action = new vscode.CodeAction('Copydesk: fix all safe problems', FIX_ALL_KIND);
  if (edits.length > 0) action.edit = toWorkspaceEdit(document, edits);
  return action;
}
