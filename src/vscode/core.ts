// The core as the extension's parts reach it. On the desktop it is its own file, dist/engine.js,
// loaded the first time something is linted, previewed or completed: activation parses only the
// extension's own code (registrations and event handlers), and the linter's rules, word lists
// and parsers are read once they are needed, in a task of their own. VS Code for the Web loads
// one file, so there the core is in the bundle (esbuild.mjs swaps core-loader for its web twin).
// Only small modules with no rules behind them (file kinds, editing constants, the calendar's
// index) are imported directly by the extension's parts.
import { loadCore } from './core-loader';
import type * as Engine from './engine';

let loaded: typeof Engine | undefined;

/** The core (what the extension uses of it: src/vscode/engine.ts), loaded on first use. */
export function core(): typeof Engine {
  return (loaded ??= loadCore());
}
