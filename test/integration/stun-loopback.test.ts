// The `stun` probe against real sockets on 127.0.0.1: a real coturn, a closed port, a silent
// peer, a peer that answers garbage, and a peer that first answers another transaction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeDetailSchema } from '../../common/results/schema';
import { decode, encode, METHOD_BINDING } from '../../main/engine/stun/codec';
import { stunProbe } from '../../main/engine/probes/stun';
import { loopbackContext, probeTask } from '../support/probe-task';
import { startCoturn, type Coturn } from '../support/coturn';
import {
  answeringUdpPeer,
  closedUdpPort,
  garbageUdpPeer,
  silentUdpPeer,
} from '../support/udp-servers';
import { needs } from '../support/tools';
import { parseCidr } from '../../common/net/ipv4';

const stunTask = (port: number) => probeTask('stun', '127.0.0.1', port, { transport: 'udp' });

describe('stun probe on loopback', needs('turnserver'), () => {
  let coturn: Coturn;
  beforeAll(async () => {
    coturn = await startCoturn({ port: await closedUdpPort() });
  });
  afterAll(async () => {
    await coturn?.stop();
  });

  it('reply from a real coturn, with this computer as 127.0.0.1 and the server software', async () => {
    const result = await stunProbe(stunTask(coturn.port), loopbackContext());
    expect(result.outcome).toBe('reply');
    expect(result.address).toBe('127.0.0.1');
    expect(result.rttMs).toBeTypeOf('number');
    expect(result.detail.stun).toMatchObject({
      mappedAddress: '127.0.0.1',
      mappedPort: expect.any(Number),
      software: expect.stringMatching(/coturn/i),
      transmissions: 1,
    });
    expect(result.detail.message).toContain('seen as 127.0.0.1 port');
    expect(() => probeDetailSchema.parse(result.detail)).not.toThrow();
  });
});

describe(
  "stun probe on loopback: the server's own addresses (RFC 5780)",
  needs('turnserver'),
  () => {
    let coturn: Coturn;
    beforeAll(async () => {
      // Two listening addresses: coturn turns RFC 5780 on by itself, and names the second
      // (127.0.0.2, port + 1) as its OTHER-ADDRESS in every answer.
      coturn = await startCoturn({
        port: await closedUdpPort(),
        listeningIps: ['127.0.0.1', '127.0.0.2'],
      });
    });
    afterAll(async () => {
      await coturn?.stop();
    });

    it('records RESPONSE-ORIGIN and OTHER-ADDRESS, and names the one outside the listed ranges', async () => {
      const ctx = { ...loopbackContext(), listed: [parseCidr('127.0.0.1/32')!] };
      const result = await stunProbe(stunTask(coturn.port), ctx);
      expect(result.outcome).toBe('reply');
      expect(result.detail.stun).toMatchObject({
        responseOrigin: { address: '127.0.0.1', port: coturn.port },
        otherAddress: { address: '127.0.0.2', port: coturn.port + 1 },
        unlisted: ['127.0.0.2'],
      });
      expect(() => probeDetailSchema.parse(result.detail)).not.toThrow();
    });

    it('names none when both lie inside a listed block, or when nothing is listed to judge by', async () => {
      const inside = await stunProbe(stunTask(coturn.port), {
        ...loopbackContext(),
        listed: [parseCidr('127.0.0.0/30')!],
      });
      expect(inside.detail.stun?.otherAddress?.address).toBe('127.0.0.2');
      expect(inside.detail.stun).not.toHaveProperty('unlisted');
      const unjudged = await stunProbe(stunTask(coturn.port), loopbackContext());
      expect(unjudged.detail.stun).not.toHaveProperty('unlisted');
    });
  },
);

describe('stun probe outcomes on loopback', () => {
  it('refused: nothing listens, the kernel answers ICMP port unreachable', async () => {
    const result = await stunProbe(stunTask(await closedUdpPort()), loopbackContext());
    expect(result.outcome).toBe('refused');
    expect(result.detail.errorCode).toBe('ECONNREFUSED');
    expect(result.detail.message).toContain('port unreachable');
  });

  it('timeout: a peer that never answers gets the RFC 8489 retransmissions within the budget', async () => {
    const peer = await silentUdpPeer();
    try {
      // Budget 2 s: transmissions at 0, 500 and 1500 ms (RTO 500 ms, doubling); the 4th would be at 3.5 s.
      const result = await stunProbe(stunTask(peer.port), loopbackContext({ timeoutMs: 2000 }));
      expect(result.outcome).toBe('timeout');
      expect(result.detail.stun?.transmissions).toBe(3);
      expect(peer.received).toBe(3);
      expect(result.detail.message).toContain('3 requests sent');
    } finally {
      await peer.close();
    }
  });

  it('malformed: a peer answering something that is not STUN', async () => {
    const peer = await garbageUdpPeer();
    try {
      const result = await stunProbe(stunTask(peer.port), loopbackContext());
      expect(result.outcome).toBe('malformed');
      expect(result.detail.message).toContain('not STUN');
    } finally {
      await peer.close();
    }
  });

  it('ignores an answer to another transaction and takes the one that matches', async () => {
    const peer = await answeringUdpPeer((bytes) => {
      const request = decode(bytes);
      if (!request.ok) return null;
      const answer = (transactionId: Uint8Array, address: string) =>
        encode({
          class: 'success',
          method: METHOD_BINDING,
          transactionId,
          attributes: [{ type: 'xor-mapped-address', family: 4, address, port: 5 }],
        });
      // First a stray answer to some other transaction, then the real one: one datagram each.
      return peer.received === 1
        ? Buffer.from(answer(new Uint8Array(12).fill(7), '198.51.100.1'))
        : Buffer.from(answer(request.message.transactionId, '203.0.113.9'));
    });
    try {
      const result = await stunProbe(stunTask(peer.port), loopbackContext({ timeoutMs: 3000 }));
      expect(result.outcome).toBe('reply');
      expect(result.detail.stun).toMatchObject({
        mappedAddress: '203.0.113.9',
        mappedPort: 5,
        transmissions: 2,
      });
    } finally {
      await peer.close();
    }
  });

  it('stops when the run is cancelled', async () => {
    const peer = await silentUdpPeer();
    const controller = new AbortController();
    try {
      const pending = stunProbe(
        stunTask(peer.port),
        loopbackContext({ timeoutMs: 30_000, signal: controller.signal }),
      );
      setTimeout(() => controller.abort(), 50);
      const result = await pending;
      expect(result.outcome).toBe('timeout');
      expect(result.detail.stun?.transmissions).toBe(1);
    } finally {
      await peer.close();
    }
  });
});
