import { resolveConfig } from '../config/resolve';
import { lint } from '../lint';
import { fileKindOf } from '../paths';
import type { Finding } from '../types';
import type { RenderOptions } from './html';
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

/** A whole page around a preview (its own module: the calendar view uses it without the linter). */
export { renderPage, type PageOptions } from './page';
