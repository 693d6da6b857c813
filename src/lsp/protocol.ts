// Core data as Language Server Protocol data: the only place the server turns offsets into
// positions (the VS Code face's src/vscode/convert.ts does the same for its own types).
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CompletionItemKind, DiagnosticSeverity, type CompletionItem, type Diagnostic, type Hover, type Range, type TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AssistHover, AssistItem, Finding, OffsetRange, Severity, TextEdit as CoreEdit } from '../core/index';

const SEVERITY: Record<Severity, DiagnosticSeverity> = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information };

const COMPLETION_KINDS: Record<AssistItem['kind'], CompletionItemKind> = {
  key: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  platform: CompletionItemKind.Value,
  account: CompletionItemKind.Constant,
  metric: CompletionItemKind.Unit,
  rule: CompletionItemKind.Reference,
  hashtag: CompletionItemKind.Keyword,
};

/** Where a document lives: a path on disk (`file:` URIs), or only a name (any other scheme: `untitled:`, a remote file system). */
export interface DocumentPlace {
  /** The native path of a `file:` URI; for other schemes the URI's decoded path, used only for its name. */
  path: string;
  onDisk: boolean;
}

/** The place of a document's URI; undefined when the URI cannot be read at all. */
export function placeOf(uri: string): DocumentPlace | undefined {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return undefined;
  }
  if (url.protocol === 'file:') {
    try {
      return { path: fileURLToPath(url), onDisk: true };
    } catch {
      // `file://server/share/x` on Linux, say: not a path this machine can open.
    }
  }
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: the name as written still tells the kind.
  }
  return { path, onDisk: false };
}

/** The `file:` URI of a native path. */
export function uriOfPath(path: string): string {
  return pathToFileURL(path).href;
}

/** An editor range of core offsets. */
export function toRange(document: TextDocument, range: OffsetRange): Range {
  return { start: document.positionAt(range.start), end: document.positionAt(range.end) };
}

/** What a diagnostic carries in `data` (clients hand it back with code action requests): which lint, which finding. */
export interface DiagnosticData {
  version: number;
  index: number;
}

/**
 * A finding as a diagnostic: the rule id is its code, linked to the rule's page; `data` says which
 * finding of which lint it is, so a code action finds it again by identity. Related places in
 * other files are named by `uriFor` (the client's own URI when it has the file open).
 */
export function toDiagnostic(document: TextDocument, finding: Finding, data: DiagnosticData, uriFor: (path: string) => string): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toRange(document, finding.range),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: finding.docsUrl },
    source: 'copydesk',
    message: finding.message,
    data,
  };
  if (finding.related && finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map((r) => ({
      location: r.file
        ? { uri: uriFor(r.file.path), range: { start: { line: r.file.start.line - 1, character: r.file.start.column - 1 }, end: { line: r.file.end.line - 1, character: r.file.end.column - 1 } } }
        : { uri: document.uri, range: toRange(document, r.range) },
      message: r.message,
    }));
  }
  return diagnostic;
}

/** Core edits as protocol edits (offsets into `document`'s current text). */
export function toTextEdits(document: TextDocument, edits: readonly CoreEdit[]): TextEdit[] {
  return edits.map((e) => ({ range: toRange(document, e), newText: e.text }));
}

/** A completion proposal; `index` keeps the core's order (preselected items first). */
export function toCompletionItem(document: TextDocument, item: AssistItem, index: number): CompletionItem {
  const completion: CompletionItem = {
    label: item.label,
    kind: COMPLETION_KINDS[item.kind],
    textEdit: { range: toRange(document, item.replace), newText: item.insertText },
    sortText: `${item.preselect ? '0' : '1'}${String(index).padStart(4, '0')}`,
  };
  if (item.detail) completion.detail = item.detail;
  if (item.documentation) completion.documentation = { kind: 'markdown', value: item.documentation };
  if (item.preselect) completion.preselect = true;
  return completion;
}

export function toHover(document: TextDocument, hover: AssistHover): Hover {
  return { contents: { kind: 'markdown', value: hover.markdown }, range: toRange(document, hover.range) };
}

/** True when two protocol ranges are the same. */
export function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** True when two protocol ranges touch or overlap (a cursor at a finding's edge counts). */
export function touches(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}
