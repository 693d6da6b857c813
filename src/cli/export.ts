import { basename, dirname, relative, resolve } from 'node:path';
import { fileKindOf } from '../core/index';
import { EXPORT_EXTENSIONS, EXPORT_FORMATS, exportJobDescription, type ExportFormat } from '../core/export/index';
import { MAX_BYTES, readTextFile, writeTextFile } from '../node/files';
import { eachArg, makeOutDir, usageError } from './args';
import { escapeForTerminal } from './format/escape';
import { toPosix, workspaceFor } from './host';

export const EXPORT_USAGE = `Usage: copydesk export <file.jd.yaml…> --format <html|markdown|text|jsonld> [--standalone] [--out-dir <folder>]

Writes job descriptions for where they go next: html, a clean fragment for a careers
page or an ATS (--standalone: a whole page with the JobPosting JSON-LD in it);
markdown and text, for a job board; jsonld, schema.org JobPosting structured data for
Google's job search (the employer comes from organization: in .copydesk.yaml).
One file goes to standard output; with --out-dir each is written there as
<name>.html, .md, .txt or .jsonld.

Options:
  -f, --format <format>   html, markdown, text or jsonld (required)
      --standalone        html: a whole page, with the JSON-LD
      --out-dir <folder>  write one file per job description here
  -h, --help              show this help

Exit codes: 0 exported, 2 usage error or a file not exported (the others are).
`;

/** `copydesk export`: resolves to the exit code. */
export async function exportCommand(args: string[], cwd: string, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const files: string[] = [];
  let format: ExportFormat | undefined;
  let standalone = false;
  let outDir: string | undefined;
  const usage = usageError(err, 'export');
  for (const { name, arg, value } of eachArg(args)) {
    if (name === '-h' || name === '--help') {
      out.write(EXPORT_USAGE);
      return 0;
    } else if (name === '-f' || name === '--format') {
      const given = value();
      if (!EXPORT_FORMATS.includes(given as ExportFormat)) return usage(given === undefined ? `${name} needs a value: html, markdown, text or jsonld.` : `Unknown format '${given}': use html, markdown, text or jsonld.`);
      format = given as ExportFormat;
    } else if (name === '--standalone') standalone = true;
    else if (name === '--out-dir') {
      outDir = value();
      if (!outDir) return usage('--out-dir needs a folder.');
    } else if (name.startsWith('-') && name !== '-') return usage(`Unknown option '${name}'.`);
    else files.push(arg);
  }
  if (files.length === 0) return usage('export needs a job description: a *.jd.yaml file.');
  if (format === undefined) return usage('export needs --format: html, markdown, text or jsonld.');
  if (standalone && format !== 'html') return usage('--standalone is for --format html.');
  if (files.length > 1 && outDir === undefined) return usage('several files need --out-dir: standard output takes one.');
  for (const file of files) if (fileKindOf(file) !== 'jd') return usage(`'${file}' is not a job description (*.jd.yaml).`);

  const sources = files.map((f) => resolve(cwd, f));
  const outFolder = outDir === undefined ? undefined : resolve(cwd, outDir);
  const workspace = workspaceFor(cwd, [...sources.map((s) => dirname(s)), ...(outFolder ? [outFolder] : [])]);
  const loader = workspace.loader();
  if (outFolder !== undefined && !makeOutDir(outFolder, outDir!, err)) return 2;
  let failed = false;
  const fail = (file: string, reason: string) => {
    failed = true;
    err.write(`copydesk: ${escapeForTerminal(`Not exported '${file}': ${reason}.`)}\n`);
  };
  const targets = new Set<string>();
  for (const [index, source] of sources.entries()) {
    let text: string;
    try {
      text = (await readTextFile(source, { maxBytes: MAX_BYTES.document, within: workspace.within })).text;
    } catch (error) {
      fail(files[index], (error as Error).message);
      continue;
    }
    const { config } = await loader.configFor(toPosix(source));
    const result = exportJobDescription(text, { format, config, standalone });
    if ('error' in result) {
      fail(files[index], result.error);
      continue;
    }
    if (outFolder === undefined) {
      out.write(result.output);
      continue;
    }
    const target = resolve(outFolder, basename(source).replace(/\.jd\.ya?ml$/i, '') + EXPORT_EXTENSIONS[format]);
    if (targets.has(target)) {
      fail(files[index], `another file given is written to '${toPosix(relative(cwd, target))}' too`);
      continue;
    }
    targets.add(target);
    try {
      await writeTextFile(target, result.output, { within: workspace.within });
    } catch (error) {
      fail(files[index], `cannot write '${toPosix(relative(cwd, target))}': ${(error as Error).message}`);
      continue;
    }
    err.write(`${escapeForTerminal(`Exported ${files[index]} → ${toPosix(relative(cwd, target))}`)}\n`);
  }
  return failed ? 2 : 0;
}
