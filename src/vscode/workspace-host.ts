import * as vscode from 'vscode';
import { decodeUtf8 } from '../core/text/utf8';
import type { FileHost } from '../core/index';

/** The most Copydesk reads of one configuration file (as the CLI: a 10,000-term vocabulary is well under 1 MB). */
export const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

/**
 * The core's FileHost over `vscode.workspace.fs`: works for local folders, remote and virtual
 * workspaces and VS Code for the Web alike. Paths are the URI's path; the scheme and authority
 * are those of the workspace the file belongs to. Like the CLI's reader, it reads regular files
 * only (a FIFO or a device would hang or exhaust the extension host), up to MAX_CONFIG_BYTES; in
 * an untrusted workspace it follows no symbolic link where the loader asks to stay inside the
 * workspace (`within`), as the file system API cannot say where a link leads.
 */
export class WorkspaceFileHost implements FileHost {
  constructor(private readonly base: vscode.Uri) {}

  async readFile(path: string, options?: { within?: readonly string[] }): Promise<string | undefined> {
    const uri = this.base.with({ path });
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch (error) {
      if (isAbsent(error)) return undefined;
      throw error;
    }
    if (stat.type & vscode.FileType.Directory) return undefined;
    if (!(stat.type & vscode.FileType.File)) throw new Error('it is not a regular file (a pipe, a device or a socket)');
    if (stat.type & vscode.FileType.SymbolicLink && options?.within && !vscode.workspace.isTrusted) {
      throw new Error('it is a symbolic link, and in an untrusted workspace Copydesk reads configuration from regular files only');
    }
    if (stat.size > MAX_CONFIG_BYTES) throw new Error(`it is ${(stat.size / (1024 * 1024)).toFixed(1)} MB; Copydesk reads configuration files up to ${MAX_CONFIG_BYTES / (1024 * 1024)} MB`);
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      if (bytes.length > MAX_CONFIG_BYTES) throw new Error(`it is more than ${MAX_CONFIG_BYTES / (1024 * 1024)} MB`);
      // Bytes that are not UTF-8 become U+FFFD, which config/invalid reports at its place.
      return decodeUtf8(bytes).text;
    } catch (error) {
      if (isAbsent(error)) return undefined;
      throw error;
    }
  }
}

/** No such file, a folder, or one we may not read: for configuration, no file there. */
function isAbsent(error: unknown): boolean {
  return error instanceof vscode.FileSystemError && ['FileNotFound', 'EntryNotFound', 'FileIsADirectory', 'NoPermissions'].includes(error.code);
}
