/** 1-based line and column; columns count UTF-16 code units, as VS Code does. */
export interface LineColumn {
  line: number;
  column: number;
}

/** Offsets where each line starts. Lines end at \n, \r\n or a lone \r, as in VS Code. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Converts offsets to line/column quickly for many lookups in the same text. */
export class LineIndex {
  readonly starts: number[];
  constructor(readonly text: string) {
    this.starts = lineStarts(text);
  }

  /** 0-based line number containing `offset`. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** 1-based line and column of `offset`, clamped into the text. */
  positionAt(offset: number): LineColumn {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(clamped);
    return { line: line + 1, column: clamped - this.starts[line] + 1 };
  }

  /** Offset of the start of 0-based `line` (the text's length past the end). */
  offsetOfLine(line: number): number {
    if (line < 0) return 0;
    return line < this.starts.length ? this.starts[line] : this.text.length;
  }
}
