import type { FileHost } from '../../src/core/index';

/** A workspace in memory: the core reads configuration only through FileHost. */
export function memoryHost(files: Record<string, string>): FileHost & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    async readFile(path) {
      reads.push(path);
      return files[path];
    },
  };
}
