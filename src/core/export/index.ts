// copydesk export, the pure part: a `*.jd.yaml` as careers-page HTML, Markdown, plain text or
// schema.org JobPosting JSON-LD. A file whose YAML cannot be read is not exported: the caller
// says why, with the line.

import { resolveConfig } from '../config/resolve';
import type { Config } from '../config/schema';
import { isCalendarDate } from '../text/dates';
import { rangeForPath, readYaml } from '../yaml/document';
import { exportHtmlFragment, exportHtmlPage } from './html';
import { jobPosting } from './jsonld';
import { exportMarkdown, exportText } from './markdown';
import { exportDocument } from './model';

export type ExportFormat = 'html' | 'markdown' | 'text' | 'jsonld';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['html', 'markdown', 'text', 'jsonld'];

/** The file extension of each format's output. */
export const EXPORT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = { html: '.html', markdown: '.md', text: '.txt', jsonld: '.jsonld' };

export interface ExportOptions {
  format: ExportFormat;
  config?: Config;
  /** html: a whole page with the JSON-LD, instead of a fragment. */
  standalone?: boolean;
}

export type ExportResult = { output: string } | { error: string; line?: number };

/** `text` (a `*.jd.yaml`) in `options.format`. */
export function exportJobDescription(text: string, options: ExportOptions): ExportResult {
  const read = readYaml(text);
  const error = read.problems.find((p) => p.severity === 'error');
  if (error || read.value === undefined) {
    const line = error ? text.slice(0, error.range.start).split('\n').length : undefined;
    return { error: `the YAML cannot be read${error ? ` at line ${line}: ${error.message.replace(/[.:]\s*$/, '')}` : ''}; fix it first`, ...(line !== undefined ? { line } : {}) };
  }
  const value = read.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'it is not a job description (a mapping of keys such as title: and responsibilities:)' };
  const jd = value as Record<string, unknown>;
  // A date Google (or a reader) would misread is not exported: jd/schema reports it in the editor.
  for (const key of ['date_posted', 'valid_through']) {
    const date = jd[key];
    if (date === undefined || date === null) continue;
    if (typeof date !== 'string' || !isCalendarDate(date)) {
      const line = text.slice(0, rangeForPath(read.parsed, [key]).start).split('\n').length;
      return { error: `${key} at line ${line} is not a real calendar date written YYYY-MM-DD (${JSON.stringify(String(date))}); fix it first`, line };
    }
  }
  const config = options.config ?? resolveConfig(undefined);
  const doc = exportDocument(jd);
  switch (options.format) {
    case 'html':
      return { output: options.standalone ? exportHtmlPage(doc, jobPosting(jd, doc, config)) : exportHtmlFragment(doc) };
    case 'markdown':
      return { output: exportMarkdown(doc) };
    case 'text':
      return { output: exportText(doc) };
    case 'jsonld':
      return { output: `${JSON.stringify(jobPosting(jd, doc, config), null, 2)}\n` };
  }
}

export { exportDocument, jobPosting };
