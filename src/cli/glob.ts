import { readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/** Folders never searched: dependencies and version control. */
export const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);

/** True when `arg` contains glob syntax (`*`, `?`, `[…]`, `{…}`). */
export function isGlob(arg: string): boolean {
  return /[*?[\]{}]/.test(arg);
}

/** A regular expression for a glob over '/'-separated paths: `**`, `*`, `?`, `[…]`, `{a,b}`. */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slashAfter = glob[i + 2] === '/';
        out += slashAfter ? '(?:[^/]*/)*' : '.*';
        i += slashAfter ? 2 : 1;
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) out += '\\[';
      else {
        out += `[${glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) out += '|';
    else out += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/** Every file under `folder` (recursively), skipping dependency and VCS folders, as absolute paths. */
export function walkFiles(folder: string, accept: (path: string) => boolean): string[] {
  const out: string[] = [];
  const visit = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) visit(path);
      } else if (entry.isFile() || (entry.isSymbolicLink() && isFile(path))) {
        if (accept(path)) out.push(path);
      }
    }
  };
  visit(folder);
  return out.sort();
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Files matching `pattern` (relative to `cwd` unless absolute), as absolute paths. */
export function expandGlob(pattern: string, cwd: string): string[] {
  const normalized = pattern.split(sep).join('/');
  const absolute = normalized.startsWith('/') || /^[A-Za-z]:\//.test(normalized);
  const segments = normalized.split('/');
  const firstGlob = segments.findIndex(isGlob);
  const base = segments.slice(0, firstGlob).join('/');
  const root = absolute ? base || '/' : join(cwd, base);
  const regexp = globToRegExp(segments.slice(firstGlob).join('/'));
  return walkFiles(root, (path) => regexp.test(path.slice(root.length).split(sep).join('/').replace(/^\//, '')));
}
