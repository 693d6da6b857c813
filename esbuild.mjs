// Bundles the shipped entry points. Type checking is `tsc` (npm run compile); esbuild only bundles.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const common = { bundle: true, minify: false, sourcemap: true, target: 'node20', logLevel: 'warning' };

await Promise.all([
  // The core is importable by anyone (CLI, extension, other tools) and must run in a browser too,
  // so it is built for the neutral platform: a Node built-in import fails the build.
  esbuild.build({
    ...common,
    entryPoints: ['src/core/index.ts'],
    outfile: 'dist/core.js',
    platform: 'neutral',
    format: 'cjs',
    mainFields: ['module', 'main'],
  }),
  esbuild.build({
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
    define: { COPYDESK_VERSION: JSON.stringify(version) },
  }),
]);
