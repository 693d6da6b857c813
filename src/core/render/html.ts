// HTML building for the preview renderers. Every piece of user text goes through escapeHtml or
// escapeAttribute: the preview shows copy written by anyone, in a webview and in shared files.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML text content. Lone surrogates (broken UTF-16) become U+FFFD. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]).replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Text as a double-quoted attribute value (also safe in single quotes). */
export function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '&#10;').replace(/`/g, '&#96;');
}

/** A class name list from flags: `classes({ over: true, card: true })` → "over card". */
export function classes(flags: Record<string, boolean | undefined>): string {
  return Object.entries(flags)
    .filter(([, on]) => on)
    .map(([name]) => name)
    .join(' ');
}

/** Options every renderer takes. */
export interface RenderOptions {
  /**
   * The URL to load a local image from (the webview's asWebviewUri), or undefined to show a
   * placeholder with the alt text: the CLI's shared page loads nothing. It is only asked for
   * files in the post's folder: `path` is relative to it, `/`-separated, without `.` or `..`
   * (see localMediaPath); anything else shows a placeholder without asking.
   */
  imageUrl?: (path: string) => string | undefined;
}
