import { githubReporter } from './github';
import { gitlabReporter } from './gitlab';
import { jsonReporter } from './json';
import type { Reporter } from './result';
import { sarifReporter } from './sarif';
import { stylishReporter } from './stylish';

/** `copydesk lint --format` names. */
export const LINT_FORMATS = ['stylish', 'json', 'sarif', 'github', 'gitlab'] as const;

export type LintFormat = (typeof LINT_FORMATS)[number];

export function isLintFormat(name: string | undefined): name is LintFormat {
  return (LINT_FORMATS as readonly string[]).includes(name ?? '');
}

/** The reporter for `format`; `color` only matters to stylish, `cwd` and `version` to SARIF. */
export function lintReporter(format: LintFormat, options: { cwd: string; version: string; color: boolean }): Reporter {
  switch (format) {
    case 'json':
      return jsonReporter();
    case 'sarif':
      return sarifReporter(options.cwd, options.version);
    case 'github':
      return githubReporter();
    case 'gitlab':
      return gitlabReporter();
    case 'stylish':
      return stylishReporter(options.color);
  }
}
