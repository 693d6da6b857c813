import { readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import type { FileHost } from '../core/index';

/** Reads files from disk for the core's configuration loader. */
export const nodeFileHost: FileHost = {
  async readFile(path) {
    try {
      return await readFile(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
      throw error;
    }
  },
};

/** Writes `text` to `path` through a temporary file and a rename, so a crash never leaves half a file. */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.copydesk-${process.pid}.tmp`);
  await writeFile(temporary, text, 'utf8');
  await rename(temporary, path);
}

/** A short, human explanation of an I/O error. */
export function describeIoError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    default:
      return e?.message ?? String(error);
  }
}
