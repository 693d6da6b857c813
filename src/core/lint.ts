import { readConfigText } from './config/lint-config';
import { resolveConfig } from './config/resolve';
import type { Config } from './config/schema';
import { lintJobDescription } from './jd/lint-jd';
import { lintPost } from './post/lint-post';
import { applySuppressions, type CommentStyle } from './suppress';
import type { FileKind, Finding, OffsetRange } from './types';

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
      return finalizeFindings(text, lintJobDescription(text, config, now), 'yaml', config);
    case 'config': {
      // A configuration file is judged by its own `rules:` settings, as the loader does.
      const read = readConfigText(text);
      return finalizeFindings(text, read.findings, 'yaml', resolveConfig(read.value));
    }
    case 'post': {
      const post = lintPost(text, config, now);
      return finalizeFindings(text, post.findings, 'markdown', config, post.frontMatter);
    }
  }
}

/** True when `offset` falls between a high and a low surrogate. */
function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const high = text.charCodeAt(offset - 1);
  const low = text.charCodeAt(offset);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/** Suppressions, severity settings, clamping and ordering: the same for every file kind. */
export function finalizeFindings(text: string, findings: Finding[], style: CommentStyle, config: Config, yamlRange?: OffsetRange): Finding[] {
  const out: Finding[] = [];
  for (const finding of applySuppressions(text, findings, style, yamlRange)) {
    const setting = config.rules[finding.ruleId];
    if (setting === 'off') continue;
    if (setting) finding.severity = setting;
    // Inside the text, and never between the two halves of a surrogate pair (an emoji).
    let start = Math.max(0, Math.min(finding.range.start, text.length));
    let end = Math.max(start, Math.min(finding.range.end, text.length));
    if (splitsPair(text, start)) start--;
    if (splitsPair(text, end)) end++;
    if (start !== finding.range.start || end !== finding.range.end) finding.range = { start, end };
    out.push(finding);
  }
  const rank = { error: 0, warning: 1, info: 2 };
  return out.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || rank[a.severity] - rank[b.severity] || a.ruleId.localeCompare(b.ruleId));
}
