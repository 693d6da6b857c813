// What every editor face (the VS Code extension, the language server) does alike while a file is
// being typed, so that Copydesk behaves the same in every editor.

/** Files bigger than this (UTF-16 code units) lint on open and save only, never while typing. */
export const LARGE_FILE = 1_000_000;

/** The pause after the last keystroke before linting. */
export const DEBOUNCE_MS = 150;

/** The notice an editor shows at the top of a large file: why its findings wait for the next save. */
export function largeFileNotice(length: number): string {
  return `This file is ${(length / 1_000_000).toFixed(1)} MB: Copydesk lints it when you open or save it, not while you type.`;
}
