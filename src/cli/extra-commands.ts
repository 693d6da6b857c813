// `copydesk import`, `export` and `lsp`: the entry of dist/cli-extra.js, which dist/cli.js loads
// only for these commands. The Word, HTML and Markdown parsers and the language server's protocol
// library are most of their size; lint, the command run most, never parses them.
export { importCommand } from './import';
export { exportCommand } from './export';
export { lspCommand } from '../lsp/server';
