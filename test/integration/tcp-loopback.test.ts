// The tcp probe against real sockets on 127.0.0.1.
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeDetailSchema } from '../../common/results/schema';
import { tcpProbe } from '../../main/engine/probes/tcp';
import { closedLoopbackPort, listenOnLoopback, type Listening } from '../support/loopback-server';
import { loopbackContext, probeTask } from '../support/probe-task';

describe('tcp probe on loopback', () => {
  let server: Listening;

  beforeAll(async () => {
    server = await listenOnLoopback(createServer());
  });
  afterAll(() => server.close());

  it('reports reply when the connection opens, and closes it', async () => {
    const before = performance.now();
    const result = await tcpProbe(probeTask('tcp', '127.0.0.1', server.port), loopbackContext());
    const wall = performance.now() - before;
    expect(result.outcome).toBe('reply');
    expect(result.status).toBeUndefined();
    expect(result.address).toBe('127.0.0.1');
    // The round trip is a whole number of milliseconds within the probe's own duration.
    expect(Number.isInteger(result.rttMs)).toBe(true);
    expect(result.rttMs!).toBeLessThanOrEqual(Math.ceil(wall));
    expect(result.detail.message).toBe(
      `answered in ${result.rttMs} ms by 127.0.0.1 port ${server.port}`,
    );
    await expect.poll(() => server.accepted.at(-1)?.closed).toBe(true);
  });

  it('times the connection only, not the name lookup before it', async () => {
    const LOOKUP_MS = 300;
    const slowResolve = async () => {
      await new Promise((resolve) => setTimeout(resolve, LOOKUP_MS));
      return { ok: true as const, addresses: ['127.0.0.1'] };
    };
    const before = performance.now();
    const result = await tcpProbe(
      probeTask('tcp', 'slow-dns.test', server.port),
      loopbackContext({ resolve: slowResolve }),
    );
    expect(performance.now() - before).toBeGreaterThanOrEqual(LOOKUP_MS - 5);
    expect(result.outcome).toBe('reply');
    // A loopback connect takes well under the lookup's 300 ms; counting the lookup would not.
    expect(result.rttMs!).toBeLessThan(LOOKUP_MS / 2);
  });

  it('reports refused on a closed port', async () => {
    const port = await closedLoopbackPort();
    const result = await tcpProbe(probeTask('tcp', '127.0.0.1', port), loopbackContext());
    expect(result.outcome).toBe('refused');
    expect(result.detail.errorCode).toBe('ECONNREFUSED');
    expect(result.detail.message).toBe(
      `127.0.0.1 port ${port} refused the connection: nothing listens there, or a firewall rejects it`,
    );
  });

  describe('expectInside (guide section 4: Apple push hosts live in 17.0.0.0/8)', () => {
    const resolveToLoopback = async () => ({ ok: true as const, addresses: ['127.0.0.1'] });

    it('warns when the name resolves outside the block, naming DNS interception', async () => {
      const task = probeTask('tcp', 'courier.push.apple.test', server.port, {
        expectInside: '17.0.0.0/8',
      });
      const result = await tcpProbe(task, loopbackContext({ resolve: resolveToLoopback }));
      expect(result.outcome).toBe('reply');
      expect(result.status).toBe('warn');
      expect(result.detail.insideExpectedBlock).toBe(false);
      expect(result.detail.resolvedAddresses).toEqual(['127.0.0.1']);
      expect(result.detail.message).toContain('outside 17.0.0.0/8: likely DNS interception');
      expect(probeDetailSchema.parse(result.detail)).toEqual(result.detail);
    });

    it('passes when every address lies inside the block', async () => {
      const task = probeTask('tcp', 'courier.push.apple.test', server.port, {
        expectInside: '127.0.0.0/8',
      });
      const result = await tcpProbe(task, loopbackContext({ resolve: resolveToLoopback }));
      expect(result.outcome).toBe('reply');
      expect(result.status).toBeUndefined();
      expect(result.detail.insideExpectedBlock).toBe(true);
    });
  });

  it('reports dns-fail with the resolver error code', async () => {
    const result = await tcpProbe(
      probeTask('tcp', 'nowhere.test', 443),
      loopbackContext({
        resolve: async () => ({
          ok: false,
          errorCode: 'EAI_AGAIN',
          message: 'no DNS server answered',
        }),
      }),
    );
    expect(result).toMatchObject({
      outcome: 'dns-fail',
      address: null,
      detail: { errorCode: 'EAI_AGAIN' },
    });
  });
});
