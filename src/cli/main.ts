import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { escapeForTerminal } from './format/escape';
import { LINT_FORMATS, isLintFormat, type LintFormat } from './format/index';
import { lintCommand } from './lint/run';

declare const COPYDESK_VERSION: string | undefined;

type Extra = typeof import('./extra-commands');

/** An installation with a file missing: said in one line, not reported as a bug. */
class IncompleteInstallation extends Error {}

/** A command's bundle beside dist/cli.js (esbuild.mjs builds them), read with Node's require when the command runs. */
function bundle<T>(file: string): T {
  const path = join(__dirname, file);
  if (!existsSync(path)) throw new IncompleteInstallation(`This installation of Copydesk is incomplete: ${file} is missing beside ${basename(__filename)}. Install Copydesk again.`);
  // A require esbuild leaves alone: the file is loaded at run time, not bundled.
  const load = typeof require === 'function' ? require : undefined;
  return load!(path) as T;
}
const VERSION = typeof COPYDESK_VERSION === 'string' ? COPYDESK_VERSION : 'dev';

const USAGE = `Usage: copydesk lint [options] [paths or globs…]
       copydesk preview <file> [--platform <id>] [--out <page.html>]
       copydesk import <posting.docx|.html|.md|.txt…> [--out-dir <folder>] [--force]
       copydesk export <file.jd.yaml…> --format <html|markdown|text|jsonld> [--standalone] [--out-dir <folder>]
       copydesk calendar [paths…] --format <ics|html|json|csv> [--from <date>] [--to <date>] [--zone <zone>] [-o <file>]
       copydesk lsp --stdio   (a language server for Neovim, Helix, Zed, Emacs…)

Lints job descriptions (*.jd.yaml), social posts (*.post.md) and configuration
(.copydesk.yaml).
Folders are searched recursively; the default is the current folder.

Options:
  -f, --format <format>              stylish (default), json, sarif, github
                                     (annotations) or gitlab (Code Quality)
      --fix                          apply every safe fix, then report what remains
      --cache                        keep each file's results in .copydesk-cache and
                                     lint again only what changed (or what it depends on)
      --cache-location <file>        where the cache is kept (a folder: its
                                     .copydesk-cache); implies --cache
      --allow-extends-from <folder>  let configuration extend files in this folder
                                     too (default: only inside the repository and
                                     the folders linted); may be repeated
  -h, --help                         show this help
  -v, --version                      show the version

Runs of 50 files and more are linted on every core; COPYDESK_WORKERS=<n> sets the
number of worker threads (0: none).

Exit codes: 0 no errors, 1 at least one error finding, 2 usage or I/O error.
`;

type Format = LintFormat;

interface Options {
  format: Format;
  fix: boolean;
  inputs: string[];
  allowExtendsFrom: string[];
  cache: boolean;
  cacheLocation?: string;
}

/** A usage mistake: printed with a pointer to --help, exit code 2. */
class UsageError extends Error {}

function parseArgs(args: string[]): Options | 'help' | 'version' {
  const options: Options = { format: 'stylish', fix: false, inputs: [], allowExtendsFrom: [], cache: false };
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
      case '--cache':
        options.cache = true;
        break;
      case '--cache-location': {
        const value = inline ?? args[++i];
        if (!value) throw new UsageError(`${name} needs a file or folder.`);
        options.cacheLocation = value;
        options.cache = true;
        break;
      }
      case '--allow-extends-from': {
        const value = inline ?? args[++i];
        if (!value) throw new UsageError(`${name} needs a folder.`);
        options.allowExtendsFrom.push(value);
        break;
      }
      case '-f':
      case '--format': {
        const value = inline ?? args[++i];
        if (!isLintFormat(value)) {
          const names = `${LINT_FORMATS.slice(0, -1).join(', ')} or ${LINT_FORMATS[LINT_FORMATS.length - 1]}`;
          throw new UsageError(value === undefined ? `${name} needs a value: ${names}.` : `Unknown format '${value}': use ${names}.`);
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
    // Each command's modules are loaded when it runs: lint, the command run most, does not set up
    // (or even parse) the Word, HTML and Markdown parsers of import and export, nor the language
    // server's protocol library: those are in a bundle of their own beside dist/cli.js.
    if (command === 'preview') return await (await import('./preview')).previewCommand(rest, cwd, out, err);
    if (command === 'import') return await bundle<Extra>('cli-extra.js').importCommand(rest, cwd, out, err);
    if (command === 'export') return await bundle<Extra>('cli-extra.js').exportCommand(rest, cwd, out, err);
    if (command === 'calendar') return await (await import('./calendar')).calendarCommand(rest, cwd, out, err);
    if (command === 'lsp') return await bundle<Extra>('cli-extra.js').lspCommand(rest, cwd, out, err);
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

  return lintCommand(options, VERSION, cwd, out, err);
}

if (require.main === module) {
  // The reader went away (`copydesk lint | head`): stop quietly, as other command-line tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      if (error instanceof IncompleteInstallation) {
        process.stderr.write(`copydesk: ${escapeForTerminal(error.message)}\n`);
        process.exitCode = 2;
        return;
      }
      // A bug, not the user's doing: one line they can report; the stack only when asked for.
      const detail = process.env.COPYDESK_DEBUG ? ((error as Error)?.stack ?? String(error)) : ((error as Error)?.message ?? String(error));
      process.stderr.write(`copydesk: unexpected error: ${escapeForTerminal(detail)}\nThis is a bug in Copydesk; please report it (COPYDESK_DEBUG=1 shows where it happened).\n`);
      process.exitCode = 2;
    },
  );
}
