// holdFor: how long a block's connections wait for its live address (runner.ts).
import { createSocket } from 'node:dgram';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { holdFor } from '../../../main/engine/live-hosts';

const busyFor = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('holdFor', () => {
  it('counts its time from `from`, not from its creation', async () => {
    let go = () => {};
    const from = new Promise<void>((resolve) => (go = resolve));
    const created = performance.now();
    const hold = holdFor(30, new AbortController().signal, from);
    await new Promise((resolve) => setTimeout(resolve, 60));
    const released = performance.now();
    go();
    expect(await hold).toBeNull();
    expect(performance.now() - released).toBeGreaterThanOrEqual(29);
    expect(performance.now() - created).toBeGreaterThanOrEqual(89);
  });

  it('ends at once when the run aborts or end() is called', async () => {
    const run = new AbortController();
    const aborted = holdFor(60_000, run.signal);
    run.abort();
    expect(await aborted).toBeNull();
    const ended = holdFor(60_000, new AbortController().signal);
    ended.end();
    expect(await ended).toBeNull();
  });

  it('lets an answer that arrived in time be read before it gives up on a busy loop', async () => {
    const socket = createSocket('udp4');
    try {
      socket.bind(0, '127.0.0.1');
      await once(socket, 'listening');
      const answer = once(socket, 'message').then(() => 'answer' as const);
      const hold = holdFor(10, new AbortController().signal);
      // In a check phase (setImmediate): the datagram goes out and the loop stands still past
      // the hold's time. When it turns again, its timers run before it polls for the datagram.
      await new Promise<void>((resolve) =>
        setImmediate(() => {
          socket.send('x', socket.address().port, '127.0.0.1');
          busyFor(40);
          resolve();
        }),
      );
      expect(await Promise.race([answer, hold.then(() => 'hold' as const)])).toBe('answer');
    } finally {
      socket.close();
    }
  });
});
