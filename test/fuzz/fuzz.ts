// The Copydesk fuzzer: a seeded PRNG, mutators over real files, generators of plausible JDs, posts
// and configurations, and the properties every input must keep (checkUnit). Everything is a
// function of (seed, case index), so a failure is reproduced from those two numbers alone.
//
// This module is also the fuzz worker: fuzz.test.ts runs the cases in a worker thread it can
// terminate, so a case that hangs is reported (seed, case, excerpt) instead of freezing the run.
import { EXPORT_FORMATS, exportJobDescription } from '../../src/core/export/index';
import { importJobDescription } from '../../src/core/import/index';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { parse, stringify } from 'yaml';
import {
  PLATFORM_IDS,
  ALL_RULES,
  applyFixes,
  completionsAt,
  hoverAt,
  lint,
  renderPreview,
  resolveConfig,
  safeFixes,
  type Finding,
} from '../../src/core/index';
import { REPO_ROOT, TODAY } from '../support/paths';

// ---------------------------------------------------------------------------------------------
// Randomness

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG; the same seed gives the same sequence everywhere. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of case `index` of a run seeded `seed`: cases are independent of each other. */
export function caseSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

export class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** 0 … n-1. */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  /** lo … hi, both included. */
  between(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  weighted<T>(items: readonly (readonly [number, T])[]): T {
    let r = this.next() * items.reduce((sum, [w]) => sum + w, 0);
    for (const [w, item] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1][1];
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
  /** Each item kept with probability `p`. */
  subset<T>(items: readonly T[], p = 0.5): T[] {
    return items.filter(() => this.chance(p));
  }
  /** 1 … n items picked (with repetition). */
  some<T>(items: readonly T[], lo: number, hi: number): T[] {
    return Array.from({ length: this.between(lo, hi) }, () => this.pick(items));
  }
}

// ---------------------------------------------------------------------------------------------
// Vocabulary the generators and mutators draw from

const RULE_IDS = ALL_RULES.map((r) => r.id);
const JD_SECTIONS = ['title', 'department', 'location', 'employment_type', 'salary', 'summary', 'responsibilities', 'qualifications', 'skills', 'daily_tasks', 'kpis', 'reporting', 'brand_alignment', 'platforms', 'tools', 'crisis_communication', 'budget', 'benefits', 'equal_opportunity', 'review'];
const PLATFORM_NAMES = [...PLATFORM_IDS, 'twitter', 'ig', 'insta', 'fb', 'li', 'bsky', 'Twiter', 'myspace', 'LinkedIn', 'X', '', '42', 'science', 'brand-x'];

const PLAIN_WORDS = 'we build plan the team brand content calendar community grow reach engagement weekly report posts video stories campaign launch store trail boots coffee customer care analytics audience paid social budget creators reply comments approve partner media story share new winter summer jacket tent club members Hamburg Porto London hybrid remote role'.split(' ');
const TRIGGER_WORDS = [
  'rockstar', 'Rockstars', 'ninja', 'NINJA', 'guru', 'wizard', 'work hard play hard', 'work-hard play-hard', 'fast-paced family', 'e-mail', 'E-mail', 'eMail',
  'NorthWind Outfitters', 'northwind outfitters', 'trailhead club', 'cheap', 'cheapest', 'Summit Pro', 'summit pro',
  'young', 'digital native', 'he', 'his', 'chairman', 'salesman', 'manpower', 'crazy', 'sanity check', 'blind spot', 'energetic', 'recent graduate',
  'HUGE', 'NEWS', 'AMAZING', 'CEO', 'UGC', '!!!', '!', '?!', '🥾', '🔥', '❄️', '👨‍👩‍👧‍👦', '🇩🇪', '👍🏽',
  'http://example.com/a', 'https://bit.ly/x', 'https://northwind.example/journal?utm_source=x', 'www.example.org', 'mail@example.org',
  '#FollowForFollow', '#gearswap', '#GearSwap', '#ad', '#partner', '#Northwind', '#', '##', '@northwind', '@', '`code`', 'café', 'Straße',
];
const UNICODE_PIECES = [
  '😀', '𝔘𝔫𝔦', '𠜎', '🏔️', '👨‍👩‍👧‍👦', '🏳️‍🌈', '🇩🇪', '👍🏽', '❤\uFE0F', '#\uFE0F\u20E3', // astral, ZWJ, flags, skin tones, keycaps
  'e\u0301', 'a\u0300\u0301\u0302\u0303\u0304', 'Z\u0336\u0335\u0334\u0337\u0338\u0339\u033A', '\u0301', // combining marks, zalgo, a lone mark
  '\u202E', '\u202D', '\u2067', 'مرحبا', 'שלום', '\u200F', '\u200E', // RTL text and controls
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\uFFFD', '\uFFFE', '\uFFFF', // zero-width, BOM, replacement, non-characters
  '\u0000', '\u0001', '\u0007', '\u0008', '\u000B', '\u000C', '\u001B', '\u007F', '\u0080', '\u0085', '\u009B', '\u009F', // C0/C1 controls, NEL
  '\u2028', '\u2029', '\u00A0', '\u3000', '\t', // separators and odd spaces
  'Ｆｕｌｌｗｉｄｔｈ', '東京', 'Привет', 'ǅ', 'ß', 'İ', 'ﬁ', // case-mapping oddities (ß, İ and ﬁ change length in upper/lower case)
];
const LONE_SURROGATES = ['\uD800', '\uDC00', '\uDBFF', '\uDFFF', '\uD83D', '\uDE00'];
const YAML_TOKENS = [':', ': ', '- ', '-', '&a ', '*a', '*a ', '&b [x]', '*b', '!!tag ', '!!str ', '!!binary ', '!!map ', '!local ', '{', '}', '[', ']', ',', '|', '>', '|-', '>+', '|2', '? ', '<<: *a', '"', "'", '#', '\t', '@', '`', '%', '%YAML 1.2\n', '%TAG ! tag:x,2026:\n', '...', 'null', '~', 'true', '0x1F', '1e9999', '.nan', '2026-02-30', 'key: value', '"\\u', '"\\x', "''"];
const HTML_PIECES = [
  '<!-- x -->', '<!--', '-->', '<!-- <!-- -->', '<script>alert(1)</script>', '<SCRIPT SRC=//x.example/a.js>', '<img src=x onerror=alert(1)>', '"><script>alert(1)</script>',
  '[click](javascript:alert(1))', '<a href="javascript:alert(1)">x</a>', '</div></section>', '<style>body{}</style>', '&lt;script&gt;', '&#x3C;script>', '<iframe src=x>', '<svg onload=alert(1)>', '</textarea><script>',
];
const BLOCK_IDS = [...PLATFORM_IDS, 'twitter', 'science', 'myspace', '', '   ', 'x y', 'linkedin:::', ':::', 'ß', '😀'];

function sentence(rng: Random, extra: readonly string[] = []): string {
  const words = rng.some(PLAIN_WORDS, 3, 14);
  for (let i = rng.int(3); i > 0; i--) words.splice(rng.int(words.length + 1), 0, rng.pick(rng.chance(0.3) && extra.length > 0 ? extra : TRIGGER_WORDS));
  if (rng.chance(0.1)) words.splice(rng.int(words.length + 1), 0, rng.pick(UNICODE_PIECES));
  const s = words.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1) + rng.pick(['.', '.', '.', '!', '?', '', ':']);
}

function paragraph(rng: Random, extra: readonly string[] = [], lo = 1, hi = 4): string {
  return Array.from({ length: rng.between(lo, hi) }, () => sentence(rng, extra)).join(' ');
}

function randomDate(rng: Random): string {
  return rng.weighted<string>([
    [6, `${rng.between(2015, 2028)}-${String(rng.between(1, 12)).padStart(2, '0')}-${String(rng.between(1, 28)).padStart(2, '0')}`],
    [1, '2026-02-30'],
    [1, '2026-13-01'],
    [1, 'yesterday'],
    [1, '26-1-1'],
  ]);
}

function randomSchedule(rng: Random): string {
  const date = randomDate(rng);
  return rng.pick([`${date}T09:00:00+01:00`, `${date}T18:30:00Z`, `${date}T09:00:00`, date, `${date} 25:61`, 'next tuesday', `${date}T09:00:00+14:00`]);
}

// ---------------------------------------------------------------------------------------------
// Mutators

/** A mutation: the new text and where it happened (the excerpt shown when the case fails). */
export interface Mutated {
  text: string;
  at: number;
}

type Mutator = (rng: Random, text: string) => Mutated;

function insert(text: string, at: number, piece: string): Mutated {
  return { text: text.slice(0, at) + piece + text.slice(at), at };
}

/** A random offset, or (half the time) the start of a random line. */
function offset(rng: Random, text: string, lineStart = rng.chance(0.5)): number {
  const at = rng.int(text.length + 1);
  return lineStart ? text.lastIndexOf('\n', at - 1) + 1 : at;
}

function deepNesting(rng: Random): string {
  const n = rng.between(500, 1500);
  switch (rng.int(8)) {
    case 0:
      return '['.repeat(n);
    case 1:
      return `${'['.repeat(n)}x${']'.repeat(n)}`;
    case 2:
      return `${'{a: '.repeat(n)}b${'}'.repeat(n)}`;
    // Indented levels grow as n²: 500-700 levels is already 250-500 KB.
    case 3:
      return Array.from({ length: 500 + (n % 200) }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + '\n';
    case 4:
      return Array.from({ length: 500 + (n % 200) }, (_, i) => `${'  '.repeat(i)}-`).join('\n') + ' x\n';
    case 5:
      return `${'- '.repeat(n)}x\n`;
    case 6:
      return `${'> '.repeat(n)}quote\n`;
    default:
      return `${'::: x\n'.repeat(n)}${':::\n'.repeat(rng.int(n))}`;
  }
}

function hugeScalar(rng: Random): string {
  const kb = 1024;
  switch (rng.int(10)) {
    case 0:
      return 'a'.repeat(100 * kb);
    case 1:
      return Array.from({ length: 100 * kb }, () => String.fromCharCode(97 + rng.int(26))).join('');
    case 2: {
      // One 1 MB line of words.
      const words: string[] = [];
      let length = 0;
      while (length < 1024 * kb) {
        const w = rng.pick(PLAIN_WORDS);
        words.push(w);
        length += w.length + 1;
      }
      return words.join(' ');
    }
    case 3:
      return '🌲'.repeat(50 * kb);
    case 4:
      return `${rng.pick(TRIGGER_WORDS)} `.repeat(Math.floor((100 * kb) / 12));
    case 5:
      return Array.from({ length: 8 * kb }, (_, i) => `#tag${i}`).join(' ');
    case 6:
      return Array.from({ length: 4 * kb }, (_, i) => `https://example.com/${i}?utm_source=x`).join(' ');
    case 7:
      return '!'.repeat(100 * kb);
    case 8:
      return `a${'\u0301'.repeat(100 * kb)}`;
    default:
      return '\n'.repeat(256 * kb);
  }
}

function disableComment(rng: Random): string {
  const directive = rng.pick(['disable', 'disable-next-line', 'disable-line', 'enable', 'disable-file', 'Disable', 'disable-next-line-']);
  const rules = rng.weighted<string>([
    [4, rng.pick(RULE_IDS)],
    [1, ''],
    [1, '*'],
    [1, 'bogus/rule'],
    [1, `${rng.pick(RULE_IDS)}, ${rng.pick(RULE_IDS)}`],
    [1, `${rng.pick(RULE_IDS)} -- because`],
  ]);
  const body = `copydesk-${directive}${rules ? ` ${rules}` : ''}`;
  return rng.pick([`# ${body}\n`, `<!-- ${body} -->\n`, `  # ${body}`, `<!-- ${body}`, ` # ${body}\n`]);
}

function lineEndings(rng: Random, text: string): Mutated {
  switch (rng.int(5)) {
    case 0:
      return { text: text.replace(/\r?\n/g, '\r\n'), at: 0 };
    case 1:
      return { text: text.replace(/\r?\n/g, '\r'), at: 0 };
    case 2:
      return { text: text.replace(/\r?\n/g, () => rng.pick(['\n', '\r\n', '\r', '\n\r', '\u2028'])), at: 0 };
    case 3:
      return insert(text, offset(rng, text, false), rng.pick(['\r', '\r\n', '\n\r', '\r\r\n']));
    default:
      return { text: text.replace(/\r?\n/g, ' '), at: 0 };
  }
}

function splitSurrogate(rng: Random, text: string): Mutated {
  const pairs: number[] = [];
  for (let i = 0; i + 1 < text.length && pairs.length < 64; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) pairs.push(i);
  }
  if (pairs.length === 0) return insert(text, offset(rng, text, false), rng.pick(LONE_SURROGATES));
  const at = rng.pick(pairs);
  return rng.chance(0.5)
    ? insert(text, at + 1, rng.pick(['x', ' ', '\n', '\u0301', ':']))
    : { text: text.slice(0, at + rng.int(2)) + text.slice(at + 1 + rng.int(2)), at };
}

const MUTATORS: readonly (readonly [number, string, Mutator])[] = [
  [6, 'replace a character', (rng, text) => {
    const at = rng.int(text.length);
    const c = rng.weighted<string>([[3, rng.pick([...YAML_TOKENS, ...UNICODE_PIECES]).charAt(0)], [1, String.fromCharCode(rng.int(0x10000))], [2, rng.pick(PLAIN_WORDS).charAt(0)]]);
    return { text: text.slice(0, at) + c + text.slice(at + 1), at };
  }],
  [4, 'flip a bit', (rng, text) => {
    if (text.length === 0) return { text: String.fromCharCode(rng.int(0x10000)), at: 0 };
    const at = rng.int(text.length);
    return { text: text.slice(0, at) + String.fromCharCode(text.charCodeAt(at) ^ (1 << rng.int(16))) + text.slice(at + 1), at };
  }],
  [6, 'delete a span', (rng, text) => {
    const at = rng.int(text.length + 1);
    return { text: text.slice(0, at) + text.slice(at + rng.between(1, rng.pick([1, 2, 8, 64, 512]))), at };
  }],
  [4, 'duplicate a span', (rng, text) => {
    const from = rng.int(text.length + 1);
    const span = text.slice(from, from + rng.between(1, rng.pick([4, 32, 256])));
    return insert(text, offset(rng, text, false), span.repeat(rng.chance(0.1) ? rng.between(50, 300) : rng.between(1, 3)));
  }],
  [3, 'truncate', (rng, text) => {
    const at = rng.int(text.length + 1);
    return { text: text.slice(0, at), at };
  }],
  [2, 'insert deep nesting', (rng, text) => insert(text, offset(rng, text, true), deepNesting(rng))],
  [0.5, 'insert a huge scalar', (rng, text) => insert(text, offset(rng, text), hugeScalar(rng))],
  [5, 'insert Unicode', (rng, text) => insert(text, offset(rng, text), rng.some(UNICODE_PIECES, 1, 12).join(rng.pick(['', ' '])))],
  [3, 'insert or split a surrogate', splitSurrogate],
  [3, 'mix line endings', lineEndings],
  [6, 'insert YAML syntax', (rng, text) => insert(text, offset(rng, text), rng.some(YAML_TOKENS, 1, 3).join(rng.pick(['', ' ', '\n'])))],
  [3, 'insert a ::: line', (rng, text) => insert(text, offset(rng, text, rng.chance(0.9)), `${rng.pick([':::', '::: ', '::::', ' :::'])}${rng.chance(0.7) ? rng.pick(BLOCK_IDS) : ''}\n`)],
  [2, 'insert a --- line', (rng, text) => insert(text, offset(rng, text, rng.chance(0.9)), rng.pick(['---\n', '---\r\n', '...\n', '--- |\n', '---', '----\n', '--- !!map\n']))],
  [3, 'insert HTML', (rng, text) => insert(text, offset(rng, text), rng.pick(HTML_PIECES))],
  [3, 'insert a copydesk comment', (rng, text) => insert(text, offset(rng, text, rng.chance(0.8)), disableComment(rng))],
  [4, 'insert flagged words', (rng, text) => insert(text, offset(rng, text, false), ` ${rng.some(TRIGGER_WORDS, 1, 4).join(' ')} `)],
];

/** `count` random mutations of `text`; `at` is where the last one happened. */
export function mutate(rng: Random, text: string, count: number): { text: string; at: number; names: string[] } {
  let out: Mutated = { text, at: 0 };
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const [, name, mutator] = rng.weighted(MUTATORS.map((m) => [m[0], m] as const));
    out = mutator(rng, out.text);
    names.push(name);
  }
  return { ...out, names };
}

// ---------------------------------------------------------------------------------------------
// Generators

/** The words and phrases a configuration flags, so generated copy uses them. */
export function vocabularyOf(config: unknown): string[] {
  const out: string[] = [];
  const terms = (config as { terms?: unknown })?.terms;
  if (!Array.isArray(terms)) return out;
  for (const t of terms) {
    if (t === null || typeof t !== 'object') continue;
    for (const key of ['ban', 'instead_of', 'prefer', 'suggest']) {
      const v = (t as Record<string, unknown>)[key];
      for (const w of Array.isArray(v) ? v : [v]) if (typeof w === 'string' && w.trim() !== '') out.push(w);
    }
  }
  return out;
}

function phrase(rng: Random): string {
  return rng.weighted<string>([
    [4, rng.pick(TRIGGER_WORDS.filter((w) => /^[\p{L} -]+$/u.test(w)))],
    [3, rng.some(PLAIN_WORDS, 1, 3).join(' ')],
    [2, rng.pick(['café au lait', 'naïve', 'Straße', 'Ærøskøbing', '東京', 'Привет мир', 'مرحبا', 'ninja-rockstar', 'self-starter', 'co-op', "rock 'n' roll", 'A.I.', 'C++', 'x'])],
    [1, rng.pick(['🔥 deal', '  spaced  ', 'UPPER CASE', 'ǅemal', 'İstanbul', 'ﬁsh', 'ß'])],
  ]);
}

function stringifyStyled(rng: Random, value: unknown): string {
  return stringify(value, {
    collectionStyle: rng.pick(['any', 'any', 'block', 'flow'] as const),
    defaultStringType: rng.pick(['PLAIN', 'PLAIN', 'PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_FOLDED', 'BLOCK_LITERAL'] as const),
    indent: rng.pick([2, 2, 4, 1]),
    lineWidth: rng.pick([80, 0, 20]),
  });
}

/** A random configuration object and its `.copydesk.yaml` text: mostly valid, sometimes not. */
export function generateConfig(rng: Random): { value: Record<string, unknown>; text: string } {
  const value: Record<string, unknown> = {};
  const severity = () => rng.weighted<unknown>([[8, rng.pick(['off', 'info', 'warning', 'error'])], [1, 'loud'], [1, 3]]);
  if (rng.chance(0.5)) value.brand = rng.pick(['Acme', 'Northwind Outfitters', 'Ünïcode Brand', '', '🔥']);
  if (rng.chance(0.1)) value.extends = rng.pick<unknown>(['./base.yaml', ['a.yaml', 'b.yaml'], '', 42]);
  if (rng.chance(0.4)) {
    const jd: Record<string, unknown> = {};
    if (rng.chance(0.5)) jd.required_sections = rng.subset([...JD_SECTIONS, 'skils'], 0.3);
    if (rng.chance(0.5)) jd.recommended_sections = rng.subset([...JD_SECTIONS, 'benefit'], 0.3);
    if (rng.chance(0.5)) jd.review_every_months = rng.pick<unknown>([1, 6, 12, 0, 121, 'x', 2.5]);
    value.jd = jd;
  }
  if (rng.chance(0.85)) {
    value.terms = Array.from({ length: rng.between(1, 12) }, () => {
      const options: Record<string, unknown> = {};
      if (rng.chance(0.3)) options.message = sentence(rng);
      if (rng.chance(0.2)) options.case_sensitive = rng.chance(0.5);
      if (rng.chance(0.2)) options.severity = rng.pick(['info', 'warning', 'error', 'off']);
      if (rng.chance(0.2)) options.applies_to = rng.pick<unknown>([['jd'], ['post'], ['jd', 'post'], [], ['config']]);
      return rng.weighted<Record<string, unknown>>([
        [6, { ban: Array.from({ length: rng.between(1, 4) }, () => phrase(rng)), ...(rng.chance(0.4) ? { suggest: Array.from({ length: rng.between(1, 3) }, () => phrase(rng)) } : {}), ...options }],
        [4, { prefer: phrase(rng), instead_of: Array.from({ length: rng.between(1, 3) }, () => phrase(rng)), ...options }],
        [1, rng.pick<Record<string, unknown>>([{ pattern: '(a+)+$' }, { ban: [] }, { ban: ['  '] }, { prefer: 'x' }, { ban: 'guru' }, {}])],
      ]);
    });
  }
  if (rng.chance(0.5)) {
    value.hashtags = {
      ...(rng.chance(0.5) ? { required: rng.some(['Northwind', 'Acme', 'GearSwap', '', 'ß'], 1, 2) } : {}),
      ...(rng.chance(0.5) ? { banned: rng.some(['FollowForFollow', 'Like4Like', 'ad'], 1, 2) } : {}),
      ...(rng.chance(0.5) ? { allowed: rng.some(['GearSwap', 'WinterTrails', 'TrailheadClub', 'X'], 1, 3) } : {}),
      ...(rng.chance(0.4) ? { max: Object.fromEntries(rng.subset(PLATFORM_IDS).map((p) => [p, rng.between(0, 5)])) } : {}),
      ...(rng.chance(0.5) ? { style: rng.pick(['camel', 'pascal', 'lower', 'any', 'snake']) } : {}),
    };
  }
  if (rng.chance(0.4)) value.emoji = { max: rng.pick([0, 1, 3, -1]) };
  if (rng.chance(0.5)) value.tone = { max_exclamations: rng.pick([0, 1, 2]), shouting: rng.chance(0.7), ...(rng.chance(0.5) ? { acronyms: ['CEO', 'UGC', 'NEWS'] } : {}) };
  if (rng.chance(0.5)) value.links = { https_only: rng.chance(0.7), require_utm: rng.chance(0.5), block_shorteners: rng.chance(0.7) };
  if (rng.chance(0.3)) value.sponsored = { disclosure: rng.some(['#ad', '#sponsored', '#partner', 'Anzeige'], 1, 3) };
  if (rng.chance(0.4)) value.inclusive_language = rng.pick<unknown>([true, false, { applies_to: ['jd', 'post'] }, { allow: ['young', 'nonsense'] }, { applies_to: ['post'], allow: ['he'] }]);
  if (rng.chance(0.3)) value.accounts = { science: { platform: rng.pick([...PLATFORM_IDS, 'myspace']), max_length: rng.pick([10, 1000, 0]) }, 'brand-x': { platform: 'x' } };
  if (rng.chance(0.3)) value.platforms = Object.fromEntries(rng.subset(PLATFORM_IDS).map((p) => [p, { max_length: rng.pick([1, 20, 500]), ...(p === 'bluesky' ? { max_bytes: rng.pick([1, 50]) } : {}), ...(rng.chance(0.5) ? { see_more: rng.pick([1, 40]) } : {}) }]));
  if (rng.chance(0.6)) value.rules = Object.fromEntries([...rng.subset(RULE_IDS, 0.25), ...(rng.chance(0.2) ? ['bogus/rule'] : [])].map((id) => [id, severity()]));
  if (rng.chance(0.05)) value[rng.pick(['colour', 'Terms', 'rules '])] = 1;
  let text = stringifyStyled(rng, value);
  if (rng.chance(0.3)) text = `# generated configuration\n${rng.chance(0.5) ? disableComment(rng) : ''}${text}`;
  return { value, text };
}

/** A random job description: plausible keys and values, sometimes of the wrong type. */
export function generateJd(rng: Random, config?: unknown): string {
  const extra = vocabularyOf(config);
  const list = (lo = 0, hi = 6) => Array.from({ length: rng.between(lo, hi) }, () => (rng.chance(0.05) ? rng.pick<unknown>([null, '', 42, ['nested']]) : sentence(rng, extra)));
  const text = () => (rng.chance(0.05) ? rng.pick<unknown>([42, null, [], {}, true]) : sentence(rng, extra));
  const jd: Record<string, unknown> = {};
  const shared = list(1, 3);
  const fields: Record<string, () => unknown> = {
    title: () => (rng.chance(0.8) ? rng.pick(['Social Media Manager', 'Community Manager', 'Content Ninja', 'Rockstar Copywriter', 'Head of Social', '']) : text()),
    department: text,
    location: () => (rng.chance(0.5) ? rng.pick(['Hamburg', 'Remote', 'Porto, PT']) : { city: rng.pick(['Hamburg', 'Porto', '']), country: rng.pick(['DE', 'PT', 'XX', 'Germany', 'de']), workplace: rng.pick(['hybrid', 'remote', 'onsite', 'office', 'moon']) }),
    employment_type: () => rng.pick(['full-time', 'part-time', 'contract', 'temporary', 'internship', 'fulltime', 'gig']),
    salary: () => ({ min: rng.pick<unknown>([40000, 56000, 0, -1, '50k', 1e12]), max: rng.pick<unknown>([30000, 68000, 100000, null]), currency: rng.pick(['EUR', 'USD', 'eur', 'XXX', '€']), period: rng.pick(['year', 'month', 'hour', 'fortnight']) }),
    summary: () => paragraph(rng, extra, 1, 5),
    responsibilities: () => (rng.chance(0.2) ? shared : list()),
    qualifications: () => (rng.chance(0.5) ? list() : { education: list(0, 2), experience: rng.chance(0.5) ? sentence(rng, extra) : list(0, 3), certifications: list(0, 2) }),
    skills: () => (rng.chance(0.2) ? shared : list()),
    daily_tasks: () => list(),
    kpis: () => Array.from({ length: rng.between(0, 4) }, () => ({ metric: rng.pick(['Engagement rate', 'Reach', 'Follower growth', 'Vibes', '']), target: rng.pick<unknown>(['+15%', '2 hours', 'more', 42, '', 'double it']), period: rng.pick(['week', 'month', 'quarter', 'year', 'decade']), ...(rng.chance(0.3) ? { platforms: rng.subset(PLATFORM_NAMES, 0.2) } : {}) })),
    reporting: () => ({ reports_to: text(), ...(rng.chance(0.5) ? { direct_reports: list(0, 3) } : {}), ...(rng.chance(0.3) ? { approvals: list(0, 2) } : {}) }),
    brand_alignment: () => paragraph(rng, extra),
    platforms: () => rng.subset(PLATFORM_NAMES, 0.3),
    tools: () => rng.subset(['Canva', 'Hootsuite', 'Buffer', 'Sprout Social', 'GA4'], 0.5),
    crisis_communication: () => paragraph(rng, extra),
    budget: () => rng.pick(['EUR 10,000 per month', 'cheap', '']),
    benefits: () => list(),
    equal_opportunity: () => paragraph(rng, extra),
    review: () => ({ last_reviewed: randomDate(rng), ...(rng.chance(0.5) ? { owner: 'Head of People' } : {}) }),
  };
  for (const key of rng.shuffle(Object.keys(fields))) if (key === 'title' || rng.chance(0.7)) jd[key] = fields[key]();
  if (rng.chance(0.1)) jd[rng.pick(['titel', 'skils', 'Responsibilities', 'perks'])] = sentence(rng);
  let out = stringifyStyled(rng, jd);
  if (rng.chance(0.3)) {
    const lines = out.split('\n');
    lines.splice(rng.int(lines.length), 0, rng.chance(0.5) ? disableComment(rng).trimEnd() : '# a comment');
    out = lines.join('\n');
  }
  return out;
}

/** A random post: front matter (platforms, hashtags, media, schedule, sponsored…), copy and `:::` blocks. */
export function generatePost(rng: Random, config?: unknown): string {
  const extra = vocabularyOf(config);
  const platforms = rng.subset(PLATFORM_NAMES, 0.25);
  const fm: Record<string, unknown> = {};
  const fields: Record<string, () => unknown> = {
    platforms: () => (rng.chance(0.95) ? platforms : rng.pick<unknown>([42, 'x', null, []])),
    status: () => rng.pick(['draft', 'review', 'approved', 'scheduled', 'published', 'posted']),
    campaign: () => rng.pick(['Winter Boots 2026', 'gear-swap', '']),
    hashtags: () => rng.subset(['Northwind', 'GearSwap', 'gearswap', 'FollowForFollow', 'ad', 'winter_trails', '', 'a b', '#Hash'], 0.3),
    media: () => Array.from({ length: rng.between(0, 3) }, () => ({ src: rng.pick(['media/a.jpg', 'https://x.example/v.mp4', 'b.gif', '']), ...(rng.chance(0.6) ? { alt: rng.pick(['A boot on a rock', '', 'image', sentence(rng)]) } : {}), ...(rng.chance(0.3) ? { type: rng.pick(['image', 'video', 'gif', 'audio']) } : {}) })),
    schedule: () => randomSchedule(rng),
    link: () => rng.pick(['https://northwind.example/a?utm_source=x', 'http://bit.ly/x', 'not a link']),
    sponsored: () => rng.pick<unknown>([true, false, 'yes']),
    thread: () => rng.pick<unknown>([true, false, 'numbered', 'yes']),
  };
  for (const key of rng.shuffle(Object.keys(fields))) if (key === 'platforms' || rng.chance(0.5)) fm[key] = fields[key]();
  if (rng.chance(0.05)) fm.titel = 'x';
  const body: string[] = [];
  // A copy is sometimes a thread: parts between --- lines (now and then an empty one, or one with blank space after the dashes).
  const part = () => (rng.chance(0.1) ? paragraph(rng, extra, 10, 40) : paragraph(rng, extra));
  const copy = () => (rng.chance(0.7) ? part() : Array.from({ length: rng.between(2, 6) }, () => (rng.chance(0.05) ? '' : part())).join(rng.pick(['\n---\n', '\n---\n', '\n\n---\n\n', '\n--- \n'])));
  for (let i = rng.between(1, 3); i > 0; i--) body.push(copy());
  for (const id of rng.subset([...platforms.filter((p) => p !== ''), 'myspace', 'science'], 0.4)) {
    body.push(`::: ${id}\n${copy()}${rng.chance(0.9) ? '\n:::' : ''}`);
    if (rng.chance(0.3)) body.push(copy());
  }
  if (rng.chance(0.2)) body.splice(rng.int(body.length + 1), 0, disableComment(rng).trimEnd());
  const eol = rng.chance(0.1) ? '\r\n' : '\n';
  return `---\n${stringifyStyled(rng, fm)}---\n${body.join('\n\n')}\n`.replace(/\n/g, eol);
}

// ---------------------------------------------------------------------------------------------
// Seeds and cases

/** Every file under test/fixtures/** and examples/**, with its path relative to the repository. */
export function loadSeeds(): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push({ path: relative(REPO_ROOT, path), text: readFileSync(path, 'utf8') });
    }
  };
  walk(join(REPO_ROOT, 'test', 'fixtures'));
  walk(join(REPO_ROOT, 'examples'));
  return out;
}

/**
 * Inputs that broke a property in a longer run (`npm run fuzz`, or profiling its slowest cases):
 * cases 0, 1, 2… of every run, before the random ones, so `npm test` fails until the core is fixed
 * and guards the fix afterwards. Each is linted as a JD, a post and a configuration like any case.
 */
export const REGRESSIONS: readonly { label: string; text: string }[] = [
  // REGRESSION (a range split a surrogate pair; jd/yaml-syntax, post/yaml-syntax, config/invalid):
  // the parser's MULTILINE_IMPLICIT_KEY error range is used as is (src/core/yaml/document.ts,
  // parseYaml/visibleRange) and ends at offset 19, between the two halves of 🌲.
  { label: 'a YAML error range ending inside an emoji', text: ':\n| key: valuehash🌲\n  - ColdBrewWeek\n' },
  // REGRESSION (a range split a surrogate pair; post/over-limit): the over-limit range started at
  // the first UTF-16 unit past the limit (3030), which is the low half of 🌲. Threads does the
  // same with 'a' × 497 + 🌲 (range 527-528).
  { label: 'an over-limit range starting inside an emoji', text: `---\nplatforms: [linkedin]\n---\n${'a'.repeat(2999)}🌲\n` },
  // REGRESSION (completion threw; src/core/assist/assist.ts, bodyCompletions): after `::: ` in
  // the copy, `frontMatter.platforms.map` is called whatever platforms is: with `platforms: x`
  // completionsAt(text, text.length) throws "frontMatter?.platforms?.map is not a function".
  { label: 'completion after ::: when platforms is not a list', text: '---\nplatforms: x\n---\nHello\n\n::: ' },
];

/** One fuzz case: a text and the configuration object the JD and post runs also use. */
export interface FuzzCase {
  index: number;
  /** How the text was made, for the report. */
  label: string;
  text: string;
  config: unknown;
  /** Where the (last) mutation happened. */
  at: number;
}

/**
 * Case `index` of a run: the regressions first, then a seed file as it is, a mutated seed, a
 * crossover of two seeds or a generated file (sometimes mutated in turn), each with a random
 * configuration object.
 */
export function makeCase(seed: number, index: number, seeds: readonly { path: string; text: string }[]): FuzzCase {
  const rng = new Random(caseSeed(seed, index));
  const seedConfigs = seeds.filter((s) => /\.copydesk\.yaml$/.test(s.path)).map((s) => parse(s.text, { maxAliasCount: 100 }) as unknown);
  const config = rng.weighted<() => unknown>([
    [7, () => generateConfig(rng).value],
    [2, () => rng.pick(seedConfigs)],
    [2, () => undefined],
    [1, () => rng.pick<unknown>([null, 42, 'terms', [], { terms: 'x' }, { rules: ['a'] }, { terms: [{ ban: [42] }] }])],
  ])();
  if (index < REGRESSIONS.length) return { index, label: `regression: ${REGRESSIONS[index].label}`, text: REGRESSIONS[index].text, config, at: 0 };
  const mutations = () => rng.weighted([[4, 1], [3, 2], [2, 3], [1, 5]] as const);
  const kind = rng.weighted<string>([[2, 'seed'], [10, 'mutated seed'], [2, 'crossover'], [2, 'jd'], [3, 'post'], [2, 'config'], [3, 'mutated generated']]);
  let text: string;
  let label: string;
  let at = 0;
  if (kind === 'seed' || kind === 'mutated seed' || kind === 'crossover') {
    const a = rng.pick(seeds);
    text = a.text;
    label = a.path;
    if (kind === 'crossover') {
      const b = rng.pick(seeds);
      const cut = rng.int(a.text.length + 1);
      at = cut;
      text = a.text.slice(0, cut) + b.text.slice(rng.int(b.text.length + 1));
      label = `${a.path} × ${b.path}`;
    }
  } else {
    const which = kind === 'mutated generated' ? rng.pick(['jd', 'post', 'config']) : kind;
    text = which === 'jd' ? generateJd(rng, config) : which === 'post' ? generatePost(rng, config) : generateConfig(rng).text;
    label = `generated ${which}`;
  }
  if (kind === 'seed') label += ' as is';
  else if (kind !== 'jd' && kind !== 'post' && kind !== 'config') {
    const m = mutate(rng, text, mutations());
    text = m.text;
    at = m.at;
    label += ` + ${m.names.join(', ')}`;
  }
  return { index, label, text, config, at };
}

// ---------------------------------------------------------------------------------------------
// Properties

/** The message the engine gives a rule that threw (src/core/engine.ts). */
export const RULE_CRASH = 'Copydesk could not finish';

export const FILE_NAMES = ['x.jd.yaml', 'x.post.md', '.copydesk.yaml'] as const;

/** One broken property: which check, on which run, and (for findings) which rule. */
export interface Failure {
  check: string;
  fileName: string;
  withConfig: boolean;
  ruleId?: string;
  detail: string;
  /** Where in the text, when the failure has a place. */
  at?: number;
}

function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function describeError(error: unknown): string {
  const e = error as Error;
  const frame = e?.stack?.split('\n').find((l) => l.includes('/src/core/')) ?? '';
  return `${e?.name ?? 'Error'}: ${e?.message ?? String(error)} ${frame.trim()}`.trim();
}

function checkRange(failures: Failure[], base: Omit<Failure, 'check' | 'detail'>, text: string, what: string, range: { start: number; end: number }) {
  const { start, end } = range;
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) {
    failures.push({ ...base, check: 'range outside the text', detail: `${what} ${start}-${end} outside 0-${text.length}`, at: Number.isFinite(start) ? start : 0 });
  } else if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    failures.push({ ...base, check: 'range splits a surrogate pair', detail: `${what} ${start}-${end}`, at: start });
  }
}

/** What one run (one text, one file name, one configuration) gave besides failures. */
export interface UnitResult {
  failures: Failure[];
  ruleIds: string[];
  fixesApplied: number;
  ms: number;
  /** The slowest single call (lint, preview, completion…) and how long it took. */
  slowest: { call: string; ms: number };
}

/**
 * Every property of one run: lint never throws and no rule crashes; ranges lie in the text and
 * never split a surrogate pair; linting again gives the same findings; the preview never throws
 * and has no <script; safe fixes apply; completion and hover at `offsets` never throw.
 */
export function checkUnit(text: string, fileName: string, config: unknown, offsets: readonly number[]): UnitResult {
  const started = performance.now();
  const slowest = { call: '', ms: 0 };
  const timed = <T>(call: string, fn: () => T): T => {
    const start = performance.now();
    try {
      return fn();
    } finally {
      const ms = performance.now() - start;
      if (ms > slowest.ms) Object.assign(slowest, { call, ms });
    }
  };
  const withConfig = config !== undefined;
  const base = { fileName, withConfig };
  const failures: Failure[] = [];
  const options = { fileName, config, now: TODAY };
  let findings: Finding[];
  try {
    findings = timed('lint', () => lint(text, options));
  } catch (error) {
    failures.push({ ...base, check: 'lint throws', detail: describeError(error) });
    return { failures, ruleIds: [], fixesApplied: 0, ms: performance.now() - started, slowest };
  }
  for (const f of findings) {
    if (f.message.startsWith(RULE_CRASH)) failures.push({ ...base, check: 'a rule threw', ruleId: f.ruleId, detail: f.message });
    checkRange(failures, { ...base, ruleId: f.ruleId }, text, `${f.ruleId} range`, f.range);
    for (const fix of f.fixes ?? []) for (const edit of fix.edits) checkRange(failures, { ...base, ruleId: f.ruleId }, text, `${f.ruleId} fix '${fix.title}' edit`, edit);
  }
  try {
    const again = timed('lint', () => lint(text, options));
    if (!isDeepStrictEqual(findings, again)) {
      const i = findings.findIndex((f, n) => !isDeepStrictEqual(f, again[n]));
      const f = findings[i] ?? again[i];
      failures.push({ ...base, check: 'not deterministic', ruleId: f?.ruleId, detail: `finding ${i}: ${JSON.stringify(findings[i])} then ${JSON.stringify(again[i])}`, at: f?.range.start });
    }
  } catch (error) {
    failures.push({ ...base, check: 'lint throws the second time', detail: describeError(error) });
  }
  if (fileName !== '.copydesk.yaml') {
    try {
      const preview = timed('renderPreview', () => renderPreview(text, { fileName, config, now: TODAY, findings }));
      if (preview === undefined || typeof preview.html !== 'string') failures.push({ ...base, check: 'preview missing', detail: String(preview) });
      else {
        const script = /<script/i.exec(preview.html);
        if (script) failures.push({ ...base, check: 'preview has <script', detail: preview.html.slice(Math.max(0, script.index - 80), script.index + 80) });
      }
    } catch (error) {
      failures.push({ ...base, check: 'preview throws', detail: describeError(error) });
    }
  }
  if (fileName.endsWith('.jd.yaml')) {
    // Export in every format: an output or a reason, never a throw; no script but the JSON-LD.
    for (const format of EXPORT_FORMATS) {
      try {
        const result = timed(`export ${format}`, () => exportJobDescription(text, { format, config: resolveConfig(config), standalone: format === 'html' }));
        // Plain text is never read as markup; in Markdown an escaped `\<script\>` is text too.
        if ('output' in result && format !== 'text') {
          const scripts = [...result.output.matchAll(format === 'markdown' ? /(?<!\\)<script\b[^>]*>/gi : /<script\b[^>]*>/gi)].map((m) => m[0]);
          if (scripts.some((s) => s !== '<script type="application/ld+json">')) failures.push({ ...base, check: 'export has a <script', detail: scripts.join(' ') });
        }
      } catch (error) {
        failures.push({ ...base, check: 'export throws', detail: `${format}: ${describeError(error)}` });
      }
    }
  }
  if (fileName !== '.copydesk.yaml') {
    // The same text imported as a posting in every format: never a throw, and YAML that reads back.
    for (const format of ['markdown', 'html', 'text'] as const) {
      try {
        const result = timed(`import ${format}`, () => importJobDescription(text, format, 'fuzz.md'));
        if (!isDeepStrictEqual(parse(result.yaml), result.value)) failures.push({ ...base, check: 'import does not read back', detail: `${format}: ${result.yaml.slice(0, 200)}` });
      } catch (error) {
        failures.push({ ...base, check: 'import throws', detail: `${format}: ${describeError(error)}` });
      }
    }
  }
  let fixesApplied = 0;
  try {
    const fixed = timed('applyFixes', () => applyFixes(text, safeFixes(findings)));
    if (typeof fixed.text !== 'string') failures.push({ ...base, check: 'fix result not a string', detail: typeof fixed.text });
    fixesApplied = fixed.applied;
  } catch (error) {
    failures.push({ ...base, check: 'applying safe fixes throws', detail: describeError(error) });
  }
  // Splitting a post into a thread only ever replaces blank space (with --- lines and numbers): it never loses text.
  for (const f of findings) {
    for (const fix of f.fixes ?? []) {
      if (!fix.title.startsWith('Split ')) continue;
      const lost = fix.edits.find((e) => text.slice(e.start, e.end).trim() !== '');
      if (lost) failures.push({ ...base, check: 'a thread split loses text', ruleId: f.ruleId, detail: `'${fix.title}' replaces ${JSON.stringify(text.slice(lost.start, lost.end))}`, at: lost.start });
    }
  }
  if (offsets.length > 0) {
    const resolved = resolveConfig(config);
    for (const at of offsets) {
      const where = { ...base, at };
      try {
        for (const item of timed(`completionsAt ${at}`, () => completionsAt(text, at, fileName, resolved))) checkRange(failures, where, text, `completion '${item.label}' at ${at} replaces`, item.replace);
      } catch (error) {
        failures.push({ ...where, check: 'completion throws', detail: `at ${at}: ${describeError(error)}` });
      }
      try {
        const hover = timed(`hoverAt ${at}`, () => hoverAt(text, at, fileName, resolved));
        if (hover) checkRange(failures, where, text, `hover at ${at}`, hover.range);
      } catch (error) {
        failures.push({ ...where, check: 'hover throws', detail: `at ${at}: ${describeError(error)}` });
      }
    }
  }
  return { failures, ruleIds: [...new Set(findings.map((f) => f.ruleId))], fixesApplied, ms: performance.now() - started, slowest };
}

/**
 * The smallest text found (deleting chunks, halving their size) on which `fails` still holds,
 * within `budgetMs`: the excerpt a report shows.
 */
export function shrink(text: string, fails: (candidate: string) => boolean, budgetMs: number): string {
  const deadline = performance.now() + budgetMs;
  let current = text;
  for (let chunk = Math.max(1, Math.floor(text.length / 2)); performance.now() < deadline; chunk = Math.max(1, Math.floor(chunk / 2))) {
    const before = current.length;
    for (let i = 0; i < current.length && performance.now() < deadline; ) {
      const candidate = current.slice(0, i) + current.slice(i + chunk);
      let still = false;
      try {
        still = fails(candidate);
      } catch {
        still = false;
      }
      if (still) current = candidate;
      else i += chunk;
    }
    if (chunk === 1 && current.length === before) break;
  }
  return current;
}

/** A short, exact (JSON-quoted) piece of `text` around `at`. */
export function excerpt(text: string, at = 0, width = 160): string {
  if (text.length <= width * 2) return JSON.stringify(text);
  const start = Math.max(0, Math.min(at, text.length) - width);
  return `${JSON.stringify(text.slice(start, start + width * 2))} (offset ${start} of ${text.length} chars)`;
}

/** Same failure: same check, file kind, configuration and rule. */
export function failureKey(f: Failure): string {
  return `${f.check} | ${f.fileName}${f.withConfig ? ' + config' : ''}${f.ruleId ? ` | ${f.ruleId}` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// The worker: runs one case per message, answers with what it found

/** Each call (lint, renderPreview, applyFixes, completionsAt, hoverAt) must take less than this: a hang guard, not a speed test. */
export const CALL_LIMIT_MS = 3000;

export interface CaseRequest {
  seed: number;
  index: number;
}

/** A failure as reported: everything needed to reproduce it. */
export interface FailureReport {
  key: string;
  seed: number;
  index: number;
  label: string;
  detail: string;
  excerpt: string;
}

export interface CaseResult {
  index: number;
  label: string;
  length: number;
  runs: number;
  ms: number;
  slowest: number;
  ruleIds: string[];
  fixesApplied: number;
  failures: FailureReport[];
}

/** Runs case `index`: every file name, with and without its configuration. */
export function runCase(seed: number, index: number, seeds: readonly { path: string; text: string }[]): CaseResult {
  const started = performance.now();
  const c = makeCase(seed, index, seeds);
  const rng = new Random(caseSeed(seed ^ 0x5eed, index));
  // Completion and hover once per file name (they hardly depend on the configuration): the end of the text and random offsets.
  const offsets = () => (c.text.length > 100_000 ? [rng.int(c.text.length + 1)] : [c.text.length, rng.int(c.text.length + 1), rng.int(c.text.length + 1)]);
  const reports: FailureReport[] = [];
  const ruleIds = new Set<string>();
  let runs = 0;
  let slowest = 0;
  let fixesApplied = 0;
  let shrunk = 0;
  for (const fileName of FILE_NAMES) {
    // A configuration file is judged by itself: the configuration option does not apply to it.
    const configs = fileName === '.copydesk.yaml' || c.config === undefined ? [undefined] : [undefined, c.config];
    for (const config of configs) {
      const unit = checkUnit(c.text, fileName, config, config === configs[configs.length - 1] ? offsets() : []);
      runs++;
      slowest = Math.max(slowest, unit.slowest.ms);
      fixesApplied += unit.fixesApplied;
      unit.ruleIds.forEach((id) => ruleIds.add(id));
      if (unit.slowest.ms > CALL_LIMIT_MS) unit.failures.push({ fileName, withConfig: config !== undefined, check: `slower than ${CALL_LIMIT_MS} ms`, detail: `${unit.slowest.call} took ${Math.round(unit.slowest.ms)} ms on ${c.text.length} chars` });
      const seen = new Set<string>();
      for (const failure of unit.failures) {
        const key = failureKey(failure);
        if (seen.has(key)) continue;
        seen.add(key);
        let text = c.text;
        let shown = failure;
        // Shrink what lint itself gets wrong (not completion offsets or time): a few per case, briefly.
        if (!/^(completion|hover|slower)/.test(failure.check) && shrunk++ < 3) {
          const again = (candidate: string) => checkUnit(candidate, fileName, config, []).failures.find((f) => failureKey(f) === key);
          text = shrink(c.text, (candidate) => again(candidate) !== undefined, 3000);
          shown = (text !== c.text && again(text)) || failure;
        }
        reports.push({
          key,
          seed,
          index,
          label: c.label,
          detail: shown.detail.slice(0, 600),
          excerpt: text === c.text ? excerpt(text, failure.at ?? c.at) : `${excerpt(text, shown.at ?? 0, 700)} (shrunk from ${c.text.length} chars)`,
        });
      }
    }
  }
  return { index, label: c.label, length: c.text.length, runs, ms: performance.now() - started, slowest, ruleIds: [...ruleIds], fixesApplied, failures: reports };
}

/** Marks the worker: fuzz.test.ts starts this file with this workerData. */
export const WORKER_ROLE = 'copydesk-fuzz-worker';

if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE && parentPort) {
  const port = parentPort;
  const seeds = loadSeeds();
  port.on('message', (request: CaseRequest) => port.postMessage(runCase(request.seed, request.index, seeds)));
  port.postMessage({ ready: seeds.length });
}
