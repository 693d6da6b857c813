import { brandFindingsForJd, brandFindingsForPost } from './brand/check';
import { readConfigText } from './config/lint-config';
import { resolveConfig } from './config/resolve';
import { lintJobDescription } from './jd/lint-jd';
import { lintPost } from './post/lint-post';
import { calendarFindings } from './calendar/check';
import type { CalendarIndex } from './calendar/index';
import { compareFindings, finalizeFindings } from './finalize';
import { fileKindOf } from './paths';
import type { FileKind, Finding } from './types';

export { fileKindOf };

/** What `lint` needs besides the text. */
export interface LintOptions {
  /** The file's name or path: its ending decides the kind (`*.jd.yaml`, `.copydesk.yaml`). */
  fileName: string;
  /** The parsed `.copydesk.yaml` object, or a configuration resolved by the loader. Defaults when omitted. */
  config?: unknown;
  /** "Today", for date rules. Defaults to now. */
  now?: Date;
  /**
   * The other posts of the workspace or run, for post/schedule-conflict; `fileName` is this
   * post's key in it. Without it, each post is checked on its own.
   */
  calendar?: CalendarIndex;
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
      const findings = finalizeFindings(text, post.findings, 'markdown', config, post.frontMatter);
      if (!post.checked) return findings;
      // The calendar rules come last: post/status-flow weighs the errors the others left.
      const calendar = calendarFindings(options.fileName, post.checked, findings, options.calendar);
      if (calendar.length === 0) return findings;
      return [...findings, ...finalizeFindings(text, calendar, 'markdown', config, post.frontMatter)].sort(compareFindings);
    }
  }
}
