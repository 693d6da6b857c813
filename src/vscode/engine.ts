// What the extension uses of the core, and nothing else: the entry of dist/engine.js, which the
// desktop extension loads when first needed (src/vscode/core.ts), and what the web bundle keeps
// of the core.
export { ConfigLoader, PLATFORMS, analyzePost, calendarEntry, completionsAt, findingActions, fixAllEdits, hoverAt, lint, localMediaPath, postCounts, renderPage, renderPreview, resolveConfig } from '../core/index';
