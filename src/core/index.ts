// The public API of the Copydesk core (dist/core.js). Pure and web-safe: no `vscode`, no Node built-ins.
export { lint, fileKindOf, LINTED_KINDS, type LintOptions } from './lint';
export { applyFixes, fixUntilStable, safeFixes } from './fix';
export { disableRuleFix } from './disable';
export { renderPreview, renderPage, PREVIEW_STYLES, type Preview, type PreviewOptions, type PageOptions } from './render/preview';
export { completionsAt, hoverAt, type AssistItem, type AssistHover } from './assist/assist';
export { KPI_DEFINITIONS, kpiDefinition, type KpiDefinition } from './data/kpis';
export { ConfigLoader, CONFIG_FILE_NAME, type FileHost, type LoadedConfig } from './config/load';
export { resolveConfig } from './config/resolve';
export { defaultConfig, configSchema, type Config } from './config/schema';
export { jdSchema, type JobDescription } from './jd/schema';
export { postSchema, type PostFrontMatter } from './post/schema';
export { analyzePost, postCounts } from './post/lint-post';
export { countForPlatform, resolveTarget, PLATFORMS, type PlatformSpec, type Target } from './platforms/registry';
export { allRules, ruleById } from './registry';
export { docsUrlFor } from './engine';
export { LineIndex, type LineColumn } from './text/positions';
export { PLATFORM_IDS, type PlatformId } from './platforms/ids';
export type { Finding, Fix, TextEdit, Severity, SeveritySetting, FileKind, OffsetRange, RuleMeta } from './types';
