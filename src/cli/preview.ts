import { dirname, resolve } from 'node:path';
import { fileKindOf, renderPage, renderPreview } from '../core/index';
import { MAX_BYTES, readTextFile, writeTextFile } from '../node/files';
import { eachArg, usageError } from './args';
import { escapeForTerminal } from './format/escape';
import { toPosix, workspaceFor } from './host';

export const PREVIEW_USAGE = `Usage: copydesk preview <file> [--platform <id>] [--out <page.html>]

Writes the preview of a job description (*.jd.yaml) or post (*.post.md) as one
self-contained HTML page: styles inline, no script, nothing loaded from anywhere.
Without --out the page goes to standard output.

Options:
      --platform <id>   posts: only this platform or account (x, linkedin, …)
  -o, --out <file>      write the page to this file
  -h, --help            show this help
`;

/** `copydesk preview`: resolves to the exit code (0 written, 2 usage or I/O error). */
export async function previewCommand(args: string[], cwd: string, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  let file: string | undefined;
  let platform: string | undefined;
  let output: string | undefined;
  const usage = usageError(err, 'preview');
  for (const { name, arg, value } of eachArg(args)) {
    if (name === '-h' || name === '--help') {
      out.write(PREVIEW_USAGE);
      return 0;
    } else if (name === '--platform') {
      platform = value();
      if (!platform) return usage('--platform needs a platform id or account name.');
    } else if (name === '-o' || name === '--out') {
      output = value();
      if (!output) return usage('--out needs a file name.');
    } else if (name.startsWith('-') && name !== '-') {
      return usage(`Unknown option '${name}'.`);
    } else if (file === undefined) {
      file = arg;
    } else {
      return usage('preview takes one file.');
    }
  }
  if (file === undefined) return usage('preview needs a file: a *.jd.yaml or *.post.md.');
  const kind = fileKindOf(file);
  if (kind !== 'jd' && kind !== 'post') return usage(`'${file}' is not a job description (*.jd.yaml) or a post (*.post.md).`);
  const path = resolve(cwd, file);
  const workspace = workspaceFor(cwd, [dirname(path)]);
  let text: string;
  try {
    text = (await readTextFile(path, { maxBytes: MAX_BYTES.document, within: workspace.within })).text;
  } catch (error) {
    err.write(`copydesk: ${escapeForTerminal(`Cannot read '${file}': ${(error as Error).message}.`)}\n`);
    return 2;
  }
  const { config } = await workspace.loader().configFor(toPosix(path));
  const preview = renderPreview(text, { fileName: path, config, platform })!;
  const page = renderPage(preview.html, { title: preview.title });
  if (output === undefined) {
    out.write(page);
    return 0;
  }
  try {
    // The page goes where the user said, but never through a link the repository planted to lead out of it.
    await writeTextFile(resolve(cwd, output), page, { within: workspace.within });
  } catch (error) {
    err.write(`copydesk: ${escapeForTerminal(`Cannot write '${output}': ${(error as Error).message}.`)}\n`);
    return 2;
  }
  err.write(`${escapeForTerminal(`Wrote ${output} (${preview.kind === 'post' ? 'post' : 'job description'} preview of ${file}).`)}\n`);
  return 0;
}
