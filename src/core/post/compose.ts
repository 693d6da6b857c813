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

  /** Links, hashtags, mentions and emoji of the text, found once and shared by every rule. */
  get entities(): readonly Token[] {
    if (this.entityCache?.text !== this.value) this.entityCache = { text: this.value, tokens: extractEntities(this.value) };
    return this.entityCache.tokens;
  }

  /** The composed text. */
  get text(): string {
    return this.value;
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

  private pieceAt(offset: number): Piece | undefined {
    return this.pieces.find((p) => p.at <= offset && offset < p.at + p.length);
  }
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
  const kept = withoutComments(source, ranges);
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
