// Expands the small regular-expression dialect other linters use for word lists ('gurus?',
// 'rock[ -]*stars?', 'hero(?:es|ic)?', 'pool[ -]*table|pool') into the plain words and phrases
// Copydesk's vocabulary takes. Used only by tests that load a peer's dictionary from the corpus:
// Copydesk itself never runs a workspace's regular expressions. Returns undefined for patterns
// that are not a finite list of words (wildcards, repetition counts, anchors, look-arounds).

type Alternatives = string[];

const LIMIT = 256;

/** Every string `pattern` matches, or undefined when that is not a small finite set of words. */
export function expandPattern(pattern: string): string[] | undefined {
  const parser = new Parser(pattern.replace(/\\\\/g, '\\'));
  try {
    const out = parser.alternation();
    if (parser.at < pattern.length && parser.peek() !== undefined) return undefined;
    const words = [...new Set(out.map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s !== ''))];
    return words.length > 0 && words.length <= LIMIT ? words : undefined;
  } catch {
    return undefined;
  }
}

class Parser {
  at = 0;
  constructor(private readonly source: string) {}

  peek(): string | undefined {
    return this.source[this.at];
  }

  alternation(): Alternatives {
    const out: Alternatives = [...this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      out.push(...this.sequence());
    }
    return out;
  }

  private sequence(): Alternatives {
    let out: Alternatives = [''];
    for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek()) {
      let atom = this.atom();
      const q = this.peek();
      if (q === '?' || q === '*') {
        // `*` only ever repeats a separator here ([ -]*, \s*): none or one is every spelling we match.
        this.at++;
        atom = ['', ...atom];
      } else if (q === '+') {
        this.at++;
      } else if (q === '{') {
        throw new Error('counted repetition');
      }
      out = out.flatMap((head) => atom.map((tail) => head + tail));
      if (out.length > LIMIT) throw new Error('too many');
    }
    return out;
  }

  private atom(): Alternatives {
    const c = this.source[this.at++];
    if (c === '(') {
      if (this.source.startsWith('?:', this.at)) this.at += 2;
      else if (this.peek() === '?') throw new Error('look-around');
      const inner = this.alternation();
      if (this.source[this.at++] !== ')') throw new Error('unclosed group');
      return inner;
    }
    if (c === '[') {
      const close = this.source.indexOf(']', this.at);
      if (close < 0 || this.source[this.at] === '^') throw new Error('class');
      const members = this.source.slice(this.at, close).replace(/\\s/g, ' ');
      this.at = close + 1;
      if (members.includes('-') && !/^[ -]+$/.test(members) && !members.endsWith('-')) throw new Error('range');
      return [...new Set([...members].map((m) => (m === '-' ? ' ' : m)))];
    }
    if (c === '\\') {
      const next = this.source[this.at++];
      if (next === 's') return [' '];
      if (/[.\-()[\]?*+|/]/.test(next)) return [next];
      throw new Error(`escape \\${next}`);
    }
    if (c === '.' || c === '^' || c === '$') throw new Error('wildcard or anchor');
    return [c];
  }
}
