// HTML (a careers page, a Google Doc saved as HTML, Word through mammoth, Markdown through
// markdown-it) to blocks, with htmlparser2's DOM. Only what a reader sees is read: no scripts,
// styles, templates or hidden elements, no attribute values but link targets and image alt text.

import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { collapseSpace, type Block, type ImportedDocument } from './blocks';
import { labelledFact } from './facts';

/** Elements whose content is never shown. */
const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'select', 'option', 'datalist', 'dialog']);
/** Elements that start and end a block of text. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'html', 'legend',
  'main', 'nav', 'p', 'pre', 'section', 'summary', 'caption', 'hr',
]);
const HEADING = /^h([1-6])$/;

/** A paragraph of bold text only, this short, is a heading (Word documents make headings so). */
const BOLD_HEADING_MAX = 80;

interface Builder {
  blocks: Block[];
  /** The paragraph being read: its lines so far, and the text of the current line. */
  lines: string[];
  line: string;
  /** Whether all the current paragraph's text so far was bold. */
  allBold: boolean;
  anyText: boolean;
}

function isHidden(element: Element): boolean {
  const attribs = element.attribs ?? {};
  if ('hidden' in attribs || attribs['aria-hidden'] === 'true') return true;
  return /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(attribs.style ?? '');
}

/** The visible text of `nodes`, inline: tags dropped, <br> as a line break, links as "text (address)". */
function inlineText(nodes: readonly ChildNode[], out: { text: string; bold: boolean; any: boolean }, bold = false): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      out.text += node.data;
      if (/\S/.test(node.data)) {
        out.any = true;
        if (!bold) out.bold = false;
      }
    } else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      const element = node as Element;
      const name = element.name.toLowerCase();
      if (INVISIBLE.has(name) || isHidden(element)) continue;
      if (name === 'br') out.text += '\n';
      else if (name === 'img') {
        const alt = collapseSpace(element.attribs.alt ?? '');
        if (alt !== '') {
          out.text += alt;
          out.any = true;
          out.bold = false;
        }
      } else if (BLOCK.has(name) || name === 'li' || HEADING.test(name)) {
        // A paragraph inside a list item or a cell: its own line.
        out.text += '\n';
        inlineText(element.children, out, bold);
        out.text += '\n';
      } else {
        inlineText(element.children, out, bold || name === 'b' || name === 'strong' || (name === 'span' && /font-weight\s*:\s*(?:bold|[6-9]00)/i.test(element.attribs.style ?? '')));
        if (name === 'a') {
          const href = (element.attribs.href ?? '').trim();
          const shown = collapseSpace(textOf(element));
          const target = href.startsWith('mailto:') ? href.slice(7) : href;
          // A link's text is what a reader sees; its address is kept beside it unless the text says it.
          if (/^(?:https?:\/\/|mailto:)/i.test(href) && target !== '' && !shown.includes(target) && shown !== '') out.text += ` (${target})`;
        }
      }
    }
  }
}

function textOf(element: Element): string {
  const out = { text: '', bold: true, any: false };
  inlineText(element.children, out);
  return out.text;
}

function flushLine(b: Builder): void {
  // Source line breaks inside a paragraph are spaces to a reader, except before a line that
  // states a fact ("Salary: …" written under "Job type: …" in Markdown): that stays a line.
  // (Segments are collected and joined once: a paragraph of 200,000 short lines stays linear.)
  let parts: string[] = [];
  let hasText = false;
  for (const segment of b.line.split('\n')) {
    if (hasText && labelledFact(segment) !== undefined) {
      b.lines.push(collapseSpace(parts.join(' ')));
      parts = [];
      hasText = false;
    }
    parts.push(segment);
    hasText ||= /\S/.test(segment);
  }
  if (hasText) b.lines.push(collapseSpace(parts.join(' ')));
  b.line = '';
}

function flushParagraph(b: Builder): void {
  flushLine(b);
  if (b.lines.length > 0) {
    const text = b.lines.join(' ');
    if (b.allBold && b.anyText && b.lines.length === 1 && text.length <= BOLD_HEADING_MAX && !/[.!?]$/.test(text)) b.blocks.push({ kind: 'heading', level: 7, text });
    else b.blocks.push({ kind: 'paragraph', lines: b.lines });
  }
  b.lines = [];
  b.allBold = true;
  b.anyText = false;
}

/** The items of a list: each item's own text, then its nested lists' items (flattened, in order). */
function listItems(list: Element, items: string[]): void {
  for (const child of list.children) {
    if (child.type !== 'tag' || isHidden(child)) continue;
    const name = child.name.toLowerCase();
    if (name === 'li') {
      const own: ChildNode[] = [];
      const nested: Element[] = [];
      for (const node of child.children) {
        if (node.type === 'tag' && (node.name === 'ul' || node.name === 'ol')) nested.push(node);
        else own.push(node);
      }
      const out = { text: '', bold: true, any: false };
      inlineText(own, out);
      const text = out.text.split('\n').map(collapseSpace).filter((l) => l !== '').join(' ');
      if (text !== '') items.push(text);
      for (const list of nested) listItems(list, items);
    } else if (name === 'ul' || name === 'ol') listItems(child, items);
  }
}

function walk(nodes: readonly ChildNode[], b: Builder, pre: boolean): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      if (pre) {
        const parts = node.data.split('\n');
        parts.forEach((part, i) => {
          if (i > 0) flushLine(b);
          b.line += part;
        });
      } else b.line += node.data;
      if (/\S/.test(node.data)) {
        b.anyText = true;
        b.allBold = false;
      }
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const element = node as Element;
    const name = element.name.toLowerCase();
    if (INVISIBLE.has(name) || isHidden(element)) continue;
    const heading = HEADING.exec(name);
    if (heading) {
      flushParagraph(b);
      const text = collapseSpace(textOf(element));
      if (text !== '') b.blocks.push({ kind: 'heading', level: Number(heading[1]), text });
    } else if (name === 'ul' || name === 'ol') {
      flushParagraph(b);
      const items: string[] = [];
      listItems(element, items);
      if (items.length > 0) b.blocks.push({ kind: 'list', items });
    } else if (name === 'table') {
      flushParagraph(b);
      table(element, b);
    } else if (name === 'br') {
      flushLine(b);
    } else if (BLOCK.has(name) || name === 'li') {
      flushParagraph(b);
      walk(element.children, b, pre || name === 'pre');
      flushParagraph(b);
    } else {
      // Inline: its text joins the line; bold text keeps the paragraph a candidate heading.
      const out = { text: '', bold: true, any: false };
      inlineText([element], out);
      const lines = out.text.split('\n');
      lines.forEach((part, i) => {
        if (i > 0) flushLine(b);
        b.line += part;
      });
      if (out.any) {
        b.anyText = true;
        if (!out.bold) b.allBold = false;
      }
    }
  }
}

/** A table row per line: two cells read "Label: value", more are joined by " | ". */
function table(element: Element, b: Builder): void {
  const rows: Element[] = [];
  const collect = (nodes: readonly ChildNode[]) => {
    for (const node of nodes) {
      if (node.type !== 'tag' || isHidden(node)) continue;
      if (node.name === 'tr') rows.push(node);
      else if (node.name !== 'table') collect(node.children);
    }
  };
  collect(element.children);
  for (const row of rows) {
    const cells = row.children
      .filter((c): c is Element => c.type === 'tag' && (c.name === 'td' || c.name === 'th') && !isHidden(c))
      .map((c) => collapseSpace(textOf(c)))
      .filter((c) => c !== '');
    if (cells.length === 0) continue;
    const line = cells.length === 2 ? `${cells[0].replace(/:$/, '')}: ${cells[1]}` : cells.join(' | ');
    b.blocks.push({ kind: 'paragraph', lines: [line] });
  }
}

/** The blocks of an HTML document or fragment; its <title> is the title when it has one. */
export function htmlToDocument(html: string): ImportedDocument {
  const dom = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  let title: string | undefined;
  const findTitle = (nodes: readonly ChildNode[]) => {
    for (const node of nodes) {
      if (title !== undefined) return;
      if (node.type === 'tag' && node.name === 'title') title = collapseSpace(textOf(node)) || undefined;
      else if (node.type === 'tag' && node.name !== 'body') findTitle(node.children);
    }
  };
  findTitle(dom.children);
  const builder: Builder = { blocks: [], lines: [], line: '', allBold: true, anyText: false };
  walk(dom.children, builder, false);
  flushParagraph(builder);
  return { title, blocks: builder.blocks, meta: {} };
}
