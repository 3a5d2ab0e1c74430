// The RFC 8489 §6.2.1 transaction over a fake channel, on fake timers (no wall clock).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decode, encode, METHOD_BINDING } from '../../../../main/engine/stun/codec';
import { runBindingTransaction } from '../../../../main/engine/stun/transaction';
import type { DatagramChannel } from '../../../../main/engine/stun/udp-adapter';

interface FakeChannel extends DatagramChannel {
  sentAt: number[];
  sent: Uint8Array[];
  deliver(bytes: Uint8Array): void;
  fail(code: string): void;
}

function fakeChannel(sendError?: string): FakeChannel {
  let onDatagram: (bytes: Uint8Array) => void = () => {};
  let onError: (error: NodeJS.ErrnoException) => void = () => {};
  const channel: FakeChannel = {
    sentAt: [],
    sent: [],
    send: (bytes) => {
      channel.sentAt.push(performance.now());
      channel.sent.push(bytes);
      return sendError
        ? Promise.reject(Object.assign(new Error(sendError), { code: sendError }))
        : Promise.resolve();
    },
    onDatagram: (listener) => (onDatagram = listener),
    onError: (listener) => (onError = listener),
    close: () => {},
    deliver: (bytes) => onDatagram(bytes),
    fail: (code) => onError(Object.assign(new Error(code), { code })),
  };
  return channel;
}

const successFor = (request: Uint8Array, transactionId?: Uint8Array) => {
  const decoded = decode(request);
  if (!decoded.ok) throw new Error('the transaction sent something that is not STUN');
  return encode({
    class: 'success',
    method: METHOD_BINDING,
    transactionId: transactionId ?? decoded.message.transactionId,
    attributes: [{ type: 'xor-mapped-address', family: 4, address: '192.0.2.7', port: 7 }],
  });
};

describe('runBindingTransaction', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('retransmits at 0, 0.5, 1.5, 3.5, 7.5, 15.5 and 31.5 s, then gives up Rm·RTO later (39.5 s)', async () => {
    const channel = fakeChannel();
    const start = performance.now();
    let result: unknown;
    void runBindingTransaction(channel, {
      budgetMs: 60_000,
      signal: new AbortController().signal,
    }).then((r) => (result = r));
    await vi.advanceTimersByTimeAsync(39_499);
    expect(result).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(channel.sentAt.map((t) => t - start)).toEqual([0, 500, 1500, 3500, 7500, 15500, 31500]);
    expect(result).toEqual({ kind: 'timeout', transmissions: 7 });
    // Every copy is the same request (same transaction id).
    expect(new Set(channel.sent.map((b) => Buffer.from(b).toString('hex'))).size).toBe(1);
  });

  it('stops at the attempt budget', async () => {
    const channel = fakeChannel();
    const pending = runBindingTransaction(channel, {
      budgetMs: 3000,
      signal: new AbortController().signal,
    });
    await vi.advanceTimersByTimeAsync(3000);
    expect(await pending).toEqual({ kind: 'timeout', transmissions: 3 });
  });

  it('stops on abort', async () => {
    const controller = new AbortController();
    const pending = runBindingTransaction(fakeChannel(), {
      budgetMs: 3000,
      signal: controller.signal,
    });
    await vi.advanceTimersByTimeAsync(600);
    controller.abort();
    expect(await pending).toEqual({ kind: 'aborted', transmissions: 2 });
  });

  it('ignores answers to other transactions, and times the matching one', async () => {
    const channel = fakeChannel();
    const pending = runBindingTransaction(channel, {
      budgetMs: 3000,
      signal: new AbortController().signal,
    });
    await vi.advanceTimersByTimeAsync(100);
    channel.deliver(successFor(channel.sent[0]!, new Uint8Array(12).fill(9)));
    await vi.advanceTimersByTimeAsync(20);
    channel.deliver(successFor(channel.sent[0]!));
    const result = await pending;
    expect(result).toMatchObject({ kind: 'answer', rttMs: 120, transmissions: 1 });
  });

  it('garbage from the server is malformed', async () => {
    const channel = fakeChannel();
    const pending = runBindingTransaction(channel, {
      budgetMs: 3000,
      signal: new AbortController().signal,
    });
    await vi.advanceTimersByTimeAsync(10);
    channel.deliver(Buffer.from('not stun at all, not at all'));
    expect(await pending).toMatchObject({ kind: 'malformed', transmissions: 1 });
  });

  it('a failed send (EPERM) wins over the ICMP error a later read reports', async () => {
    const channel = fakeChannel('EPERM');
    const pending = runBindingTransaction(channel, {
      budgetMs: 3000,
      signal: new AbortController().signal,
    });
    channel.fail('ECONNREFUSED');
    expect(await pending).toEqual({
      kind: 'socket-error',
      code: 'EPERM',
      during: 'send',
      transmissions: 1,
    });
  });

  it('an ICMP port unreachable read after a good send is reported', async () => {
    const channel = fakeChannel();
    const pending = runBindingTransaction(channel, {
      budgetMs: 3000,
      signal: new AbortController().signal,
    });
    await vi.advanceTimersByTimeAsync(1);
    channel.fail('ECONNREFUSED');
    expect(await pending).toEqual({
      kind: 'socket-error',
      code: 'ECONNREFUSED',
      during: 'receive',
      transmissions: 1,
    });
  });

  describe('pacing (issue 12: the budget starts when the packet is sent)', () => {
    /** A pace whose first slot lies `waitMs` ahead; the later ones are free at once. */
    const heldBack = (waitMs: number) => {
      let calls = 0;
      return (notAfter?: number) => {
        calls += 1;
        const slot = performance.now() + (calls > 1 ? 0 : waitMs);
        return notAfter !== undefined && slot > notAfter ? null : slot;
      };
    };

    it('gives a request waiting 2 s for its slot its whole 3 s budget from the send', async () => {
      const channel = fakeChannel();
      const start = performance.now();
      let result: unknown;
      void runBindingTransaction(channel, {
        budgetMs: 3000,
        signal: new AbortController().signal,
        pace: heldBack(2000),
      }).then((r) => (result = r));
      await vi.advanceTimersByTimeAsync(4999);
      expect(result).toBeUndefined();
      await vi.advanceTimersByTimeAsync(1);
      expect(channel.sentAt.map((t) => t - start)).toEqual([2000, 2500, 3500]);
      expect(result).toEqual({ kind: 'timeout', transmissions: 3 });
    });

    it('times the answer from the send, not from the wait before it', async () => {
      const channel = fakeChannel();
      const pending = runBindingTransaction(channel, {
        budgetMs: 3000,
        signal: new AbortController().signal,
        pace: heldBack(700),
      });
      await vi.advanceTimersByTimeAsync(730);
      channel.deliver(successFor(channel.sent[0]!));
      expect(await pending).toMatchObject({ kind: 'answer', rttMs: 30, transmissions: 1 });
    });

    it('is not-sent when its slot comes after the latest send time, and sends nothing', async () => {
      const channel = fakeChannel();
      const result = await runBindingTransaction(channel, {
        budgetMs: 3000,
        signal: new AbortController().signal,
        pace: heldBack(2000),
        sendBy: performance.now() + 1000,
      });
      expect(result).toEqual({ kind: 'not-sent', transmissions: 0 });
      expect(channel.sent).toHaveLength(0);
    });

    it('is not-sent when the run stops before its slot', async () => {
      const waiting = new AbortController();
      const channel = fakeChannel();
      const pending = runBindingTransaction(channel, {
        budgetMs: 3000,
        signal: waiting.signal,
        pace: heldBack(2000),
      });
      await vi.advanceTimersByTimeAsync(1000);
      waiting.abort();
      expect(await pending).toEqual({ kind: 'not-sent', transmissions: 0 });
      expect(channel.sent).toHaveLength(0);
    });

    it('waits for the slot of each retransmission, and an end during that wait leaves nothing behind', async () => {
      // Another sender holds this host's slots: every retransmission's slot lies 200 ms ahead.
      const channel = fakeChannel();
      const start = performance.now();
      const waiting = new AbortController();
      const pending = runBindingTransaction(channel, {
        budgetMs: 3000,
        signal: waiting.signal,
        pace: () => performance.now() + 200,
      });
      // Slot at 200; RTO 500 → retransmission slot taken at 700, sent at 900.
      await vi.advanceTimersByTimeAsync(1000);
      expect(channel.sentAt.map((t) => t - start)).toEqual([200, 900]);
      // The next RTO (1 s) ends at 1900, its slot at 2100: stop the run at 2000, mid-wait.
      await vi.advanceTimersByTimeAsync(1000);
      waiting.abort();
      expect(await pending).toEqual({ kind: 'aborted', transmissions: 2 });
      expect(channel.sent).toHaveLength(2);
      expect(vi.getTimerCount()).toBe(0);
    });
  });
});
