import { isScalar } from 'yaml';
import type { Config } from '../config/schema';
import type { JdContext } from '../jd/context';
import { ComposedText, withoutComments } from '../post/compose';
import type { PostContext } from '../post/context';
import { partName } from '../post/parts';
import { emailRanges } from '../text/sentences';
import { extractEntities } from '../text/tokenize';
import type { OffsetRange } from '../types';
import { candidateText } from '../jd/prose';
import { nodeRange, scalarTextRange } from '../yaml/document';
import type { Target } from '../platforms/registry';
import { compileVocabulary, type LintedKind, type TermMatch, type Vocabulary } from './vocabulary';
import { tokenCapacity, tokenList, TokenList } from './words';

/** A link in the file. */
export interface LinkRef {
  url: string;
  range: OffsetRange;
  /** The platform block the link is written in, if any. */
  block?: string;
  /** The front matter's `link:` (the page the post promotes, on every platform). */
  frontMatter?: boolean;
}

/** A hashtag in the file: in the copy (`#Tag`) or in a post's front matter `hashtags:` list. */
export interface HashtagRef {
  tag: string;
  range: OffsetRange;
  where: 'copy' | 'front-matter';
  /** The whole list item, for a front matter hashtag. */
  item?: OffsetRange;
}

/** One text a reader sees as a whole: a platform's copy, or a whole JD. */
export interface Copy {
  /** Who sees it: platform names ("X, LinkedIn") or "this job description". */
  label: string;
  text: ComposedText;
}

/** Everything a brand rule may look at, for a JD or a post, computed once per lint. */
export interface BrandContext {
  kind: LintedKind;
  text: string;
  config: Config;
  vocabulary: Vocabulary;
  /**
   * The file's prose: JD values (never keys), a post's copy (never front matter or comments),
   * with links, e-mail addresses, mentions, hashtags and code spans cut out.
   */
  prose: OffsetRange[];
  /** The prose's tokens, in file order. */
  tokens: TokenList;
  /**
   * Values that are one word (a code, an id, a URL, an enum value: `tools: [HOOTSUITE]`), in
   * file order: the tone rules read sentences, not these. JDs only; a post's copy is all prose.
   */
  structured: OffsetRange[];
  /** Vocabulary hits in the prose (banned, preferred and inclusive-language terms), found in one pass. */
  terms: TermMatch[];
  links: LinkRef[];
  hashtags: HashtagRef[];
  /** The texts readers see, one per published post (each post of a thread on its own), for per-post counts (emoji, exclamation marks). */
  copies: Copy[];
  /** The post's context (posts only). */
  post?: PostContext;
  jd?: JdContext;
}

const CODE_SPAN = /`[^`\n]+`/g;
const MAY_HAVE_ENTITIES = /[@#＃＠]|\.[\p{L}\p{N}]|:\/\//u;
// Double quotes of any style; single quotes (' and ‘’) only where they open before a word and
// close after one, never an apostrophe inside a word (we're, the team's) or after one (roasters').
const DOUBLE_QUOTED = /"[^"\n]+"|“[^”\n]+”|„[^“”\n]+[“”]|«[^»\n]+»/g;
const MAY_BE_DOUBLE_QUOTED = /["“„«]/;
const WORDISH = /[\p{L}\p{M}\p{N}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Single-quoted spans ('ninja', ‘guys’) found from each quote mark, as the old regular expression
 * read them but without trying it at every character: an opening mark after no word character
 * and before a letter or digit; the first closing mark after a word character (or . ! ?) and
 * before none; an apostrophe inside a word (we're) is neither.
 */
function singleQuoted(slice: string, out: OffsetRange[], offset: number): void {
  const isWord = (i: number) => i >= 0 && i < slice.length && WORDISH.test(slice[i]);
  for (let i = 0; i < slice.length; i++) {
    const open = slice[i];
    if (open !== "'" && open !== '‘') continue;
    const before = slice[i - 1];
    if (open === "'" && i > 0 && (WORDISH.test(before) || before === "'" || before === '’')) continue;
    if (!(i + 1 < slice.length && LETTER_OR_DIGIT.test(slice[i + 1]))) continue;
    const close = open === "'" ? "'" : '’';
    for (let j = i + 1; j < slice.length && slice[j] !== '\n' && !(open === '‘' && slice[j] === '‘'); j++) {
      if (slice[j] !== close) continue;
      const inside = LETTER_OR_DIGIT.test(slice[j - 1]) && j + 1 < slice.length && LETTER_OR_DIGIT.test(slice[j + 1]);
      if (inside) continue;
      const closes = !isWord(j + 1) && (open === '‘' || WORDISH.test(slice[j - 1]) || /[.!?]/.test(slice[j - 1]));
      if (closes) {
        out.push({ start: offset + i, end: offset + j + 1 });
        i = j;
      }
      break;
    }
  }
}

interface Cut {
  /** Text in quotation marks: a term mentioned, a name or someone else's words, which no vocabulary rule flags. */
  quoted: OffsetRange[];
  prose: OffsetRange[];
  links: LinkRef[];
  hashtags: HashtagRef[];
}

/** Splits `ranges` of `text` into prose and the entities cut out of it. */
function cutEntities(text: string, ranges: readonly OffsetRange[], blockAt: (offset: number) => string | undefined): Cut {
  const cut: Cut = { quoted: [], prose: [], links: [], hashtags: [] };
  for (const range of ranges) {
    const slice = text.slice(range.start, range.end);
    if (MAY_BE_DOUBLE_QUOTED.test(slice)) for (const match of slice.matchAll(DOUBLE_QUOTED)) cut.quoted.push({ start: range.start + match.index, end: range.start + match.index + match[0].length });
    if (slice.includes("'") || slice.includes('‘')) {
      singleQuoted(slice, cut.quoted, range.start);
      cut.quoted.sort((a, b) => a.start - b.start);
    }
    const removed: OffsetRange[] = [];
    // Links need a dot before a letter or a scheme, hashtags and mentions their sign: most values
    // have none. A link written with a scheme is a link whatever its top-level domain (link policy).
    const entities = MAY_HAVE_ENTITIES.test(slice) ? extractEntities(slice, { schemeLinksAnyTld: true }) : [];
    for (const entity of entities) {
      const at = { start: range.start + entity.start, end: range.start + entity.end };
      if (entity.kind === 'url') for (const link of markdownLinkParts(entity.value, at)) cut.links.push({ ...link, block: blockAt(link.range.start) });
      else if (entity.kind === 'hashtag') cut.hashtags.push({ tag: entity.value, range: at, where: 'copy' });
      if (entity.kind !== 'emoji') removed.push(at);
    }
    if (slice.includes('`')) for (const match of slice.matchAll(CODE_SPAN)) removed.push({ start: range.start + match.index, end: range.start + match.index + match[0].length });
    if (slice.includes('@')) for (const email of emailRanges(text, range.start, range.end)) removed.push(email);
    removed.sort((a, b) => a.start - b.start);
    let at = range.start;
    for (const r of removed) {
      if (r.start > at) cut.prose.push({ start: at, end: r.start });
      at = Math.max(at, r.end);
    }
    if (at < range.end) cut.prose.push({ start: at, end: range.end });
  }
  return cut;
}

/**
 * A Markdown link pasted whole, `[http://a.example](http://a.example)`, reads as one URL to the
 * tokenizer (brackets are path characters): for link policy it is its two links.
 */
function markdownLinkParts(url: string, at: OffsetRange): { url: string; range: OffsetRange }[] {
  const joint = url.indexOf('](');
  if (joint < 0) return [{ url, range: at }];
  const second = url.slice(joint + 2).replace(/\)$/, '');
  const parts = [{ url: url.slice(0, joint), range: { start: at.start, end: at.start + joint } }];
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(second)) parts.push({ url: second, range: { start: at.start + joint + 2, end: at.start + joint + 2 + second.length } });
  return parts;
}

/**
 * Drops vocabulary hits (banned, preferred and inclusive alike) inside quotation marks: a term
 * quoted to talk about it ("we never say 'ninja'"), a quoted name or someone else's words.
 */
function outsideQuotes(hits: TermMatch[], quoted: readonly OffsetRange[]): TermMatch[] {
  if (quoted.length === 0) return hits;
  let q = 0;
  return hits.filter((hit) => {
    while (q < quoted.length && quoted[q].end <= hit.start) q++;
    return !(q < quoted.length && quoted[q].start <= hit.start && hit.end <= quoted[q].end);
  });
}

function needsTokens(vocabulary: Vocabulary, kind: LintedKind, config: Config): boolean {
  return config.tone?.shouting === true || vocabulary.entries.some((e) => e.appliesTo.has(kind));
}

/**
 * The prose's tokens for the vocabulary and brand/shouting. Without brand/shouting, which reads
 * every word, only the vocabulary's words are kept (TokenList's keysOnly): a tenth of the tokens.
 */
function tokensOf(text: string, prose: readonly OffsetRange[], known: ReadonlySet<string>, config: Config): TokenList {
  const everyWord = config.tone?.shouting === true;
  let chars = 0;
  for (const range of prose) chars += range.end - range.start;
  const tokens = new TokenList(everyWord ? tokenCapacity(chars) : 64, !everyWord);
  for (const range of prose) tokenList(text, range.start, range.end, known, tokens);
  return tokens;
}


/** The brand context of a JD: every string value is prose; keys never are. */
export function brandContextForJd(jd: JdContext, text: string): BrandContext {
  // The text a candidate reads (the JD rules' walk, shared): not the review block, the profile,
  // codes, enum values or who approves the copy.
  const ranges = candidateText(jd.parsed);
  const { prose, links, hashtags, quoted } = cutEntities(text, ranges, () => undefined);
  // Only brand/shouting reads `structured`, and only the emoji and exclamation limits read
  // `copies`: each is built on first read, so a configuration without them never pays.
  let structured: OffsetRange[] | undefined;
  let copies: Copy[] | undefined;
  const vocabulary = compileVocabulary(jd.config);
  // Tokens are only for the vocabulary and brand/shouting: skip them when neither applies.
  const tokens = needsTokens(vocabulary, 'jd', jd.config) ? tokensOf(text, prose, vocabulary.words, jd.config) : new TokenList();
  return {
    kind: 'jd',
    text,
    config: jd.config,
    vocabulary,
    prose,
    tokens,
    get structured() {
      return (structured ??= ranges.filter((r) => !/\S\s+\S/.test(text.slice(r.start, r.end))));
    },
    terms: outsideQuotes(vocabulary.match(text, tokens, 'jd'), quoted),
    links,
    hashtags,
    get copies() {
      if (!copies) {
        const whole = new ComposedText();
        for (const range of ranges) whole.copy(text, range).generate('\n', { start: range.end, end: range.end });
        copies = [{ label: 'this job description', text: whole }];
      }
      return copies;
    },
    jd,
  };
}

/** The brand context of a post: its copy (default and blocks) is prose; front matter hashtags count as hashtags. */
export function brandContextForPost(post: PostContext): BrandContext {
  const { parsed } = post;
  const text = parsed.text;
  const ranges = withoutComments(text, [...parsed.defaultCopy, ...parsed.blocks.map((b) => b.content)].sort((a, b) => a.start - b.start));
  const blockAt = (offset: number) => parsed.blocks.find((b) => b.content.start <= offset && offset < b.content.end)?.id;
  const { prose, links, hashtags, quoted } = cutEntities(text, ranges, blockAt);
  for (const entry of frontMatterHashtags(post)) hashtags.push(entry);
  const link = frontMatterLink(post);
  if (link) links.push(link);
  // Targets that publish the same post (the default copy, or one block, or one part of a thread)
  // are one text to the reader; a thread is as many posts as it has parts.
  const copies = new Map<ComposedText, { names: string[]; text: ComposedText; part: string }>();
  for (const target of post.targets) {
    target.parts.forEach((part, i) => {
      const copy = copies.get(part.copy);
      if (copy) copy.names.push(targetLabel(target.target));
      else copies.set(part.copy, { names: [targetLabel(target.target)], text: part.copy, part: target.parts.length > 1 ? ` (${partName(i, target.parts.length)})` : '' });
    });
  }
  const vocabulary = compileVocabulary(post.config);
  // Tokens are only for the vocabulary and brand/shouting: skip them when neither applies.
  const tokens = needsTokens(vocabulary, 'post', post.config) ? tokensOf(text, prose, vocabulary.words, post.config) : new TokenList();
  return {
    kind: 'post',
    text,
    config: post.config,
    vocabulary,
    prose,
    tokens,
    structured: [],
    terms: outsideQuotes(vocabulary.match(text, tokens, 'post'), quoted),
    links,
    hashtags: hashtags.sort((a, b) => a.range.start - b.range.start),
    copies: [...copies.values()].map((c) => ({ label: `${c.names.join(', ')}${c.part}`, text: c.text })),
    post,
  };
}

function frontMatterHashtags(post: PostContext): HashtagRef[] {
  const doc = post.parsed.frontMatter.parsed.doc;
  const out: HashtagRef[] = [];
  const seq = doc.contents && 'get' in doc.contents ? (doc.contents as { get(key: string, keepScalar: true): unknown }).get('hashtags', true) : undefined;
  if (!seq || typeof seq !== 'object' || !('items' in seq)) return out;
  for (const item of (seq as { items: unknown[] }).items) {
    if (!isScalar(item) || (typeof item.value !== 'string' && typeof item.value !== 'number')) continue;
    const range = scalarTextRange(post.parsed.text, item);
    if (!range) continue;
    const raw = post.parsed.text.slice(range.start, range.end);
    const hash = /^[#＃]/.test(raw) ? 1 : 0;
    const tag = raw.slice(hash).trim();
    if (tag !== '') out.push({ tag, range: { start: range.start + hash, end: range.start + hash + tag.length }, where: 'front-matter', item: nodeRange(post.parsed.text, item) });
  }
  return out;
}

function frontMatterLink(post: PostContext): LinkRef | undefined {
  const doc = post.parsed.frontMatter.parsed.doc;
  const node = doc.contents && 'get' in doc.contents ? (doc.contents as { get(key: string, keepScalar: true): unknown }).get('link', true) : undefined;
  if (!isScalar(node) || typeof node.value !== 'string') return undefined;
  const range = nodeRange(post.parsed.text, node);
  const inner = scalarTextRange(post.parsed.text, node);
  if (!range || !inner) return undefined;
  return { url: post.parsed.text.slice(inner.start, inner.end), range: inner, frontMatter: true };
}

/** How messages name a target: "X", or "science (Mastodon)" for an account. */
export function targetLabel(target: Target): string {
  return target.name === target.platform.id ? target.platform.name : `${target.name} (${target.platform.name})`;
}
