import { isAbsolute, relative, sep } from 'node:path';
import { CalendarIndex, analyzePost, calendarEntry, fileKindOf, fixUntilStable, lint, postCounts, resolveConfig, type ConfigLoader, type Finding } from '../core/index';
import { FileAccessError, MAX_BYTES, readTextFile, writeTextFile, type ReadText } from '../node/files';
import { escapeForTerminal } from './format/escape';
import { LINT_FORMATS, isLintFormat, lintReporter, type LintFormat } from './format/index';
import type { FileResult, Reporter } from './format/result';
import { filesFor } from './inputs';
import { toPosix, workspaceFor, type Workspace } from './host';
import { calendarCommand } from './calendar';
import { exportCommand } from './export';
import { importCommand } from './import';
import { previewCommand } from './preview';

declare const COPYDESK_VERSION: string | undefined;
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
      --allow-extends-from <folder>  let configuration extend files in this folder
                                     too (default: only inside the repository and
                                     the folders linted); may be repeated
  -h, --help                         show this help
  -v, --version                      show the version

Exit codes: 0 no errors, 1 at least one error finding, 2 usage or I/O error.
`;

type Format = LintFormat;

interface Options {
  format: Format;
  fix: boolean;
  inputs: string[];
  allowExtendsFrom: string[];
}

/** A usage mistake: printed with a pointer to --help, exit code 2. */
class UsageError extends Error {}

function parseArgs(args: string[]): Options | 'help' | 'version' {
  const options: Options = { format: 'stylish', fix: false, inputs: [], allowExtendsFrom: [] };
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

async function lintFile(path: string, text: string, loader: ConfigLoader, calendar: CalendarIndex): Promise<Pick<FileResult, 'findings' | 'counts'>> {
  if (fileKindOf(path) === 'config') return { findings: await loader.findingsFor(toPosix(path)) };
  const { config } = await loader.configFor(toPosix(path));
  const findings = lint(text, { fileName: path, config, calendar });
  // Posts also report each target's length and limit, from the same counting the rules use.
  if (fileKindOf(path) === 'post') return { findings, counts: postCounts(analyzePost(text, resolveConfig(config), new Date())) };
  return { findings };
}

/** Applies safe fixes until none is left; returns the new text and how many were applied. */
async function fixFile(path: string, text: string, loader: ConfigLoader): Promise<{ text: string; applied: number }> {
  const { config } = await loader.configFor(toPosix(path));
  return fixUntilStable(text, { fileName: path, config });
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
    if (command === 'import') return await importCommand(rest, cwd, out, err);
    if (command === 'export') return await exportCommand(rest, cwd, out, err);
    if (command === 'calendar') return await calendarCommand(rest, cwd, out, err);
    // The language server and its protocol library load only when asked for.
    if (command === 'lsp') return await (await import('../lsp/server')).lspCommand(rest, cwd, out, err);
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
    err.write(`copydesk: ${escapeForTerminal(message)}\n`);
  };
  const files = new Set<string>();
  const folders: string[] = [];
  for (const input of options.inputs.length > 0 ? options.inputs : ['.']) {
    const found = filesFor(input, cwd);
    if ('error' in found) reportIoError(found.error);
    else {
      found.files.forEach((f) => files.add(f));
      folders.push(found.folder);
    }
  }
  const workspace = workspaceFor(cwd, folders, options.allowExtendsFrom);
  const shown = (path: string) => toPosix(isAbsolute(path) ? relative(cwd, path) || path : path);
  const unreadable = new Set<string>();
  const read = async (path: string): Promise<ReadText | undefined> => {
    if (unreadable.has(path)) return undefined;
    try {
      return await readTextFile(path, { maxBytes: fileKindOf(path) === 'config' ? MAX_BYTES.configuration : MAX_BYTES.document, within: workspace.within });
    } catch (error) {
      // Said once, though --fix and the lint each read the file.
      unreadable.add(path);
      reportIoError(`Cannot read '${shown(path)}': ${(error as Error).message}.`);
      return undefined;
    }
  };

  if (options.fix) {
    const fixed = await fixFiles([...files].sort(), workspace, read, shown, reportIoError);
    if (options.format === 'stylish' && fixed.problems > 0) out.write(`Fixed ${fixed.problems} problem${fixed.problems === 1 ? '' : 's'} in ${fixed.files} file${fixed.files === 1 ? '' : 's'}.\n`);
  }

  // Configuration files a linted file depends on are reported too: their problems change the
  // results. Those outside the working folder are not listed (a report names files under it);
  // their problems are summed up on stderr instead.
  const loader = workspace.loader();
  const outside = new Set<string>();
  for (const path of [...files]) {
    if (fileKindOf(path) === 'config') continue;
    const { files: configFiles } = await loader.configFor(toPosix(path));
    for (const configFile of configFiles) {
      const native = configFile.split('/').join(sep);
      if (files.has(native)) continue;
      if (relative(cwd, native).startsWith('..')) outside.add(configFile);
      else files.add(native);
    }
  }

  // The editorial calendar of the run: every post's schedule and accounts, for
  // post/schedule-conflict. Posts are read twice rather than kept: an entry is a few hundred bytes.
  const calendar = new CalendarIndex();
  for (const path of [...files].sort()) {
    if (fileKindOf(path) !== 'post') continue;
    const file = await read(path);
    if (!file) continue;
    const { config } = await loader.configFor(toPosix(path));
    calendar.set(calendarEntry(path, analyzePost(file.text, resolveConfig(config), new Date())));
  }

  // One file at a time: read, lint, report, forget. Nothing grows with the number of files but
  // the list of names (and the calendar's entries).
  const reporter: Reporter = lintReporter(options.format, { cwd, version: VERSION, color: Boolean((out as NodeJS.WriteStream).isTTY) && !process.env.NO_COLOR });
  let failed = false;
  await write(out, reporter.start());
  for (const path of [...files].sort()) {
    const file = await read(path);
    if (!file) continue;
    const linted = await lintFile(path, file.text, loader, calendar);
    const result: FileResult = { path: shown(path), text: file.text, findings: linted.findings.map((f) => withShownPaths(f, shown)), ...(linted.counts ? { counts: linted.counts } : {}) };
    failed ||= result.findings.some((f) => f.severity === 'error');
    await write(out, reporter.file(result));
  }
  await write(out, reporter.end());

  for (const configFile of [...outside].sort()) {
    const problems = (await loader.findingsFor(configFile)).filter((f) => f.severity !== 'info').length;
    if (problems === 0) continue;
    const fromRoot = relative(workspace.root, configFile.split('/').join(sep));
    const where = fromRoot.startsWith('..') ? 'outside the folder linted' : 'in the repository, outside the folder linted';
    err.write(`copydesk: ${escapeForTerminal(`The configuration '${toPosix(fromRoot)}' (${where}) has ${problems} problem${problems === 1 ? '' : 's'}: lint it from its own folder to see ${problems === 1 ? 'it' : 'them'}.`)}\n`);
  }

  if (ioError) return 2;
  return failed ? 1 : 0;
}

/** The finding with the other files its related information names shown as the report shows paths. */
function withShownPaths(finding: Finding, shown: (path: string) => string): Finding {
  if (!finding.related?.some((r) => r.file)) return finding;
  return { ...finding, related: finding.related.map((r) => (r.file ? { ...r, file: { ...r.file, path: shown(r.file.path) } } : r)) };
}

/** Writes `chunk`, waiting for the stream to drain when it asks to (a slow pipe, a full buffer). */
function write(out: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (chunk === '' || out.write(chunk)) return Promise.resolve();
  return new Promise((resolve) => out.once('drain', () => resolve()));
}

/**
 * `--fix`: configuration first (its fixes change how the other files are linted), then the
 * other files with a loader that reads the fixed configuration. A file is written only through
 * the safe writer: never through a link out of the workspace, never when read-only, changed
 * since it was read, or not UTF-8.
 */
async function fixFiles(paths: string[], workspace: Workspace, read: (path: string) => Promise<ReadText | undefined>, shown: (path: string) => string, reportIoError: (message: string) => void) {
  let problems = 0;
  let changed = 0;
  const configs = paths.filter((p) => fileKindOf(p) === 'config');
  const others = paths.filter((p) => fileKindOf(p) !== 'config');
  for (const group of [configs, others]) {
    const loader = workspace.loader();
    for (const path of group) {
      const file = await read(path);
      if (!file) continue;
      const { text, applied } = await fixFile(path, file.text, loader);
      if (applied === 0 || text === file.text) continue;
      try {
        await writeTextFile(path, text, { expected: file.snapshot, within: workspace.within });
        problems += applied;
        changed++;
      } catch (error) {
        const reason = error instanceof FileAccessError && error.problem === 'not-utf8' && file.firstInvalidByte !== undefined ? `${error.message} (the first is at byte ${file.firstInvalidByte}); save it as UTF-8 first` : (error as Error).message;
        reportIoError(`Not fixed '${shown(path)}': ${reason}.`);
      }
    }
  }
  return { problems, files: changed };
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
      // A bug, not the user's doing: one line they can report; the stack only when asked for.
      const detail = process.env.COPYDESK_DEBUG ? ((error as Error)?.stack ?? String(error)) : ((error as Error)?.message ?? String(error));
      process.stderr.write(`copydesk: unexpected error: ${escapeForTerminal(detail)}\nThis is a bug in Copydesk; please report it (COPYDESK_DEBUG=1 shows where it happened).\n`);
      process.exitCode = 2;
    },
  );
}
