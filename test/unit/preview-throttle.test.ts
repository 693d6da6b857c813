// The preview's render timing while the text changes, on a fake clock: one render per pause
// however many changes, always of the latest text, and longer pauses after slow renders.
import { strict as assert } from 'node:assert';
import { RenderThrottle, renderPause, type Timers } from '../../src/vscode/preview/throttle';

/** A clock that only moves when told to. */
class FakeClock implements Timers {
  now = 0;
  private timers: { at: number; callback: () => void; id: number }[] = [];
  private next = 0;
  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.next++;
    this.timers.push({ at: this.now + ms, callback, id });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }
  /** Moves the clock by `ms`, running what falls due, in order. */
  advance(ms: number): void {
    const until = this.now + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.now = due.at;
      due.callback();
    }
    this.now = until;
  }
  get pending(): number[] {
    return this.timers.map((t) => t.at);
  }
}

describe('preview render timing', () => {
  it('the pause is 150 ms for a quick render and four times a slow one', () => {
    assert.equal(renderPause(0, 150), 150);
    assert.equal(renderPause(30, 150), 150);
    assert.equal(renderPause(200, 150), 800);
  });

  it('ten keystrokes inside one pause: one render, of the text after the last keystroke', () => {
    const clock = new FakeClock();
    let text = '';
    const rendered: string[] = [];
    const throttle = new RenderThrottle(() => rendered.push(text), () => 150, clock);
    for (const c of 'abcdefghij') {
      text += c;
      throttle.schedule();
      clock.advance(10);
    }
    assert.deepEqual(rendered, []);
    assert.deepEqual(clock.pending, [150]);
    clock.advance(100);
    assert.deepEqual(rendered, ['abcdefghij']);
    assert.deepEqual(clock.pending, []);
  });

  it('typing on and on: a render every pause while it lasts, the last one of the final text', () => {
    const clock = new FakeClock();
    let text = '';
    const rendered: string[] = [];
    let lastRenderMs = 0;
    const throttle = new RenderThrottle(
      () => {
        rendered.push(text);
        lastRenderMs = 300; // a large post: the next pause is 1.2 s
      },
      () => renderPause(lastRenderMs, 150),
      clock,
    );
    // One keystroke every 100 ms for 2 s.
    for (let i = 0; i < 20; i++) {
      text += String.fromCharCode(97 + i);
      throttle.schedule();
      clock.advance(100);
    }
    clock.advance(5_000);
    // Renders at 150 ms (after 2 keystrokes), 1.2 s after the third (at 1,400 ms, after 14),
    // and 1.2 s after the fifteenth: the final text. Three renders for twenty keystrokes.
    assert.deepEqual(rendered, ['ab', 'abcdefghijklmn', 'abcdefghijklmnopqrst']);
  });

  it('cancel drops the render that was due', () => {
    const clock = new FakeClock();
    let renders = 0;
    const throttle = new RenderThrottle(() => renders++, () => 150, clock);
    throttle.schedule();
    throttle.cancel();
    clock.advance(1_000);
    assert.equal(renders, 0);
    throttle.schedule();
    clock.advance(150);
    assert.equal(renders, 1);
  });
});
