import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pacerFor, PACKET_SPACING_MS, untilSlot } from '../../../../main/engine/stun/pacer';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('pacerFor', () => {
  it('spaces datagrams to one host 10 ms apart (100 packets/s), across pacers of that host', () => {
    const first = pacerFor('192.0.2.10');
    const second = pacerFor('192.0.2.10');
    const start = performance.now();
    const slots = [first(), second(), first(), second()].map((slot) => slot! - start);
    expect(slots).toEqual([0, PACKET_SPACING_MS, 2 * PACKET_SPACING_MS, 3 * PACKET_SPACING_MS]);
  });

  it('does not hold back another host', () => {
    const start = performance.now();
    pacerFor('192.0.2.20')();
    expect(pacerFor('192.0.2.20')()! - start).toBe(PACKET_SPACING_MS);
    expect(pacerFor('192.0.2.21')()! - start).toBe(0);
  });

  it('refuses, without taking it, a slot later than the latest send time', async () => {
    const pace = pacerFor('192.0.2.30');
    const start = performance.now();
    expect(pace(start + 15)! - start).toBe(0);
    expect(pace(start + 15)! - start).toBe(10);
    expect(pace(start + 15)).toBeNull(); // slot at 20: too late
    // The refused slot was not taken: the next datagram goes 10 ms after the last one taken.
    expect(pace()! - start).toBe(20);
    // Slots never lie in the past: after a pause, the next one is now.
    await vi.advanceTimersByTimeAsync(100);
    expect(pace()! - start).toBe(100);
  });
});

describe('untilSlot', () => {
  it('resolves at the slot, or at once when the signal aborts', async () => {
    const start = performance.now();
    let reachedAt = -1;
    void untilSlot(start + 30, new AbortController().signal).then(
      () => (reachedAt = performance.now() - start),
    );
    await vi.advanceTimersByTimeAsync(29);
    expect(reachedAt).toBe(-1);
    await vi.advanceTimersByTimeAsync(1);
    expect(reachedAt).toBe(30);

    const controller = new AbortController();
    let stopped = false;
    void untilSlot(performance.now() + 1000, controller.signal).then(() => (stopped = true));
    controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });
});
