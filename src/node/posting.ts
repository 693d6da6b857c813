// A job posting's bytes (or an editor's text) to a job description: the Word document through
// mammoth, text checked to be UTF-8 text. Shared by `copydesk import` and the editor's import
// command (in dist/convert.js); the format check is each face's own.

import { importJobDescription, type ImportFormat, type ImportResult } from '../core/import/index';
import { decodeUtf8 } from '../core/text/utf8';
import { DocxError, docxToHtml } from './docx';

/** Why a posting could not be read, for one line ("Not imported 'x': …"). */
export class PostingRefused extends Error {}

/** The job description in the posting `fileName` of `format`, from its bytes (or, not for Word, an editor's text). */
export async function readPosting(fileName: string, format: ImportFormat | 'docx', input: { bytes: Uint8Array } | { text: string }): Promise<ImportResult> {
  if (format === 'docx') {
    if (!('bytes' in input)) throw new PostingRefused('a Word document is imported from the file on disk');
    try {
      return importJobDescription(await docxToHtml(Buffer.from(input.bytes)), 'html', fileName);
    } catch (error) {
      if (error instanceof DocxError) throw new PostingRefused(error.message);
      throw error;
    }
  }
  let text: string;
  if ('text' in input) text = input.text;
  else {
    const decoded = decodeUtf8(input.bytes);
    if (!decoded.valid) throw new PostingRefused(`it is not UTF-8 text (the first bad byte is at ${decoded.firstInvalidByte}): save it as UTF-8 first`);
    text = decoded.text;
  }
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) throw new PostingRefused('it holds control characters: it does not look like a text file');
  return importJobDescription(text, format, fileName);
}
