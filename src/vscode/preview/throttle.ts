// When the preview renders while the text changes. Throttled, not debounced: a render due runs
// after its pause however many changes arrive meanwhile, and reads the text as it is then, so
// the last change is always shown; the pause grows with the time the last render took, so a
// large post never keeps the extension host busy keystroke after keystroke. No `vscode` here:
// the timing is tested in plain Node with a fake clock.

/** The timer functions the throttle uses (the real ones, or a test's fake clock). */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * While typing, the pause before the next render is this many times the last render's duration:
 * rendering takes at most about a fifth of the extension host's time.
 */
export const RENDER_PAUSE_FACTOR = 4;

/** The pause before the next render: at least `minimumMs`, longer after a slow render. */
export function renderPause(lastRenderMs: number, minimumMs: number): number {
  return Math.max(minimumMs, RENDER_PAUSE_FACTOR * lastRenderMs);
}

/** Runs `render` once per pause at most while changes are scheduled; the pause is read when a render becomes due. */
export class RenderThrottle {
  private handle: unknown;
  private due = false;

  constructor(
    private readonly render: () => void,
    private readonly pause: () => number,
    private readonly timers: Timers = { setTimeout: (f, ms) => setTimeout(f, ms), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
  ) {}

  /** A change: a render becomes due after the pause, unless one is due already (it will show this change too). */
  schedule(): void {
    if (this.due) return;
    this.due = true;
    this.handle = this.timers.setTimeout(() => {
      this.due = false;
      this.render();
    }, this.pause());
  }

  /** Drops a render that is due (the panel closed). */
  cancel(): void {
    if (this.due) this.timers.clearTimeout(this.handle);
    this.due = false;
  }
}
