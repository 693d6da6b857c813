import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigLoader, fileKindOf, renderPage, renderPreview } from '../core/index';
import { describeIoError, nodeFileHost, writeFileAtomically } from './host';

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
  const usage = (message: string) => {
    err.write(`copydesk: ${message}\nRun 'copydesk preview --help' for usage.\n`);
    return 2;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? args[++i];
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
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    err.write(`copydesk: cannot read '${file}': ${describeIoError(error)}\n`);
    return 2;
  }
  const { config } = await new ConfigLoader(nodeFileHost).configFor(path.replace(/\\/g, '/'));
  const preview = renderPreview(text, { fileName: path, config, platform })!;
  const page = renderPage(preview.html, { title: preview.title });
  if (output === undefined) {
    out.write(page);
    return 0;
  }
  try {
    await writeFileAtomically(resolve(cwd, output), page);
  } catch (error) {
    err.write(`copydesk: cannot write '${output}': ${describeIoError(error)}\n`);
    return 2;
  }
  err.write(`Wrote ${output} (${preview.kind === 'post' ? 'post' : 'job description'} preview of ${file}).\n`);
  return 0;
}
