// Markdown and plain text of a JD, for pasting into a job board: headings, lists and
// paragraphs; Markdown escapes what would otherwise change the structure (a line starting with
// "#", "-" or "1.", and * _ ` [ ] < >).

import type { Block, ExportDocument } from './model';

/** Text that reads as itself in Markdown. */
function md(text: string): string {
  return text
    .replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`)
    .split('\n')
    .map((line) => line.trim().replace(/^(#{1,6}\s|[-+]\s|\d{1,9}[.)]\s|>)/, (m) => `\\${m}`))
    .join('  \n');
}

function mdBlock(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return md(b.text);
    case 'list':
      return b.items.map((i) => `- ${md(i).replace(/ {2}\n/g, '  \n  ')}`).join('\n');
    case 'subheading':
      return `### ${md(b.text)}`;
    case 'fields':
      return b.rows.map(([label, value]) => `- **${md(label)}:** ${md(value)}`).join('\n');
  }
}

export function exportMarkdown(doc: ExportDocument): string {
  const parts = [`# ${md(doc.title)}`];
  if (doc.facts.length > 0) parts.push(doc.facts.map(([label, value]) => `**${md(label)}:** ${md(value)}`).join('  \n'));
  for (const section of doc.sections) parts.push(`## ${md(section.heading)}`, ...section.blocks.map(mdBlock));
  return `${parts.join('\n\n')}\n`;
}

function textBlock(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return b.text;
    case 'list':
      return b.items.map((i) => `• ${i.replace(/\n/g, '\n  ')}`).join('\n');
    case 'subheading':
      return `${b.text}:`;
    case 'fields':
      return b.rows.map(([label, value]) => `${label}: ${value}`).join('\n');
  }
}

/** Plain text: the title underlined, headings in capitals, "•" bullets. */
export function exportText(doc: ExportDocument): string {
  const parts = [`${doc.title}\n${'='.repeat(Math.min(72, [...doc.title].length))}`];
  if (doc.facts.length > 0) parts.push(doc.facts.map(([label, value]) => `${label}: ${value}`).join('\n'));
  for (const section of doc.sections) parts.push(section.heading.toUpperCase(), ...section.blocks.map(textBlock));
  return `${parts.join('\n\n')}\n`;
}
