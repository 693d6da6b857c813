import { extractEntities, type Token } from '../text/tokenize';
import type { OffsetRange } from '../types';

/** A piece of composed text and where it comes from in the file. */
interface Piece {
  /** Offset of the piece in the composed text. */
  at: number;
  length: number;
  /** Offset in the file of the piece's first character. */
  from: number;
  /** Copied text maps character by character; generated text (appended hashtags) maps to one place. */
  generated?: OffsetRange;
}

/**
 * Text assembled from parts of a file (a platform's copy plus appended hashtags) that remembers
 * where every character came from, so findings about the composed text land in the file.
 */
export class ComposedText {
  private readonly pieces: Piece[] = [];
  private value = '';
  private entityCache: { text: string; tokens: Token[] } | undefined;
  private index: { pieces: number; value: { copied: Piece[]; generated: Piece[] } | undefined } | undefined;

  /** Links, hashtags, mentions and emoji of the text, found once and shared by every rule. */
  get entities(): readonly Token[] {
    if (this.entityCache?.text !== this.value) this.entityCache = { text: this.value, tokens: extractEntities(this.value) };
    return this.entityCache.tokens;
  }

  /** The composed text. */
  get text(): string {
    return this.value;
  }

  /** Appends another composed text, its characters still mapped to where they came from. */
  append(other: ComposedText): this {
    for (const piece of other.pieces) this.pieces.push({ ...piece, at: this.value.length + piece.at });
    this.value += other.value;
    return this;
  }

  /** Appends `source.slice(range.start, range.end)` as copied text. */
  copy(source: string, range: OffsetRange): this {
    if (range.end <= range.start) return this;
    this.pieces.push({ at: this.value.length, length: range.end - range.start, from: range.start });
    this.value += source.slice(range.start, range.end);
    return this;
  }

  /** Appends text that is not in the file as such; findings in it point at `origin`. */
  generate(text: string, origin: OffsetRange): this {
    if (text.length === 0) return this;
    this.pieces.push({ at: this.value.length, length: text.length, from: origin.start, generated: origin });
    this.value += text;
    return this;
  }

  /**
   * The text from `start` to `end` as a composed text of its own, every character still mapped to
   * where it came from (a part of a thread cut out of the whole copy).
   */
  slice(start: number, end: number): ComposedText {
    const out = new ComposedText();
    const from = Math.max(0, start);
    const to = Math.min(this.value.length, end);
    if (to <= from) return out;
    for (const piece of this.pieces) {
      const s = Math.max(from, piece.at);
      const e = Math.min(to, piece.at + piece.length);
      if (e <= s) continue;
      out.pieces.push(piece.generated ? { at: s - from, length: e - s, from: piece.from, generated: piece.generated } : { at: s - from, length: e - s, from: piece.from + (s - piece.at) });
    }
    out.value = this.value.slice(from, to);
    return out;
  }

  /** A copy that can be extended without changing this one. */
  clone(): ComposedText {
    const copy = new ComposedText();
    copy.pieces.push(...this.pieces.map((p) => ({ ...p })));
    copy.value = this.value;
    return copy;
  }

  /** The file offset of composed offset `offset` (the end of the text maps after its last character). */
  fileOffset(offset: number): number {
    if (this.pieces.length === 0) return 0;
    let lo = 0;
    let hi = this.pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.pieces[mid].at <= offset) lo = mid;
      else hi = mid - 1;
    }
    const piece = this.pieces[lo];
    if (piece.generated) return offset >= piece.at + piece.length ? piece.generated.end : piece.generated.start;
    return piece.from + Math.min(offset - piece.at, piece.length);
  }

  /** The file range of a composed range; generated text maps to its origin. */
  fileRange(range: OffsetRange): OffsetRange {
    const start = this.fileOffset(range.start);
    const piece = this.pieceAt(range.start);
    if (piece?.generated) return { ...piece.generated };
    const end = range.end > range.start ? this.fileOffset(range.end - 1) + 1 : start;
    return { start, end: Math.max(start, end) };
  }

  /**
   * Where the file's `range` lies in the composed text: the first run of composed characters whose
   * file offsets are inside it (for an empty range, the character at its start), or undefined.
   * Costs the pieces it touches, not the text: the preview asks this for every finding and card.
   */
  composedRange(range: OffsetRange): OffsetRange | undefined {
    const empty = range.end <= range.start;
    const inside = (at: number) => (empty ? at === range.start : at >= range.start && at < range.end);
    // The composed part of one piece whose file offsets lie in the range.
    const part = (p: Piece): OffsetRange | undefined => {
      if (p.generated) return inside(p.from) ? { start: p.at, end: p.at + p.length } : undefined;
      const start = Math.max(range.start, p.from);
      const end = empty ? range.start + 1 : Math.min(range.end, p.from + p.length);
      return start >= p.from && end <= p.from + p.length && end > start ? { start: p.at + start - p.from, end: p.at + end - p.from } : undefined;
    };
    const index = this.fileIndex();
    let candidates: Piece[];
    if (index) {
      // Copied pieces cover disjoint stretches of the file, in file order; generated ones are points.
      candidates = [];
      const { copied, generated } = index;
      for (let i = firstIndex(copied, (p) => p.from + p.length > range.start); i < copied.length && (copied[i].from < range.end || (empty && copied[i].from <= range.start)); i++) candidates.push(copied[i]);
      for (let i = firstIndex(generated, (p) => p.from >= range.start); i < generated.length && inside(generated[i].from); i++) candidates.push(generated[i]);
      candidates.sort((a, b) => a.at - b.at);
    } else candidates = this.pieces;
    let run: OffsetRange | undefined;
    for (const piece of candidates) {
      const r = part(piece);
      if (!run) run = r && { ...r };
      else if (r && r.start === run.end) run.end = r.end;
      else break;
    }
    return run;
  }

  /** The pieces by file offset, when copied pieces do not overlap in the file (always, as composed by this module). */
  private fileIndex(): { copied: Piece[]; generated: Piece[] } | undefined {
    if (this.index?.pieces === this.pieces.length) return this.index.value;
    const copied = this.pieces.filter((p) => !p.generated).sort((a, b) => a.from - b.from);
    const generated = this.pieces.filter((p) => p.generated).sort((a, b) => a.from - b.from || a.at - b.at);
    const disjoint = copied.every((p, i) => i === 0 || copied[i - 1].from + copied[i - 1].length <= p.from);
    this.index = { pieces: this.pieces.length, value: disjoint ? { copied, generated } : undefined };
    return this.index.value;
  }

  private pieceAt(offset: number): Piece | undefined {
    return this.pieces.find((p) => p.at <= offset && offset < p.at + p.length);
  }
}

/** The first index in `sorted` where `test` holds (it holds from there on), or `sorted.length`. */
function firstIndex<T>(sorted: readonly T[], test: (item: T) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(sorted[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** `ranges` (in file order) without the HTML comments in them: comments carry suppressions and notes, never copy. */
export function withoutComments(source: string, ranges: readonly OffsetRange[]): OffsetRange[] {
  const kept: OffsetRange[] = [];
  for (const range of ranges) {
    let at = range.start;
    const comment = /<!--[\s\S]*?(?:-->|$)/g;
    comment.lastIndex = range.start;
    const slice = source.slice(0, range.end);
    let match: RegExpExecArray | null;
    while ((match = comment.exec(slice)) !== null && match.index < range.end) {
      if (match.index > at) kept.push({ start: at, end: match.index });
      at = match.index + match[0].length;
      if (match[0].length === 0) break;
    }
    if (at < range.end) kept.push({ start: at, end: range.end });
  }
  return kept;
}

/**
 * The published copy of `ranges` (in file order): HTML comments dropped (they carry suppressions
 * and notes), leading and trailing blank space trimmed, Markdown kept as written.
 */
export function composeCopy(source: string, ranges: readonly OffsetRange[]): ComposedText {
  return composeTrimmed(source, withoutComments(source, ranges));
}

/** `kept` (ranges without comments, in file order) composed, blank space at both ends trimmed. */
function composeTrimmed(source: string, ranges: readonly OffsetRange[]): ComposedText {
  const kept = ranges.map((r) => ({ ...r }));
  // Trim blank space at both ends of the whole copy.
  while (kept.length > 0 && source.slice(kept[0].start, kept[0].end).trim() === '') kept.shift();
  while (kept.length > 0 && source.slice(kept[kept.length - 1].start, kept[kept.length - 1].end).trim() === '') kept.pop();
  if (kept.length > 0) {
    const first = kept[0];
    while (first.start < first.end && /\s/.test(source[first.start])) first.start++;
    const last = kept[kept.length - 1];
    while (last.end > last.start && /\s/.test(source[last.end - 1])) last.end--;
  }
  const composed = new ComposedText();
  for (const range of kept) composed.copy(source, range);
  return composed;
}

/** Where a `---` line leaves a thread part empty, and which way (for post/platform-block). */
export interface EmptyPart {
  /** The `---` line to remove. */
  line: OffsetRange;
  /** The line starts the copy, ends it, or follows another `---` line. */
  where: 'start' | 'end' | 'between';
}

/** A copy cut at its `---` lines. */
export interface CopyParts {
  /** The whole copy: the parts that have text, joined by a blank line that stands for the `---` line between them. */
  whole: ComposedText;
  /** The parts that have text, each trimmed; one part (the whole) when there is no `---` line. */
  parts: ComposedText[];
  /** The `---` lines that leave a part empty. */
  empty: EmptyPart[];
}

/**
 * The copy of `ranges` (as composeCopy reads it) cut at the `---` lines of `breaks` that lie in it,
 * outside comments: the parts of a thread. Platforms without threads publish the whole.
 */
export function composeParts(source: string, ranges: readonly OffsetRange[], breaks: readonly OffsetRange[]): CopyParts {
  const kept = withoutComments(source, ranges);
  const inside: OffsetRange[] = [];
  let k = 0;
  for (const line of breaks) {
    while (k < kept.length && kept[k].end < line.end) k++;
    if (k < kept.length && kept[k].start <= line.start) inside.push(line);
  }
  if (inside.length === 0) {
    const whole = composeTrimmed(source, kept);
    return { whole, parts: [whole], empty: [] };
  }
  // The kept ranges between one `---` line and the next (the line itself and its line break, which trimming drops, excluded).
  const segments: OffsetRange[][] = [[]];
  let b = 0;
  for (const range of kept) {
    let at = range.start;
    while (b < inside.length && inside[b].end <= range.end) {
      if (inside[b].start > at) segments[segments.length - 1].push({ start: at, end: inside[b].start });
      at = inside[b].end;
      segments.push([]);
      b++;
    }
    if (range.end > at) segments[segments.length - 1].push({ start: at, end: range.end });
  }
  const composed = segments.map((segment) => composeTrimmed(source, segment));
  const empty: EmptyPart[] = [];
  const parts: ComposedText[] = [];
  const whole = new ComposedText();
  composed.forEach((part, i) => {
    if (part.text.length === 0) {
      // The `---` line that makes the empty part: the first, the last, or the second of two in a row.
      const line = i === 0 ? inside[0] : i === composed.length - 1 ? inside[i - 1] : inside[i];
      const where = i === 0 ? 'start' : i === composed.length - 1 ? 'end' : 'between';
      // One line can leave two posts empty (a copy that is only `---`): it is reported once.
      if (empty[empty.length - 1]?.line.start !== line.start) empty.push({ line: { ...line }, where });
      return;
    }
    if (parts.length > 0) whole.generate('\n\n', inside[i - 1]);
    parts.push(part);
    whole.append(part);
  });
  if (parts.length === 0) parts.push(whole);
  return { whole, parts, empty };
}
