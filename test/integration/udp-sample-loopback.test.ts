// The `udp-sample` probe against a real coturn on this machine's 127.0.0.1, whose aux servers
// are the two ends of the sampled range (a two-port range, so no other local service is hit).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProbeTask } from '../../main/engine/probe-types';
import { udpSampleProbe } from '../../main/engine/probes/udp-sample';
import { loopbackContext } from '../support/probe-task';
import { hasCoturn, startCoturn, type Coturn } from '../support/coturn';
import { closedUdpPort, freeUdpPortIn } from '../support/udp-servers';

describe.skipIf(!hasCoturn() && !process.env.CI)('udp-sample probe on loopback', () => {
  let coturn: Coturn;
  let range: string;
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
    const task: ProbeTask = {
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
    };
    const result = await udpSampleProbe(task, loopbackContext());
    expect(result.outcome).toBe('reply');
    expect(result.status).toBe('pass');
    expect(result.address).toBe('127.0.0.1');
    expect(result.detail.udpSample).toMatchObject({
      answered: 2,
      reflector: false,
      answeredRanges: [range],
      silentRanges: [],
    });
    expect(result.detail.udpSample?.ports.map((p) => p.outcome)).toEqual(['reply', 'reply']);
  });
});
