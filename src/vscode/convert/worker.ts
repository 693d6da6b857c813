// What Copydesk's import and export commands do, bundled on its own (dist/convert.js) and
// loaded by the desktop extension the first time one of them runs, so that the parsers
// (markdown-it, htmlparser2, mammoth for Word) and the exporters never weigh on the extension's
// start-up or its bundles. No `vscode` here: the commands translate. `npm run bench` times
// import and export through this bundle too.

import type { Config } from '../../core/config/schema';
import { exportJobDescription, type ExportFormat, type ExportResult } from '../../core/export/index';
import { importFormatOf, importJobDescription, type ImportResult } from '../../core/import/index';
import { decodeUtf8 } from '../../core/text/utf8';
import { DocxError, docxToHtml } from '../../node/docx';

/** Why the posting could not be read, for one line in a message. */
export class ImportRefused extends Error {}

/** The job description in the posting `fileName` whose bytes are `bytes` (or whose editor text is `text`). */
export async function importPosting(fileName: string, input: { bytes: Uint8Array } | { text: string }): Promise<ImportResult> {
  const format = importFormatOf(fileName);
  if (format === undefined) throw new ImportRefused('Copydesk imports .docx, .html, .htm, .md and .txt files');
  if (format === 'docx') {
    if (!('bytes' in input)) throw new ImportRefused('a Word document is imported from the file on disk');
    try {
      return importJobDescription(await docxToHtml(Buffer.from(input.bytes)), 'html', fileName);
    } catch (error) {
      if (error instanceof DocxError) throw new ImportRefused(error.message);
      throw error;
    }
  }
  let text: string;
  if ('text' in input) text = input.text;
  else {
    const decoded = decodeUtf8(input.bytes);
    if (!decoded.valid) throw new ImportRefused('it is not UTF-8 text: save it as UTF-8 first');
    text = decoded.text;
  }
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) throw new ImportRefused('it holds control characters: it does not look like a text file');
  return importJobDescription(text, format, fileName);
}

/** A job description's text in `format` (see copydesk export). */
export function exportJd(text: string, format: ExportFormat, config: Config | undefined, standalone = false): ExportResult {
  return exportJobDescription(text, { format, config, standalone });
}

export { importJobDescription };

export { copyAsCommand, exportCommand, importJobDescriptionCommand } from './commands';
