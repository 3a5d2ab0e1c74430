// The `udp-sample` probe on this machine's 127.0.0.1: a real coturn whose aux servers are the
// two ends of the sampled range, and a peer answering garbage (tiny ranges, so that no other
// local service is hit).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeDetailSchema } from '../../common/results/schema';
import type { ProbeTask } from '../../main/engine/probe-types';
import { udpSampleProbe } from '../../main/engine/probes/udp-sample';
import { loopbackContext } from '../support/probe-task';
import { startCoturn, type Coturn } from '../support/coturn';
import { closedUdpPort, freeUdpPortIn, garbageUdpPeer } from '../support/udp-servers';
import { needs } from '../support/tools';

const sampleTask = (range: string): ProbeTask => ({
  probe: {
    id: 'TEST#udp-sample',
    rowId: 'TEST',
    kind: 'udp-sample',
    transport: 'udp',
    targets: [{ target: '127.0.0.1' }],
    ports: range,
    expectsReply: false,
  },
  target: { target: '127.0.0.1' },
  host: '127.0.0.1',
  port: range,
});

describe('udp-sample probe against coturn on loopback', needs('turnserver'), () => {
  let coturn: Coturn;
  let range = '';
  beforeAll(async () => {
    let low = 0;
    for (let tries = 0; tries < 20 && !range; tries++) {
      low = await freeUdpPortIn(15000, 64999);
      const high = await freeUdpPortIn(low + 1, low + 1).catch(() => 0);
      if (high) range = `${low}-${high}`;
    }
    coturn = await startCoturn({ port: await closedUdpPort(), auxPorts: [low, low + 1] });
  });
  afterAll(async () => {
    await coturn?.stop();
  });

  it("both aux ports of coturn answer: reply, pass, this computer's address seen", async () => {
    const result = await udpSampleProbe(sampleTask(range), loopbackContext());
    expect(result.outcome).toBe('reply');
    expect(result.status).toBe('pass');
    expect(result.address).toBe('127.0.0.1');
    expect(result.rttMs).toBeTypeOf('number');
    expect(result.detail.udpSample).toMatchObject({
      answered: 2,
      reflector: false,
      answeredRanges: [range],
      silentRanges: [],
    });
    expect(result.detail.udpSample?.ports.map((p) => p.outcome)).toEqual(['reply', 'reply']);
    // The detail is what the result document publishes: it must pass the strict schema.
    expect(() => probeDetailSchema.parse(result.detail)).not.toThrow();
  });
});

describe('udp-sample probe against a peer answering garbage', () => {
  it('malformed: something answered, so UDP gets through, but it is not STUN (warn)', async () => {
    const peer = await garbageUdpPeer();
    try {
      const result = await udpSampleProbe(
        sampleTask(`${peer.port}-${peer.port}`),
        loopbackContext(),
      );
      expect(result.outcome).toBe('malformed');
      expect(result.status).toBe('warn');
      expect(result.detail.message).toContain('not STUN');
      expect(() => probeDetailSchema.parse(result.detail)).not.toThrow();
    } finally {
      await peer.close();
    }
  });
});
