// copydesk import, the pure part: a posting's text in one of the formats below to a
// `*.jd.yaml`. Word documents are read to HTML first, on Node (src/node/docx.ts).

import { htmlToDocument } from './html';
import { markdownToDocument } from './markdown';
import { textToDocument } from './text';
import { blocksToJd, type ImportResult } from './to-jd';

export type ImportFormat = 'markdown' | 'html' | 'text';

/** The format a file name says: .md/.markdown, .html/.htm, .txt; .docx is read to HTML first. */
export function importFormatOf(fileName: string): ImportFormat | 'docx' | undefined {
  const lower = fileName.toLowerCase();
  if (/\.(?:md|markdown|mdown|mkd)$/.test(lower)) return 'markdown';
  if (/\.(?:html?|xhtml)$/.test(lower)) return 'html';
  if (/\.txt$/.test(lower)) return 'text';
  if (/\.docx$/.test(lower)) return 'docx';
  return undefined;
}

/** The job description in `text` (a posting in `format`), as YAML with comments. */
export function importJobDescription(text: string, format: ImportFormat, source: string): ImportResult {
  const doc = format === 'markdown' ? markdownToDocument(text) : format === 'html' ? htmlToDocument(text) : textToDocument(text);
  return blocksToJd(doc, { source });
}

/** `posting.md` → `posting.jd.yaml`. */
export function importedFileName(source: string): string {
  const base = source.split(/[\\/]/).pop() ?? source;
  return `${base.replace(/\.[^.]*$/, '') || base}.jd.yaml`;
}

export type { ImportResult };
