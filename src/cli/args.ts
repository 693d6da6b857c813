import { mkdirSync } from 'node:fs';
import { escapeForTerminal } from './format/escape';

/** One argument of a subcommand: its name (`--out-dir` of `--out-dir=x`), as given, and its value (inline, else the next argument). */
export interface Arg {
  name: string;
  arg: string;
  value(): string | undefined;
}

/** The arguments of a subcommand, one at a time; `value()` takes the next argument when the value is not inline. */
export function* eachArg(args: readonly string[]): Generator<Arg> {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    yield { name: eq > 0 ? arg.slice(0, eq) : arg, arg, value: () => inline ?? args[++i] };
  }
}

/** A usage mistake of `copydesk <command>`: one line and a pointer to its help; returns exit code 2. */
export function usageError(err: NodeJS.WritableStream, command: string): (message: string) => number {
  return (message) => {
    err.write(`copydesk: ${message}\nRun 'copydesk ${command} --help' for usage.\n`);
    return 2;
  };
}

/** Makes the folder an --out-dir names when it is missing, as other tools do; false after saying why it could not. */
export function makeOutDir(folder: string, given: string, err: NodeJS.WritableStream): boolean {
  try {
    mkdirSync(folder, { recursive: true });
    return true;
  } catch (error) {
    err.write(`copydesk: ${escapeForTerminal(`Cannot create '${given}': ${(error as Error).message}.`)}\n`);
    return false;
  }
}
