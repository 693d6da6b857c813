import { basename, dirname, relative, resolve } from 'node:path';
import { lint } from '../core/index';
import { importedFileName, importFormatOf, type ImportResult } from '../core/import/index';
import { FileAccessError, MAX_BYTES, readFileBytes, writeTextFile } from '../node/files';
import { PostingRefused, readPosting } from '../node/posting';
import { eachArg, makeOutDir, usageError } from './args';
import { escapeForTerminal } from './format/escape';
import { stylishReporter } from './format/stylish';
import { toPosix, workspaceFor } from './host';

export const IMPORT_USAGE = `Usage: copydesk import <file…> [--out-dir <folder>] [--force]
       copydesk import <file> -o -

Reads job postings (.docx, .html, .htm, .md, .txt) and writes each as a job
description, <name>.jd.yaml, beside it (or in --out-dir). Headings become sections,
lines such as "Location: …" and pay become fields, and a heading Copydesk does not
know keeps its text under \`other\`: nothing is dropped. Then each new file is linted,
so you see at once what it still needs.

Options:
      --out-dir <folder>  write the job descriptions here
      --force             replace a .jd.yaml that exists already
  -o, --out -             one file only: write the job description to standard output
  -h, --help              show this help

Exit codes: 0 every file imported, 2 usage error or a file not imported (the others are).
`;

/** Why a file was not imported, for one line on stderr. */
class NotImported extends Error {}

/** The posting at `path` as a job description (a .docx is read to HTML with mammoth first). */
async function importFile(path: string, within: readonly string[]): Promise<ImportResult> {
  const format = importFormatOf(path);
  if (format === undefined) throw new NotImported('copydesk import reads .docx, .html, .htm, .md and .txt files');
  try {
    const { bytes } = await readFileBytes(path, { maxBytes: MAX_BYTES.document, within });
    return await readPosting(path, format, { bytes });
  } catch (error) {
    if (error instanceof FileAccessError || error instanceof PostingRefused) throw new NotImported(error.message);
    throw error;
  }
}

/** `copydesk import`: resolves to the exit code. */
export async function importCommand(args: string[], cwd: string, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const files: string[] = [];
  let outDir: string | undefined;
  let force = false;
  let toStdout = false;
  const usage = usageError(err, 'import');
  for (const { name, arg, value } of eachArg(args)) {
    if (name === '-h' || name === '--help') {
      out.write(IMPORT_USAGE);
      return 0;
    } else if (name === '--out-dir') {
      outDir = value();
      if (!outDir) return usage('--out-dir needs a folder.');
    } else if (name === '--force') force = true;
    else if (name === '-o' || name === '--out') {
      const target = value();
      if (target !== '-') return usage(`--out takes '-' (standard output); to write files beside the sources leave it out, or use --out-dir.`);
      toStdout = true;
    } else if (name.startsWith('-') && name !== '-') return usage(`Unknown option '${name}'.`);
    else files.push(arg);
  }
  if (files.length === 0) return usage('import needs a file: a .docx, .html, .md or .txt posting.');
  if (toStdout && files.length > 1) return usage('-o - writes one job description: give one file.');
  if (toStdout && outDir !== undefined) return usage('-o - and --out-dir do not go together.');

  const sources = files.map((f) => resolve(cwd, f));
  const outFolder = outDir === undefined ? undefined : resolve(cwd, outDir);
  const workspace = workspaceFor(cwd, [...sources.map((s) => dirname(s)), ...(outFolder ? [outFolder] : [])]);
  const shown = (path: string) => toPosix(relative(cwd, path) || path);
  if (outFolder !== undefined && !makeOutDir(outFolder, outDir!, err)) return 2;
  let failed = false;
  const fail = (file: string, reason: string) => {
    failed = true;
    err.write(`copydesk: ${escapeForTerminal(`Not imported '${file}': ${reason}.`)}\n`);
  };

  if (toStdout) {
    try {
      const result = await importFile(sources[0], workspace.within);
      out.write(result.yaml);
      for (const note of result.notes) err.write(`copydesk: ${escapeForTerminal(`${files[0]}: ${note}`)}\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof NotImported)) throw error;
      fail(files[0], error.message);
      return 2;
    }
  }

  const written: { path: string; yaml: string }[] = [];
  const targets = new Set<string>();
  for (const [index, source] of sources.entries()) {
    const target = resolve(outFolder ?? dirname(source), importedFileName(source));
    if (targets.has(target)) {
      fail(files[index], `another file given writes '${shown(target)}' too; import it with --out-dir elsewhere`);
      continue;
    }
    targets.add(target);
    let result: ImportResult;
    try {
      result = await importFile(source, workspace.within);
    } catch (error) {
      if (!(error instanceof NotImported)) throw error;
      fail(files[index], error.message);
      continue;
    }
    try {
      // Never a partial file: written to a temporary file and renamed (or linked, so that an
      // existing file is never replaced without --force).
      await writeTextFile(target, result.yaml, { within: workspace.within, createOnly: !force });
    } catch (error) {
      if (error instanceof FileAccessError && error.problem === 'exists') fail(files[index], `'${shown(target)}' exists already; use --force to replace it`);
      else fail(files[index], `cannot write '${shown(target)}': ${(error as Error).message}`);
      continue;
    }
    err.write(`${escapeForTerminal(`Imported ${files[index]} → ${shown(target)}`)}\n`);
    for (const note of result.notes) err.write(`copydesk: ${escapeForTerminal(`${basename(target)}: ${note}`)}\n`);
    written.push({ path: target, yaml: result.yaml });
  }

  // What each new job description still needs, as `copydesk lint` reports it.
  if (written.length > 0) {
    const loader = workspace.loader();
    const reporter = stylishReporter(Boolean((out as NodeJS.WriteStream).isTTY) && !process.env.NO_COLOR);
    out.write(reporter.start());
    for (const file of written) {
      const { config } = await loader.configFor(toPosix(file.path));
      out.write(reporter.file({ path: shown(file.path), text: file.yaml, findings: lint(file.yaml, { fileName: file.path, config }) }));
    }
    out.write(reporter.end());
  }
  return failed ? 2 : 0;
}
