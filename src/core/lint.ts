import { brandFindingsForJd, brandFindingsForPost } from './brand/check';
import { readConfigText } from './config/lint-config';
import { resolveConfig } from './config/resolve';
import { lintJobDescription } from './jd/lint-jd';
import { lintPost } from './post/lint-post';
import { finalizeFindings } from './finalize';
import type { FileKind, Finding } from './types';

/** What `lint` needs besides the text. */
export interface LintOptions {
  /** The file's name or path: its ending decides the kind (`*.jd.yaml`, `.copydesk.yaml`). */
  fileName: string;
  /** The parsed `.copydesk.yaml` object, or a configuration resolved by the loader. Defaults when omitted. */
  config?: unknown;
  /** "Today", for date rules. Defaults to now. */
  now?: Date;
}

/** The kind of file `fileName` is, or undefined when Copydesk does not lint it. */
export function fileKindOf(fileName: string): FileKind | undefined {
  const name = fileName.replace(/\\/g, '/').split('/').pop() ?? '';
  if (/\.jd\.ya?ml$/i.test(name)) return 'jd';
  if (/\.post\.md$/i.test(name)) return 'post';
  if (/^\.copydesk\.ya?ml$/i.test(name)) return 'config';
  return undefined;
}

/** The kinds `lint` checks today; other kinds lint to no findings. */
export const LINTED_KINDS: readonly FileKind[] = ['jd', 'post', 'config'];

/** Lints one file's text; never throws. Findings are sorted by position and lie inside the text. */
export function lint(text: string, options: LintOptions): Finding[] {
  const kind = fileKindOf(options.fileName);
  if (!kind) return [];
  const config = resolveConfig(options.config);
  const now = options.now ?? new Date();
  switch (kind) {
    case 'jd':
      return finalizeFindings(text, lintJobDescription(text, config, now, brandFindingsForJd), 'yaml', config);
    case 'config': {
      // A configuration file is judged by its own `rules:` settings, as the loader does.
      const read = readConfigText(text);
      return finalizeFindings(text, read.findings, 'yaml', resolveConfig(read.value));
    }
    case 'post': {
      const post = lintPost(text, config, now, brandFindingsForPost);
      return finalizeFindings(text, post.findings, 'markdown', config, post.frontMatter);
    }
  }
}
