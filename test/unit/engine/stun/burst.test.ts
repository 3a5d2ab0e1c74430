// X.1's burst (burst.ts) over a fake channel, on fake timers (no wall clock): its pacing, its
// in-flight cap, its end, matching by transaction id, reordering, abort and send errors.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decode, encode, METHOD_BINDING } from '../../../../main/engine/stun/codec';
import { runBurst, type BurstResult } from '../../../../main/engine/stun/burst';
import type { DatagramChannel } from '../../../../main/engine/stun/udp-adapter';
import type { BurstSnapshot } from '../../../../main/engine/quality/summary';

interface Sent {
  at: number;
  transactionId: Uint8Array;
}

/** A channel whose peer is `answer`: for each request (by send index), a delay in ms or null. */
function fakePeer(answer: (index: number) => number | null, sendError?: string) {
  let deliver: (bytes: Uint8Array) => void = () => {};
  const sent: Sent[] = [];
  const channel: DatagramChannel = {
    send: (bytes) => {
      if (sendError)
        return Promise.reject(Object.assign(new Error(sendError), { code: sendError }));
      const decoded = decode(bytes);
      if (!decoded.ok || decoded.message.class !== 'request') throw new Error('not a request');
      const { transactionId } = decoded.message;
      const index = sent.length;
      sent.push({ at: performance.now(), transactionId });
      const delay = answer(index);
      if (delay !== null) setTimeout(() => deliver(successFor(transactionId)), delay);
      return Promise.resolve();
    },
    onDatagram: (listener) => (deliver = listener),
    onError: () => {},
    close: () => {},
  };
  return { channel, sent, deliver: (bytes: Uint8Array) => deliver(bytes) };
}

const successFor = (transactionId: Uint8Array) =>
  encode({
    class: 'success',
    method: METHOD_BINDING,
    transactionId,
    attributes: [{ type: 'xor-mapped-address', family: 4, address: '192.0.2.7', port: 7 }],
  });

async function burstOf(
  channel: DatagramChannel,
  durationMs: number,
  extra: { signal?: AbortSignal; onProgress?: (s: BurstSnapshot) => void } = {},
): Promise<{ result: BurstResult; endedAt: number }> {
  const start = performance.now();
  let ended: { result: BurstResult; endedAt: number } | undefined;
  void runBurst(channel, {
    durationMs,
    signal: extra.signal ?? new AbortController().signal,
    ...(extra.onProgress && { onProgress: extra.onProgress }),
  }).then((result) => (ended = { result, endedAt: performance.now() - start }));
  await vi.advanceTimersByTimeAsync(durationMs + 5000);
  if (!ended) throw new Error('the burst did not end');
  return ended;
}

describe('runBurst', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'],
    });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends one request every 20 ms for the burst and ends with the last answer', async () => {
    const peer = fakePeer(() => 5);
    const start = performance.now();
    const { result, endedAt } = await burstOf(peer.channel, 1000);
    // 1000 ms / 20 ms = 50 requests, at 0, 20, ... 980 ms, each with an id of its own.
    expect(peer.sent.map((s) => s.at - start)).toEqual(
      Array.from({ length: 50 }, (_, i) => 20 * i),
    );
    expect(new Set(peer.sent.map((s) => Buffer.from(s.transactionId).toString('hex'))).size).toBe(
      50,
    );
    expect(result.kind).toBe('done');
    expect(result.snapshot.roundTrips).toEqual(Array(50).fill(5));
    expect(result.snapshot).toMatchObject({
      pending: 0,
      skipped: 0,
      intervalMs: 20,
      durationMs: 1000,
    });
    // The last request went at 980 ms and its answer came 5 ms later.
    expect(endedAt).toBe(985);
  });

  it('waits 1 s after the last send for answers that never come, then counts them lost', async () => {
    // Every fifth request goes unanswered; one answer comes 900 ms late (still counted).
    const peer = fakePeer((i) => (i % 5 === 4 ? null : i === 48 ? 900 : 3));
    const { result, endedAt } = await burstOf(peer.channel, 1000);
    expect(endedAt).toBe(980 + 1000);
    const { roundTrips } = result.snapshot;
    expect(roundTrips.filter((r) => r === null)).toHaveLength(10);
    expect(roundTrips[4]).toBeNull();
    expect(roundTrips[48]).toBe(900);
  });

  it('an answer after a later request’s answer counts as reordered', async () => {
    // Request 1's answer takes 50 ms: the answers to 2 and 3 (3 ms each) come before it.
    const peer = fakePeer((i) => (i === 1 ? 50 : 3));
    const { result } = await burstOf(peer.channel, 200);
    expect(result.snapshot.arrivals).toEqual([0, 2, 3, 1, 4, 5, 6, 7, 8, 9]);
    expect(result.snapshot.roundTrips[1]).toBe(50);
  });

  it('keeps at most 10 requests awaited: a silent server gets 10, then one per expired RTO', async () => {
    // No answer, so the RTO stays at RFC 8489's 500 ms: requests at 0..180 ms (10), then the
    // slots from 200 to 480 ms are skipped; from 500 ms each slot's oldest request has expired
    // and one more goes, up to 680 ms, when the ten sent since 500 ms are awaited again.
    const peer = fakePeer(() => null);
    const start = performance.now();
    const { result } = await burstOf(peer.channel, 1000);
    const sentAt = peer.sent.map((s) => s.at - start);
    const tens = (from: number) => Array.from({ length: 10 }, (_, i) => from + 20 * i);
    expect(sentAt).toEqual([...tens(0), ...tens(500)]);
    expect(result.snapshot.skipped).toBe(30);
  });

  it('ignores answers to other transactions, duplicates and bytes that are not STUN', async () => {
    const peer = fakePeer((i) => (i === 0 ? 10 : null));
    const start = performance.now();
    let result: BurstResult | undefined;
    void runBurst(peer.channel, { durationMs: 40, signal: new AbortController().signal }).then(
      (r) => (result = r),
    );
    await vi.advanceTimersByTimeAsync(5);
    peer.deliver(successFor(new Uint8Array(12).fill(9)));
    peer.deliver(Buffer.from('not stun'));
    await vi.advanceTimersByTimeAsync(10);
    peer.deliver(successFor(peer.sent[0]!.transactionId));
    await vi.advanceTimersByTimeAsync(2000);
    expect(performance.now() - start).toBeGreaterThan(1000);
    expect(result?.snapshot.roundTrips).toEqual([10, null]);
    expect(result?.snapshot.arrivals).toEqual([0]);
  });

  it('reports progress about every 250 ms with the series so far', async () => {
    const peer = fakePeer(() => 15);
    const seen: BurstSnapshot[] = [];
    await burstOf(peer.channel, 1000, { onProgress: (s) => seen.push(s) });
    // At 250, 500 and 750 ms: 13, 25 and 38 requests sent (the one at 0 ms included; at
    // 500 ms the report, set up first, comes before that moment's send).
    expect(seen.map((s) => s.roundTrips.length)).toEqual([13, 25, 38]);
    expect(seen[0]!.roundTrips).toEqual([...Array(12).fill(15), null]);
    // The one sent at 240 ms is awaited at 250 ms (its answer is due at 255), not lost.
    expect(seen[0]!.pending).toBe(1);
  });

  it('stops on abort with what it has', async () => {
    const controller = new AbortController();
    const peer = fakePeer(() => 2);
    setTimeout(() => controller.abort(), 101);
    const { result, endedAt } = await burstOf(peer.channel, 3000, { signal: controller.signal });
    expect(result.kind).toBe('aborted');
    expect(endedAt).toBe(101);
    // Requests at 0 to 100 ms; the last one's answer was due at 102 ms.
    expect(result.snapshot.roundTrips).toEqual([2, 2, 2, 2, 2, null]);
  });

  it('stops at a failed send (a local firewall) and counts nothing for it', async () => {
    const peer = fakePeer(() => 2, 'EPERM');
    const { result } = await burstOf(peer.channel, 1000);
    expect(result).toMatchObject({ kind: 'socket-error', code: 'EPERM' });
    expect(result.snapshot.roundTrips).toEqual([]);
  });
});
