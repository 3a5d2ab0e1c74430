// The `call-quality` probe (X.1) against real sockets on 127.0.0.1: a real coturn (a clean
// path), a STUN peer that drops and holds chosen requests (ground truth: what it did, by
// send index), and a silent peer. Each burst is short: 50 requests in 1 s.
import { createSocket } from 'node:dgram';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeDetailSchema, type ProbeDetail } from '../../common/results/schema';
import { EXTRA_TEXT } from '../../common/i18n/en';
import { decode, encode, METHOD_BINDING } from '../../main/engine/stun/codec';
import { callQualityProbe } from '../../main/engine/probes/call-quality';
import type { ServerEndpoint } from '../../main/engine/probe-types';
import { loopbackContext, probeTask } from '../support/probe-task';
import { startCoturn, type Coturn } from '../support/coturn';
import { closedUdpPort, silentUdpPeer } from '../support/udp-servers';
import { needs } from '../support/tools';

function qualityTask(port: number) {
  const task = probeTask('call-quality', '127.0.0.1', port, {
    transport: 'udp',
    serversOf: ['2-2.1'],
  });
  const server: ServerEndpoint = {
    rowId: '2-2.1',
    probe: task.probe,
    address: '127.0.0.1',
    port,
    rttMs: 0.2,
  };
  return { ...task, servers: [server] };
}

async function measure(port: number, qualityMs = 1000, timeoutMs = 3000) {
  const progress: ProbeDetail[] = [];
  const started = performance.now();
  const result = await callQualityProbe(
    qualityTask(port),
    loopbackContext({ qualityMs, timeoutMs, progress: (detail) => progress.push(detail) }),
  );
  return { result, progress, tookMs: performance.now() - started };
}

/**
 * A STUN peer on 127.0.0.1 that answers the i-th request it receives after `delayOf(i)` ms,
 * or never when that is null.
 */
async function stunPeer(delayOf: (index: number) => number | null) {
  const socket = createSocket('udp4');
  let received = 0;
  socket.on('message', (bytes, from) => {
    const request = decode(bytes);
    if (!request.ok) return;
    const delay = delayOf(received++);
    if (delay === null) return;
    const answer = encode({
      class: 'success',
      method: METHOD_BINDING,
      transactionId: request.message.transactionId,
      attributes: [
        { type: 'xor-mapped-address', family: 4, address: from.address, port: from.port },
      ],
    });
    const send = () => socket.send(answer, from.port, from.address);
    if (delay === 0) send();
    else setTimeout(send, delay);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return {
    port: socket.address().port,
    received: () => received,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}

describe('call quality against a real coturn on loopback', needs('turnserver'), () => {
  let coturn: Coturn;
  beforeAll(async () => {
    coturn = await startCoturn({ port: await closedUdpPort() });
  });
  afterAll(async () => {
    await coturn?.stop();
  });

  it('a clean path passes: every request answered, in order, labelled an estimate', async () => {
    const { result, progress } = await measure(coturn.port);
    expect(result.outcome).toBe('reply');
    expect(result.status).toBe('pass');
    const quality = result.detail.quality!;
    expect(quality).toMatchObject({
      server: `127.0.0.1 port ${coturn.port}`,
      intervalMs: 20,
      durationMs: 1000,
      sent: 50,
      answered: 50,
      lossPct: 0,
      reordered: 0,
    });
    expect(quality.series).toHaveLength(50);
    // Every request answered; a loaded machine may stall one read, never the median.
    expect(quality.series.every((rtt) => rtt !== null)).toBe(true);
    expect(quality.rttMedianMs).toBeLessThan(10);
    expect(quality.mos).toBeGreaterThan(4.3);
    expect(result.detail.message).toMatch(new RegExp(`^${EXTRA_TEXT.qualityLabel}: `));
    expect(result.detail.message).toContain('within the limits for calls');
    expect(() => probeDetailSchema.parse(result.detail)).not.toThrow();
    // Progress about every 250 ms, each with the series so far (the app's chart).
    expect(progress.length).toBeGreaterThanOrEqual(2);
    const lengths = progress.map((p) => p.quality!.series.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    // The last report comes before the burst's end (its reports stop with it).
    expect(lengths.at(-1)).toBeLessThanOrEqual(50);
    expect(progress.at(-1)!.message).toMatch(
      /^round trip, estimate: \d+ of 50 requests sent so far$/,
    );
    for (const detail of progress) expect(() => probeDetailSchema.parse(detail)).not.toThrow();
  });
});

describe('call quality on loopback peers', () => {
  it('counts exactly the requests a peer dropped, and the answers it held past later ones', async () => {
    // The peer's own plan, by the order requests reach it: it drops every tenth from the
    // sixth (5, 15, 25, 35, 45) and holds the answer to every eighth from the third (2, 10,
    // 18, 26, 34, 42) 60 ms, three request intervals, so later answers overtake each of them.
    const dropped = [5, 15, 25, 35, 45];
    const held = [2, 10, 18, 26, 34, 42];
    const peer = await stunPeer((i) => (dropped.includes(i) ? null : held.includes(i) ? 60 : 0));
    try {
      const { result } = await measure(peer.port);
      expect(peer.received()).toBe(50);
      const quality = result.detail.quality!;
      expect(quality).toMatchObject({ sent: 50, answered: 45, lossPct: 10, reordered: 6 });
      const lost = quality.series.flatMap((rtt, i) => (rtt === null ? [i] : []));
      expect(lost).toEqual(dropped);
      // Held 60 ms (a timer may fire a fraction of a millisecond early).
      for (const i of held) expect(quality.series[i]).toBeGreaterThanOrEqual(59);
      // 10% lost is beyond M365's 5%: fail, and the message says why.
      expect(result.status).toBe('fail');
      expect(result.detail.message).toContain('10% lost (5 of 50)');
      expect(result.detail.message).toContain('6 out of order');
      expect(result.detail.message).toContain('calls may stutter: loss over 5%');
    } finally {
      await peer.close();
    }
  });

  it('a peer that never answers fails with no answer, 1 s after the last send', async () => {
    const peer = await silentUdpPeer();
    try {
      const { result, tookMs } = await measure(peer.port, 200);
      expect(peer.received).toBe(10);
      expect(result.outcome).toBe('timeout');
      expect(result.status).toBe('fail');
      expect(result.detail.quality).toMatchObject({ sent: 10, answered: 0, lossPct: 100 });
      expect(result.detail.quality!.series).toEqual(Array(10).fill(null));
      expect(result.detail.message).toContain('none of 10 requests');
      // The last request at 180 ms, then the 1 s grace (Node's timers may fire a fraction of
      // a millisecond early against performance.now()).
      expect(tookMs).toBeGreaterThanOrEqual(1175);
      expect(tookMs).toBeLessThan(1800);
    } finally {
      await peer.close();
    }
  });

  it('with a timeout under 1 s, the grace after the last send is one timeout', async () => {
    const peer = await silentUdpPeer();
    try {
      const { result, tookMs } = await measure(peer.port, 200, 400);
      expect(result.detail.message).toContain('within 0.4 s');
      // The last request at 180 ms, then 400 ms.
      expect(tookMs).toBeGreaterThanOrEqual(575);
      expect(tookMs).toBeLessThan(1100);
    } finally {
      await peer.close();
    }
  });
});
