// The post card's styled text is built piece by piece (linear in the text plus its entities and
// findings). Its output must equal the obvious per-character reading, kept here as the
// reference: for random texts with links, hashtags and mentions, random overlapping findings,
// limits and see-more cuts.
import { strict as assert } from 'node:assert';
import { richText, type Mark } from '../../src/core/render/post';
import { escapeAttribute, escapeHtml } from '../../src/core/render/html';
import { extractEntities } from '../../src/core/text/tokenize';
import type { Finding } from '../../src/core/types';
import { mulberry32 } from '../fuzz/fuzz';

/** Each character's class and title decided on its own, equal neighbours merged. */
function reference(text: string, from: number, to: number, limitAt: number, marks: readonly Mark[]): string {
  if (to <= from) return '';
  const kinds: (string | undefined)[] = [];
  for (const e of extractEntities(text)) {
    const kind = e.kind === 'hashtag' ? 'cd-hashtag' : e.kind === 'mention' ? 'cd-mention' : e.kind === 'url' ? 'cd-link' : undefined;
    if (kind) for (let i = e.start; i < e.end; i++) kinds[i] = kind;
  }
  const look = (i: number): [string, string | undefined] => {
    const covering = marks.filter((m) => m.start <= i && i < m.end);
    const names = [kinds[i], i >= limitAt ? 'cd-overflow' : undefined, ...(covering.length ? ['cd-mark', `cd-mark-${covering[0].finding.severity}`] : [])].filter(Boolean);
    return [names.join(' '), covering.length ? covering.map((m) => `${m.finding.message} (${m.finding.ruleId})`).join('\n') : undefined];
  };
  let out = '';
  let start = from;
  for (let i = from + 1; i <= to; i++) {
    if (i < to && look(i)[0] === look(start)[0] && look(i)[1] === look(start)[1]) continue;
    const [cls, title] = look(start);
    const piece = escapeHtml(text.slice(start, i)).replace(/\r?\n/g, '<br>');
    out += cls ? `<span class="${cls}"${title ? ` title="${escapeAttribute(title)}"` : ''}>${piece}</span>` : piece;
    start = i;
  }
  return out;
}

const WORDS = ['Trail', 'guide', 'café', '#Winter', '#Trail_2', '@fernhill', 'https://fernhill.coffee/a?b=1', 'fernhill.coffee', '🥾', '❄️', '<b>', '"x"', '&', '\n', '\r\n', '!!', ' '];

describe('post card text pieces', () => {
  it('equal the per-character reading on 400 random texts with overlapping findings', () => {
    const random = mulberry32(20261123);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
    let marked = 0;
    for (let n = 0; n < 400; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 30) }, () => pick(WORDS)).join(pick([' ', '', ' ']));
      const at = () => Math.floor(random() * (text.length + 4)) - 2;
      const marks: Mark[] = Array.from({ length: Math.floor(random() * 5) }, (_, k) => {
        const a = at();
        const b = random() < 0.2 ? a : at();
        const finding: Finding = { ruleId: `r/${k}`, severity: pick(['error', 'warning', 'info'] as const), message: `m${k} <${pick(WORDS)}>`, range: { start: 0, end: 0 }, docsUrl: '' };
        return { start: Math.min(a, b), end: Math.max(a, b), finding };
      });
      marked += marks.length;
      const from = Math.max(0, Math.min(text.length, at()));
      const to = random() < 0.5 ? text.length : Math.max(from, Math.min(text.length, at()));
      const limitAt = random() < 0.3 ? Infinity : at();
      assert.equal(richText(text, from, to, limitAt, marks), reference(text, from, to, limitAt, marks), JSON.stringify({ text, from, to, limitAt, marks: marks.map((m) => [m.start, m.end]) }));
    }
    assert.ok(marked > 500, `${marked} findings placed`);
  });
});
