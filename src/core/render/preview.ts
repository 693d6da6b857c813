import { resolveConfig } from '../config/resolve';
import { fileKindOf, lint } from '../lint';
import type { Finding } from '../types';
import { escapeAttribute, escapeHtml, type RenderOptions } from './html';
import { renderJobDescription } from './jd';
import { renderPost } from './post';
import { BASE_STYLES, JD_STYLES, POST_STYLES } from './styles';

/** What the preview needs besides the text. */
export interface PreviewOptions extends RenderOptions {
  fileName: string;
  /** The configuration (parsed `.copydesk.yaml` or a resolved one); defaults when omitted. */
  config?: unknown;
  now?: Date;
  /** The file's findings, when the caller has them already (the editor); linted otherwise. */
  findings?: readonly Finding[];
  /** Posts: only this platform or account. */
  platform?: string;
}

/** A preview: the HTML fragment and the page title. */
export interface Preview {
  html: string;
  title: string;
  kind: 'jd' | 'post';
}

/** The preview of a JD or post as an HTML fragment; undefined for other files. Never throws on content. */
export function renderPreview(text: string, options: PreviewOptions): Preview | undefined {
  const kind = fileKindOf(options.fileName);
  if (kind !== 'jd' && kind !== 'post') return undefined;
  const config = resolveConfig(options.config);
  const now = options.now ?? new Date();
  const findings = options.findings ?? lint(text, { fileName: options.fileName, config, now });
  const name = options.fileName.replace(/\\/g, '/').split('/').pop() ?? options.fileName;
  if (kind === 'jd') return { kind, title: name, html: renderJobDescription(text, findings, config, options) };
  return { kind, title: name, html: renderPost(text, findings, config, now, options) };
}

/** Every style the preview uses. */
export const PREVIEW_STYLES = BASE_STYLES + POST_STYLES + JD_STYLES;

/** Options for a whole page around a preview. */
export interface PageOptions {
  title: string;
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
    `<title>${escapeHtml(options.title)} — Copydesk preview</title>`,
    `<style${webview ? ` nonce="${escapeAttribute(webview.nonce)}"` : ''}>${PREVIEW_STYLES}</style>`,
    '</head>',
    `<body>${fragment}${webview ? `<script nonce="${escapeAttribute(webview.nonce)}" src="${escapeAttribute(webview.scriptUri)}"></script>` : ''}</body>`,
    '</html>',
  ].join('\n');
}
