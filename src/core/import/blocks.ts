// What an imported posting is made of, whatever its format: headings, paragraphs and lists, in
// reading order, as plain text. Word and Markdown are read through their HTML (mammoth, and
// markdown-it), plain text line by line; the JD is made from these blocks alone (to-jd.ts).

export type Block =
  | { kind: 'heading'; level: number; text: string }
  /** `lines`: the paragraph's lines where the source broke them (<br>, a table row's cells); most paragraphs have one. */
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'list'; items: string[] };

export interface ImportedDocument {
  /** The posting's title when the format says it (front matter, <title>); else the first heading. */
  title?: string;
  blocks: Block[];
  /** Front matter fields (Markdown), e.g. location or a closing date. */
  meta: Record<string, unknown>;
}

/** Collapses runs of white space to one space and trims: visible text as a reader sees it. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}
