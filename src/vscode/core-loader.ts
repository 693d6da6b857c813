// The desktop's way to the core: dist/engine.js beside dist/extension.js, read with Node's
// require when first asked for (src/vscode/core.ts). The web build uses core-loader.web.ts.
import type * as Engine from './engine';

export function loadCore(): typeof Engine {
  // A require esbuild leaves alone: the file is loaded at run time, not bundled.
  const load = typeof require === 'function' ? require : undefined;
  if (!load) throw new Error('Copydesk: this build of the extension needs Node (VS Code on the desktop).');
  return load(`${__dirname}/engine.js`) as typeof Engine;
}
