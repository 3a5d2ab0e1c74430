import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pacerFor, PACKET_SPACING_MS } from '../../../../main/engine/stun/pacer';

describe('pacerFor', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('spaces datagrams to one host 10 ms apart (100 packets/s), across pacers of that host', async () => {
    const signal = new AbortController().signal;
    const first = () => pacerFor('192.0.2.10')(signal);
    const second = () => pacerFor('192.0.2.10')(signal);
    const released: number[] = [];
    const start = performance.now();
    const waits = [first(), second(), first(), second()].map((p) =>
      p.then(() => released.push(performance.now() - start)),
    );
    await vi.advanceTimersByTimeAsync(100);
    await Promise.all(waits);
    expect(released).toEqual([0, PACKET_SPACING_MS, 2 * PACKET_SPACING_MS, 3 * PACKET_SPACING_MS]);
  });

  it('does not hold back another host, and lets go at once when the transaction ends', async () => {
    const controller = new AbortController();
    const host = () => pacerFor('192.0.2.20')(controller.signal);
    const other = () => pacerFor('192.0.2.21')(controller.signal);
    await host();
    let late = false;
    const waiting = host().then(() => (late = true));
    await other();
    expect(late).toBe(false);
    controller.abort();
    await waiting;
    expect(late).toBe(true);
  });

  it('refuses, without taking it, a slot later than the latest send time', async () => {
    const signal = new AbortController().signal;
    const pace = pacerFor('192.0.2.30');
    const start = performance.now();
    expect(await pace(signal, start + 15)).toBe(true); // slot at 0
    const second = pace(signal, start + 15); // slot at 10
    const third = pace(signal, start + 15); // slot at 20: too late
    expect(await third).toBe(false);
    await vi.advanceTimersByTimeAsync(10);
    expect(await second).toBe(true);
    // The refused slot was not taken: the next datagram goes 10 ms after the last one sent.
    let releasedAt = -1;
    const next = pace(signal).then(() => (releasedAt = performance.now() - start));
    await vi.advanceTimersByTimeAsync(10);
    await next;
    expect(releasedAt).toBe(20);
  });
});
