// Markdown (CommonMark, with tables) to blocks: markdown-it renders it to HTML, which the HTML
// reader reads like any careers page, raw HTML in the Markdown included. YAML front matter
// (Jekyll, Hugo) is not visible text: its fields are kept as `meta` (title, location, dates).

import MarkdownIt from 'markdown-it';
import { parse } from 'yaml';
import type { ImportedDocument } from './blocks';
import { htmlToDocument } from './html';

let parser: InstanceType<typeof MarkdownIt> | undefined;

const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** The front matter's fields (when it is YAML that reads as a mapping) and the text after it. */
export function splitFrontMatter(text: string): { meta: Record<string, unknown>; body: string } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { meta: {}, body: text };
  let meta: Record<string, unknown> = {};
  try {
    const value: unknown = parse(match[1], { prettyErrors: false, maxAliasCount: 100 });
    if (value && typeof value === 'object' && !Array.isArray(value)) meta = value as Record<string, unknown>;
  } catch {
    // Front matter that is not YAML is still not visible text.
  }
  return { meta, body: text.slice(match[0].length) };
}

export function markdownToDocument(text: string): ImportedDocument {
  const { meta, body } = splitFrontMatter(text);
  parser ??= new MarkdownIt({ html: true, linkify: false, typographer: false });
  const document = htmlToDocument(parser.render(body));
  const title = typeof meta.title === 'string' && meta.title.trim() !== '' ? meta.title.trim() : undefined;
  return { title, blocks: document.blocks, meta };
}
