/**
 * A fast path for the plain YAML that job descriptions and configuration files are written in.
 *
 * `parseDocument` from the `yaml` package costs most of a lint: its lexer and parser are
 * generators, token by token. Real files use a small part of YAML (block mappings and sequences,
 * plain, quoted and block scalars, one-line flow sequences, comments), so this module reads that
 * part directly, line by line, and builds the very nodes the library would build: same classes,
 * values, `source`, `type`, `format` and `range` (all three offsets, including the trailing
 * comments and blank lines the library attaches to a node). Whatever falls outside the subset,
 * or would make the library report an error or a warning, gives `undefined`, and the caller asks
 * the library. A wrong document would be a bug; a fallback only costs time.
 *
 * The code follows the library's lexer (`parse/lexer.js`), parser (`parse/parser.js`) and
 * composer (`compose/*.js`) of yaml 2.x closely where they decide offsets: which comment and
 * blank lines end up in a value's `end` tokens (range[2]), which stay with a collection, which
 * move up to the parent, and where an empty value sits. Comments themselves are not kept
 * (`comment`, `commentBefore` and `spaceBefore` are left unset): nothing in the linter reads them.
 */
import { Document, isScalar, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';

type Range3 = [number, number, number];

/**
 * Nodes of the library's classes, made without their constructors. Each constructor marks its
 * node with `Object.defineProperty(this, NODE_TYPE, …)`, which V8 runs slowly: it was a third of
 * the parse of a 4 KB JD. The marks are registered symbols (`Symbol.for`, so that two copies of
 * the library know each other's nodes); here each class's mark sits once on a prototype between
 * the class's prototype and the node. `isScalar`, `isMap`, `instanceof Scalar`, `node.constructor`
 * and `clone()` read them as they read the library's own nodes (the differential tests compare
 * every document with the library's).
 */
const NODE_TYPE = Symbol.for('yaml.node.type');
function marked<T extends object>(prototype: T, type: string): T {
  return Object.create(prototype, { [NODE_TYPE]: { value: Symbol.for(type) } }) as T;
}
const SCALAR = marked(Scalar.prototype, 'yaml.scalar');
const PAIR = marked(Pair.prototype, 'yaml.pair');
const MAP = marked(YAMLMap.prototype, 'yaml.map');
const SEQ = marked(YAMLSeq.prototype, 'yaml.seq');
const SEQ_TYPE = Symbol.for('yaml.seq');

function newScalar(value: unknown): Scalar {
  const node = Object.create(SCALAR) as Scalar;
  node.value = value;
  return node;
}

function newPair(key: unknown, value: unknown): Pair {
  const pair = Object.create(PAIR) as Pair;
  pair.key = key;
  pair.value = value;
  return pair;
}

/**
 * Every fast document shares one schema (the options are always PARSE_OPTIONS, and a schema is
 * never changed once built), so the collections' `schema`, which the library's Collection
 * defines on each node (not enumerable, writable), sits on their prototypes too.
 */
let shared: { schema: Document['schema']; map: YAMLMap; seq: YAMLSeq } | undefined;
function sharedSchema(doc: Document): NonNullable<typeof shared> {
  if (!shared) {
    const schema = { schema: { value: doc.schema, configurable: true, enumerable: false, writable: true } };
    shared = { schema: doc.schema, map: Object.create(MAP, schema) as YAMLMap, seq: Object.create(SEQ, schema) as YAMLSeq };
  }
  return shared;
}

function newCollection(isMap: boolean): YAMLMap | YAMLSeq {
  const node = Object.create(isMap ? shared!.map : shared!.seq) as YAMLMap | YAMLSeq;
  node.items = [];
  return node;
}
type RangedNode = Scalar | YAMLMap | YAMLSeq;

/** The options Copydesk parses YAML with: the fast document is the library's document under these. */
export const PARSE_OPTIONS = { keepSourceTokens: false, prettyErrors: false, merge: true, uniqueKeys: true } as const;

/** Deeper nesting than this is left to the library. */
const MAX_DEPTH = 100;
/** The library reports implicit keys whose `:` is more than 1024 characters after the key's start. */
const MAX_KEY_SPAN = 1000;

// Character codes.
const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const BANG = 33;
const DQUOTE = 34;
const HASH = 35;
const PERCENT = 37;
const AMP = 38;
const SQUOTE = 39;
const STAR = 42;
const PLUS = 43;
const COMMA = 44;
const DASH = 45;
const DOT = 46;
const COLON = 58;
const LT = 60;
const GT = 62;
const QUESTION = 63;
const AT = 64;
const LBRACKET = 91;
const BACKSLASH = 92;
const RBRACKET = 93;
const BACKTICK = 96;
const LBRACE = 123;
const PIPE = 124;
const RBRACE = 125;

// Token kinds, as the library's parser sees the lines between nodes.
const TK_SPACE = 0;
const TK_COMMENT = 1;
const TK_NEWLINE = 2;
const TK_INDICATOR = 3;

interface Tok {
  kind: number;
  start: number;
  end: number;
  /** For comments: the column the parser counted (the line's indentation for whole-line comments). */
  indent: number;
}

// What follows the last item of a collection (the library's parser state for that item).
/** The last item has a value that collects trailing tokens (`end`): a flow scalar or flow sequence. */
const T_VALUE_END = 0;
/** The last item has a value without `end` tokens: a block scalar, or a closed nested collection. */
const T_VALUE_NOEND = 1;
/** After the last value: an item made only of blank and comment lines so far. */
const T_PENDING = 2;
/** A mapping's last pair has its `:` but no value yet. */
const T_SEP = 3;
/** A sequence's last item has its `-` but no value yet. */
const T_SEQSTART = 4;
/** The last item's value is a nested block collection, still open. */
const T_CHILD = 5;

/** An open block collection. */
interface Frame {
  node: YAMLMap | YAMLSeq;
  isMap: boolean;
  indent: number;
  /** range[0]: the first key or `-`. */
  offset: number;
  /** The values of the keys so far (mappings). */
  keys: Set<unknown> | null;
  /** The value of the last item that has one: its range[2] ends the collection's own part. */
  lastNode: RangedNode | null;
  /** The pair whose value is pending (T_SEP). */
  pair: Pair | null;
  tail: number;
  /** T_VALUE_END: the value still collecting; T_PENDING: the value before the pending lines, if it can collect. */
  endNode: RangedNode | null;
  /** T_PENDING, T_SEP, T_SEQSTART: the tokens of the item so far. */
  toks: Tok[];
  hasComment: boolean;
  /** T_SEP, T_SEQSTART: where an empty value would sit. */
  emptyAt: number;
  /** T_SEP, T_SEQSTART: the lexer's minimum indentation for a value that starts on a later line. */
  indentNext: number;
}

interface KeyScan {
  node: Scalar;
  colon: number;
}

interface ValueScan {
  node: RangedNode;
  /** Where the next line starts. */
  next: number;
  /** Whether the library keeps trailing tokens on the node (`end`), so that later comment lines can join it. */
  hasEnd: boolean;
}

interface ScalarTag {
  default?: boolean | 'key';
  tag: string;
  format?: string;
  test?: RegExp;
  resolve: (value: string, onError: (message: string) => void, options: object) => unknown;
}

class Bail {}
/** Thrown inside the fast path when the text leaves the subset; never escapes `parseFast`. */
const BAIL = new Bail();

function bail(): never {
  throw BAIL;
}

/**
 * Parses `text` like `parseDocument(text, { keepSourceTokens: false, prettyErrors: false, merge: true, uniqueKeys: true })`
 * when it is plain block YAML without errors or warnings, much faster; `undefined` otherwise (ask the library then).
 */
export function parseFast(text: string): Document.Parsed | undefined {
  try {
    const doc = new FastParser(text).parse();
    FAST_DOCUMENTS.add(doc);
    return doc;
  } catch {
    return undefined;
  }
}

/** The documents this module built: no aliases, anchors, tags or merge keys in them. */
const FAST_DOCUMENTS = new WeakSet<object>();

/**
 * The plain value of a document parseFast built (undefined for any other document), as
 * `doc.toJS()` gives it: maps as objects with string keys (null as ''), sequences as arrays,
 * scalars as their values. The library's toJS does more work per pair (alias bookkeeping, and an
 * `in` test and defineProperty for every key) that these documents never need.
 */
export function fastPlainValue(doc: Document): { value: unknown } | undefined {
  return FAST_DOCUMENTS.has(doc) ? { value: plain(doc.contents) } : undefined;
}

function plain(node: unknown): unknown {
  if (node === null || node === undefined) return null;
  const items = (node as { items?: unknown[] }).items;
  if (items === undefined) return (node as Scalar).value;
  if ((node as { [NODE_TYPE]: symbol })[NODE_TYPE] === SEQ_TYPE) return items.map(plain);
  const out: Record<string, unknown> = {};
  for (const pair of items as Pair[]) {
    const key = (pair.key as Scalar).value;
    const name = key === null ? '' : String(key);
    const value = plain(pair.value);
    // `__proto__` as a key is a key, not the object's prototype (as in the library).
    if (name === '__proto__') Object.defineProperty(out, name, { value, writable: true, enumerable: true, configurable: true });
    else out[name] = value;
  }
  return out;
}

class FastParser {
  private readonly text: string;
  private readonly len: number;
  private doc!: Document.Parsed;
  private tags: ScalarTag[] = [];
  private readonly stack: Frame[] = [];
  private docStart = -1;
  private docEnd: Tok[] | null = null;
  private root: YAMLMap | YAMLSeq | null = null;

  constructor(text: string) {
    this.text = text;
    this.len = text.length;
  }

  parse(): Document.Parsed {
    const { text, len } = this;
    if (typeof text !== 'string') bail();
    if (UNSUPPORTED_CHARACTERS.test(text)) bail();
    this.doc = new Document(undefined, PARSE_OPTIONS) as unknown as Document.Parsed;
    this.doc.schema = sharedSchema(this.doc).schema;
    // The tags the library tries, in order, on a plain scalar (keys also try `default: 'key'` ones).
    this.tags = (this.doc.schema.tags as unknown as ScalarTag[]).filter((t) => t.default && t.test);
    let pos = 0;
    while (pos < len) {
      const lineStart = pos;
      let i = pos;
      while (text.charCodeAt(i) === SPACE) i++;
      const ch = text.charCodeAt(i);
      if (i >= len || ch === LF || ch === CR || ch === HASH) pos = this.fillerLine(lineStart, i);
      else pos = this.contentLine(lineStart, i);
    }
    if (this.stack.length === 0) {
      // Empty, or only comments and blank lines.
      this.doc.contents = null;
      this.doc.range = [0, len, len];
      return this.doc;
    }
    while (this.stack.length > 0) this.pop();
    const root = this.root!;
    const contentEnd = (root.range as Range3)[2];
    let end = contentEnd;
    if (this.docEnd) for (const t of this.docEnd) end += t.end - t.start;
    this.doc.contents = root as unknown as Document.Parsed['contents'];
    this.doc.range = [this.docStart, contentEnd, end];
    return this.doc;
  }

  // ---------------------------------------------------------------------------------------------
  // Lines

  /** A blank or comment-only line (`i`: after its indentation). */
  private fillerLine(lineStart: number, i: number): number {
    const { text } = this;
    const { contentEnd, next } = this.lineEnd(i);
    const f = this.top();
    if (!f) return next; // before the document: the library keeps these apart
    const indent = i - lineStart;
    const toks: Tok[] = [];
    if (indent > 0) toks.push({ kind: TK_SPACE, start: lineStart, end: i, indent: 0 });
    const isComment = text.charCodeAt(i) === HASH;
    if (isComment) toks.push({ kind: TK_COMMENT, start: i, end: contentEnd, indent });
    if (next > contentEnd) toks.push({ kind: TK_NEWLINE, start: contentEnd, end: next, indent: 0 });
    if ((f.tail === T_SEP || f.tail === T_SEQSTART) && f.indentNext > indent && !this.isEmptyAt(i + 1)) {
      // The lexer lowers its minimum indentation at each line start (parseLineStart).
      f.indentNext = indent;
    }
    if (f.tail === T_VALUE_END || f.tail === T_VALUE_NOEND) {
      // The line starts an item of its own after the value (it may still join the value below).
      if (f.tail === T_VALUE_NOEND) f.endNode = null;
      f.tail = T_PENDING;
      f.toks = [];
      f.hasComment = false;
    }
    switch (f.tail) {
      case T_PENDING:
        if (isComment && !f.hasComment && f.endNode && indent > f.indent) {
          // A comment indented more than the collection joins the previous value (atIndentedComment).
          setEnd(f.endNode, next);
          f.tail = T_VALUE_END;
          f.toks = [];
          return next;
        }
        for (const t of toks) f.toks.push(t);
        if (isComment) f.hasComment = true;
        return next;
      case T_SEP:
      case T_SEQSTART:
        for (const t of toks) f.toks.push(t);
        if (isComment) f.hasComment = true;
        return next;
      default:
        return bail();
    }
  }

  /** A line with content at column `i - lineStart`. */
  private contentLine(lineStart: number, i: number): number {
    const indent = i - lineStart;
    const dash = this.isDashAt(i);
    if (this.stack.length === 0) {
      this.docStart = lineStart;
      if (dash) return this.dashRest(this.open(false, indent, i), i, lineStart);
      const key = this.scanKey(i, lineStart);
      if (!key) return bail();
      return this.pairRest(this.addPair(this.open(true, indent, i), key), key, lineStart);
    }
    if (indent > 0) this.addSpace(this.top()!, lineStart, i);
    const key = dash ? null : this.scanKey(i, lineStart);
    for (;;) {
      const f = this.top();
      if (!f) return bail(); // less indented than the document's collection
      if (indent < f.indent) {
        this.pop();
        continue;
      }
      if (f.isMap) {
        if (indent === f.indent) {
          if (key) return this.pairRest(this.addPair(f, key), key, lineStart);
          // `key:` then `- item` at the key's column: a sequence as the value.
          if (dash && f.tail === T_SEP) return this.dashRest(this.open(false, indent, i), i, lineStart);
          return bail();
        }
        if (f.tail !== T_SEP) return bail();
        if (key) return this.pairRest(this.addPair(this.open(true, indent, i), key), key, lineStart);
        if (dash) return this.dashRest(this.open(false, indent, i), i, lineStart);
        return this.laterValue(f, i);
      }
      if (indent === f.indent) {
        if (dash) return this.dashRest(f, i, lineStart);
        if (key) {
          // A sequence at its parent key's column ends at the next key.
          this.pop();
          continue;
        }
        return bail();
      }
      if (f.tail !== T_SEQSTART) return bail();
      if (key) return this.pairRest(this.addPair(this.open(true, indent, i), key), key, lineStart);
      if (dash) return this.dashRest(this.open(false, indent, i), i, lineStart);
      return this.laterValue(f, i);
    }
  }

  /** The leading spaces of a content line: the parser files them before it sees the content. */
  private addSpace(f: Frame, lineStart: number, i: number): void {
    const tok: Tok = { kind: TK_SPACE, start: lineStart, end: i, indent: 0 };
    switch (f.tail) {
      case T_VALUE_END:
      case T_VALUE_NOEND:
        f.tail = T_PENDING;
        f.endNode = null;
        f.toks = [tok];
        f.hasComment = false;
        return;
      case T_PENDING:
      case T_SEP:
      case T_SEQSTART:
        f.toks.push(tok);
        return;
      default:
        bail();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Collections

  // The next `:` and ` #` at or after a position. Lines are read in order, so remembering the last
  // answer keeps these searches linear in the whole text.
  private colonFrom = -1;
  private colonAt = -1;
  private hashFrom = -1;
  private hashAt = -1;

  private nextColon(from: number): number {
    if (this.colonFrom < 0 || from < this.colonFrom || (this.colonAt !== -1 && this.colonAt < from)) {
      this.colonFrom = from;
      this.colonAt = this.text.indexOf(':', from);
    }
    return this.colonAt;
  }

  private nextCommentStart(from: number): number {
    if (this.hashFrom < 0 || from < this.hashFrom || (this.hashAt !== -1 && this.hashAt < from)) {
      this.hashFrom = from;
      this.hashAt = spaceHashAt(this.text, from);
    }
    return this.hashAt;
  }

  private top(): Frame | undefined {
    return this.stack[this.stack.length - 1];
  }

  /** Opens a block collection at `offset`, as the value the current top is waiting for (or as the root). */
  private open(isMap: boolean, indent: number, offset: number): Frame {
    if (this.stack.length >= MAX_DEPTH) bail();
    const node = newCollection(isMap);
    const parent = this.top();
    if (!parent) this.root = node;
    else if (parent.tail === T_SEP && parent.pair) parent.pair.value = node;
    else if (parent.tail === T_SEQSTART) (parent.node as YAMLSeq).items.push(node);
    else bail();
    if (parent) {
      parent.lastNode = node;
      parent.tail = T_CHILD;
      parent.toks = [];
      parent.pair = null;
    }
    const frame: Frame = {
      node,
      isMap,
      indent,
      offset,
      keys: isMap ? new Set() : null,
      lastNode: null,
      pair: null,
      tail: T_CHILD,
      endNode: null,
      toks: [],
      hasComment: false,
      emptyAt: 0,
      indentNext: 0,
    };
    this.stack.push(frame);
    return frame;
  }

  /** Closes the innermost collection, as the library's parser does when it pops it. */
  private pop(): void {
    const f = this.stack.pop()!;
    let moved: Tok[] | null = null;
    let commentEnd = -1;
    switch (f.tail) {
      case T_SEP:
      case T_SEQSTART:
        this.emptyValue(f, f.toks);
        break;
      case T_PENDING:
        // Trailing blank and comment lines go to the parent unless a comment is indented like the items.
        if (f.indent === 0 || f.toks.every((t) => t.kind !== TK_COMMENT || t.indent < f.indent)) moved = f.toks;
        else commentEnd = f.toks[f.toks.length - 1].end;
        break;
      case T_CHILD:
        return bail(); // cannot happen: the child is popped first
    }
    if (!f.lastNode) return bail();
    const lastEnd = (f.lastNode.range as Range3)[2];
    f.node.range = [f.offset, lastEnd, commentEnd >= 0 ? commentEnd : lastEnd];
    const parent = this.top();
    if (!parent) {
      this.docEnd = moved;
      return;
    }
    if (moved) {
      parent.tail = T_PENDING;
      parent.endNode = null;
      parent.toks = moved;
      parent.hasComment = moved.some((t) => t.kind === TK_COMMENT);
    } else {
      parent.tail = T_VALUE_NOEND;
      parent.toks = [];
    }
  }

  /** Adds a pair with `key` to the mapping `f`, settling the previous pair if its value is still empty. */
  private addPair(f: Frame, key: KeyScan): Frame {
    if (f.tail === T_SEP) {
      // The parser hands the lines after an empty value's second newline to the next key.
      let first = -1;
      let second = -1;
      for (let k = 0; k < f.toks.length; k++) {
        const t = f.toks[k];
        if (t.kind === TK_NEWLINE) {
          if (first < 0) first = k;
          else if (second < 0) second = k;
        } else if (t.kind === TK_INDICATOR || (t.kind === TK_COMMENT && t.indent > f.indent)) {
          first = -1;
          second = -1;
        }
      }
      this.emptyValue(f, second >= 0 ? f.toks.slice(0, second) : f.toks);
    }
    const value = key.node.value;
    if (typeof value === 'number' && Number.isNaN(value)) bail();
    if (f.keys!.has(value)) bail(); // DUPLICATE_KEY
    f.keys!.add(value);
    const pair = newPair(key.node, null);
    (f.node as YAMLMap).items.push(pair);
    f.pair = pair;
    f.tail = T_CHILD;
    f.toks = [];
    return f;
  }

  /** Settles the empty value of `f`'s last pair or item (composeEmptyNode). */
  private emptyValue(f: Frame, toks: Tok[]): void {
    let hasComment = false;
    for (const t of toks) if (t.kind === TK_COMMENT) hasComment = true;
    const p = f.emptyAt;
    const node = this.plainScalar('', false);
    node.range = [p, p, hasComment ? toks[toks.length - 1].end : p];
    if (f.isMap) f.pair!.value = node;
    else (f.node as YAMLSeq).items.push(node);
    f.lastNode = node;
    f.pair = null;
  }

  /** The rest of a line after a mapping key: a value, or nothing yet. */
  private pairRest(f: Frame, key: KeyScan, lineStart: number): number {
    const { text } = this;
    const colon = key.colon;
    let j = colon + 1;
    while (text.charCodeAt(j) === SPACE) j++;
    const ch = text.charCodeAt(j);
    if (j >= this.len || ch === LF || ch === CR || ch === HASH) {
      const toks: Tok[] = [{ kind: TK_INDICATOR, start: colon, end: colon + 1, indent: 0 }];
      this.restOfLine(toks, colon + 1, j, f.indent);
      f.tail = T_SEP;
      f.toks = toks;
      f.hasComment = ch === HASH;
      f.emptyAt = j;
      f.indentNext = f.indent + 1;
      return toks[toks.length - 1].end;
    }
    const value = this.inlineValue(j, f.indent + 1, f.indent, lineStart);
    f.pair!.value = value.node;
    this.settle(f, value);
    return value.next;
  }

  /** The rest of a line after a sequence's `-`. */
  private dashRest(f: Frame, d: number, lineStart: number): number {
    const { text } = this;
    if (f.tail === T_SEQSTART) this.emptyValue(f, f.toks);
    const before = f.tail === T_PENDING ? f.toks : [];
    let j = d + 1;
    while (text.charCodeAt(j) === SPACE) j++;
    const ch = text.charCodeAt(j);
    if (j >= this.len || ch === LF || ch === CR || ch === HASH) {
      // The item's tokens include the blank and comment lines before its `-`.
      const toks = before;
      toks.push({ kind: TK_INDICATOR, start: d, end: d + 1, indent: 0 });
      this.restOfLine(toks, d + 1, j, j - lineStart);
      f.tail = T_SEQSTART;
      f.toks = toks;
      f.hasComment = toks.some((t) => t.kind === TK_COMMENT);
      f.emptyAt = j;
      f.indentNext = f.indent + 1;
      return toks[toks.length - 1].end;
    }
    if (this.isDashAt(j)) return bail(); // `- - x`
    f.tail = T_SEQSTART; // the item waits for its value
    f.toks = [];
    const key = this.scanKey(j, lineStart);
    if (key) return this.pairRest(this.addPair(this.open(true, j - lineStart, j), key), key, lineStart);
    const value = this.inlineValue(j, f.indent + 1, f.indent, lineStart);
    (f.node as YAMLSeq).items.push(value.node);
    this.settle(f, value);
    return value.next;
  }

  /** A value that starts on a line after its `key:` or `-`. */
  private laterValue(f: Frame, i: number): number {
    const ch = this.text.charCodeAt(i);
    if (ch === PIPE || ch === GT) return bail();
    const value = this.inlineValue(i, f.indentNext, f.indent, -1);
    if (f.isMap) f.pair!.value = value.node;
    else (f.node as YAMLSeq).items.push(value.node);
    this.settle(f, value);
    return value.next;
  }

  private settle(f: Frame, value: ValueScan): void {
    f.lastNode = value.node;
    f.endNode = value.hasEnd ? value.node : null;
    f.tail = value.hasEnd ? T_VALUE_END : T_VALUE_NOEND;
    f.toks = [];
    f.pair = null;
  }

  /** Tokens from `from` to the end of the line: spaces up to `j`, then a comment or nothing, then the newline. */
  private restOfLine(toks: Tok[], from: number, j: number, commentIndent: number): void {
    if (j > from) toks.push({ kind: TK_SPACE, start: from, end: j, indent: 0 });
    const { contentEnd, next } = this.lineEnd(j);
    if (this.text.charCodeAt(j) === HASH) toks.push({ kind: TK_COMMENT, start: j, end: contentEnd, indent: commentIndent });
    else if (contentEnd !== j) bail();
    if (next > contentEnd) toks.push({ kind: TK_NEWLINE, start: contentEnd, end: next, indent: 0 });
  }

  // ---------------------------------------------------------------------------------------------
  // Keys and values

  /** An implicit key at `i` followed by `: ` on the same line, or null when the line holds no key. */
  private scanKey(i: number, lineStart: number): KeyScan | null {
    const { text } = this;
    const ch = text.charCodeAt(i);
    let node: Scalar;
    let colon: number;
    if (ch === DQUOTE || ch === SQUOTE) {
      const close = this.quoteEnd(i);
      if (close < 0) return null;
      const { contentEnd } = this.lineEnd(i);
      if (close >= contentEnd) return null; // spans lines: not a key
      let j = close + 1;
      while (text.charCodeAt(j) === SPACE) j++;
      if (text.charCodeAt(j) !== COLON || !this.isEmptyAt(j + 1)) return null;
      node = this.quotedScalar(i, close + 1);
      colon = j;
    } else {
      if (ch === LBRACKET || ch === LBRACE || ch === PIPE || ch === GT) return null;
      this.checkPlainStart(i);
      // The key ends at the line's first `:` followed by a space or the line end, unless ` #` comes first.
      const { contentEnd } = this.lineEnd(i);
      colon = -1;
      for (let c = this.nextColon(i); c !== -1 && c < contentEnd; c = this.nextColon(c + 1)) {
        if (this.isEmptyAt(c + 1)) {
          colon = c;
          break;
        }
      }
      if (colon < 0) return null;
      const hash = this.nextCommentStart(i);
      if (hash !== -1 && hash < colon) return null;
      let end = colon;
      while (end > i && text.charCodeAt(end - 1) === SPACE) end--;
      const source = text.slice(i, end);
      if (source === '<<') bail(); // a merge key
      node = this.plainScalar(source, true);
      node.range = [i, end, end];
    }
    if (colon - lineStart > MAX_KEY_SPAN) bail();
    return { node, colon };
  }

  /** A value starting at `j` on the current line (after `key:` or `-`, or at the start of a later line). */
  private inlineValue(j: number, indentNext: number, parentIndent: number, lineStart: number): ValueScan {
    const { text } = this;
    const ch = text.charCodeAt(j);
    if (ch === PIPE || ch === GT) {
      if (lineStart < 0) bail();
      return this.blockScalar(j, indentNext, parentIndent);
    }
    if (ch === LBRACKET || ch === LBRACE) return this.flowCollection(j);
    if (ch === DQUOTE || ch === SQUOTE) {
      const close = this.quoteEnd(j);
      if (close < 0) bail();
      // Continuation lines of a quoted scalar must be indented (lexer: continueScalar).
      let nl = text.indexOf('\n', j);
      while (nl >= 0 && nl < close) {
        const cs = this.continueScalar(nl + 1, indentNext);
        if (cs < 0) bail();
        nl = text.indexOf('\n', cs);
      }
      const node = this.quotedScalar(j, close + 1);
      const next = this.valueLineEnd(close + 1, true);
      (node.range as Range3)[2] = next;
      return { node, next, hasEnd: true };
    }
    this.checkPlainStart(j);
    if ((ch === DASH || ch === QUESTION || ch === COLON) && this.isEmptyAt(j + 1)) bail();
    const end = this.plainEnd(j, indentNext);
    const raw = text.slice(j, end);
    const source = raw.indexOf('\n') >= 0 ? unfoldLines(raw) : raw;
    const node = this.plainScalar(source, false);
    const next = this.valueLineEnd(end, false);
    node.range = [j, end, next];
    return { node, next, hasEnd: true };
  }

  /**
   * Where a plain scalar starting at `start` ends (lexer: parsePlainScalar, block context), line
   * by line; bails when it stops at a `:` (a key where a value must be).
   */
  private plainEnd(start: number, indentNext: number): number {
    const { text, len } = this;
    let end = start;
    let a = start;
    for (;;) {
      const { contentEnd, next } = this.lineEnd(a);
      let hash = this.nextCommentStart(a);
      if (hash >= contentEnd) hash = -1;
      const stop = hash >= 0 ? hash : contentEnd;
      for (let c = this.nextColon(a); c !== -1 && c < stop; c = this.nextColon(c + 1)) {
        if (this.isEmptyAt(c + 1)) bail();
      }
      let e = stop;
      while (e > a && text.charCodeAt(e - 1) === SPACE) e--;
      if (e > a) end = e;
      if (hash >= 0 || next >= len || text.charCodeAt(next) === HASH) return end;
      const cs = this.continueScalar(next, indentNext);
      if (cs === -1 || text.charCodeAt(cs) === HASH) return end;
      a = cs;
    }
  }

  /** Lexer: continueScalar. The offset where a continuation line's content starts, or -1. */
  private continueScalar(offset: number, indentNext: number): number {
    const { text } = this;
    let ch = text.charCodeAt(offset);
    if (indentNext > 0) {
      let indent = 0;
      while (ch === SPACE) ch = text.charCodeAt(++indent + offset);
      if (ch === CR && text.charCodeAt(indent + offset + 1) === LF) return offset + indent + 1;
      return ch === LF || indent >= indentNext ? offset + indent : -1;
    }
    if ((ch === DASH || ch === DOT) && this.isDocumentMarker(offset)) return -1;
    return offset;
  }

  /** After a value's last character: spaces, an optional comment, the line end. Returns the next line's start. */
  private valueLineEnd(k: number, commentNeedsSpace: boolean): number {
    const { text } = this;
    let j = k;
    while (text.charCodeAt(j) === SPACE) j++;
    const { contentEnd, next } = this.lineEnd(j);
    if (j === contentEnd) return next;
    if (text.charCodeAt(j) === HASH && (j > k || !commentNeedsSpace)) return next;
    return bail();
  }

  /** The offset of the closing quote of the quoted scalar at `i` (lexer: parseQuotedScalar), or -1. */
  private quoteEnd(i: number): number {
    const { text } = this;
    const quote = text[i];
    let end = text.indexOf(quote, i + 1);
    if (quote === "'") {
      while (end !== -1 && text.charCodeAt(end + 1) === SQUOTE) end = text.indexOf("'", end + 2);
    } else {
      while (end !== -1) {
        let n = 0;
        while (text.charCodeAt(end - 1 - n) === BACKSLASH) n += 1;
        if (n % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
    }
    return end;
  }

  /** The quoted scalar from `start` to `end` (after the closing quote). */
  private quotedScalar(start: number, end: number): Scalar {
    const source = this.text.slice(start, end);
    const single = source.charCodeAt(0) === SQUOTE;
    const value = single ? singleQuotedValue(source) : doubleQuotedValue(source);
    const node = newScalar(value);
    node.range = [start, end, end];
    node.source = value;
    node.type = single ? Scalar.QUOTE_SINGLE : Scalar.QUOTE_DOUBLE;
    return node;
  }

  /** A plain scalar with the core schema's value (composeScalar, findScalarTagByTest); range set by the caller. */
  private plainScalar(value: string, atKey: boolean): Scalar {
    let node: Scalar;
    let format: string | undefined;
    if (mayNeedTag(value)) {
      let found: ScalarTag | undefined;
      for (const tag of this.tags) {
        if ((tag.default === true || (atKey && tag.default === 'key')) && tag.test!.test(value)) {
          found = tag;
          break;
        }
      }
      if (found) {
        if (found.tag === 'tag:yaml.org,2002:merge') bail();
        const res = found.resolve(value, bail, this.doc.options);
        node = isScalar(res) ? (res as Scalar) : newScalar(res);
        format = found.format;
      } else node = newScalar(value);
    } else node = newScalar(value);
    node.range = null;
    node.source = value;
    node.type = Scalar.PLAIN;
    if (format) node.format = format;
    return node;
  }

  /** A block scalar whose header is at `j` (lexer: parseBlockScalarHeader, parseBlockScalar; composer: resolveBlockScalar). */
  private blockScalar(j: number, indentNext: number, parentIndent: number): ValueScan {
    const { text } = this;
    const mode = text.charCodeAt(j);
    let k = j + 1;
    let chomp = 0;
    const c1 = text.charCodeAt(k);
    if (c1 === DASH || c1 === PLUS) {
      chomp = c1;
      k++;
    }
    const after = text.charCodeAt(k);
    if (!(k >= this.len || after === SPACE || after === LF || after === CR)) bail(); // indentation indicator, stray characters
    let h = k;
    while (text.charCodeAt(h) === SPACE) h++;
    const { contentEnd, next: contentStart } = this.lineEnd(h);
    if (h !== contentEnd && text.charCodeAt(h) !== HASH) bail();
    const sourceEnd = this.blockScalarEnd(contentStart, indentNext, chomp === PLUS);
    const source = text.slice(contentStart, sourceEnd);
    const value = blockScalarValue(source, parentIndent, mode === PIPE, chomp);
    const node = newScalar(value);
    node.range = [j, sourceEnd, sourceEnd];
    node.source = value;
    node.type = mode === PIPE ? Scalar.BLOCK_LITERAL : Scalar.BLOCK_FOLDED;
    return { node, next: sourceEnd, hasEnd: false };
  }

  /** Where the lexer ends a block scalar's content that starts at `pos` (parseBlockScalar, no explicit indentation). */
  private blockScalarEnd(pos: number, indentNextIn: number, keep: boolean): number {
    const { text, len } = this;
    let indentNext = indentNextIn;
    let nl = pos - 1;
    let indent = 0;
    let i = pos;
    for (; i < len; ++i) {
      const ch = text.charCodeAt(i);
      if (ch === SPACE) indent += 1;
      else if (ch === LF) {
        nl = i;
        indent = 0;
      } else if (ch === CR && text.charCodeAt(i + 1) === LF) {
        // part of a line break
      } else break;
    }
    if (indent >= indentNext) {
      indentNext = indent;
      do {
        const cs = this.continueScalar(nl + 1, indentNext);
        if (cs === -1) break;
        nl = text.indexOf('\n', cs);
      } while (nl !== -1);
      if (nl === -1) nl = len;
    }
    if (!keep) {
      for (;;) {
        let k = nl - 1;
        let ch = text.charCodeAt(k);
        if (ch === CR) ch = text.charCodeAt(--k);
        const lastChar = k;
        while (ch === SPACE) ch = text.charCodeAt(--k);
        if (ch === LF && k >= pos && k + 1 + indent > lastChar) nl = k;
        else break;
      }
    }
    return Math.min(nl + 1, len);
  }

  /** A one-line flow sequence or mapping of plain or quoted scalars at `j` (no nesting, no empty values). */
  private flowCollection(j: number): ValueScan {
    const { text } = this;
    const isMap = text.charCodeAt(j) === LBRACE;
    const closer = isMap ? RBRACE : RBRACKET;
    const coll = newCollection(isMap);
    coll.flow = true;
    const keys = isMap ? new Set<unknown>() : null;
    const { contentEnd } = this.lineEnd(j);
    let k = j + 1;
    while (text.charCodeAt(k) === SPACE) k++;
    if (text.charCodeAt(k) !== closer) {
      for (;;) {
        let key: Scalar | null = null;
        if (isMap) {
          // A key, then `:` and a space: `{ key: value }`.
          key = this.flowScalar(k, contentEnd, true);
          let m = (key.range as Range3)[1];
          while (text.charCodeAt(m) === SPACE) m++;
          if (text.charCodeAt(m) !== COLON || text.charCodeAt(m + 1) !== SPACE) bail();
          const value = key.value;
          if (typeof value === 'number' && Number.isNaN(value)) bail();
          if (keys!.has(value)) bail(); // DUPLICATE_KEY
          keys!.add(value);
          k = m + 2;
          while (text.charCodeAt(k) === SPACE) k++;
        }
        const item = this.flowScalar(k, contentEnd, false);
        // Spaces after a value join it (the parser's `end`, or `sep` moved to `end` in a sequence).
        let m = (item.range as Range3)[1];
        while (text.charCodeAt(m) === SPACE) m++;
        (item.range as Range3)[2] = m;
        if (key) (coll as YAMLMap).items.push(newPair(key, item));
        else (coll as YAMLSeq).items.push(item);
        const sep = text.charCodeAt(m);
        if (sep === closer) {
          k = m;
          break;
        }
        if (sep !== COMMA) bail();
        k = m + 1;
        while (text.charCodeAt(k) === SPACE) k++;
        if (text.charCodeAt(k) === closer) break; // a trailing comma
      }
    }
    const close = k + 1;
    const next = this.valueLineEnd(close, true);
    coll.range = [j, close, next];
    return { node: coll, next, hasEnd: true };
  }

  /** A plain or quoted scalar inside a one-line flow collection, ending before `limit`; range[2] is range[1]. */
  private flowScalar(k: number, limit: number, atKey: boolean): Scalar {
    const { text } = this;
    if (k >= limit) bail();
    const ch = text.charCodeAt(k);
    if (ch === DQUOTE || ch === SQUOTE) {
      const close = this.quoteEnd(k);
      if (close < 0 || close >= limit) bail();
      return this.quotedScalar(k, close + 1);
    }
    this.checkPlainStart(k);
    if ((ch === DASH || ch === QUESTION || ch === COLON) && this.isEmptyOrFlowAt(k + 1)) bail();
    // Lexer: parsePlainScalar in a flow context.
    let end = k;
    for (let m = k; m < limit; m++) {
      const c = text.charCodeAt(m);
      if (c === COMMA || c === RBRACKET || c === RBRACE || c === LBRACKET || c === LBRACE) break;
      if (c === COLON && this.isEmptyOrFlowAt(m + 1)) {
        if (atKey) break;
        bail();
      }
      if (c === SPACE) {
        if (text.charCodeAt(m + 1) === HASH) bail();
      } else end = m + 1;
    }
    const source = text.slice(k, end);
    if (atKey && source === '<<') bail();
    const node = this.plainScalar(source, atKey);
    node.range = [k, end, end];
    return node;
  }

  // ---------------------------------------------------------------------------------------------
  // Characters

  /** Bails where a plain scalar cannot start (an indicator, or a character the library rejects). */
  private checkPlainStart(i: number): void {
    switch (this.text.charCodeAt(i)) {
      case HASH:
      case LBRACE:
      case RBRACE:
      case LBRACKET:
      case RBRACKET:
      case STAR:
      case AMP:
      case BANG:
      case PIPE:
      case GT:
      case SQUOTE:
      case DQUOTE:
      case PERCENT:
      case AT:
      case BACKTICK:
      case COMMA:
        bail();
        break;
      case DASH:
      case QUESTION:
      case COLON:
        if (this.isEmptyAt(i + 1)) bail();
        break;
    }
  }

  private isDashAt(i: number): boolean {
    return this.text.charCodeAt(i) === DASH && this.isEmptyAt(i + 1);
  }

  /** Lexer: isEmpty (end of input, space, tab or line break). */
  private isEmptyAt(i: number): boolean {
    if (i >= this.len) return true;
    const ch = this.text.charCodeAt(i);
    return ch === SPACE || ch === LF || ch === CR || ch === TAB;
  }

  private isEmptyOrFlowAt(i: number): boolean {
    if (this.isEmptyAt(i)) return true;
    const ch = this.text.charCodeAt(i);
    return ch === COMMA || ch === LBRACKET || ch === RBRACKET || ch === LBRACE || ch === RBRACE;
  }

  private isDocumentMarker(i: number): boolean {
    const { text } = this;
    const ch = text.charCodeAt(i);
    return (
      (ch === DASH || ch === DOT) && text.charCodeAt(i + 1) === ch && text.charCodeAt(i + 2) === ch && this.isEmptyAt(i + 3)
    );
  }

  /** The end of the line's content (before CR LF or LF) and the start of the next line. */
  private lineEnd(i: number): { contentEnd: number; next: number } {
    const nl = this.text.indexOf('\n', i);
    if (nl < 0) return { contentEnd: this.len, next: this.len };
    return { contentEnd: nl > i && this.text.charCodeAt(nl - 1) === CR ? nl - 1 : nl, next: nl + 1 };
  }
}

/**
 * `text.indexOf(' #', from)`, by looking for the '#' alone: V8 searches a one-character string
 * with a fast scan and a two-character one character by character (about 5 µs over a 4.7 KB JD
 * with no comment, a tenth of its parse).
 */
function spaceHashAt(text: string, from: number): number {
  for (let k = text.indexOf('#', from + 1); k !== -1; k = text.indexOf('#', k + 1)) {
    if (text.charCodeAt(k - 1) === SPACE) return k - 1;
  }
  return -1;
}

function setEnd(node: RangedNode, end: number): void {
  (node.range as Range3)[2] = end;
}

/**
 * Characters the fast path does not handle: tabs, a CR without LF, a byte order mark, control
 * characters, and document markers (`---`, `...`) at a line start. One pass; no backtracking.
 */
const UNSUPPORTED_CHARACTERS = /[\x00-\x09\x0B\x0C\x0E-\x1F\x7F-\x9F\uFEFF]|\r(?!\n)|^(?:---|\.\.\.)(?:[ \t\r\n]|$)/m;

/** Whether a plain scalar could match a core-schema tag other than string (null, bool, numbers, merge key). */
function mayNeedTag(value: string): boolean {
  if (value.length === 0) return true;
  const c = value.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === PLUS || c === DASH || c === DOT || c === LT) return true;
  if (value.length > 5) return false;
  // ~, null/Null/NULL, true/True/TRUE, false/False/FALSE
  return c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70;
}

/** Line folding of plain and single-quoted scalars (resolve-flow-scalar.js: unfoldLines). */
function unfoldLines(source: string): string {
  let nl = source.indexOf('\n');
  if (nl < 0) return source;
  let res = trimSpaceEnd(source, 0, nl > 0 && source.charCodeAt(nl - 1) === CR ? nl - 1 : nl);
  let sep = ' ';
  let pos = nl + 1;
  while ((nl = source.indexOf('\n', pos)) >= 0) {
    const lineEnd = nl > pos && source.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
    let s = pos;
    while (s < lineEnd && isSpaceOrTab(source.charCodeAt(s))) s++;
    const line = trimSpaceEnd(source, s, lineEnd);
    if (line === '') {
      if (sep === '\n') res += sep;
      else sep = '\n';
    } else {
      res += sep + line;
      sep = ' ';
    }
    pos = nl + 1;
  }
  while (pos < source.length && isSpaceOrTab(source.charCodeAt(pos))) pos++;
  return res + sep + source.slice(pos);
}

function isSpaceOrTab(ch: number): boolean {
  return ch === SPACE || ch === TAB;
}

function trimSpaceEnd(source: string, start: number, end: number): string {
  let e = end;
  while (e > start && isSpaceOrTab(source.charCodeAt(e - 1))) e--;
  return source.slice(start, e);
}

function singleQuotedValue(source: string): string {
  return unfoldLines(source.slice(1, -1)).split("''").join("'");
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  '\t': '\t',
};

/** resolve-flow-scalar.js: doubleQuotedValue; bails on an invalid escape (the library reports it). */
function doubleQuotedValue(source: string): string {
  let res = '';
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i];
    if (ch === '\r' && source[i + 1] === '\n') continue;
    if (ch === '\n') {
      // Fold a single newline into a space, several into N - 1 newlines.
      let fold = '';
      let next = source[i + 1];
      while (next === ' ' || next === '\t' || next === '\n' || next === '\r') {
        if (next === '\r' && source[i + 2] !== '\n') break;
        if (next === '\n') fold += '\n';
        i += 1;
        next = source[i + 1];
      }
      res += fold || ' ';
    } else if (ch === '\\') {
      let next = source[++i];
      const cc = Object.prototype.hasOwnProperty.call(ESCAPES, next) ? ESCAPES[next] : undefined;
      if (cc) res += cc;
      else if (next === '\n') {
        next = source[i + 1];
        while (next === ' ' || next === '\t') next = source[++i + 1];
      } else if (next === '\r' && source[i + 1] === '\n') {
        next = source[++i + 1];
        while (next === ' ' || next === '\t') next = source[++i + 1];
      } else if (next === 'x' || next === 'u' || next === 'U') {
        const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
        const code = source.substr(i + 1, length);
        if (code.length !== length) bail();
        for (let k = 0; k < length; k++) {
          const c = code.charCodeAt(k);
          if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102))) bail();
        }
        const n = parseInt(code, 16);
        if (n > 0x10ffff) bail();
        res += String.fromCodePoint(n);
        i += length;
      } else bail();
    } else if (ch === ' ' || ch === '\t') {
      // Whitespace before a line break is dropped.
      const wsStart = i;
      let next = source[i + 1];
      while (next === ' ' || next === '\t') next = source[++i + 1];
      if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n')) res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
    } else res += ch;
  }
  return res;
}

/** resolve-block-scalar.js: resolveBlockScalar without an explicit indentation indicator; bails where it reports errors. */
function blockScalarValue(source: string, parentIndent: number, literal: boolean, chomp: number): string {
  // Each line's indent and content in two arrays, not a pair per line, and the value joined once
  // instead of built with += (a tree of pieces, flattened later): a 1 MB summary has 7,500 lines,
  // and all of this is garbage once the value exists.
  const indents: number[] = [];
  const contents: string[] = [];
  if (source) {
    let k = 0;
    while (source.charCodeAt(k) === SPACE) k++;
    let nl = source.indexOf('\n');
    indents.push(k);
    contents.push(source.slice(k, nl < 0 ? source.length : nl));
    while (nl >= 0) {
      const s = nl + 1;
      k = s;
      while (source.charCodeAt(k) === SPACE) k++;
      nl = source.indexOf('\n', s);
      indents.push(k - s);
      contents.push(source.slice(k, nl < 0 ? source.length : nl));
    }
  }
  const count = contents.length;
  let chompStart = count;
  for (let i = count - 1; i >= 0; --i) {
    const content = contents[i];
    if (content === '' || content === '\r') chompStart = i;
    else break;
  }
  if (chompStart === 0) return chomp === PLUS && count > 0 ? '\n'.repeat(Math.max(1, count - 1)) : '';
  let trimIndent = parentIndent;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const indent = indents[i];
    const content = contents[i];
    if (content === '' || content === '\r') {
      if (indent > trimIndent) trimIndent = indent;
    } else {
      if (indent < trimIndent) bail(); // more-indented leading empty lines need an indentation indicator
      trimIndent = indent;
      contentStart = i;
      if (trimIndent === 0) bail(); // block scalar values in collections must be indented
      break;
    }
  }
  for (let i = count - 1; i >= chompStart; --i) {
    if (indents[i] > trimIndent) chompStart = i + 1;
  }
  const parts: string[] = [];
  let sep = '';
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i) parts.push(' '.repeat(Math.max(0, indents[i] - trimIndent)), '\n');
  for (let i = contentStart; i < chompStart; ++i) {
    const indent = indents[i];
    let content = contents[i];
    if (content.charCodeAt(content.length - 1) === CR) content = content.slice(0, -1);
    if (content && indent < trimIndent) bail();
    const extra = ' '.repeat(Math.max(0, indent - trimIndent));
    if (literal) {
      parts.push(sep, extra, content);
      sep = '\n';
    } else if (indent > trimIndent || content.charCodeAt(0) === TAB) {
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      parts.push(sep, extra, content);
      sep = '\n';
      prevMoreIndented = true;
    } else if (content === '') {
      if (sep === '\n') parts.push('\n');
      else sep = '\n';
    } else {
      parts.push(sep, content);
      sep = ' ';
      prevMoreIndented = false;
    }
  }
  if (chomp === PLUS) {
    for (let i = chompStart; i < count; ++i) parts.push('\n', ' '.repeat(Math.max(0, indents[i] - trimIndent)));
    const value = parts.join('');
    return value[value.length - 1] !== '\n' ? value + '\n' : value;
  }
  if (chomp !== DASH) parts.push('\n');
  return parts.join('');
}
