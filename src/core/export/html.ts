// The careers-page HTML of a JD: a clean, semantic fragment (an article with headings, lists,
// paragraphs and a definition list; no scripts, no style attributes, no classes but one on the
// article) that a careers page or an ATS accepts, escaped as the preview escapes. Standalone:
// a whole page with a small stylesheet and the JobPosting JSON-LD.

import { escapeHtml } from '../render/html';
import type { Block, ExportDocument } from './model';

/** Text with its line breaks as <br>. */
function lines(text: string): string {
  return text
    .split('\n')
    .map((l) => escapeHtml(l.trim()))
    .join('<br>');
}

function block(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${lines(b.text)}</p>`;
    case 'list':
      return `<ul>\n${b.items.map((i) => `<li>${lines(i)}</li>`).join('\n')}\n</ul>`;
    case 'subheading':
      return `<h3>${escapeHtml(b.text)}</h3>`;
    case 'fields':
      return `<dl>\n${b.rows.map(([label, value]) => `<dt>${escapeHtml(label)}</dt>\n<dd>${lines(value)}</dd>`).join('\n')}\n</dl>`;
  }
}

/** The fragment: `<article class="job-posting">` … `</article>`. */
export function exportHtmlFragment(doc: ExportDocument): string {
  const parts = ['<article class="job-posting">', `<h1>${escapeHtml(doc.title)}</h1>`];
  if (doc.facts.length > 0) parts.push(`<dl>\n${doc.facts.map(([label, value]) => `<dt>${escapeHtml(label)}</dt>\n<dd>${lines(value)}</dd>`).join('\n')}\n</dl>`);
  for (const section of doc.sections) {
    parts.push('<section>', `<h2>${escapeHtml(section.heading)}</h2>`, ...section.blocks.map(block), '</section>');
  }
  parts.push('</article>');
  return `${parts.join('\n')}\n`;
}

/** JSON inside <script type="application/ld+json">: `<` escaped, so no text can close the element. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const PAGE_STYLES = 'body{font:16px/1.6 system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#1f2328}h1{line-height:1.2}dt{font-weight:600}dd{margin:0 0 .5rem}';

/** A whole page: the fragment, a small stylesheet, and the JobPosting JSON-LD when given. */
export function exportHtmlPage(doc: ExportDocument, jsonLd?: unknown): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${PAGE_STYLES}</style>`,
    ...(jsonLd === undefined ? [] : [`<script type="application/ld+json">\n${scriptSafeJson(jsonLd)}\n</script>`]),
    '</head>',
    '<body>',
    exportHtmlFragment(doc).trimEnd(),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

