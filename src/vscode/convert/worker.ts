// What Copydesk's import and export commands do, bundled on its own (dist/convert.js) and
// loaded by the desktop extension the first time one of them runs, so that the parsers
// (markdown-it, htmlparser2, mammoth for Word) and the exporters never weigh on the extension's
// start-up or its bundles. No `vscode` here: the commands translate. `npm run bench` times
// import and export through this bundle too.

import type { Config } from '../../core/config/schema';
import { exportJobDescription, type ExportFormat, type ExportResult } from '../../core/export/index';
import { importFormatOf, importJobDescription, type ImportResult } from '../../core/import/index';
import { PostingRefused, readPosting } from '../../node/posting';

/** The job description in the posting `fileName` whose bytes are `bytes` (or whose editor text is `text`). */
export async function importPosting(fileName: string, input: { bytes: Uint8Array } | { text: string }): Promise<ImportResult> {
  const format = importFormatOf(fileName);
  if (format === undefined) throw new PostingRefused('Copydesk imports .docx, .html, .htm, .md and .txt files');
  return readPosting(fileName, format, input);
}

/** A job description's text in `format` (see copydesk export). */
export function exportJd(text: string, format: ExportFormat, config: Config | undefined, standalone = false): ExportResult {
  return exportJobDescription(text, { format, config, standalone });
}

export { importJobDescription, PostingRefused };

export { copyAsCommand, exportCommand, importJobDescriptionCommand } from './commands';
