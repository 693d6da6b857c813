import { isScalar, isSeq, type Node } from 'yaml';
import { docsUrlFor } from '../engine';
import { finalizeFindings } from '../finalize';
import { dirname, isInsidePath, resolvePath } from '../paths';
import { LineIndex } from '../text/positions';
import type { Finding } from '../types';
import { nodeRange, pairOf, visibleRange } from '../yaml/document';
import { readConfigText, type ReadConfig } from './lint-config';
import { mergeConfig, pruneInvalid, resolveConfig } from './resolve';
import type { Config, ConfigFileContent } from './schema';

/** The name of the project configuration file. */
export const CONFIG_FILE_NAME = '.copydesk.yaml';

/**
 * How the core reads files: on disk for the CLI, through `vscode.workspace.fs` in the editor (so
 * virtual workspaces work). Paths are '/'-separated.
 */
export interface FileHost {
  /**
   * The file's text, or undefined when there is no such file. Other I/O errors, and files the
   * host refuses (not a regular file, too big), throw an Error whose message completes "Cannot
   * read 'x': …". With `within`, the file (links resolved) must lie inside one of those folders.
   */
  readFile(path: string, options?: { within?: readonly string[] }): Promise<string | undefined>;
}

/**
 * Which files configuration may read. A repository is untrusted input: without limits its
 * `extends` could name any file on the machine (`/dev/zero`, a FIFO, a secret whose lines then
 * show up in findings).
 */
export interface ConfigPolicy {
  /**
   * The workspace: the folders `extends` may name, and inside which links must not lead out.
   * A `.copydesk.yaml` above them (the user's own) may extend files in its own folder.
   * Undefined: no limit (programs reading their own files).
   */
  workspace?: readonly string[];
  /** More folders `extends` may name, from the user's own settings (never from the repository). */
  alsoAllowed?: readonly string[];
}

/** The configuration for one linted file, and where it came from. */
export interface LoadedConfig {
  config: Config;
  /** The nearest `.copydesk.yaml`, if any. */
  path?: string;
  /** Every configuration file read for it (the nearest and what it extends). */
  files: string[];
}

interface LoadedFile {
  path: string;
  read?: ReadConfig;
  /** This file merged onto everything it extends. */
  content: ConfigFileContent;
  findings: Finding[];
  files: string[];
}

/**
 * Finds and loads configuration: the nearest `.copydesk.yaml` walking up from a file (stopping
 * at `root`), with its `extends` chain. Results are cached, so linting many files reads each
 * configuration file once.
 */
export class ConfigLoader {
  private readonly byDirectory = new Map<string, Promise<string | undefined>>();
  private readonly byPath = new Map<string, LoadedFile>();
  private readonly texts = new Map<string, Promise<string | undefined>>();

  constructor(
    private readonly host: FileHost,
    private readonly root?: string,
    private readonly policy: ConfigPolicy = {},
  ) {}

  /** The configuration in force for `filePath`. */
  async configFor(filePath: string): Promise<LoadedConfig> {
    const path = await this.nearest(dirname(filePath));
    if (!path) return { config: resolveConfig(undefined), files: [] };
    const loaded = await this.load(path, []);
    return { config: resolveConfig(loaded.content), path, files: loaded.files };
  }

  /** The configuration in file `path` (with what it extends), as if it were the nearest: an explicit setting such as the editor's `copydesk.configPath`. */
  async configAt(path: string): Promise<LoadedConfig> {
    const loaded = await this.load(path, []);
    if (loaded.read === undefined) return { config: resolveConfig(undefined), files: [] };
    return { config: resolveConfig(loaded.content), path, files: loaded.files };
  }

  /** Findings in configuration file `path` itself: schema problems and broken `extends`. */
  async findingsFor(path: string): Promise<Finding[]> {
    return (await this.load(path, [])).findings;
  }

  /** Each file is read once per loader, however many linted files share it. */
  private readText(path: string): Promise<string | undefined> {
    let cached = this.texts.get(path);
    if (!cached) {
      // Inside the workspace, links must not lead out of it; what lies above it is the user's own.
      const within = this.inWorkspace(path) ? this.policy.workspace : undefined;
      cached = this.host.readFile(path, within ? { within } : undefined);
      this.texts.set(path, cached);
    }
    return cached;
  }

  private inWorkspace(path: string): boolean {
    return this.policy.workspace?.some((folder) => isInsidePath(path, folder)) ?? false;
  }

  /** Whether configuration file `from` may extend `target`. */
  private mayExtend(from: string, target: string): boolean {
    const { workspace, alsoAllowed = [] } = this.policy;
    if (!workspace) return true;
    if (this.inWorkspace(target) || alsoAllowed.some((folder) => isInsidePath(target, folder))) return true;
    return !this.inWorkspace(from) && isInsidePath(target, dirname(from));
  }

  private nearest(directory: string): Promise<string | undefined> {
    let cached = this.byDirectory.get(directory);
    if (!cached) {
      cached = (async () => {
        const candidate = resolvePath(directory, CONFIG_FILE_NAME);
        if ((await this.readText(candidate).catch(() => undefined)) !== undefined) return candidate;
        const parent = dirname(directory);
        if (parent === directory || directory === this.root || directory === '.') return undefined;
        return this.nearest(parent);
      })();
      this.byDirectory.set(directory, cached);
    }
    return cached;
  }

  private async load(path: string, stack: readonly string[]): Promise<LoadedFile> {
    // Only finished loads are shared. Sharing one still in progress could deadlock: two files
    // linted at once from the two ends of an `extends` cycle would each wait for the other.
    // (File texts are cached, so loading twice reads nothing twice.)
    const done = this.byPath.get(path);
    if (done) return done;
    const loaded = await this.read(path, stack);
    if (!this.byPath.has(path)) this.byPath.set(path, loaded);
    return this.byPath.get(path)!;
  }

  private async read(path: string, stack: readonly string[]): Promise<LoadedFile> {
    const text = await this.readText(path);
    if (text === undefined) return { path, content: {}, findings: [], files: [] };
    const read = readConfigText(text);
    const own = pruneInvalid(read.value);
    const findings = [...read.findings];
    const files = [path];
    let content: ConfigFileContent = {};
    for (const entry of extendsEntries(read)) {
      const target = resolvePath(dirname(path), entry.value);
      const report = (message: string, severity: Finding['severity'] = 'error') =>
        findings.push({ ruleId: 'config/invalid', severity, message, range: entry.range, docsUrl: docsUrlFor('config/invalid') });
      if (target === path || stack.includes(target)) {
        const cycle = [...stack.slice(stack.indexOf(target) < 0 ? stack.length : stack.indexOf(target)), path, target];
        report(`\`extends\` makes a cycle (${cycle.map(shortName).join(' → ')}): remove this entry.`);
        continue;
      }
      if (!this.mayExtend(path, target)) {
        report(`Cannot extend '${entry.value}': it is outside the workspace, and a repository's configuration may only extend files inside it. To share a brand guide from elsewhere, allow its folder in your own settings (copydesk.allowExtendsFrom, or --allow-extends-from).`);
        continue;
      }
      let base: LoadedFile;
      try {
        if ((await this.readText(target)) === undefined) {
          report(`Cannot extend '${entry.value}': there is no such file.`);
          continue;
        }
        base = await this.load(target, [...stack, path]);
      } catch (error) {
        report(`Cannot read '${entry.value}': ${(error as Error).message}.`);
        continue;
      }
      const errors = base.findings.filter((f) => f.severity === 'error');
      if (base.read?.value === undefined) report(`'${entry.value}' cannot be read as YAML, so none of its settings apply: ${listFindings(base, errors)}`);
      else if (errors.length > 0) report(`'${entry.value}' has ${errors.length} problem${errors.length === 1 ? '' : 's'}; the valid parts are used: ${listFindings(base, errors)}`, 'warning');
      content = mergeConfig(content, base.content);
      files.push(...base.files.filter((f) => !files.includes(f)));
    }
    content = mergeConfig(content, own);
    const finalized = finalizeFindings(text, findings, 'yaml', resolveConfig(content));
    return { path, read, content, findings: finalized, files };
  }
}

/** How many of an extended file's problems its `extends` entry lists. */
const LISTED_PROBLEMS = 5;

/** An extended file's problems as one sentence: where each is and what it says (its own findings reach the user only if they open it). */
function listFindings(file: LoadedFile, findings: readonly Finding[]): string {
  const text = file.read?.parsed.text ?? '';
  const index = new LineIndex(text);
  const listed = findings.slice(0, LISTED_PROBLEMS).map((f) => {
    const { line, column } = index.positionAt(f.range.start);
    return `line ${line}, column ${column}: ${f.message.replace(/\.$/, '')} (${f.ruleId})`;
  });
  const more = findings.length - listed.length;
  return `${listed.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`;
}

function shortName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function extendsEntries(read: ReadConfig): { value: string; range: { start: number; end: number } }[] {
  const value = pairOf(read.parsed.doc.contents, 'extends')?.value;
  const nodes: Node[] = isSeq(value) ? (value.items as Node[]) : value ? [value] : [];
  const text = read.parsed.text;
  return nodes
    .filter((n) => isScalar(n) && typeof n.value === 'string' && n.value.trim() !== '')
    .map((n) => ({ value: (n as { value: string }).value.trim(), range: nodeRange(text, n) ?? visibleRange(text, 0, 0) }));
}
