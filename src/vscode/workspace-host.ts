import * as vscode from 'vscode';
import type { FileHost } from '../core/index';

/**
 * The core's FileHost over `vscode.workspace.fs`: works for local folders, remote and virtual
 * workspaces and VS Code for the Web alike. Paths are the URI's path; the scheme and authority
 * are those of the workspace the file belongs to.
 */
export class WorkspaceFileHost implements FileHost {
  private readonly decoder = new TextDecoder('utf-8');

  constructor(private readonly base: vscode.Uri) {}

  async readFile(path: string): Promise<string | undefined> {
    try {
      return this.decoder.decode(await vscode.workspace.fs.readFile(this.base.with({ path })));
    } catch (error) {
      if (error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'FileIsADirectory' || error.code === 'EntryNotFound')) return undefined;
      // A folder we may not read (permissions) is, for configuration, a folder without one.
      if (error instanceof vscode.FileSystemError && error.code === 'NoPermissions') return undefined;
      throw error;
    }
  }
}
