// Which of a post's media the preview may load. The README promises images sit next to the post:
// a `src` is loaded only as a plain relative path inside the post's folder (subfolders fine).
// Anything that could leave that folder or name another place is refused outright rather than
// normalised: a `..` anywhere, an absolute or drive path, a URL scheme, a backslash (a separator
// on Windows), a percent escape (decoded by some loader further on, `%2e%2e` is `..`), control
// and bidirectional characters, and segments of dots and spaces (Windows trims them to `..`).

/** Bidirectional controls: they make a path read differently than it resolves. */
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * The segments of a post's media path inside the post's folder ("media/a.png" → ["media",
 * "a.png"]), or undefined when the preview must not load it.
 */
export function localMediaPath(src: string): string[] | undefined {
  const path = src.trim();
  if (path === '') return undefined;
  // ':' covers every URL scheme (http:, data:, file:, javascript:) and drive letters (C:).
  if (/[:\\]/.test(path) || /%[0-9a-f]{2}/i.test(path)) return undefined;
  if (path.startsWith('/') || path.startsWith('~')) return undefined;
  if (/[\u0000-\u001f\u007f-\u009f]/.test(path) || BIDI.test(path)) return undefined;
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (/^[.\s]+$/.test(segment)) return undefined;
    segments.push(segment);
  }
  return segments.length > 0 ? segments : undefined;
}
