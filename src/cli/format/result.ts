import { LineIndex, type Finding, type RelatedLocation } from '../../core/index';

interface LineColumn {
  line: number;
  column: number;
}

/** What a report needs of a file's text: where its findings' offsets are. */
export interface TextPositions {
  /** 1-based line and column of an offset. */
  positionAt(offset: number): LineColumn;
  /** The position of a range's last character (see lastCharacterPosition). */
  lastCharacterAt(range: Finding['range']): LineColumn;
}

/** One linted file as the formatters see it. */
export interface FileResult {
  /** The path as shown to the user: relative to the working folder, '/'-separated. */
  path: string;
  /** The file's text ('' for a file without findings, or when `positions` stands in for it). */
  text: string;
  /** The positions of the findings' offsets, when the text was not read (a cached result); the GitLab report needs the text itself. */
  positions?: TextPositions;
  findings: Finding[];
  /** Posts only: each target's counted length and limit. */
  counts?: Record<string, { length: number; limit: number; bytes?: number; byteLimit?: number }>;
}

/**
 * A formatter that writes as it goes: one chunk per file, so a run over 100,000 files never
 * holds its whole report (or every file's text) in memory.
 */
export interface Reporter {
  /** What comes before the first file. */
  start(): string;
  /** One file's part of the report. */
  file(result: FileResult): string;
  /** What comes after the last file. */
  end(): string;
}

/** The positions in a result's text: those it came with, or its text's lines. */
export function positionsOf(result: FileResult): TextPositions {
  if (result.positions) return result.positions;
  const index = new LineIndex(result.text);
  return { positionAt: (offset) => index.positionAt(offset), lastCharacterAt: (range) => lastCharacterPosition(index, { range }) };
}

/** A finding's start and end as 1-based line/column plus offset (end exclusive). */
export function findingPosition(index: Pick<TextPositions, 'positionAt'>, finding: Pick<Finding, 'range'>) {
  const start = index.positionAt(finding.range.start);
  const end = index.positionAt(finding.range.end);
  return {
    start: { line: start.line, column: start.column, offset: finding.range.start },
    end: { line: end.line, column: end.column, offset: finding.range.end },
  };
}

/** Where related information points: this file (`index` is its lines), or another one the finding names. */
export function relatedPosition(index: Pick<TextPositions, 'positionAt'>, related: RelatedLocation): ReturnType<typeof findingPosition> & { path?: string } {
  if (!related.file) return findingPosition(index, related);
  const { path, start, end } = related.file;
  return { path, start: { ...start, offset: related.range.start }, end: { ...end, offset: related.range.end } };
}

/** `json` (pretty-printed with `indent`) indented by `by` spaces on every line but the first. */
export function indentJson(json: string, by: number): string {
  return json.replace(/\n/g, `\n${' '.repeat(by)}`);
}

/**
 * The position of the range's last character, for reports whose ends are inclusive (GitHub
 * annotations, GitLab Code Quality lines): a range that ends just after a line break ends on the
 * line before; an empty range ends where it starts.
 */
export function lastCharacterPosition(index: LineIndex, finding: Pick<Finding, 'range'>) {
  const { start: from, end: to } = finding.range;
  let last = to - 1;
  while (last > from && (index.text[last] === '\n' || index.text[last] === '\r')) last--;
  return index.positionAt(to > from ? last : from);
}
