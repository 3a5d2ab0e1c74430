// The `sip-alg` executor (X.3) against a real kamailio on loopback: no NAT there, so the TLS
// control comes back without `received` and the comparison cannot tell (the lab's NAT
// namespace, test/lab/nat-alg.test.ts, proves the ALG and no-ALG findings); a plain port
// that refuses and a server list without a common address cannot tell either.
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTRA_TEXT } from '../../common/i18n/en';
import { probeDetailSchema } from '../../common/results/schema';
import type { ServerEndpoint } from '../../main/engine/probe-types';
import { sipAlgProbe } from '../../main/engine/probes/sip-alg';
import { startKamailio, type Kamailio } from '../support/kamailio';
import { closedLoopbackPort, listenOnLoopback } from '../support/loopback-server';
import { loopbackContext, probeTask } from '../support/probe-task';
import { needs } from '../support/tools';

const plainProbe = probeTask('sip-options', '127.0.0.1', 5060).probe;
const secureProbe = probeTask('sip-options', '127.0.0.1', 5061, {
  secure: true,
  sni: 'sip.test',
}).probe;

const endpoint = (rowId: string, address: string, port: number): ServerEndpoint => ({
  rowId,
  probe: rowId === '2-2.3' ? secureProbe : plainProbe,
  address,
  port,
  rttMs: 1,
});

const task = (servers: ServerEndpoint[]) => ({
  ...probeTask('sip-alg', '127.0.0.1', 5060, { serversOf: ['2-2.2', '2-2.3'] }),
  servers,
});

describe('sip-alg against kamailio on loopback', needs('kamailio', 'openssl'), () => {
  let kamailio: Kamailio;
  beforeAll(async () => {
    kamailio = await startKamailio();
  });
  afterAll(async () => {
    await kamailio?.stop();
  });

  it('no NAT: both answers without received, so could not tell (unverified)', async () => {
    const result = await sipAlgProbe(
      task([
        endpoint('2-2.2', '127.0.0.1', kamailio.tcpPort),
        endpoint('2-2.3', '127.0.0.1', kamailio.tlsPort),
      ]),
      loopbackContext(),
    );
    expect(result.detail.sipAlg).toMatchObject({
      finding: 'could-not-tell',
      plain: { status: 200, received: null, rport: null, headersIntact: true },
      control: { status: 200, received: null, rport: null, headersIntact: true },
    });
    expect(result.status).toBe('unverified');
    expect(result.outcome).toBe('reply');
    expect(result.address).toBe('127.0.0.1');
    expect(() => probeDetailSchema.parse(result.detail)).not.toThrow();
  });

  it('nothing listens on the plain port: could not tell, and the refusal is the outcome', async () => {
    const result = await sipAlgProbe(
      task([
        endpoint('2-2.2', '127.0.0.1', await closedLoopbackPort()),
        endpoint('2-2.3', '127.0.0.1', kamailio.tlsPort),
      ]),
      loopbackContext(),
    );
    expect(result.detail.sipAlg?.finding).toBe('could-not-tell');
    expect(result.detail.sipAlg?.plain.status).toBeNull();
    expect(result.detail.sipAlg?.control.status).toBe(200);
    expect(result.outcome).toBe('refused');
    expect(result.status).toBe('unverified');
  });

  it('stopped while the plain port says nothing: "stopped", not "no final answer within 3 s"', async () => {
    // A listener that accepts and never answers: the plain leg is still waiting at the cancel.
    const silent = await listenOnLoopback(createServer());
    const cancel = new AbortController();
    try {
      const started = performance.now();
      setTimeout(() => cancel.abort(), 300);
      const result = await sipAlgProbe(
        task([
          endpoint('2-2.2', '127.0.0.1', silent.port),
          endpoint('2-2.3', '127.0.0.1', kamailio.tlsPort),
        ]),
        loopbackContext({ signal: cancel.signal }),
      );
      expect(performance.now() - started).toBeLessThan(2000);
      expect(result).toMatchObject({
        outcome: 'timeout',
        status: 'unverified',
        detail: { message: EXTRA_TEXT.stopped },
      });
      // What the control leg found stays with it.
      expect(result.detail.sipAlg?.control.status).toBe(200);
    } finally {
      await silent.close();
    }
  });
});

describe('sip-alg without a server that answered both rows', () => {
  it('sends nothing and says it could not tell', async () => {
    const result = await sipAlgProbe(
      task([endpoint('2-2.2', '127.0.0.1', 5060), endpoint('2-2.3', '127.0.0.2', 5061)]),
      loopbackContext(),
    );
    expect(result.outcome).toBe('not-sent');
    expect(result.status).toBe('unverified');
    expect(result.detail.message).toContain('2-2.2 and 2-2.3');
  });
});
