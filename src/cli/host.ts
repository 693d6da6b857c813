import { existsSync, realpathSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { ConfigLoader, type FileHost } from '../core/index';
import { FileAccessError, MAX_BYTES, readTextFile } from '../node/files';

/**
 * Reads configuration from disk for the core's loader: regular files only, at most
 * MAX_BYTES.configuration, inside `within` when the loader asks (links cannot lead out of the
 * workspace). A missing file is `undefined`; a refused one throws with the reason.
 */
export const nodeFileHost: FileHost = {
  async readFile(path, options) {
    try {
      return (await readTextFile(path, { maxBytes: MAX_BYTES.configuration, within: options?.within })).text;
    } catch (error) {
      if (error instanceof FileAccessError && error.problem === 'missing') return undefined;
      // A folder named .copydesk.yaml is, for the walk up, no configuration file.
      if (error instanceof FileAccessError && error.problem === 'folder') return undefined;
      throw error;
    }
  },
};

/** Paths in the core are '/'-separated. */
export const toPosix = (path: string) => path.split(sep).join('/');

/** The folders a command works in: where configuration may come from and where files may be written. */
export interface Workspace {
  /** The repository root (the nearest folder with `.git` above the working folder), or the working folder. */
  root: string;
  /** The workspace and the folders named on the command line, links resolved: reads and writes stay inside them. */
  within: string[];
  /** A configuration loader that keeps `extends` inside the workspace, plus the folders the user allowed. */
  loader(): ConfigLoader;
}

function repositoryRoot(cwd: string): string {
  for (let folder = resolve(cwd); ; folder = dirname(folder)) {
    if (existsSync(resolve(folder, '.git'))) return folder;
    if (dirname(folder) === folder) return resolve(cwd);
  }
}

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** The workspace for a command run in `cwd` on `folders` (the inputs' folders), allowing `extends` also from `allowExtendsFrom`. */
export function workspaceFor(cwd: string, folders: readonly string[], allowExtendsFrom: readonly string[] = []): Workspace {
  const root = repositoryRoot(cwd);
  const within: string[] = [];
  // Both spellings of each folder: files are named by the path given, links resolved by the reader.
  for (const folder of [root, cwd, ...folders]) {
    for (const path of [resolve(cwd, folder), real(resolve(cwd, folder))]) if (!within.includes(path)) within.push(path);
  }
  const policy = { workspace: within.map(toPosix), alsoAllowed: allowExtendsFrom.map((f) => toPosix(real(resolve(cwd, f)))) };
  return { root, within, loader: () => new ConfigLoader(nodeFileHost, toPosix(root), policy) };
}
