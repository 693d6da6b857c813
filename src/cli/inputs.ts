import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LINTED_KINDS, fileKindOf } from '../core/index';
import { describeIoError } from '../node/files';
import { expandGlob, isGlob, walkFiles } from './glob';

/** Which files a command reads from the paths it is given, and how its messages name them. */
export interface InputKinds {
  accept(path: string): boolean;
  /** "Copydesk files", "posts": what a glob matched none of. */
  plural: string;
  /** What a file given by name must be. */
  expected: string;
}

/** What `copydesk lint` reads: JDs, posts and configuration. */
export const LINTED_FILES: InputKinds = {
  accept: (path) => {
    const kind = fileKindOf(path);
    return kind !== undefined && LINTED_KINDS.includes(kind);
  },
  plural: 'Copydesk files',
  expected: 'a file Copydesk lints (*.jd.yaml, *.post.md or .copydesk.yaml)',
};

/** What `copydesk calendar` reads: posts. */
export const POST_FILES: InputKinds = {
  accept: (path) => fileKindOf(path) === 'post',
  plural: 'posts (*.post.md)',
  expected: 'a post (*.post.md)',
};

/** The files an input names: a file, a folder (searched), or a glob; and the folder it stands for. */
export function filesFor(input: string, cwd: string, kinds: InputKinds = LINTED_FILES): { files: string[]; folder: string } | { error: string } {
  const absolute = resolve(cwd, input);
  let stats;
  try {
    stats = statSync(absolute);
  } catch (error) {
    if (isGlob(input)) {
      const matched = expandGlob(input, cwd).filter(kinds.accept);
      // The glob's fixed part (`jobs/` in `jobs/**/*.jd.yaml`): the folder being read.
      const segments = input.split(/[\\/]/);
      const folder = resolve(cwd, segments.slice(0, segments.findIndex(isGlob)).join('/') || '.');
      return matched.length > 0 ? { files: matched, folder } : { error: `No ${kinds.plural} match '${input}'.` };
    }
    return { error: `Cannot read '${input}': ${describeIoError(error)}.` };
  }
  if (stats.isDirectory()) return { files: walkFiles(absolute, kinds.accept), folder: absolute };
  if (!kinds.accept(absolute)) return { error: `'${input}' is not ${kinds.expected}.` };
  return { files: [absolute], folder: dirname(absolute) };
}
