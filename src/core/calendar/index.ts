import type { CalendarEntry } from './entry';

/** A post to the same account scheduled close to another. */
export interface Neighbour {
  /** The account (or platform) both go to. */
  account: string;
  other: CalendarEntry;
  /** The other's moment minus this one's, in milliseconds. */
  apart: number;
}

interface Slot {
  at: number;
  path: string;
}

/** The first index in `slots` (sorted by time) whose moment is at or after `at`. */
function firstAtOrAfter(slots: readonly Slot[], at: number): number {
  let lo = 0;
  let hi = slots.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (slots[mid].at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How far apart posts can be and still change each other's findings, whatever `calendar.min_gap` a folder sets. */
export const MAX_GAP_MS = 7 * 24 * 60 * 60_000;

/**
 * Every post of a workspace as the editorial calendar sees it, kept by file. Pure: the faces feed
 * it (the editor from the workspace and its open documents, the command line from the files of
 * one run) and it answers which posts go to one account close together. A change to one file
 * costs that file's accounts, not the workspace.
 */
export class CalendarIndex {
  private readonly byPath = new Map<string, CalendarEntry>();
  /** Per account, the scheduled posts sorted by moment. */
  private readonly byAccount = new Map<string, Slot[]>();

  get size(): number {
    return this.byPath.size;
  }

  get(path: string): CalendarEntry | undefined {
    return this.byPath.get(path);
  }

  /** Every entry, by moment (unscheduled last), then by path. */
  entries(): CalendarEntry[] {
    return [...this.byPath.values()].sort((a, b) => (a.schedule?.at ?? Infinity) - (b.schedule?.at ?? Infinity) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /**
   * Sets a file's entry (replacing the one before) and returns the other files whose neighbours may
   * have changed: those close to it before or after, whose conflict findings need a new look.
   */
  set(entry: CalendarEntry): string[] {
    const affected = new Set(this.remove(entry.path));
    this.insert(entry);
    for (const n of this.neighbours(entry, MAX_GAP_MS)) affected.add(n.other.path);
    affected.delete(entry.path);
    return [...affected];
  }

  /**
   * Adds the entries of files not in the index yet, without working out whom each one affects:
   * filling the index for a whole run (the command line) or workspace at once, when every
   * file's findings are worked out afterwards anyway.
   */
  load(entries: Iterable<CalendarEntry>): void {
    for (const entry of entries) {
      if (this.byPath.has(entry.path)) this.set(entry);
      else this.insert(entry);
    }
  }

  private insert(entry: CalendarEntry): void {
    this.byPath.set(entry.path, entry);
    const at = entry.schedule?.at;
    if (at === undefined) return;
    for (const { name } of entry.targets) {
      let slots = this.byAccount.get(name);
      if (!slots) this.byAccount.set(name, (slots = []));
      slots.splice(firstAtOrAfter(slots, at), 0, { at, path: entry.path });
    }
  }

  /** Forgets a file (deleted, renamed away, no longer a post); returns the files that were close to it. */
  delete(path: string): string[] {
    return this.remove(path);
  }

  /** Renames a file's entry; returns the files close to it. */
  rename(from: string, to: string): string[] {
    const entry = this.byPath.get(from);
    if (!entry) return [];
    return [...new Set([...this.remove(from), ...this.set({ ...entry, path: to })])];
  }

  private remove(path: string): string[] {
    const old = this.byPath.get(path);
    if (!old) return [];
    const affected = this.neighbours(old, MAX_GAP_MS).map((n) => n.other.path);
    this.byPath.delete(path);
    const at = old.schedule?.at;
    if (at !== undefined) {
      for (const { name } of old.targets) {
        const slots = this.byAccount.get(name);
        if (!slots) continue;
        for (let i = firstAtOrAfter(slots, at); i < slots.length && slots[i].at === at; i++) {
          if (slots[i].path === path) {
            slots.splice(i, 1);
            break;
          }
        }
        if (slots.length === 0) this.byAccount.delete(name);
      }
    }
    return affected;
  }

  /**
   * The other posts to one of `entry`'s accounts within `gap` milliseconds of it (closer than
   * `gap`, to be exact), nearest first. `entry` need not be in the index: the editor asks with the
   * text being typed, and an entry with the same path is left out as the older version of it.
   */
  neighbours(entry: CalendarEntry, gap: number): Neighbour[] {
    const at = entry.schedule?.at;
    if (at === undefined || gap <= 0) return [];
    const found: Neighbour[] = [];
    for (const { name } of entry.targets) {
      const slots = this.byAccount.get(name);
      if (!slots) continue;
      for (let i = firstAtOrAfter(slots, at - gap + 1); i < slots.length && slots[i].at < at + gap; i++) {
        const slot = slots[i];
        if (slot.path === entry.path) continue;
        const other = this.byPath.get(slot.path);
        if (other) found.push({ account: name, other, apart: slot.at - at });
      }
    }
    return found.sort((a, b) => Math.abs(a.apart) - Math.abs(b.apart) || (a.other.path < b.other.path ? -1 : 1));
  }
}
