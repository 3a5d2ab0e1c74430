import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  HANDSHAKES_AT_ONCE,
  HOLD_MS,
  handshakeSlot,
} from '../../../../main/engine/tls/handshake-slots';

describe('handshakeSlot', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lets HANDSHAKES_AT_ONCE handshakes run at once; the next starts when one ends', async () => {
    const releases = await Promise.all(
      Array.from({ length: HANDSHAKES_AT_ONCE }, () => handshakeSlot()),
    );
    let started = false;
    const next = handshakeSlot().then((release) => {
      started = true;
      return release;
    });
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toBe(false);
    releases[0]!();
    (await next)();
    expect(started).toBe(true);
    for (const release of releases.slice(1)) release();
  });

  it('a handshake that never ends gives its slot up after HOLD_MS', async () => {
    const held = await Promise.all(
      Array.from({ length: HANDSHAKES_AT_ONCE }, () => handshakeSlot()),
    );
    let started = false;
    const next = handshakeSlot().then((release) => {
      started = true;
      return release;
    });
    await vi.advanceTimersByTimeAsync(HOLD_MS - 1);
    expect(started).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toBe(true);
    // Releasing twice (the hold ran out, then the handshake ended) frees one slot only once:
    // with every slot taken again, one more handshake must still wait.
    for (const release of held) release();
    (await next)();
    const again = await Promise.all(
      Array.from({ length: HANDSHAKES_AT_ONCE }, () => handshakeSlot()),
    );
    let extraStarted = false;
    const extra = handshakeSlot().then((release) => {
      extraStarted = true;
      return release;
    });
    await vi.advanceTimersByTimeAsync(1);
    expect(extraStarted).toBe(false);
    for (const release of again) release();
    (await extra)();
    expect(extraStarted).toBe(true);
  });
});
