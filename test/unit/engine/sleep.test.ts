// The abortable wait behind the STUN pacer and `watch` (main/engine/net/sleep.ts).
import { describe, expect, it } from 'vitest';
import { sleep } from '../../../main/engine/net/sleep';

describe('sleep', () => {
  it('waits its time', async () => {
    const started = performance.now();
    await sleep(50, new AbortController().signal);
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
  });

  it('ends at once when stopped, before or during the wait, and ends a non-positive wait at once', async () => {
    const stopped = new AbortController();
    stopped.abort();
    let early = false;
    void sleep(60_000, stopped.signal).then(() => (early = true));
    await Promise.resolve();
    expect(early).toBe(true);

    const during = new AbortController();
    const waiting = sleep(60_000, during.signal);
    setTimeout(() => during.abort(), 5);
    await waiting;

    let zero = false;
    void sleep(0, new AbortController().signal).then(() => (zero = true));
    await Promise.resolve();
    expect(zero).toBe(true);
  });
});
