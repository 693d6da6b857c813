import * as vscode from 'vscode';
import type { Finding, OffsetRange, Severity, TextEdit } from '../core/index';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** The editor range of core offsets: the only place offsets become positions. */
export function toRange(document: vscode.TextDocument, range: OffsetRange): vscode.Range {
  return new vscode.Range(document.positionAt(range.start), document.positionAt(range.end));
}

/** A finding as a diagnostic: the rule id is its code, linked to the rule's page. */
export function toDiagnostic(document: vscode.TextDocument, finding: Finding): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(document, finding.range), finding.message, SEVERITY[finding.severity]);
  diagnostic.source = 'copydesk';
  diagnostic.code = { value: finding.ruleId, target: vscode.Uri.parse(finding.docsUrl) };
  if (finding.related && finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map((r) => {
      // Another file: the linter keys files by their URI's path, in the document's own scheme and authority.
      const where = r.file
        ? new vscode.Location(document.uri.with({ path: r.file.path }), new vscode.Range(r.file.start.line - 1, r.file.start.column - 1, r.file.end.line - 1, r.file.end.column - 1))
        : new vscode.Location(document.uri, toRange(document, r.range));
      return new vscode.DiagnosticRelatedInformation(where, r.message);
    });
  }
  return diagnostic;
}

/** Core text edits as one workspace edit: applied, and undone, in one step. */
export function toWorkspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(document.uri, toRange(document, e), e.text);
  return edit;
}

/** The rule id of one of our diagnostics. */
export function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== 'copydesk') return undefined;
  const code = diagnostic.code;
  if (typeof code === 'object' && code !== null && 'value' in code) return String(code.value);
  return typeof code === 'string' ? code : undefined;
}
