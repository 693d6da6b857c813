// What `copydesk lint --cache` knows of a file without reading it: its size, modification and
// change times and inode, as Git's index and ESLint's default cache strategy do. When all four
// are as they were when the file was read, the file is taken to hold the same bytes and its
// result is used without reading it again (a result with findings still reads the text the
// report shows, and checks its hash). The change time cannot be set back by a tool (touch -d,
// an archive restoring times), and a file replaced by another has another inode.
import { statSync } from 'node:fs';

/** A file whose times are this close to its reading may change again within the same clock tick: its metadata is not kept (Git's "racily clean" files). */
const RACY_NS = 100_000_000n;
/** The same for file systems that keep whole seconds (FAT, some network shares). */
const RACY_COARSE_NS = 2_000_000_000n;

interface Stats {
  size: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
  ino: bigint;
}

function metaText(s: Stats): string {
  return `${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}`;
}

/**
 * The metadata to keep for a file read at `readAtNs` (ns since the epoch), or undefined when it
 * changed so shortly before that a change in the same tick would leave its metadata as is.
 */
export function stableMeta(s: Stats, readAtNs: bigint): string | undefined {
  const last = s.mtimeNs > s.ctimeNs ? s.mtimeNs : s.ctimeNs;
  const coarse = s.mtimeNs % 1_000_000_000n === 0n && s.ctimeNs % 1_000_000_000n === 0n;
  return readAtNs - last >= (coarse ? RACY_COARSE_NS : RACY_NS) ? metaText(s) : undefined;
}

/** The file's metadata now (links followed, as the reader follows them), or undefined when it cannot be had. */
export function currentMeta(path: string): string | undefined {
  try {
    const s = statSync(path, { bigint: true, throwIfNoEntry: false });
    return s?.isFile() ? metaText(s) : undefined;
  } catch {
    return undefined;
  }
}

/** Now, in ns since the epoch. */
export function nowNs(): bigint {
  return BigInt(Date.now()) * 1_000_000n;
}
