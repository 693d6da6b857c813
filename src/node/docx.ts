// Word documents (.docx) to HTML with mammoth, for copydesk import: headings, lists, bold and
// links kept, images left out (their alt text kept). Node only: the extension's web bundle never
// includes it.

import mammoth from 'mammoth';

/** A .docx that cannot be read, with a plain reason ("Cannot import 'x.docx': …"). */
export class DocxError extends Error {}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Compound File Binary: Word 97-2003 (.doc) and every password-protected Office file. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** The document's HTML. Throws DocxError for a file that is not a readable .docx. */
export async function docxToHtml(bytes: Buffer): Promise<string> {
  if (startsWith(bytes, CFB)) throw new DocxError('it is password-protected, or a Word 97-2003 .doc: save it as .docx without a password');
  if (!startsWith(bytes, ZIP)) throw new DocxError('it is not a Word .docx document');
  let result: { value: string };
  try {
    result = await mammoth.convertToHtml(
      { buffer: bytes },
      // Images would arrive as base64 data: only their alt text is text a candidate reads.
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
  } catch (error) {
    throw new DocxError(`it is damaged or not a Word document (${String((error as Error)?.message ?? error).split('\n')[0]})`);
  }
  return result.value;
}
