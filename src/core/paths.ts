// Paths in the core are '/'-separated strings (POSIX paths or URI paths), so the same code works
// on disk and in VS Code's virtual workspaces. Hosts convert at their edge.

import type { FileKind } from './types';

/** The kind of file `fileName` is, or undefined when Copydesk does not lint it. */
export function fileKindOf(fileName: string): FileKind | undefined {
  const name = fileName.replace(/\\/g, '/').split('/').pop() ?? '';
  if (/\.jd\.ya?ml$/i.test(name)) return 'jd';
  if (/\.post\.md$/i.test(name)) return 'post';
  if (/^\.copydesk\.ya?ml$/i.test(name)) return 'config';
  return undefined;
}

/** The folder part of `path` ('/' for a root-level file). */
export function dirname(path: string): string {
  const i = path.replace(/\/+$/, '').lastIndexOf('/');
  if (i < 0) return '.';
  return i === 0 ? '/' : path.slice(0, i);
}

/** The last segment of `path`. */
export function basename(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** `relative` resolved against folder `base`, with `.` and `..` segments folded. */
export function resolvePath(base: string, relative: string): string {
  const joined = relative.startsWith('/') ? relative : `${base.replace(/\/+$/, '')}/${relative}`;
  const absolute = joined.startsWith('/');
  const out: string[] = [];
  for (const segment of joined.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else out.push(segment);
  }
  return (absolute ? '/' : '') + out.join('/') || (absolute ? '/' : '.');
}

/** True when '/'-separated absolute `path` is `folder` or lies inside it (both already folded by resolvePath). */
export function isInsidePath(path: string, folder: string): boolean {
  const base = folder.replace(/\/+$/, '');
  return path === base || base === '' || path.startsWith(`${base}/`);
}

/** How to get from the folder of file `from` to `to`, both '/'-separated (backslashes are read as '/'): `b.post.md`, `../june/b.post.md`. */
export function relativeFrom(from: string, to: string): string {
  const a = dirname(from.replace(/\\/g, '/')).split('/').filter(Boolean);
  const b = to.replace(/\\/g, '/').split('/').filter(Boolean);
  let common = 0;
  while (common < a.length && common < b.length - 1 && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => '..'), ...b.slice(common)].join('/');
}
