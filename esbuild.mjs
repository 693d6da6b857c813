// Bundles the shipped entry points. Type checking is `tsc` (npm run compile); esbuild only bundles.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

// `--production` (npm run package) minifies the extension bundles; tests run the readable ones.
const production = process.argv.includes('--production');

/**
 * zod's `z` namespace re-exports every locale (about 250 KB minified) and the JSON Schema
 * converters; Copydesk's messages are its own and the schemas are generated at build time
 * (npm run schemas), so bundles keep English only and leave the converters out.
 */
const lean = {
  name: 'lean-zod',
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({ contents: 'export { default as en } from "./en.js";', loader: 'js' }));
    // The JSON Schema converters and z.compile's code generator (about 50 KB minified) are
    // re-exported by zod's namespace but never called by Copydesk: each export becomes a stub
    // that says so if it ever is.
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]core[\\/](?:json-schema-processors|to-json-schema|compile)\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const names = [...source.matchAll(/^export (?:const|function|class) (\w+)/gm)].map((m) => m[1]);
      for (const m of source.matchAll(/^export \{([^}]*)\}/gm)) for (const part of m[1].split(',')) names.push(part.trim().split(/\s+as\s+/).pop());
      const fail = 'throw new Error("zod JSON Schema and compile are not bundled with Copydesk")';
      const stub = (name) =>
        name === 'aggregateChecks' ? `export const ${name} = () => ({});` : name.startsWith('create') ? `export const ${name} = () => () => { ${fail}; };` : `export const ${name} = () => { ${fail}; };`;
      return { contents: [...new Set(names.filter(Boolean))].map(stub).join('\n'), loader: 'js' };
    });
    // The list of top-level domains (link detection) as one string split at load: the same
    // 1,400 names in 8 KB instead of an 11 KB array literal.
    build.onLoad({ filter: /[\\/]tlds[\\/]index\.json$/ }, (args) => {
      const list = JSON.parse(readFileSync(args.path, 'utf8'));
      if (!Array.isArray(list) || list.some((t) => typeof t !== 'string' || /\s/.test(t))) throw new Error('tlds: expected an array of names without spaces');
      return { contents: `export default ${JSON.stringify(list.join(' '))}.split(' ');`, loader: 'js' };
    });
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]classic[\\/]from-json-schema\.js$/ }, () => ({
      contents: 'export function fromJSONSchema() { throw new Error("fromJSONSchema is not bundled with Copydesk"); }',
      loader: 'js',
    }));
  },
};

/**
 * The extension reads YAML and never writes it: the yaml package's stringifiers (about 14 KB
 * minified) are only reached by Document#toString and by map keys that are collections, which
 * read as '' in the editor instead. The CLI and dist/core.js keep them (import writes YAML).
 */
const readOnlyYaml = {
  name: 'read-only-yaml',
  setup(build) {
    build.onLoad({ filter: /[\\/]yaml[\\/](?:browser[\\/])?dist[\\/]stringify[\\/][A-Za-z]+\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const esm = /^export \{/m.test(source);
      const names = esm
        ? [...source.matchAll(/^export \{([^}]*)\}/gm)].flatMap((m) => m[1].split(',').map((n) => n.trim()).filter(Boolean))
        : [...source.matchAll(/^exports\.(\w+) = /gm)].map((m) => m[1]);
      const value = (name) => (/^FOLD_/.test(name) ? JSON.stringify(name.slice(5).toLowerCase()) : name === 'createStringifyContext' ? '() => ({})' : "() => ''");
      const contents = esm ? names.map((n) => `export const ${n} = ${value(n)};`).join('\n') : `'use strict';\n${names.map((n) => `exports.${n} = ${value(n)};`).join('\n')}`;
      return { contents: `${contents}\n`, loader: 'js' };
    });
  },
};

// charset utf8: non-ASCII text (typographic quotes, dashes, the word lists) is written as itself, not as
// \uXXXX escapes, 2-3 bytes instead of 6 (Node reads UTF-8 and worker scripts are always UTF-8).
/**
 * The preview's stylesheets (src/core/render/styles.ts: template literals of plain CSS, no
 * interpolation) minified by esbuild's CSS minifier at build time: 1 KB less in each bundle.
 */
const minifiedStyles = {
  name: 'minified-styles',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]core[\\/]render[\\/]styles\.ts$/ }, async (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (source.includes('${')) throw new Error('styles.ts: interpolation in a stylesheet would not be minified safely');
      let out = '';
      let last = 0;
      for (const match of source.matchAll(/`([^`]*)`/g)) {
        const { code } = await esbuild.transform(match[1], { loader: 'css', minify: true });
        out += source.slice(last, match.index) + JSON.stringify(code.trim());
        last = match.index + match[0].length;
      }
      return { contents: out + source.slice(last), loader: 'ts' };
    });
  },
};

/**
 * piscina starts each thread on its own worker runtime, found beside its index as `worker.js`;
 * bundled, that is beside dist/cli.js, where the runtime is dist/lint-worker.js (the runtime and
 * Copydesk's handler in one file, src/cli/lint/worker.ts). The build fails if piscina stops
 * naming it that way, rather than ship a pool that cannot start.
 */
const piscinaWorkerFile = {
  name: 'piscina-worker-file',
  setup(build) {
    build.onLoad({ filter: /[\\/]piscina[\\/]dist[\\/]index\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const named = "(0, node_path_1.resolve)(__dirname, 'worker.js')";
      if (!source.includes(named)) throw new Error(`piscina: ${args.path} no longer names its worker as ${named}`);
      return { contents: source.replace(named, "(0, node_path_1.resolve)(__dirname, 'lint-worker.js')"), loader: 'js' };
    });
  },
};

/**
 * The web extension has the core in its bundle: src/vscode/core-loader.ts (which requires
 * dist/engine.js on the desktop) is swapped for core-loader.web.ts.
 */
const webCoreLoader = {
  name: 'web-core-loader',
  setup(build) {
    build.onResolve({ filter: /^\.\/core-loader$/ }, (args) => ({ path: join(args.resolveDir, 'core-loader.web.ts') }));
  },
};

const common = { plugins: [lean, minifiedStyles], bundle: true, minify: false, sourcemap: true, target: 'node20', logLevel: 'warning', charset: 'utf8' };

await Promise.all([
  // The core is importable by anyone (CLI, extension, other tools) and must run in a browser too,
  // so it is built for the neutral platform: a Node built-in import fails the build. It is the npm
  // package's library entry, so, like dist/cli.js, it is always minified: the bytes the tests run
  // are the bytes `npm pack` ships (the source map stays in the repository).
  esbuild.build({
    ...common,
    entryPoints: ['src/core/index.ts'],
    outfile: 'dist/core.js',
    platform: 'neutral',
    format: 'cjs',
    mainFields: ['module', 'main'],
    minify: true,
  }),
  // The extension, for desktop VS Code (Node extension host) and for VS Code for the Web (a web
  // worker): the same source, which uses only the `vscode` API, so the web build needs no shims.
  esbuild.build({
    ...common,
    entryPoints: ['src/vscode/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    // yaml's CommonJS build (its `node` export) is bundled whole; its ES module build, the one
    // VS Code for the Web gets, is plain JavaScript that runs in Node too and lets esbuild drop
    // what Copydesk never calls. The same parser either way.
    alias: { yaml: './node_modules/yaml/browser/index.js' },
    plugins: [lean, minifiedStyles, readOnlyYaml],
    minify: production,
  }),
  // The desktop extension's core (src/vscode/core.ts), loaded when first needed: activation
  // parses only the extension's own code.
  esbuild.build({
    ...common,
    entryPoints: ['src/vscode/engine.ts'],
    outfile: 'dist/engine.js',
    platform: 'node',
    format: 'cjs',
    alias: { yaml: './node_modules/yaml/browser/index.js' },
    plugins: [lean, minifiedStyles, readOnlyYaml],
    minify: production,
  }),
  esbuild.build({
    ...common,
    entryPoints: ['src/vscode/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    mainFields: ['browser', 'module', 'main'],
    plugins: [lean, minifiedStyles, readOnlyYaml, webCoreLoader],
    minify: production,
  }),
  // Import and export for the VS Code commands, loaded by the desktop extension on first use:
  // the parsers (markdown-it, htmlparser2, mammoth) and exporters stay out of the extension
  // bundles and their start-up.
  esbuild.build({
    ...common,
    entryPoints: ['src/vscode/convert/worker.ts'],
    outfile: 'dist/convert.js',
    platform: 'node',
    format: 'cjs',
    // yaml's ES module build, as in the extension, so what import and export never call is left
    // out (import writes YAML, so its stringifier stays); and Node's own streams for jszip's
    // copy of them (readable-stream is Node's stream module for other platforms): a smaller .vsix.
    alias: { yaml: './node_modules/yaml/browser/index.js', 'readable-stream': 'node:stream' },
    minify: production,
  }),
  // The editorial calendar view (its renderer and styles), loaded by the desktop extension the
  // first time the calendar opens.
  esbuild.build({
    ...common,
    entryPoints: ['src/vscode/calendar/view.ts'],
    outfile: 'dist/calendar.js',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    minify: production,
  }),
  // The command line: the npm package's `bin`, self-contained (every library bundled, so
  // installing the package fetches nothing). Always minified, so `npm pack` ships what the tests
  // ran (a third smaller, and it starts faster); yaml's ES module build and Node's own streams as in
  // dist/convert.js.
  esbuild.build({
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
    define: { COPYDESK_VERSION: JSON.stringify(version) },
    alias: { yaml: './node_modules/yaml/browser/index.js', 'readable-stream': 'node:stream' },
    plugins: [lean, minifiedStyles, piscinaWorkerFile],
    minify: true,
  }),
  // `copydesk import`, `export` (mammoth, markdown-it, htmlparser2, the exporters) and `lsp` (the
  // protocol library): one bundle beside dist/cli.js, which requires it only for those commands,
  // so that lint never parses them. Minified like dist/cli.js.
  esbuild.build({
    ...common,
    entryPoints: ['src/cli/extra-commands.ts'],
    outfile: 'dist/cli-extra.js',
    platform: 'node',
    format: 'cjs',
    define: { COPYDESK_VERSION: JSON.stringify(version) },
    alias: { yaml: './node_modules/yaml/browser/index.js', 'readable-stream': 'node:stream' },
    plugins: [lean, minifiedStyles],
    minify: true,
  }),
  // copydesk lint's worker threads (started by dist/cli.js for runs of many files): piscina's
  // worker runtime and the linting task. Shipped beside dist/cli.js, minified like it. piscina's
  // optional native helper (process priority, never asked for) stays out.
  esbuild.build({
    ...common,
    entryPoints: ['src/cli/lint/worker.ts'],
    outfile: 'dist/lint-worker.js',
    platform: 'node',
    format: 'cjs',
    alias: { yaml: './node_modules/yaml/browser/index.js', 'piscina/dist/worker': './node_modules/piscina/dist/worker.js' },
    external: ['@napi-rs/nice'],
    minify: true,
  }),
]);
