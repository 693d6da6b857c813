import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { ConfigLoader, LINTED_KINDS, analyzePost, applyFixes, fileKindOf, lint, postCounts, resolveConfig, safeFixes } from '../core/index';
import { formatJson } from './format/json';
import type { FileResult } from './format/result';
import { formatSarif } from './format/sarif';
import { formatStylish } from './format/stylish';
import { expandGlob, isGlob, walkFiles } from './glob';
import { describeIoError, nodeFileHost, writeFileAtomically } from './host';
import { previewCommand } from './preview';

declare const COPYDESK_VERSION: string | undefined;
const VERSION = typeof COPYDESK_VERSION === 'string' ? COPYDESK_VERSION : 'dev';

const USAGE = `Usage: copydesk lint [options] [paths or globs…]
       copydesk preview <file> [--platform <id>] [--out <page.html>]

Lints job descriptions (*.jd.yaml), social posts (*.post.md) and configuration
(.copydesk.yaml).
Folders are searched recursively; the default is the current folder.

Options:
  -f, --format <stylish|json|sarif>  output format (default: stylish)
      --fix                          apply every safe fix, then report what remains
  -h, --help                         show this help
  -v, --version                      show the version

Exit codes: 0 no errors, 1 at least one error finding, 2 usage or I/O error.
`;

type Format = 'stylish' | 'json' | 'sarif';

interface Options {
  format: Format;
  fix: boolean;
  inputs: string[];
}

/** A usage mistake: printed with a pointer to --help, exit code 2. */
class UsageError extends Error {}

function parseArgs(args: string[]): Options | 'help' | 'version' {
  const options: Options = { format: 'stylish', fix: false, inputs: [] };
  let rest = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (rest || !arg.startsWith('-') || arg === '-') {
      options.inputs.push(arg);
      continue;
    }
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    switch (name) {
      case '--':
        rest = true;
        break;
      case '-h':
      case '--help':
        return 'help';
      case '-v':
      case '--version':
        return 'version';
      case '--fix':
        options.fix = true;
        break;
      case '-f':
      case '--format': {
        const value = inline ?? args[++i];
        if (value !== 'stylish' && value !== 'json' && value !== 'sarif') {
          throw new UsageError(value === undefined ? `${name} needs a value: stylish, json or sarif.` : `Unknown format '${value}': use stylish, json or sarif.`);
        }
        options.format = value;
        break;
      }
      default:
        throw new UsageError(`Unknown option '${arg}'.`);
    }
  }
  return options;
}

const isLinted = (path: string) => {
  const kind = fileKindOf(path);
  return kind !== undefined && LINTED_KINDS.includes(kind);
};

/** The files an input names: a file, a folder (searched), or a glob. */
function filesFor(input: string, cwd: string): { files: string[] } | { error: string } {
  const absolute = resolve(cwd, input);
  let stats;
  try {
    stats = statSync(absolute);
  } catch (error) {
    if (isGlob(input)) {
      const matched = expandGlob(input, cwd).filter(isLinted);
      return matched.length > 0 ? { files: matched } : { error: `No Copydesk files match '${input}'.` };
    }
    return { error: `Cannot read '${input}': ${describeIoError(error)}.` };
  }
  if (stats.isDirectory()) return { files: walkFiles(absolute, isLinted) };
  if (!isLinted(absolute)) return { error: `'${input}' is not a file Copydesk lints (*.jd.yaml, *.post.md or .copydesk.yaml).` };
  return { files: [absolute] };
}

const toPosix = (path: string) => path.split(sep).join('/');

async function lintFile(path: string, text: string, loader: ConfigLoader): Promise<Pick<FileResult, 'findings' | 'counts'>> {
  if (fileKindOf(path) === 'config') return { findings: await loader.findingsFor(toPosix(path)) };
  const { config } = await loader.configFor(toPosix(path));
  const findings = lint(text, { fileName: path, config });
  // Posts also report each target's length and limit, from the same counting the rules use.
  if (fileKindOf(path) === 'post') return { findings, counts: postCounts(analyzePost(text, resolveConfig(config), new Date())) };
  return { findings };
}

/** Applies safe fixes until none is left (at most 10 rounds); returns the new text and how many were applied. */
async function fixFile(path: string, text: string, loader: ConfigLoader): Promise<{ text: string; applied: number }> {
  const { config } = await loader.configFor(toPosix(path));
  let current = text;
  let applied = 0;
  for (let round = 0; round < 10; round++) {
    const fixes = safeFixes(lint(current, { fileName: path, config }));
    if (fixes.length === 0) break;
    const result = applyFixes(current, fixes);
    if (result.applied === 0 || result.text === current) break;
    current = result.text;
    applied += result.applied;
  }
  return { text: current, applied };
}

/** Runs the CLI; resolves to the exit code. */
export async function main(args: string[], cwd = process.cwd(), out = process.stdout, err = process.stderr): Promise<number> {
  let options: ReturnType<typeof parseArgs>;
  const [command, ...rest] = args;
  try {
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      out.write(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === '-v' || command === '--version') {
      out.write(`${VERSION}\n`);
      return 0;
    }
    if (command === 'preview') return await previewCommand(rest, cwd, out, err);
    if (command !== 'lint') throw new UsageError(`Unknown command '${command}'.`);
    options = parseArgs(rest);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err.write(`copydesk: ${error.message}\nRun 'copydesk --help' for usage.\n`);
    return 2;
  }
  if (options === 'help') {
    out.write(USAGE);
    return 0;
  }
  if (options === 'version') {
    out.write(`${VERSION}\n`);
    return 0;
  }

  let ioError = false;
  const reportIoError = (message: string) => {
    ioError = true;
    err.write(`copydesk: ${message}\n`);
  };
  const files = new Set<string>();
  for (const input of options.inputs.length > 0 ? options.inputs : ['.']) {
    const found = filesFor(input, cwd);
    if ('error' in found) reportIoError(found.error);
    else found.files.forEach((f) => files.add(f));
  }

  const texts = new Map<string, string>();
  const read = async (path: string) => {
    try {
      texts.set(path, await readFile(path, 'utf8'));
    } catch (error) {
      reportIoError(`Cannot read '${relative(cwd, path) || path}': ${describeIoError(error)}.`);
    }
  };
  for (const path of files) await read(path);

  if (options.fix) {
    // Configuration first: its fixes change how the other files are linted, so the others get a
    // fresh loader that reads the fixed configuration.
    const paths = [...texts.keys()];
    const configs = paths.filter((p) => fileKindOf(p) === 'config');
    const others = paths.filter((p) => fileKindOf(p) !== 'config');
    let total = 0;
    let changedFiles = 0;
    for (const group of [configs, others]) {
      const loader = new ConfigLoader(nodeFileHost);
      for (const path of group) {
        const { text, applied } = await fixFile(path, texts.get(path)!, loader);
        if (applied === 0 || text === texts.get(path)) continue;
        try {
          await writeFileAtomically(path, text);
          texts.set(path, text);
          total += applied;
          changedFiles++;
        } catch (error) {
          reportIoError(`Cannot write '${relative(cwd, path)}': ${describeIoError(error)}.`);
        }
      }
    }
    if (options.format === 'stylish' && total > 0) out.write(`Fixed ${total} problem${total === 1 ? '' : 's'} in ${changedFiles} file${changedFiles === 1 ? '' : 's'}.\n`);
  }

  // Configuration files a linted file depends on are reported too: their problems change the results.
  const loader = new ConfigLoader(nodeFileHost);
  for (const path of [...texts.keys()]) {
    if (fileKindOf(path) === 'config') continue;
    const { files: configFiles } = await loader.configFor(toPosix(path));
    for (const configFile of configFiles) {
      const native = configFile.split('/').join(sep);
      if (!texts.has(native) && !files.has(native)) {
        files.add(native);
        await read(native);
      }
    }
  }

  const results: FileResult[] = [];
  for (const path of [...texts.keys()].sort()) {
    const text = texts.get(path)!;
    const shown = toPosix(isAbsolute(path) ? relative(cwd, path) || path : path);
    results.push({ path: shown, text, ...(await lintFile(path, text, loader)) });
  }

  if (options.format === 'json') out.write(formatJson(results));
  else if (options.format === 'sarif') out.write(formatSarif(results, cwd, VERSION));
  else out.write(formatStylish(results, Boolean((out as NodeJS.WriteStream).isTTY) && !process.env.NO_COLOR));

  if (ioError) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`copydesk: unexpected error: ${(error as Error)?.stack ?? String(error)}\nThis is a bug in Copydesk; please report it.\n`);
      process.exitCode = 2;
    },
  );
}
