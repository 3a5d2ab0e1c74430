// The sip-options probe against a real kamailio on loopback: TCP 5060-style, TLS 1.2+
// 5061-style, a 404 that still proves the path, and `refused` once kamailio is gone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeDetailSchema } from '../../common/results/schema';
import { sipOptionsProbe } from '../../main/engine/probes/sip-options';
import { startKamailio, type Kamailio } from '../support/kamailio';
import { loopbackContext, probeTask } from '../support/probe-task';
import { needs } from '../support/tools';

// In CI a missing kamailio is a failure (startKamailio throws), never a skip.
describe('sip-options against kamailio', needs('kamailio', 'openssl'), () => {
  let kamailio: Kamailio;
  beforeAll(async () => {
    kamailio = await startKamailio();
  });
  afterAll(async () => {
    await kamailio?.stop();
  });

  it('gets 200 OK over TCP, with received and rport in the Via and no NAT', async () => {
    const result = await sipOptionsProbe(
      probeTask('sip-options', '127.0.0.1', kamailio.tcpPort),
      loopbackContext(),
    );
    expect(result.outcome).toBe('reply');
    expect(result.address).toBe('127.0.0.1');
    expect(result.detail.sip).toMatchObject({
      status: 200,
      reason: 'OK',
      viaReceived: '127.0.0.1',
      natDetected: false,
    });
    expect(result.detail.sip?.viaRport).toBeGreaterThan(0);
    expect(result.detail.message).toMatch(/^SIP server answered 200 OK in \d+ ms\.$/);
    expect(result.detail.tls).toBeUndefined();
    expect(probeDetailSchema.safeParse(result.detail).success).toBe(true);
  });

  it('gets 200 OK over TLS 1.2 or newer, records the certificate and warns it is self-signed', async () => {
    const result = await sipOptionsProbe(
      probeTask('sip-options', '127.0.0.1', kamailio.tlsPort, {
        secure: true,
        minTlsVersion: 'TLSv1.2',
      }),
      loopbackContext(),
    );
    expect(result.outcome).toBe('reply');
    expect(result.detail.sip).toMatchObject({
      status: 200,
      viaReceived: '127.0.0.1',
      natDetected: false,
    });
    expect(['TLSv1.2', 'TLSv1.3']).toContain(result.detail.tls?.version);
    expect(result.detail.tls?.chain?.[0]?.subject).toBe('CN=sip.test');
    expect(result.detail.tls?.issuer).toBe('CN=sip.test');
    expect(result.detail.tls?.publiclyTrusted).toBe(false);
    // kamailio's certificate signs itself: not inspection, but worth a warning (issue 13).
    expect(result.status).toBe('warn');
    expect(result.detail.message).toMatch(
      /^SIP server answered 200 OK over TLS 1\.[23] in \d+ ms\. But the certificate comes from "CN=sip\.test", which signed its own certificate \(self-signed\): Onsight may refuse it\.$/,
    );
    expect(probeDetailSchema.safeParse(result.detail).success).toBe(true);
  });

  it('sends SNI when the profile names one', async () => {
    const result = await sipOptionsProbe(
      probeTask('sip-options', '127.0.0.1', kamailio.tlsPort, { secure: true, sni: 'sip.test' }),
      loopbackContext(),
    );
    expect(result.outcome).toBe('reply');
    expect(result.detail.tls?.sni).toBe('sip.test');
  });

  it('counts a 404 Not Found as a reply: the path is open', async () => {
    const result = await sipOptionsProbe(
      probeTask('sip-options', '127.0.0.1', kamailio.notFoundPort),
      loopbackContext(),
    );
    expect(result.outcome).toBe('reply');
    expect(result.detail.sip).toMatchObject({ status: 404, reason: 'Not Found' });
    expect(result.detail.message).toMatch(
      /^SIP server answered 404 Not Found in \d+ ms: the path is open, the server just does not know us\.$/,
    );
  });

  it('reports refused once kamailio has stopped', async () => {
    await kamailio.stop();
    for (const [port, secure] of [
      [kamailio.tcpPort, false],
      [kamailio.tlsPort, true],
    ] as const) {
      const result = await sipOptionsProbe(
        probeTask('sip-options', '127.0.0.1', port, { secure }),
        loopbackContext(),
      );
      expect(result.outcome).toBe('refused');
      expect(result.detail.errorCode).toBe('ECONNREFUSED');
      expect(result.detail.message).toContain(`127.0.0.1 port ${port} refused the connection`);
    }
  });
});
