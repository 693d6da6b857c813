import { Document, isAlias, isMap, isScalar, isSeq, parseDocument, visit, type Node, type Pair, type Scalar } from 'yaml';
import { rememberLast } from '../memo';
import { fastPlainValue, PARSE_OPTIONS, parseFast } from './fast';
import type { OffsetRange } from '../types';

/** A problem the YAML parser (or our pre-checks) found, with the parser's stable code. */
export interface YamlProblem {
  code: string;
  message: string;
  range: OffsetRange;
  severity: 'error' | 'warning';
}

/** A parsed YAML file: the document with source positions, and what went wrong reading it. */
export interface ParsedYaml {
  text: string;
  doc: Document.Parsed;
  /** Errors make the structure unreliable: rules about content do not run when there are any. */
  errors: YamlProblem[];
  warnings: YamlProblem[];
}

// An alias bomb (`a: &a [*b, *b, …]` nested) expands exponentially; the parser itself is linear,
// only conversion to plain values expands aliases, and this bounds it.
const MAX_ALIAS_COUNT = 100;

/** Parses YAML keeping positions; never throws. */
export function parseYaml(text: string): ParsedYaml {
  // The plain YAML real files use is read by our fast path (the same nodes, ~7× faster); anything
  // else, and anything the library would complain about, by the library itself.
  const fast = parseFast(text);
  const doc = fast ?? parseDocument(text, PARSE_OPTIONS);
  const toProblem = (severity: 'error' | 'warning') => (e: { code: string; message: string; pos: [number, number] }): YamlProblem => ({
    code: e.code,
    message: e.message,
    range: visibleRange(text, e.pos[0], e.pos[1]),
    severity,
  });
  const errors = doc.errors.map(toProblem('error'));
  // The parser marks a repeated key by its first character; underline the whole key. One walk
  // finds every key's range (a walk per repeated key would be quadratic in a file of repeats).
  const duplicates = errors.filter((e) => e.code === 'DUPLICATE_KEY');
  if (duplicates.length > 0) {
    const keys = keyRangesByStart(doc, text);
    for (const error of duplicates) {
      error.range = keys.get(error.range.start) ?? error.range;
      error.message = `'${text.slice(error.range.start, error.range.end)}' appears more than once at this level: keep one`;
    }
  }
  // The fast path declines every control character but U+FFFD: a second scan is only needed without it.
  const control = fast ? indexOrUndefined(text.indexOf('\uFFFD')) : firstControlCharacter(text);
  if (control !== undefined) {
    const hex = text.charCodeAt(control).toString(16).toUpperCase().padStart(4, '0');
    errors.unshift({
      code: 'CONTROL_CHARACTER',
      message:
        hex === 'FFFD'
          ? 'U+FFFD here, the mark left where text was not UTF-8: the file was probably saved in another encoding (Latin-1, Windows-1252). Save it as UTF-8 and retype what is missing.'
          : `Unexpected control character U+${hex}: this does not look like a text file (is it binary, or saved in the wrong encoding?). Remove the character.`,
      range: { start: control, end: control + 1 },
      severity: 'error',
    });
  }
  return { text, doc, errors, warnings: doc.warnings.map(toProblem('warning')) };
}

function keyRangesByStart(doc: Document, text: string): Map<number, OffsetRange> {
  const found = new Map<number, OffsetRange>();
  visit(doc, {
    Pair(_, pair) {
      const key = pair.key as Node | null;
      if (key?.range && !found.has(key.range[0])) {
        const range = nodeRange(text, key);
        if (range) found.set(key.range[0], range);
      }
      return undefined;
    },
  });
  return found;
}

function indexOrUndefined(index: number): number | undefined {
  return index < 0 ? undefined : index;
}

function firstControlCharacter(text: string): number | undefined {
  // YAML forbids C0 and C1 controls other than tab, LF, CR and NEL, and DEL; U+FFFD is what invalid UTF-8
  // decodes to, the usual sign of a binary file read as text.
  const match = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFD]/.exec(text);
  return match ? match.index : undefined;
}

/** Widens an empty range to one character where possible, so editors can show it. */
export function visibleRange(text: string, start: number, end: number): OffsetRange {
  const s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  if (e === s) {
    if (s < text.length && text[s] !== '\n' && text[s] !== '\r') e = s + 1;
  }
  return { start: s, end: e };
}

/** A YAML file read for linting: what went wrong, and its plain value when it could be read. */
export interface ReadYaml {
  parsed: ParsedYaml;
  /** Syntax errors and warnings, and alias problems found converting to plain values. */
  problems: YamlProblem[];
  /** The plain value ({} for an empty or comment-only file); undefined when it could not be read. */
  value: unknown;
}

/** Parses `text` and converts it to plain values; never throws. The result is shared: read-only. */
export const readYaml = rememberLast<[string], ReadYaml>(([a], [b]) => a === b, readYamlNow);

function readYamlNow(text: string): ReadYaml {
  const parsed = parseYaml(text);
  const problems: YamlProblem[] = [...parsed.errors, ...parsed.warnings];
  let value: unknown;
  // A repeated key is an error, but the file is still readable (the last one wins); configuration
  // uses what it can read.
  if (parsed.errors.every((e) => e.code === 'DUPLICATE_KEY')) {
    const plain = toPlainValue(parsed);
    if ('problem' in plain) problems.push(plain.problem);
    else value = plain.value ?? {};
  }
  return { parsed, problems, value };
}

/** The plain value of the document, or a problem when aliases are unresolved or explode. */
export function toPlainValue(parsed: ParsedYaml): { value: unknown } | { problem: YamlProblem } {
  const fast = fastPlainValue(parsed.doc);
  if (fast) return fast;
  try {
    return { value: parsed.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch {
    const alias = firstAlias(parsed.doc, (node) => node.resolve(parsed.doc) === undefined) ?? firstAlias(parsed.doc, () => true);
    const unresolved = alias !== undefined && alias.resolve(parsed.doc) === undefined;
    const range = alias?.range ? { start: alias.range[0], end: alias.range[1] } : { start: 0, end: 0 };
    return {
      problem: {
        code: unresolved ? 'BAD_ALIAS' : 'EXCESSIVE_ALIAS_COUNT',
        message: unresolved
          ? `Unknown alias ${alias!.source === undefined ? '' : `*${alias!.source}`}: define the anchor (&${alias!.source}) before using it.`
          : `Aliases here expand to more than ${MAX_ALIAS_COUNT} copies (an "alias bomb"): write the values out instead.`,
        range,
        severity: 'error',
      },
    };
  }
}

function firstAlias(doc: Document, accept: (alias: import('yaml').Alias) => boolean) {
  let found: import('yaml').Alias | undefined;
  visit(doc, {
    Alias(_, node) {
      if (accept(node)) {
        found = node;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** The key's text of a pair, for scalar keys. */
export function keyText(pair: Pair): string | undefined {
  const key = pair.key;
  if (isScalar(key)) return String(key.value);
  return typeof key === 'string' ? key : undefined;
}

/** The pair for `key` in a mapping node, if any. */
export function pairOf(map: unknown, key: string): Pair<Node, Node | null> | undefined {
  if (!isMap(map)) return undefined;
  return map.items.find((p) => keyText(p as Pair) === key) as Pair<Node, Node | null> | undefined;
}

/** Where a path of keys and indexes leads in the document. */
export interface Located {
  /** The node at the path (undefined when absent or when the value is empty). */
  node?: Node;
  /** The key node when the last step was a mapping key that exists. */
  key?: Node;
  /** The deepest node reached: the parent when the path does not exist. */
  deepest?: Node;
  /** The key of the deepest node reached, if it was a mapping value. */
  deepestKey?: Node;
  found: boolean;
}

/** Follows `path` through mappings and sequences; stops at aliases (findings go on the alias). */
export function locate(doc: Document, path: readonly PropertyKey[]): Located {
  let current: unknown = doc.contents;
  let currentKey: Node | undefined;
  for (const segment of path) {
    if (isAlias(current)) return { deepest: current, deepestKey: currentKey, found: false };
    if (isMap(current)) {
      const pair = pairOf(current, String(segment));
      if (!pair) return { deepest: current, deepestKey: currentKey, found: false };
      currentKey = pair.key ?? undefined;
      if (pair.value === null || pair.value === undefined) {
        return { key: currentKey, deepest: currentKey, deepestKey: currentKey, found: path[path.length - 1] === segment };
      }
      current = pair.value;
    } else if (isSeq(current) && typeof segment === 'number') {
      const item = current.items[segment];
      if (!item) return { deepest: current, deepestKey: currentKey, found: false };
      currentKey = undefined;
      current = item;
    } else {
      return { deepest: current as Node | undefined, deepestKey: currentKey, found: false };
    }
  }
  return { node: current as Node, key: currentKey, deepest: current as Node, deepestKey: currentKey, found: true };
}

/** The node's own range (without trailing comments), never beyond its first line for block collections. */
export function nodeRange(text: string, node: Node | undefined | null): OffsetRange | undefined {
  if (!node?.range) return undefined;
  const [start, end] = node.range;
  if (isMap(node) || isSeq(node)) {
    // A block collection spans many lines; underline its first line only.
    const newline = text.indexOf('\n', start);
    const firstLineEnd = newline < 0 || newline > end ? end : newline;
    return { start, end: Math.max(start, trimEndWhitespace(text, start, firstLineEnd)) };
  }
  return { start, end: trimEndWhitespace(text, start, end) };
}

function trimEndWhitespace(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}

/**
 * The range a finding about `path` should underline: the key for collections and missing
 * values, the value for scalars, the nearest existing ancestor's key when the path is absent.
 */
export function rangeForPath(parsed: ParsedYaml, path: readonly PropertyKey[], prefer: 'key' | 'value' = 'value'): OffsetRange {
  const { text, doc } = parsed;
  const located = locate(doc, path);
  if (located.found) {
    const valueIsCollection = isMap(located.node) || isSeq(located.node);
    if (located.key && (prefer === 'key' || !located.node || valueIsCollection)) return nodeRange(text, located.key)!;
    const r = nodeRange(text, located.node);
    if (r && r.end > r.start) return r;
    // An empty value (`key:`) has no width of its own: underline its key.
    if (located.key) return nodeRange(text, located.key)!;
  }
  // Absent: underline the nearest existing ancestor (its key, or its first line for a list item);
  // for the top level, the first key, as for a missing section.
  const atRoot = located.deepest === undefined || located.deepest === doc.contents;
  return (
    (atRoot ? firstKeyRange(parsed) : nodeRange(text, located.deepestKey) ?? nodeRange(text, located.deepest)) ??
    nodeRange(text, located.deepest) ??
    visibleRange(text, 0, 0)
  );
}

/** The top-level mapping's first key: where findings about the whole file go. */
export function firstKeyRange(parsed: ParsedYaml): OffsetRange | undefined {
  const root = parsed.doc.contents;
  if (isMap(root) && root.items.length > 0) return nodeRange(parsed.text, root.items[0].key as Node);
  return undefined;
}

/** A short name of a plain value's type, for messages. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value.trim() === '' ? 'empty text' : 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return `${value} (a yes/no value)`;
    case 'object':
      return 'a mapping (key: value)';
    default:
      return typeof value;
  }
}

/** The plain value at `path` inside `value`. */
export function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment as string];
  }
  return current;
}

/** `kpis[0].target` style display of a path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

/** The source range of a scalar's text: inside the quotes, after a block scalar's header line. */
export function scalarTextRange(text: string, node: Scalar): OffsetRange | undefined {
  if (!node.range) return undefined;
  const [start, end] = node.range;
  switch (node.type) {
    case 'QUOTE_DOUBLE':
    case 'QUOTE_SINGLE':
      return end - start >= 2 ? { start: start + 1, end: end - 1 } : undefined;
    case 'BLOCK_FOLDED':
    case 'BLOCK_LITERAL': {
      const newline = text.indexOf('\n', start);
      return newline < 0 || newline >= end ? undefined : { start: newline + 1, end };
    }
    default:
      return { start, end };
  }
}
