// The one reader and the one writer every Node face (the CLI, and later the language server,
// import and export) uses for the user's files. A repository Copydesk lints is untrusted input:
// it can plant symbolic links, FIFOs, device files, huge files and files in other encodings, and
// it can change a file while Copydesk works on it. See docs/security.md.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, type BigIntStats } from 'node:fs';
import { link, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, relative, isAbsolute } from 'node:path';
import { decodeUtf8 } from '../core/text/utf8';

/** The most Copydesk reads of one file: documents (a JD or post is a few KB; 10 MB is far beyond any real one) and configuration. */
export const MAX_BYTES = { document: 10 * 1024 * 1024, configuration: 4 * 1024 * 1024 } as const;

/** Why a file was not read or not written; `message` completes "Cannot read 'x': …" (without the file's name). */
export type FileProblem = 'missing' | 'folder' | 'not-regular' | 'too-large' | 'outside' | 'read-only' | 'changed' | 'not-utf8' | 'exists' | 'io';

/** A file Copydesk refused or failed to read or write, with a plain reason. */
export class FileAccessError extends Error {
  constructor(
    readonly problem: FileProblem,
    message: string,
  ) {
    super(message);
  }
}

/** What a read saw, so that a later write can tell whether the file changed in between. */
export interface FileSnapshot {
  /** The file actually read (symbolic links resolved). */
  realPath: string;
  size: bigint;
  mtimeNs: bigint;
  /** When the file's content or metadata last changed (no tool can set it back). */
  ctimeNs: bigint;
  ino: bigint;
  /** SHA-256 of the bytes read. */
  hash: string;
  /** False when the bytes were not UTF-8: such a file is never written back. */
  validUtf8: boolean;
}

/** A text file as read: its text (invalid UTF-8 as U+FFFD), and what was seen. */
export interface ReadText {
  text: string;
  snapshot: FileSnapshot;
  /** Byte offset of the first byte that is not UTF-8, when there is one. */
  firstInvalidByte?: number;
}

export interface ReadOptions {
  /** Refuse files bigger than this many bytes. */
  maxBytes: number;
  /** When given, the file (links resolved) must lie inside one of these folders. */
  within?: readonly string[];
  /**
   * The synchronous reader only: the real paths of folders already resolved, kept by the caller
   * for a run of many files. A file in a known folder is opened by its name there, refusing to
   * follow it if it is a link (which is then resolved in full): one realpath per folder instead
   * of one per file.
   */
  folders?: Map<string, string>;
}

const O_NONBLOCK = constants.O_NONBLOCK ?? 0;
const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;

/** True when `path` is `folder` or inside it (both absolute, links already resolved). */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The real paths of `folders` (those that exist). */
export async function realFolders(folders: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const folder of folders) {
    try {
      const real = await realpath(folder);
      if (!out.includes(real)) out.push(real);
    } catch {
      // A folder that does not exist contains nothing.
    }
  }
  return out;
}

function describeCode(error: unknown): FileAccessError {
  if (error instanceof FileAccessError) return error;
  const e = error as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return new FileAccessError('missing', 'no such file or folder');
    case 'ENOTDIR':
      return new FileAccessError('missing', 'a part of the path is not a folder');
    case 'EISDIR':
      return new FileAccessError('folder', 'it is a folder');
    case 'EACCES':
    case 'EPERM':
      return new FileAccessError('io', 'permission denied');
    case 'ELOOP':
      return new FileAccessError('io', 'too many levels of symbolic links');
    case 'EEXIST':
      return new FileAccessError('exists', 'it exists already');
    default:
      return new FileAccessError('io', e?.message ?? String(error));
  }
}

/** A short, plain explanation of a failed file operation, completing "Cannot read 'x': …". */
export function describeIoError(error: unknown): string {
  return describeCode(error).message;
}

function megabytes(bytes: number | bigint): string {
  return `${(Number(bytes) / (1024 * 1024)).toFixed(1)} MB`;
}

async function resolveWithin(path: string, within: readonly string[] | undefined): Promise<string> {
  let real: string;
  try {
    real = await realpath(path);
  } catch (error) {
    throw describeCode(error);
  }
  if (within && !within.some((folder) => isInside(real, folder))) {
    throw new FileAccessError('outside', real === path ? 'it is outside the folders Copydesk may read or write' : 'it is a symbolic link to a file outside the folders Copydesk may read or write');
  }
  return real;
}

function notRegular(stats: BigIntStats): FileAccessError {
  if (stats.isDirectory()) return new FileAccessError('folder', 'it is a folder');
  const what = stats.isFIFO() ? 'a pipe (FIFO)' : stats.isCharacterDevice() || stats.isBlockDevice() ? 'a device' : stats.isSocket() ? 'a socket' : 'not a regular file';
  return new FileAccessError('not-regular', `it is ${what}, not a regular file`);
}

/** A file's bytes as read, and what was seen (see readTextFile). */
export interface ReadBytes {
  bytes: Buffer;
  snapshot: Omit<FileSnapshot, 'validUtf8'>;
}

/**
 * Reads a regular file's bytes. Never blocks on a FIFO or a device (they are refused before a
 * byte is read), never reads more than `maxBytes` (a file that grows while read is refused
 * too), and records what it saw. Throws FileAccessError.
 */
export async function readFileBytes(path: string, options: ReadOptions): Promise<ReadBytes> {
  const realPath = await resolveWithin(path, options.within);
  let handle;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, for ever.
    handle = await open(realPath, constants.O_RDONLY | O_NONBLOCK);
  } catch (error) {
    throw describeCode(error);
  }
  try {
    const stats = await handle.stat({ bigint: true });
    const buffer = bufferFor(stats, options.maxBytes);
    let length = 0;
    for (;;) {
      if (length === buffer.length) throw new FileAccessError('too-large', 'it grew while it was read');
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return readBytes(realPath, stats, buffer, length, options.maxBytes);
  } catch (error) {
    throw describeCode(error);
  } finally {
    await handle.close();
  }
}

/** A buffer one byte larger than the regular file `stats` describes (a file that grows fills it); refuses other files and files too large. */
function bufferFor(stats: BigIntStats, maxBytes: number): Buffer {
  if (!stats.isFile()) throw notRegular(stats);
  if (stats.size > BigInt(maxBytes)) throw new FileAccessError('too-large', `it is ${megabytes(stats.size)}; Copydesk reads files up to ${megabytes(maxBytes)}`);
  return Buffer.allocUnsafe(Number(stats.size) + 1);
}

/** The bytes read into `buffer` and the snapshot a later write compares against. */
function readBytes(realPath: string, stats: BigIntStats, buffer: Buffer, length: number, maxBytes: number): ReadBytes {
  if (length > maxBytes) throw new FileAccessError('too-large', `it is more than ${megabytes(maxBytes)}`);
  const bytes = buffer.subarray(0, length);
  return { bytes, snapshot: { realPath, size: BigInt(length), mtimeNs: stats.mtimeNs, ctimeNs: stats.ctimeNs, ino: stats.ino, hash: createHash('sha256').update(bytes).digest('hex') } };
}

function resolveWithinSync(path: string, within: readonly string[] | undefined): string {
  let real: string;
  try {
    real = realpathSync.native(path);
  } catch (error) {
    throw describeCode(error);
  }
  if (within && !within.some((folder) => isInside(real, folder))) {
    throw new FileAccessError('outside', real === path ? 'it is outside the folders Copydesk may read or write' : 'it is a symbolic link to a file outside the folders Copydesk may read or write');
  }
  return real;
}

/** The file in its folder's real path, when the folder is (or now gets) known and inside `within`; undefined to resolve it in full. */
function inKnownFolder(path: string, options: ReadOptions): string | undefined {
  const { folders, within } = options;
  // Without O_NOFOLLOW (Windows) a link could not be told from a file: every path is resolved in full.
  if (!folders || O_NOFOLLOW === 0) return undefined;
  const folder = dirname(path);
  let real = folders.get(folder);
  if (real === undefined) {
    try {
      real = realpathSync.native(folder);
    } catch {
      return undefined;
    }
    folders.set(folder, real);
  }
  const candidate = join(real, basename(path));
  return within && !within.some((f) => isInside(candidate, f)) ? undefined : candidate;
}

/**
 * readFileBytes, synchronously: the same checks in the same order, for a command that reads
 * thousands of small files one after the other (copydesk calendar), where each asynchronous step
 * costs more than the read. Throws FileAccessError.
 */
export function readFileBytesSync(path: string, options: ReadOptions): ReadBytes {
  let realPath = inKnownFolder(path, options);
  let fd: number | undefined;
  if (realPath !== undefined) {
    try {
      // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, for ever.
      fd = openSync(realPath, constants.O_RDONLY | O_NONBLOCK | O_NOFOLLOW);
    } catch (error) {
      // A link (ELOOP), or a folder changed meanwhile: resolved in full below.
      if ((error as NodeJS.ErrnoException).code !== 'ELOOP' && (error as NodeJS.ErrnoException).code !== 'ENOENT') throw describeCode(error);
    }
  }
  if (fd === undefined) {
    realPath = resolveWithinSync(path, options.within);
    try {
      fd = openSync(realPath, constants.O_RDONLY | O_NONBLOCK);
    } catch (error) {
      throw describeCode(error);
    }
  }
  try {
    const stats = fstatSync(fd, { bigint: true });
    const buffer = bufferFor(stats, options.maxBytes);
    let length = 0;
    for (;;) {
      if (length === buffer.length) throw new FileAccessError('too-large', 'it grew while it was read');
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return readBytes(realPath!, stats, buffer, length, options.maxBytes);
  } catch (error) {
    throw describeCode(error);
  } finally {
    closeSync(fd);
  }
}

/** readTextFile, synchronously (see readFileBytesSync). Throws FileAccessError. */
export function readTextFileSync(path: string, options: ReadOptions): ReadText {
  return textOf(readFileBytesSync(path, options));
}

function textOf({ bytes, snapshot }: ReadBytes): ReadText {
  const decoded = decodeUtf8(bytes);
  return {
    text: decoded.text,
    ...(decoded.firstInvalidByte !== undefined ? { firstInvalidByte: decoded.firstInvalidByte } : {}),
    snapshot: { ...snapshot, validUtf8: decoded.valid },
  };
}

/** Reads a regular file as UTF-8 text (invalid bytes as U+FFFD), with readFileBytes' guarantees. Throws FileAccessError. */
export async function readTextFile(path: string, options: ReadOptions): Promise<ReadText> {
  return textOf(await readFileBytes(path, options));
}

export interface WriteOptions {
  /** The read this write replaces: the file must still be exactly what was read. Omit for a new page (`preview --out`). */
  expected?: FileSnapshot;
  /** The folders a symbolic link may point into; a link resolving elsewhere is not written through. */
  within: readonly string[];
  /** The temporary file's random part (tests plant files at the name it will use). */
  randomName?: () => string;
  /** Never replace a file: fail with 'exists' when there is one, even one created while writing (copydesk import). */
  createOnly?: boolean;
}

async function unchanged(path: string, expected: FileSnapshot): Promise<boolean> {
  let stats: BigIntStats;
  try {
    stats = await stat(path, { bigint: true });
  } catch {
    return false;
  }
  if (stats.size !== expected.size || stats.mtimeNs !== expected.mtimeNs || stats.ino !== expected.ino) return false;
  // Same size and time can still be different bytes (a coarse clock, or a tool that restores mtime).
  try {
    const now = await readTextFile(path, { maxBytes: Number(expected.size) });
    return now.snapshot.hash === expected.hash;
  } catch {
    return false;
  }
}

/**
 * Replaces a file's content atomically and safely: a temporary file with an unpredictable name,
 * created exclusively (a file or link planted at that name makes the write fail, never follows),
 * in the same folder, with the original's mode and owner, flushed, then renamed over the file.
 * A symbolic link is written through only when its target lies inside `within` (the target is
 * written, the link kept). Read-only files, files that changed since they were read and files
 * that were not UTF-8 when read are not written. `text` is the content, or its parts in order.
 * Throws FileAccessError.
 */
export async function writeTextFile(path: string, text: string | Iterable<string>, options: WriteOptions): Promise<void> {
  const { expected } = options;
  if (expected && !expected.validUtf8) throw new FileAccessError('not-utf8', 'it is not UTF-8 text, and writing it would replace the characters that are not');
  let target = path;
  let existing: BigIntStats | undefined;
  try {
    target = await resolveWithin(path, options.within);
    existing = await stat(target, { bigint: true });
  } catch (error) {
    const problem = describeCode(error);
    if (problem.problem !== 'missing') throw problem;
    if (expected) throw new FileAccessError('changed', 'it was deleted or moved since Copydesk read it');
    // A new file: its folder must be inside too (a folder link planted by the repository).
    const folder = await resolveWithin(dirname(path), options.within);
    target = join(folder, basename(path));
  }
  if (existing && options.createOnly) throw new FileAccessError('exists', 'it exists already');
  if (existing) {
    if (!existing.isFile()) throw notRegular(existing);
    // Mode bits, not access(): as root, access() says yes to a file its owner marked read-only.
    if ((existing.mode & 0o222n) === 0n) throw new FileAccessError('read-only', 'it is read-only');
    if (expected && !(await unchanged(target, expected))) throw new FileAccessError('changed', 'it changed since Copydesk read it');
  }
  const mode = existing ? Number(existing.mode & 0o7777n) : 0o666;
  const folder = dirname(target);
  const random = options.randomName ?? (() => randomBytes(12).toString('hex'));
  let temporary = '';
  let handle;
  for (let attempt = 0; attempt < 3 && !handle; attempt++) {
    temporary = join(folder, `.${basename(target)}.${random()}.copydesk-tmp`);
    try {
      handle = await open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | O_NOFOLLOW, mode);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt === 2) throw describeCode(error);
    }
  }
  try {
    try {
      if (existing) {
        // open() applied the umask: give the copy exactly the original's mode and owner.
        await handle!.chmod(mode);
        await handle!.chown(Number(existing.uid), Number(existing.gid)).catch(() => undefined);
      }
      if (typeof text === 'string') await handle!.writeFile(text, 'utf8');
      else {
        // A big file in parts (the lint cache: tens of megabytes), so that it is never whole in memory.
        for (const part of text) {
          const bytes = Buffer.from(part, 'utf8');
          for (let offset = 0; offset < bytes.length; ) offset += (await handle!.write(bytes, offset, bytes.length - offset)).bytesWritten;
        }
      }
      await handle!.sync();
    } finally {
      await handle!.close();
    }
    // The last look before the rename: an edit saved meanwhile wins over our fix.
    if (expected && !(await unchanged(target, expected))) throw new FileAccessError('changed', 'it changed since Copydesk read it');
    if (options.createOnly) {
      // A hard link is made only where no file is: one created meanwhile is never replaced.
      await link(temporary, target);
      await unlink(temporary);
    } else await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw describeCode(error);
  }
}
