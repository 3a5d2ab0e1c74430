// The `large-datagrams` probe (X.4) against real sockets on 127.0.0.1: a real coturn, which
// answers every padded size with a small success; a peer that drops what is over 1,400 bytes,
// as a path whose MTU is 1,400 does; and a peer that never answers, stopped by a cancel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeDetailSchema } from '../../common/results/schema';
import type { ServerEndpoint } from '../../main/engine/probe-types';
import { largeDatagramsProbe } from '../../main/engine/probes/large-datagrams';
import { startCoturn, type Coturn } from '../support/coturn';
import { loopbackContext, probeTask } from '../support/probe-task';
import { needs } from '../support/tools';
import { answeringUdpPeer, closedUdpPort, silentUdpPeer } from '../support/udp-servers';

const SIZES = [1200, 1472, 1600];

function largeTask(port: number) {
  const task = probeTask('large-datagrams', '127.0.0.1', port, {
    transport: 'udp',
    serversOf: ['2-2.1'],
    datagramSizes: SIZES,
  });
  const server: ServerEndpoint = {
    rowId: '2-2.1',
    probe: task.probe,
    address: '127.0.0.1',
    port,
    rttMs: 0.1,
  };
  return { ...task, servers: [server] };
}

/** A STUN success for `request`, by hand: type 0x0101, length 0, its cookie and transaction id. */
function bareSuccess(request: Buffer): Buffer {
  const answer = Buffer.alloc(20);
  request.copy(answer, 4, 4, 20);
  answer.writeUInt16BE(0x0101, 0);
  return answer;
}

describe('large-datagrams probe against a real coturn', needs('turnserver'), () => {
  let coturn: Coturn;
  beforeAll(async () => {
    coturn = await startCoturn({ port: await closedUdpPort() });
  });
  afterAll(async () => {
    await coturn?.stop();
  });

  it('pass: coturn answers 1200, 1472 and 1600 bytes, each with an answer under 200 bytes', async () => {
    const result = await largeDatagramsProbe(largeTask(coturn.port), loopbackContext());
    expect(result.status).toBe('pass');
    expect(result.outcome).toBe('reply');
    const detail = result.detail.largeDatagrams!;
    expect(detail.server).toBe(`127.0.0.1 port ${coturn.port}`);
    expect(detail.sizes.map((s) => [s.bytes, s.outcome, s.fragmented])).toEqual([
      [1200, 'reply', false],
      [1472, 'reply', false],
      [1600, 'reply', true],
    ]);
    // The filler is ignored, not echoed: only the request was large.
    for (const size of detail.sizes) expect(size.answerBytes).toBeLessThan(200);
    expect(result.detail.message).toBe(
      `UDP datagrams of 1,200, 1,472 and 1,600 bytes reached 127.0.0.1 port ${coturn.port} and were answered`,
    );
    expect(() => probeDetailSchema.parse(result.detail)).not.toThrow();
  });
});

describe('large-datagrams probe outcomes on loopback', () => {
  it('warn: a peer that drops datagrams over 1,400 bytes loses 1472 and 1600, each retransmitted', async () => {
    const seen: number[] = [];
    const peer = await answeringUdpPeer((bytes) => {
      seen.push(bytes.length);
      return bytes.length <= 1400 ? bareSuccess(bytes) : null;
    });
    try {
      // Budget 1 s: transmissions at 0 and 500 ms (RTO 500 ms), the third would be at 1.5 s.
      const result = await largeDatagramsProbe(
        largeTask(peer.port),
        loopbackContext({ timeoutMs: 1000 }),
      );
      // Ground truth from the peer: what it received, of which sizes, and what it answered.
      expect(seen.filter((n) => n === 1200)).toHaveLength(1);
      expect(seen.filter((n) => n === 1472)).toHaveLength(2);
      expect(seen.filter((n) => n === 1600)).toHaveLength(2);
      expect(result.status).toBe('warn');
      const sizes = result.detail.largeDatagrams!.sizes;
      expect(sizes.map((s) => [s.bytes, s.outcome, s.transmissions, s.answerBytes])).toEqual([
        [1200, 'reply', 1, 20],
        [1472, 'timeout', 2, null],
        [1600, 'timeout', 2, null],
      ]);
      expect(result.detail.message).toBe(
        'video may stall: this network drops large UDP packets (no answer to 1,472 bytes, which fit in one 1,500-byte packet: ' +
          "the path's MTU is smaller, or a firewall drops large packets; no answer to 1,600 bytes, more than one 1,500-byte " +
          `packet carries, so sent as IP fragments: this network drops fragments; 1,200 bytes reached 127.0.0.1 port ${peer.port})`,
      );
      expect(() => probeDetailSchema.parse(result.detail)).not.toThrow();
    } finally {
      await peer.close();
    }
  });

  it('warn: a peer that drops what a 1,500-byte packet cannot carry loses 1600 alone, as fragments', async () => {
    // 1600 + 28 bytes of IPv4 and UDP headers is over 1500; 1472 + 28 is exactly 1500.
    const peer = await answeringUdpPeer((bytes) =>
      bytes.length + 28 <= 1500 ? bareSuccess(bytes) : null,
    );
    try {
      const result = await largeDatagramsProbe(
        largeTask(peer.port),
        loopbackContext({ timeoutMs: 1000 }),
      );
      expect(result.status).toBe('warn');
      expect(result.detail.largeDatagrams!.sizes.map((s) => s.outcome)).toEqual([
        'reply',
        'reply',
        'timeout',
      ]);
      expect(result.detail.message).toBe(
        'video may stall: this network drops large UDP packets (no answer to 1,600 bytes, more than one 1,500-byte ' +
          `packet carries, so sent as IP fragments: this network drops fragments; 1,200 and 1,472 bytes reached 127.0.0.1 port ${peer.port})`,
      );
    } finally {
      await peer.close();
    }
  });

  it('unverified: stopped by a cancel before any answer, nothing counts as lost', async () => {
    const peer = await silentUdpPeer();
    const cancel = new AbortController();
    try {
      setTimeout(() => cancel.abort(), 100);
      const result = await largeDatagramsProbe(
        largeTask(peer.port),
        loopbackContext({ signal: cancel.signal }),
      );
      expect(peer.received).toBe(3);
      expect(result.status).toBe('unverified');
      expect(result.detail.largeDatagrams!.sizes.map((s) => s.outcome)).toEqual([
        'not-sent',
        'not-sent',
        'not-sent',
      ]);
      expect(result.detail.message).toBe(
        '1,200, 1,472 and 1,600 bytes not finished: the run was stopped',
      );
    } finally {
      await peer.close();
    }
  });
});
