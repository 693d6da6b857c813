// The post card's styled text is built as nested spans, one per entity, overflow and finding mark
// (split only where one crosses the end of another), linear in the text plus its entities and
// findings. Read back character by character, it must equal the obvious per-character reading,
// kept here as the reference: for random texts with links, hashtags and mentions, random
// overlapping findings, limits and see-more cuts.
import { strict as assert } from 'node:assert';
import { richText, type Mark } from '../../src/core/render/post';
import { extractEntities, type Token } from '../../src/core/text/tokenize';
import type { Severity } from '../../src/core/types';
import { mulberry32 } from '../fuzz/fuzz';

/** How one character looks: its entity class, whether it is over the limit, and the marks on it. */
interface Look {
  entity?: string;
  overflow: boolean;
  /** `note/severity/line` of every mark covering the character, sorted. */
  marks: string[];
}

const ENTITY: Record<string, string | undefined> = { hashtag: 'cd-hashtag', mention: 'cd-mention', url: 'cd-link' };

/** Each character's look decided on its own. */
function reference(text: string, from: number, to: number, limitAt: number, marks: readonly Mark[], entities: readonly Token[]): Look[] {
  const kinds: (string | undefined)[] = [];
  const shown = entities.filter((e) => ENTITY[e.kind] && e.end > from && e.start < to);
  shown.forEach((e, k) => {
    for (let i = e.start; i < e.end; i++) kinds[i] = ENTITY[e.kind];
    // Hashtags (or mentions) apart only by spaces: the spaces between are styled with them.
    const before = shown[k - 1];
    if (before && before.kind === e.kind && e.kind !== 'url' && /^[ \t]*$/.test(text.slice(before.end, e.start))) for (let i = before.end; i < e.start; i++) kinds[i] = ENTITY[e.kind];
  });
  const looks: Look[] = [];
  for (let i = from; i < to; i++) {
    const covering = marks.filter((m) => m.start <= i && i < m.end).map((m) => `${m.id}/${m.severity}/${m.line}`);
    looks.push({ ...(kinds[i] ? { entity: kinds[i] } : {}), overflow: i >= limitAt, marks: covering.sort() });
  }
  return looks;
}

const CHARACTERS: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * The HTML read back against the text it shows: each character's look from the spans around it.
 * Fails on anything but the expected markup: unknown tags or classes, a mark without its note,
 * an empty or unclosed span, a character that is not the text's.
 */
function decode(html: string, text: string, from: number): Look[] {
  const looks: Look[] = [];
  const stack: { entity?: string; overflow: boolean; mark?: string; empty: boolean }[] = [];
  let at = from;
  const character = (c: string, width = 1) => {
    assert.equal(text.slice(at, at + width), c, `character ${at}`);
    for (const s of stack) s.empty = false;
    const look: Look = { overflow: false, marks: [] };
    for (const s of stack) {
      if (s.entity) look.entity = s.entity;
      if (s.overflow) look.overflow = true;
      if (s.mark) look.marks.push(s.mark);
    }
    look.marks.sort();
    for (let k = 0; k < width; k++) looks.push(look);
    at += width;
  };
  for (const token of html.match(/<span class="[^"]*"(?: data-note="[^"]*" data-line="[^"]*")?>|<\/span>|<br>|&[#a-z0-9]+;|[\s\S]/gu) ?? []) {
    if (token.startsWith('<span')) {
      const [, cls, note, line] = /^<span class="([^"]*)"(?: data-note="([^"]*)" data-line="([^"]*)")?>$/.exec(token)!;
      const mark = /^cd-mark cd-mark-(error|warning|info)$/.exec(cls);
      if (mark) {
        assert.match(note ?? '', /^\d+$/, token);
        stack.push({ overflow: false, mark: `${note}/${mark[1]}/${line}`, empty: true });
      } else {
        assert.equal(note, undefined, token);
        if (cls === 'cd-overflow') stack.push({ overflow: true, empty: true });
        else {
          assert.ok(Object.values(ENTITY).includes(cls), token);
          stack.push({ entity: cls, overflow: false, empty: true });
        }
      }
    } else if (token === '</span>') {
      assert.ok(stack.length > 0, 'a span closed that was not open');
      assert.equal(stack.pop()!.empty, false, 'an empty span');
    } else if (token === '<br>') {
      character(text[at] === '\r' ? '\r\n' : '\n', text[at] === '\r' ? 2 : 1);
    } else if (token.startsWith('&') && token.length > 1) {
      character(CHARACTERS[token] ?? assert.fail(`unknown entity ${token}`));
    } else {
      assert.ok(!/[<>"']/.test(token), `unescaped ${token}`);
      character(token, token.length);
    }
  }
  assert.equal(stack.length, 0, 'spans left open');
  return looks;
}

const WORDS = ['Trail', 'guide', 'café', '#Winter', '#Trail_2', '@fernhill', 'https://fernhill.coffee/a?b=1', 'fernhill.coffee', '🥾', '❄️', '<b>', '"x"', '&', '\n', '\r\n', '!!', ' '];

describe('post card text pieces', () => {
  it('read back, equal the per-character reading on 400 random texts with overlapping findings', () => {
    const random = mulberry32(20261123);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
    let marked = 0;
    let split = 0;
    for (let n = 0; n < 400; n++) {
      // Surrogate pairs and \r\n stay whole: cards cut only between characters.
      const text = Array.from({ length: 1 + Math.floor(random() * 30) }, () => pick(WORDS)).join(pick([' ', '', ' ']));
      const boundary = (i: number) => Math.max(0, Math.min(text.length, i + (((text.charCodeAt(i) & 0xfc00) === 0xdc00 || (text[i] === '\n' && text[i - 1] === '\r')) ? 1 : 0)));
      const at = () => boundary(Math.floor(random() * (text.length + 4)) - 2);
      const marks: Mark[] = Array.from({ length: Math.floor(random() * 5) }, (_, k) => {
        const a = at();
        const b = random() < 0.2 ? a : at();
        // Some marks share a note (findings with the same message).
        return { start: Math.min(a, b), end: Math.max(a, b), id: random() < 0.3 ? 0 : k, severity: pick(['error', 'warning', 'info'] as Severity[]), line: k };
      });
      marked += marks.length;
      const from = at();
      const to = random() < 0.5 ? text.length : Math.max(from, at());
      const limitAt = random() < 0.3 ? Infinity : at();
      const entities = extractEntities(text);
      const html = richText(text, from, to, limitAt, marks, entities);
      const context = JSON.stringify({ text, from, to, limitAt, marks });
      assert.deepEqual(decode(html, text, from), reference(text, from, to, limitAt, marks, entities), context);
      // Each mark is one span unless it crosses the end of another.
      split += (html.match(/<span class="cd-mark/g) ?? []).length - marks.filter((m) => Math.min(to, m.end) > Math.max(from, m.start)).length;
    }
    assert.ok(marked > 500, `${marked} findings placed`);
    assert.ok(split > 0, 'some marks cross others');
  });

  it('a wall of hashtags is one span; links stay one each', () => {
    const text = '#Winter #Trail\t#Ridge @fernhill https://a.coffee https://b.coffee';
    assert.equal(
      richText(text, 0, text.length, Infinity, [], extractEntities(text)),
      '<span class="cd-hashtag">#Winter #Trail\t#Ridge</span> <span class="cd-mention">@fernhill</span> <span class="cd-link">https://a.coffee</span> <span class="cd-link">https://b.coffee</span>',
    );
  });

  it('a mark over entities is one span around them, its note by number; the overflow nests inside', () => {
    const text = 'Go #Winter @fernhill now';
    const html = richText(text, 0, text.length, 21, [{ start: 3, end: 24, id: 7, severity: 'warning', line: 2 }], extractEntities(text));
    assert.equal(html, 'Go <span class="cd-mark cd-mark-warning" data-note="7" data-line="2"><span class="cd-hashtag">#Winter</span> <span class="cd-mention">@fernhill</span> <span class="cd-overflow">now</span></span>');
  });

  it('marks that cross: the inner one is closed at the outer one\'s end and opened again', () => {
    const text = 'abcdefghij';
    const html = richText(text, 0, text.length, Infinity, [{ start: 0, end: 6, id: 0, severity: 'error', line: 0 }, { start: 3, end: 9, id: 1, severity: 'info', line: 1 }], []);
    assert.equal(html, '<span class="cd-mark cd-mark-error" data-note="0" data-line="0">abc<span class="cd-mark cd-mark-info" data-note="1" data-line="1">def</span></span><span class="cd-mark cd-mark-info" data-note="1" data-line="1">ghi</span>j');
  });
});
