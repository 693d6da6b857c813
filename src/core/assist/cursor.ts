import { isPair, isScalar, isSeq, parseDocument, visit, type Node } from 'yaml';
import type { OffsetRange } from '../types';

/** Where the cursor is in a YAML text, as completion needs it. */
export interface CursorContext {
  /** A key of the mapping at `path`, or the value at `path`. */
  kind: 'key' | 'value';
  /** The path of the mapping (key) or of the value (value): ['salary'], ['kpis', 0, 'metric']. */
  path: PropertyKey[];
  /** The partial word under the cursor, replaced by the completion. */
  replace: OffsetRange;
  /** The text typed so far. */
  typed: string;
  /** Keys already present in the mapping (key completion leaves them out). */
  present: string[];
}

const MARKER = 'copydeskcursor';
const WORD = /[\p{L}\p{N}_./-]/u;

/**
 * The completion context at `offset` in `text`: the partial word under the cursor is replaced by
 * a marker (as a key `marker:` where a key can stand, else as a value), the text is parsed, and
 * the marker's ancestors give the path. Works on half-typed, even invalid, documents.
 */
export function cursorContext(text: string, offset: number): CursorContext | undefined {
  let start = offset;
  while (start > 0 && WORD.test(text[start - 1])) start--;
  let end = offset;
  while (end < text.length && WORD.test(text[end])) end++;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const prefix = text.slice(lineStart, start);
  if (/#/.test(prefix.replace(/(["'])(?:(?!\1).)*\1/g, ''))) return undefined; // in a comment
  const typed = text.slice(start, offset);
  const replace = { start, end };
  // Only indentation and list dashes before the word: a key can stand here.
  if (/^\s*(?:-\s+)*$/.test(prefix)) {
    const asKey = locateMarker(`${text.slice(0, start)}${MARKER}:${text.slice(end)}`);
    if (asKey?.kind === 'key') return { ...asKey, replace, typed };
  }
  const asValue = locateMarker(`${text.slice(0, start)}${MARKER}${text.slice(end)}`);
  if (asValue) return { ...asValue, replace, typed };
  return undefined;
}

function locateMarker(text: string): Omit<CursorContext, 'replace' | 'typed'> | undefined {
  const doc = parseDocument(text, { keepSourceTokens: false, uniqueKeys: false, prettyErrors: false });
  let found: Omit<CursorContext, 'replace' | 'typed'> | undefined;
  visit(doc, {
    Scalar(key, node, ancestors) {
      if (node.value !== MARKER) return;
      const path: PropertyKey[] = [];
      let present: string[] = [];
      for (let i = 0; i < ancestors.length; i++) {
        const a = ancestors[i];
        const child = ancestors[i + 1] ?? node;
        if (isPair(a)) {
          if (child === a.key) continue;
          if (isScalar(a.key)) path.push(String(a.key.value));
        } else if (isSeq(a)) {
          path.push(a.items.indexOf(child as Node));
        }
      }
      const parent = ancestors[ancestors.length - 1];
      const map = ancestors[ancestors.length - 2] as { items?: unknown[] } | undefined;
      if (key === 'key' && isPair(parent)) {
        present = (map?.items ?? [])
          .filter((p): p is { key: unknown } => isPair(p) && p !== parent)
          .map((p) => (isScalar(p.key) ? String(p.key.value) : ''))
          .filter((k) => k !== '');
        found = { kind: 'key', path, present };
      } else {
        found = { kind: 'value', path, present };
      }
      return visit.BREAK;
    },
  });
  return found;
}

/** The YAML node under `offset`: whether it is a key or a value, its path, its text and range. */
export function nodeAt(text: string, offset: number): { kind: 'key' | 'value'; path: PropertyKey[]; value: string; range: OffsetRange } | undefined {
  const doc = parseDocument(text, { keepSourceTokens: false, uniqueKeys: false, prettyErrors: false });
  let found: { kind: 'key' | 'value'; path: PropertyKey[]; value: string; range: OffsetRange } | undefined;
  visit(doc, {
    Scalar(key, node, ancestors) {
      if (!node.range || offset < node.range[0] || offset > node.range[1]) return;
      const path: PropertyKey[] = [];
      for (let i = 0; i < ancestors.length; i++) {
        const a = ancestors[i];
        const child = ancestors[i + 1] ?? node;
        if (isPair(a)) {
          if (isScalar(a.key)) path.push(String(a.key.value));
          if (child === a.key) break;
        } else if (isSeq(a)) {
          path.push(a.items.indexOf(child as Node));
        }
      }
      found = { kind: key === 'key' ? 'key' : 'value', path, value: String(node.value), range: { start: node.range[0], end: node.range[1] } };
      return visit.BREAK;
    },
  });
  return found;
}
