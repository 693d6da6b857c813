// Plain text (pasted from an ATS, a mail, a PDF) to blocks, line by line: bullets make lists,
// blank lines end paragraphs, and a short line that names a section or ends with a colon is a
// heading. The first line is the title when it is short enough to be one.

import { collapseSpace, type Block, type ImportedDocument } from './blocks';
import { sectionForHeading } from './headings';

const BULLET = /^\s*(?:[-*•·▪◦‣–—]|\d{1,2}[.)]|[a-z][.)])\s+/;
/** "Location: Berlin", a line of its own even inside a paragraph. */
const LABEL_LINE = /^[^\s:][^:]{0,40}:\s+\S/;

function isHeading(line: string, next: string | undefined): boolean {
  const text = collapseSpace(line);
  if (text === '' || text.length > 70 || BULLET.test(line)) return false;
  if (/[.!?;,]$/.test(text)) return false;
  const bare = text.replace(/:$/, '');
  if (sectionForHeading(bare) !== undefined) return true;
  // A line ending with a colon, or in capitals, followed by more text.
  if (next === undefined || next.trim() === '') return text.endsWith(':') && next !== undefined;
  return text.endsWith(':') || (/[A-Z]/.test(text) && text === text.toUpperCase() && text.length >= 4);
}

export function textToDocument(text: string): ImportedDocument {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: string[] | undefined;
  let title: string | undefined;
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', lines: paragraph });
    paragraph = [];
    if (list && list.length > 0) blocks.push({ kind: 'list', items: list });
    list = undefined;
  };
  let i = 0;
  // The title: the first line, when it is short and not a sentence.
  while (i < lines.length && lines[i].trim() === '') i++;
  if (i < lines.length) {
    const first = collapseSpace(lines[i]);
    if (first.length <= 100 && !/[.!?]$/.test(first) && !BULLET.test(lines[i]) && sectionForHeading(first.replace(/:$/, '')) === undefined && !LABEL_LINE.test(first)) {
      title = first;
      i++;
    }
  }
  // The next line with text after each line, found in one pass from the end (not by a search per line).
  const nextText: (string | undefined)[] = new Array(lines.length);
  for (let k = lines.length - 1, next: string | undefined; k >= 0; k--) {
    nextText[k] = next;
    if (lines[k].trim() !== '') next = lines[k];
  }
  for (; i < lines.length; i++) {
    const raw = lines[i];
    const line = collapseSpace(raw);
    if (line === '') {
      flush();
      continue;
    }
    const bullet = BULLET.exec(raw);
    if (bullet) {
      if (paragraph.length > 0) flush();
      list ??= [];
      list.push(collapseSpace(raw.slice(bullet[0].length)));
      continue;
    }
    if (isHeading(raw, lines[i + 1] === undefined ? undefined : nextText[i])) {
      flush();
      blocks.push({ kind: 'heading', level: 2, text: line });
      continue;
    }
    if (list && /^\s{2,}\S/.test(raw) && list.length > 0) {
      // An indented line after a bullet continues its item.
      list[list.length - 1] += ` ${line}`;
      continue;
    }
    if (list) flush();
    // A label line stands alone; other lines of a paragraph join it.
    if (LABEL_LINE.test(line) || (paragraph.length > 0 && LABEL_LINE.test(paragraph[paragraph.length - 1]))) paragraph.push(line);
    else if (paragraph.length > 0) paragraph[paragraph.length - 1] += ` ${line}`;
    else paragraph.push(line);
  }
  flush();
  return { title, blocks, meta: {} };
}
