import { escapeAttribute, escapeHtml } from './html';
import { BASE_STYLES, JD_STYLES, POST_STYLES } from './styles';

/** Options for a whole page around a preview. */
export interface PageOptions {
  title: string;
  /** The page's styles (default: the preview's). */
  styles?: string;
  /** What the title says the page is (default "Copydesk preview"). */
  titleSuffix?: string;
  /** The webview's Content-Security-Policy source and a nonce: the page then allows exactly one script. */
  webview?: { cspSource: string; nonce: string; scriptUri: string };
}

/**
 * A complete HTML page: self-contained (styles inline, nothing loaded) for the CLI, or with a
 * strict Content-Security-Policy and one nonce'd script for the webview.
 */
export function renderPage(fragment: string, options: PageOptions): string {
  const webview = options.webview;
  const csp = webview
    ? `default-src 'none'; img-src ${webview.cspSource} data:; style-src 'nonce-${webview.nonce}'; script-src 'nonce-${webview.nonce}'; font-src ${webview.cspSource};`
    : "default-src 'none'; img-src data:; style-src 'unsafe-inline';";
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(options.title)} — ${escapeHtml(options.titleSuffix ?? 'Copydesk preview')}</title>`,
    `<style${webview ? ` nonce="${escapeAttribute(webview.nonce)}"` : ''}>${options.styles ?? BASE_STYLES + POST_STYLES + JD_STYLES}</style>`,
    '</head>',
    `<body>${fragment}${webview ? `<script nonce="${escapeAttribute(webview.nonce)}" src="${escapeAttribute(webview.scriptUri)}"></script>` : ''}</body>`,
    '</html>',
  ].join('\n');
}
