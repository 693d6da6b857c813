/** Bytes read as UTF-8, and whether they were valid UTF-8. */
export interface DecodedText {
  /** The text; each invalid byte sequence is U+FFFD, a byte order mark is kept as U+FEFF. */
  text: string;
  /** False when some bytes were not UTF-8: writing `text` back would lose them. */
  valid: boolean;
  /** The offset (in bytes) of the first byte that is not UTF-8. */
  firstInvalidByte?: number;
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * Decodes `bytes` as UTF-8 without losing anything silently: the result says whether every byte
 * was UTF-8 (a Latin-1 or Windows-1252 file is not), so a writer can refuse to write the damaged
 * text back. TextDecoder is a web standard: this runs in Node and in VS Code for the Web alike.
 */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  try {
    return { text: strict.decode(bytes), valid: true };
  } catch {
    return { text: lenient.decode(bytes), valid: false, firstInvalidByte: firstInvalidUtf8Byte(bytes) };
  }
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let min = 0x80;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) min = 0xa0; // overlong
      if (b === 0xed) max = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) min = 0x90; // overlong
      if (b === 0xf4) max = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (c < lo || c > hi) return i;
    }
    i += length;
  }
  return undefined;
}
