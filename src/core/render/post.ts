// The post preview: one card per target platform, each showing what that platform publishes (the
// block or default copy plus appended hashtags) the way its feed shows it: the "see more" cut,
// hashtags, mentions and links styled, the overflow past the limit highlighted, the counter, the
// first image with its alt text, and the findings marked on the text they are about (each
// message once in the page, listed below the cards; the webview shows it on hover). A thread on a
// platform with threads is a chain of cards, one per post, joined by a line between the avatars
// as the platform shows it, each with its own counter and number ("2/4"); the hashtags and the
// image go with the first.

import type { Config } from '../config/schema';
import { offsetAtLimit } from '../platforms/limit';
import { utf8ByteLength } from '../platforms/counters';
import { LineIndex } from '../text/positions';
import { extractEntities, type Token } from '../text/tokenize';
import type { TargetCopy } from '../post/context';
import type { PostPart } from '../post/parts';
import { analyzePost } from '../post/lint-post';
import { seeMoreCut } from '../platforms/see-more';
import type { Finding, Severity } from '../types';
import { classes, escapeAttribute, escapeHtml, type RenderOptions } from './html';
import { localMediaPath } from './media';

/** Options of the post preview. */
export interface PostRenderOptions extends RenderOptions {
  /** Only this platform or account (the CLI's --platform). */
  platform?: string;
}

interface Media {
  src: string;
  alt?: string;
  type?: string;
}

// The page grows with the text, not with findings × text: each finding's message appears once in
// the page (cards refer to it by number), and a card shows a bounded stretch past its limit.
/** Characters a card shows past the platform's limit: enough to see what is over. */
const OVERFLOW_SHOWN = 1_000;
/** The most a card shows (UTF-16 code units), whatever limit a configuration sets. */
const CARD_SHOWN_MAX = 100_000;
/** Findings listed above the cards; the rest are counted. */
const LISTED_MAX = 200;
/** The longest message the page shows; the editor and the CLI have the whole text. */
const MESSAGE_MAX = 1_000;
/** Posts of a thread the page shows as cards (X's composer takes 25); the rest are counted. */
const THREAD_CARDS_SHOWN = 25;

/** A post as each of its platforms shows it: an HTML fragment, every user string escaped. */
export function renderPost(text: string, findings: readonly Finding[], config: Config, now: Date, options: PostRenderOptions = {}): string {
  const context = analyzePost(text, config, now);
  const lines = new LineIndex(text);
  const targets = context.targets.filter((t) => !options.platform || t.target.name === options.platform || t.target.platform.id === options.platform);
  const media = firstMedia(context.frontMatter);
  const brand = config.brand?.trim() || 'Your brand';
  const notes = groupNotes(findings);
  const shown = new Set<number>();
  const entityCache: EntityCache = new Map();
  const findingLines = findings.map((f) => lines.positionAt(f.range.start).line - 1);
  const card = (t: TargetCopy, index: number) => renderCard(t, index, findingMarks(t.parts[index], findings, notes.noteOf, findingLines), lines, brand, index === 0 ? media : undefined, options, shown, entityCache);
  const cards = targets.map((t) => (t.parts.length > 1 ? renderThread(t, t.parts.slice(0, THREAD_CARDS_SHOWN).map((_, i) => card(t, i)), lines) : card(t, 0).html));
  const parts: string[] = [];
  if (context.parsed.frontMatterState !== 'ok' || context.targets.length === 0) {
    parts.push(
      `<p class="cd-empty">${escapeHtml(
        context.parsed.frontMatterState !== 'ok'
          ? 'This post has no readable front matter yet, so there is no platform to show it on.'
          : 'This post lists no platform Copydesk knows: add one to `platforms:` to see it here.',
      )}</p>`,
    );
  } else if (targets.length === 0) {
    parts.push(`<p class="cd-empty">${escapeHtml(`This post is not published on ${options.platform}.`)}</p>`);
  }
  const general = notes.list.filter((_, i) => !shown.has(i));
  if (general.length > 0) parts.push(`<aside class="cd-findings">${noteList(general, lines, false)}</aside>`);
  parts.push(`<div class="cd-cards">${cards.join('')}</div>`);
  const marked = notes.list.filter((_, i) => shown.has(i));
  if (marked.length > 0) {
    const count = marked.reduce((n, note) => n + note.findings.length, 0);
    parts.push(`<details class="cd-notes"><summary>${count === 1 ? '1 finding' : `${count.toLocaleString('en-US')} findings`} marked on the text</summary>${noteList(marked, lines, true)}</details>`);
  }
  return `<article class="cd-post">${parts.join('')}</article>`;
}

/** A thread: its posts' cards in one frame, in order; the frame is marked when one of them is over. */
function renderThread(copy: TargetCopy, cards: readonly { html: string; over: boolean }[], lines: LineIndex): string {
  const { target } = copy;
  const firstLine = lines.positionAt(copy.block ? copy.block.openRange.start : copy.parts[0].range.start).line - 1;
  const total = copy.parts.length;
  const label = `${target.name === target.platform.id ? target.platform.name : `${target.platform.name} · ${target.name}`}: a thread of ${total.toLocaleString('en-US')} posts`;
  const rest = total - cards.length;
  const over = cards.some((c) => c.over) || (rest > 0 && copy.parts.slice(cards.length).some((p) => target.platform.count(p.publish.text) > target.maxLength));
  return [
    `<section class="${classes({ 'cd-thread': true, [`cd-${target.platform.id}`]: true, 'cd-card-over': over })}" data-platform="${escapeAttribute(target.name)}" data-line="${firstLine}" aria-label="${escapeAttribute(label)}">`,
    cards.map((c) => c.html).join(''),
    rest > 0 ? `<p class="cd-omitted cd-thread-rest">… ${rest.toLocaleString('en-US')} more posts in this thread, not shown</p>` : '',
    '</section>',
  ].join('');
}

function renderCard(copy: TargetCopy, index: number, marks: readonly Mark[], lines: LineIndex, brand: string, media: Media | undefined, options: RenderOptions, shownNotes: Set<number>, entityCache: EntityCache): { html: string; over: boolean } {
  const { target } = copy;
  const { publish } = copy.parts[index];
  const total = copy.parts.length;
  const { platform } = target;
  const text = publish.text;
  const length = platform.count(text);
  const bytes = target.maxBytes !== undefined ? utf8ByteLength(text) : undefined;
  const overChars = length > target.maxLength;
  const overBytes = bytes !== undefined && bytes > target.maxBytes!;
  // Everything past the limit is what the platform would refuse: highlighted.
  let limitAt = overChars ? offsetAtLimit(text, platform.count, target.maxLength, length) : text.length;
  if (overBytes) limitAt = Math.min(limitAt, offsetAtLimit(text, utf8ByteLength, target.maxBytes!, bytes));
  // A bounded stretch of the overflow is shown; the rest is counted.
  const end = wordEnd(text, Math.min(text.length, CARD_SHOWN_MAX, limitAt + OVERFLOW_SHOWN));
  const omitted =
    end < text.length
      ? `<span class="cd-omitted">… ${codePoints(text, end).toLocaleString('en-US')} more characters${end >= limitAt ? ' past the limit' : ''}, not shown</span>`
      : '';
  for (const m of marks) if (m.start < end) shownNotes.add(m.id);
  const entities = entitiesBefore(entityCache, text, end);
  // Only the first post of a thread is in the feed; the others are read whole.
  const seeMore = index === 0 ? seeMoreCut(text, target.seeMore) : undefined;
  const cut = seeMore === undefined ? undefined : Math.min(seeMore, end);
  const body =
    cut === undefined
      ? `<span class="cd-visible">${richText(text, 0, end, limitAt, marks, entities)}</span>${omitted}`
      : `<span class="cd-visible">${richText(text, 0, cut, limitAt, marks, entities)}</span><span class="cd-see-more">… see more</span><span class="cd-rest">${richText(text, cut, end, limitAt, marks, entities)}${omitted}</span>`;
  const handle = target.name === platform.id ? brand.toLowerCase().replace(/[^a-z0-9]+/g, '') || 'brand' : target.name;
  const firstLine = lines.positionAt(total > 1 ? copy.parts[index].range.start : copy.block ? copy.block.openRange.start : publish.fileOffset(0)).line - 1;
  const counter = [
    `<span class="cd-count">${length.toLocaleString('en-US')}</span> / <span class="cd-limit">${target.maxLength.toLocaleString('en-US')}</span> <span class="cd-unit">${escapeHtml(platform.unit)}</span>`,
    bytes !== undefined ? ` · <span class="cd-bytes${overBytes ? ' cd-over' : ''}">${bytes.toLocaleString('en-US')} / ${target.maxBytes!.toLocaleString('en-US')} bytes</span>` : '',
  ].join('');
  const number = total > 1 ? `<span class="cd-part-number">${(index + 1).toLocaleString('en-US')}/${total.toLocaleString('en-US')}</span> · ` : '';
  const html = [
    total > 1
      ? `<section class="${classes({ 'cd-card': true, 'cd-part': true, [`cd-${platform.id}`]: true, 'cd-card-over': overChars || overBytes })}" data-part="${index + 1}" data-line="${firstLine}">`
      : `<section class="${classes({ 'cd-card': true, [`cd-${platform.id}`]: true, 'cd-card-over': overChars || overBytes })}" data-platform="${escapeAttribute(target.name)}" data-line="${firstLine}">`,
    `<header class="cd-card-header"><span class="cd-avatar" aria-hidden="true">${escapeHtml(initial(brand))}</span>`,
    `<span class="cd-account"><span class="cd-name">${escapeHtml(brand)}</span> <span class="cd-handle">${escapeHtml(platform.id === 'linkedin' || platform.id === 'facebook' ? '' : `@${handle}`)}</span></span>`,
    `<span class="cd-platform">${escapeHtml(target.name === platform.id ? platform.name : `${platform.name} · ${target.name}`)}</span></header>`,
    `<div class="cd-text">${body}</div>`,
    media ? renderMedia(media, options) : '',
    `<footer class="${classes({ 'cd-counter': true, 'cd-over': overChars || overBytes })}">${number}${counter}</footer>`,
    '</section>',
  ].join('');
  return { html, over: overChars || overBytes };
}

/** Where a card's shown text ends near `at`: at the end of the word there (unless it is very long), never inside a character. */
function wordEnd(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const space = /\s|$/g;
  space.lastIndex = at;
  const next = space.exec(text)!.index;
  return next - at <= 40 ? next : wholeCharacters(text, at);
}

/** `at`, moved past a low surrogate or the `\n` of a `\r\n` so a cut never splits a character. */
function wholeCharacters(text: string, at: number): number {
  if (at <= 0 || at >= text.length) return at;
  const code = text.charCodeAt(at);
  if ((code & 0xfc00) === 0xdc00 || (code === 0x0a && text.charCodeAt(at - 1) === 0x0d)) return at + 1;
  return at;
}

/** Unicode characters in `text` from `from` on (a regular expression scans much faster than a loop here). */
function codePoints(text: string, from: number): number {
  const low = /[\uDC00-\uDFFF]/g;
  low.lastIndex = from;
  let pairs = 0;
  while (low.exec(text) !== null) pairs++;
  return text.length - from - pairs;
}

/** A text's hashtags, mentions and links that start before some offset: cards showing the same text share one reading. */
type EntityCache = Map<string, { end: number; tokens: readonly Token[] }>;

/**
 * The entities of `text` that start before `end`. They never span white space, so reading the text
 * up to the first white space after `end` finds the ones the whole text has there, and a 1 MB
 * post whose cards show 70 KB is not read eight times over.
 */
function entitiesBefore(cache: EntityCache, text: string, end: number): readonly Token[] {
  const known = cache.get(text);
  if (known && known.end >= end) return known.tokens;
  const space = /\s/g;
  space.lastIndex = end;
  const stop = space.exec(text)?.index;
  const tokens = stop === undefined ? extractEntities(text) : extractEntities(text.slice(0, stop + 1));
  cache.set(text, { end: stop === undefined ? text.length : stop, tokens });
  return tokens;
}

/** A finding as the card marks it: a stretch of the publish text, the note it refers to and its severity. */
export interface Mark {
  start: number;
  end: number;
  /** The note (one message, shown once in the page) this mark refers to: `data-note`. */
  id: number;
  severity: Severity;
  /** The finding's line (0-based): a click on the mark reveals it. */
  line: number;
}

/** The findings of a file grouped by message: each message appears once in the page, however many findings carry it. */
interface Note {
  finding: Finding;
  findings: Finding[];
  id: number;
}

function groupNotes(findings: readonly Finding[]): { list: Note[]; noteOf: number[] } {
  const byKey = new Map<string, Note>();
  const list: Note[] = [];
  const noteOf = findings.map((finding) => {
    const key = `${finding.severity}\u0000${finding.ruleId}\u0000${finding.message}`;
    let note = byKey.get(key);
    if (!note) {
      note = { finding, findings: [], id: list.length };
      byKey.set(key, note);
      list.push(note);
    }
    note.findings.push(finding);
    return note.id;
  });
  return { list, noteOf };
}

/** Findings mapped onto the composed text: the characters whose file offsets lie in each finding's range. */
function findingMarks(copy: PostPart, findings: readonly Finding[], noteOf: readonly number[], lines: readonly number[]): Mark[] {
  if (copy.publish.text.length === 0) return [];
  const marks: Mark[] = [];
  findings.forEach((finding, i) => {
    const range = copy.publish.composedRange(finding.range);
    if (range) marks.push({ ...range, id: noteOf[i], severity: finding.severity, line: lines[i] });
  });
  return marks;
}

const ENTITY_CLASSES: Partial<Record<Token['kind'], string>> = { hashtag: 'cd-hashtag', mention: 'cd-mention', url: 'cd-link' };

/** A styled stretch of card text: opened as one span, closed where it ends. */
interface Layer {
  start: number;
  end: number;
  tag: string;
  /** Among layers with the same extent: the overflow outermost, then marks in order, entities innermost. */
  rank: number;
}

/**
 * `text[from, to)` as HTML: entities styled, the overflow and findings marked, line breaks kept.
 * Each entity, the overflow and each mark is one span, nested; a span that crosses the end of an
 * outer one is closed there and opened again. Each mark carries its note's number, never its
 * message, so the HTML grows with the text and the number of marks, not with their overlap.
 */
export function richText(text: string, from: number, to: number, limitAt: number, marks: readonly Mark[], entities: readonly Token[]): string {
  if (to <= from) return '';
  const layers: Layer[] = [];
  const add = (start: number, end: number, tag: string, rank: number) => {
    const s = Math.max(from, start);
    const e = Math.min(to, end);
    if (e > s) layers.push({ start: s, end: e, tag, rank });
  };
  add(limitAt, to, '<span class="cd-overflow">', 0);
  marks.forEach((m, i) => add(m.start, m.end, `<span class="cd-mark cd-mark-${m.severity}" data-note="${m.id}" data-line="${m.line}">`, 1 + i));
  // A run of hashtags (or of mentions) apart only by spaces is one span: they are only coloured,
  // and coloured spaces look the same. A wall of 5,000 hashtags is one span, not 5,000.
  let run: { start: number; end: number; kind: string } | undefined;
  const endRun = () => run && add(run.start, run.end, `<span class="${run.kind}">`, 1 + marks.length);
  for (const entity of entities) {
    const kind = ENTITY_CLASSES[entity.kind];
    if (!kind || entity.end <= from || entity.start >= to) continue;
    if (run && run.kind === kind && kind !== 'cd-link' && /^[ \t]*$/.test(text.slice(run.end, entity.start))) run.end = entity.end;
    else {
      endRun();
      run = { start: entity.start, end: entity.end, kind };
    }
  }
  endRun();
  const outerFirst = (a: Layer, b: Layer) => b.end - a.end || a.rank - b.rank;
  layers.sort((a, b) => a.start - b.start || outerFirst(a, b));
  const cuts = [...new Set<number>([from, to, ...layers.map((l) => l.start), ...layers.map((l) => l.end)])].sort((a, b) => a - b);
  const open: Layer[] = [];
  let next = 0;
  let at = from;
  let out = '';
  for (const cut of cuts) {
    if (cut > at) {
      out += escapeHtml(text.slice(at, cut)).replace(/\r?\n/g, '<br>');
      at = cut;
    }
    // Close what ends here, and with it what was opened inside; open again what goes on, with
    // what starts here, the longest outermost.
    const first = open.findIndex((l) => l.end === cut);
    const opening: Layer[] = [];
    if (first >= 0) {
      out += '</span>'.repeat(open.length - first);
      for (const l of open.splice(first)) if (l.end > cut) opening.push(l);
    }
    while (next < layers.length && layers[next].start === cut) opening.push(layers[next++]);
    if (opening.length > 1) opening.sort(outerFirst);
    for (const l of opening) {
      out += l.tag;
      open.push(l);
    }
  }
  return out;
}

function renderMedia(media: Media, options: RenderOptions): string {
  const alt = media.alt?.trim();
  const isVideo = media.type === 'video' || /\.(mp4|mov|m4v|webm|avi|mkv)(\?|#|$)/i.test(media.src);
  // Only a file in the post's folder is ever loaded; anything else (a URL with a scheme, an
  // absolute path, `..`) is refused, whatever the caller's imageUrl would do with it.
  const path = localMediaPath(media.src);
  const url = !isVideo && path && options.imageUrl ? options.imageUrl(path.join('/')) : undefined;
  const picture = url
    ? `<img class="cd-image" src="${escapeAttribute(url)}" alt="${escapeAttribute(alt ?? '')}" data-src="${escapeAttribute(media.src)}">`
    : !isVideo && !path
      ? `<div class="cd-image-placeholder cd-image-refused">Image not shown: media must be in the post&#39;s folder<span class="cd-src">${escapeHtml(media.src)}</span></div>`
      : `<div class="cd-image-placeholder">${escapeHtml(isVideo ? `Video: ${media.src}` : `Image: ${media.src}`)}</div>`;
  const caption = alt ? `<figcaption class="cd-alt">Alt text: ${escapeHtml(alt)}</figcaption>` : `<figcaption class="cd-alt cd-alt-missing">${escapeHtml(isVideo ? 'Video' : 'No alt text: people using screen readers hear nothing')}</figcaption>`;
  return `<figure class="cd-media">${picture}${caption}</figure>`;
}

/** Notes as list items, the first LISTED_MAX of them when they are not marked on the text (those the marks need, all). */
function noteList(notes: readonly Note[], lines: LineIndex, marked: boolean): string {
  const listed = marked ? notes : notes.slice(0, LISTED_MAX);
  const items = listed.map((note) => {
    const { finding } = note;
    const message = finding.message.length > MESSAGE_MAX ? `${finding.message.slice(0, wholeCharacters(finding.message, MESSAGE_MAX))}…` : finding.message;
    const times = note.findings.length > 1 ? ` <span class="cd-times">×${note.findings.length.toLocaleString('en-US')}</span>` : '';
    return (
      `<li class="cd-finding cd-finding-${finding.severity}"${marked ? ` data-note="${note.id}"` : ''} data-line="${lines.positionAt(finding.range.start).line - 1}">` +
      `<span class="cd-severity">${finding.severity}</span> <span class="cd-message">${escapeHtml(message)}</span>${times} <span class="cd-rule">${escapeHtml(finding.ruleId)}</span></li>`
    );
  });
  const rest = notes.slice(listed.length).reduce((n, note) => n + note.findings.length, 0);
  if (rest > 0) items.push(`<li class="cd-more">${escapeHtml(`… and ${rest.toLocaleString('en-US')} more findings: the Problems panel and \`copydesk lint\` list every one.`)}</li>`);
  return `<ul>${items.join('')}</ul>`;
}

function firstMedia(frontMatter: Record<string, unknown> | undefined): Media | undefined {
  const media = frontMatter?.media;
  if (!Array.isArray(media)) return undefined;
  const first = media.find((m) => m && typeof m === 'object' && typeof (m as { src?: unknown }).src === 'string');
  if (!first) return undefined;
  const m = first as { src: string; alt?: unknown; type?: unknown };
  return { src: m.src, alt: typeof m.alt === 'string' ? m.alt : undefined, type: typeof m.type === 'string' ? m.type : undefined };
}

function initial(name: string): string {
  const match = /\p{L}|\p{N}/u.exec(name);
  return match ? match[0].toUpperCase() : '•';
}
