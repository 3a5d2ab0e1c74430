// The tls probe against real TLS servers on 127.0.0.1, with certificates made at test time.
import { X509Certificate } from 'node:crypto';
import { createServer, type Server } from 'node:net';
import { connect as tlsConnect, createServer as createTlsServer } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needs } from '../support/tools';
import { connect as tcpConnect } from 'node:net';
import { probeDetailSchema } from '../../common/results/schema';
import { tlsProbe } from '../../main/engine/probes/tls';
import { tlsHandshake } from '../../main/engine/tls/handshake';
import { listenOnLoopback, type Listening } from '../support/loopback-server';
import { loopbackContext, probeTask } from '../support/probe-task';
import {
  CORPORATE_CA_ORG,
  createTlsFixtures,
  TEST_CA_ORG,
  TEST_HOST,
  type TlsFixtures,
} from '../support/tls-fixtures';

let fixtures: TlsFixtures;
const servers: Listening[] = [];
const start = async (server: Server) => {
  const listening = await listenOnLoopback(server);
  servers.push(listening);
  return listening;
};

beforeAll(() => {
  fixtures = createTlsFixtures();
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  fixtures?.remove();
});

const tlsTask = (port: number, settings = {}) =>
  probeTask('tls', '127.0.0.1', port, { sni: TEST_HOST, minTlsVersion: 'TLSv1.2', ...settings });
const trusted = (settings = {}) =>
  loopbackContext({ extraCa: [fixtures.testCa.cert], ...settings });

describe('tls probe: a genuine certificate', needs('openssl'), () => {
  let genuine: Listening;
  beforeAll(async () => {
    genuine = await start(createTlsServer({ key: fixtures.leaf.key, cert: fixtures.leaf.cert }));
  });

  it('reports reply with version, cipher and the chain up to the trusted root', async () => {
    const result = await tlsProbe(tlsTask(genuine.port), trusted());
    expect(result.outcome).toBe('reply');
    const tls = result.detail.tls!;
    expect(tls).toMatchObject({
      version: 'TLSv1.3',
      sni: TEST_HOST,
      publiclyTrusted: true,
      issuerOrganization: TEST_CA_ORG,
      fingerprint256: new X509Certificate(fixtures.leaf.cert).fingerprint256,
    });
    expect(tls.cipher).toMatch(/^TLS_/);
    expect(tls.chain!.map((c) => c.subject)).toEqual([
      `CN=${TEST_HOST}`,
      `CN=${TEST_CA_ORG} Root, O=${TEST_CA_ORG}`,
    ]);
    expect(result.detail.message).toMatch(
      /^TLS 1\.3 in \d+ ms with 127\.0\.0\.1 port \d+, certificate from .+: not inspected$/,
    );
  });

  it('reports the handshake as its round trip, not the name lookup before it', async () => {
    const LOOKUP_MS = 300;
    const slowResolve = async () => {
      await new Promise((resolve) => setTimeout(resolve, LOOKUP_MS));
      return { ok: true as const, addresses: ['127.0.0.1'] };
    };
    const before = performance.now();
    const result = await tlsProbe(
      probeTask('tls', 'slow-dns.test', genuine.port, { sni: TEST_HOST }),
      trusted({ resolve: slowResolve }),
    );
    expect(performance.now() - before).toBeGreaterThanOrEqual(LOOKUP_MS - 5);
    expect(result.outcome).toBe('reply');
    // The number the message gives for the handshake is the one reported.
    expect(result.detail.message).toContain(`in ${result.rttMs} ms with 127.0.0.1`);
    expect(result.rttMs!).toBeLessThan(LOOKUP_MS / 2);
  });

  it('runs the handshake over a socket the caller connected (as a proxy tunnel would be)', async () => {
    const socket = tcpConnect(genuine.port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const handshake = await tlsHandshake(socket, {
      servername: TEST_HOST,
      identity: TEST_HOST,
      minVersion: 'TLSv1.2',
      extraCa: [fixtures.testCa.cert],
      signal: new AbortController().signal,
      timeoutMs: 3000,
      where: 'the tunnel',
    });
    expect(handshake.ok).toBe(true);
    if (handshake.ok) {
      expect(handshake.analysis).toMatchObject({ chainValid: true, sni: TEST_HOST });
      expect(handshake.analysis.nameMismatch).toBeUndefined();
      // The chain in PEM, as a trust store would be asked about it: leaf first.
      const pem = handshake.analysis.chainPem!;
      expect(new X509Certificate(pem).fingerprint256).toBe(
        new X509Certificate(fixtures.leaf.cert).fingerprint256,
      );
      handshake.socket.destroy();
    }
  });

  it('checks an address against the certificate when there is no name to send', async () => {
    const result = await tlsProbe(tlsTask(genuine.port, { sni: undefined }), trusted());
    expect(result.outcome).toBe('reply');
    expect(result.detail.tls!.sni).toBeUndefined();
  });

  it('accepts an issuer named in expectedIssuers', async () => {
    const result = await tlsProbe(
      tlsTask(genuine.port, { expectedIssuers: [TEST_CA_ORG.toUpperCase()] }),
      trusted(),
    );
    expect(result.outcome).toBe('reply');
  });

  it('reports tls-intercepted for a valid chain from an issuer that is not expected', async () => {
    const result = await tlsProbe(
      tlsTask(genuine.port, { expectedIssuers: ['DigiCert Inc'] }),
      trusted(),
    );
    expect(result.outcome).toBe('tls-intercepted');
    expect(result.detail.message).toContain(`(${TEST_CA_ORG}), not from DigiCert Inc as expected`);
  });

  it('validates against the public roots only: a private root without --ca is not trusted', async () => {
    const result = await tlsProbe(tlsTask(genuine.port), loopbackContext());
    expect(result.outcome).toBe('tls-intercepted');
    expect(result.detail.tls!.publiclyTrusted).toBe(false);
  });
});

describe('tls probe: interception and failures', needs('openssl'), () => {
  it('reports tls-intercepted naming the corporate CA, its organisation and the leaf fingerprint', async () => {
    const proxy = await start(
      createTlsServer({
        key: fixtures.interceptedLeaf.key,
        cert: fixtures.interceptedLeaf.cert + fixtures.corporateCa.cert,
      }),
    );
    const result = await tlsProbe(tlsTask(proxy.port), trusted());
    const fingerprint = new X509Certificate(fixtures.interceptedLeaf.cert).fingerprint256;
    expect(result.outcome).toBe('tls-intercepted');
    expect(result.detail.tls).toMatchObject({
      publiclyTrusted: false,
      authorizationError: 'SELF_SIGNED_CERT_IN_CHAIN',
      issuer: `CN=${CORPORATE_CA_ORG} Root, O=${CORPORATE_CA_ORG}`,
      issuerOrganization: CORPORATE_CA_ORG,
      fingerprint256: fingerprint,
    });
    expect(probeDetailSchema.parse(result.detail)).toEqual(result.detail);
    expect(result.detail.message).toBe(
      `the certificate from 127.0.0.1 port ${proxy.port} comes from "CN=${CORPORATE_CA_ORG} Root, O=${CORPORATE_CA_ORG}" (${CORPORATE_CA_ORG}), which is a private root, not a public certificate authority: the connection is likely opened by SSL inspection. Certificate SHA-256 fingerprint: ${fingerprint}.`,
    );
  });

  it('reports tls-intercepted when the certificate is for another name', async () => {
    const other = await start(
      createTlsServer({ key: fixtures.otherNameLeaf.key, cert: fixtures.otherNameLeaf.cert }),
    );
    const result = await tlsProbe(tlsTask(other.port), trusted());
    expect(result.outcome).toBe('tls-intercepted');
    expect(result.detail.tls!.authorizationError).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
    expect(result.detail.message).toContain('(CN=other.test) is not valid for onsight.test');
  });

  it('reports tls-error when the server only speaks TLS 1.0 and the minimum is TLS 1.2', async () => {
    const legacy = await start(
      createTlsServer({
        key: fixtures.leaf.key,
        cert: fixtures.leaf.cert,
        minVersion: 'TLSv1',
        maxVersion: 'TLSv1',
        // OpenSSL 3 refuses TLS 1.0 at its default security level.
        ciphers: 'DEFAULT@SECLEVEL=0',
      }),
    );
    // The server is healthy: a client that allows TLS 1.0 gets a TLS 1.0 handshake.
    const protocol = await new Promise<string | null>((resolve, reject) => {
      const client = tlsConnect({
        host: '127.0.0.1',
        port: legacy.port,
        minVersion: 'TLSv1',
        ciphers: 'DEFAULT@SECLEVEL=0',
        rejectUnauthorized: false,
      });
      client.once('secureConnect', () => {
        resolve(client.getProtocol());
        client.destroy();
      });
      client.once('error', reject);
    });
    expect(protocol).toBe('TLSv1');

    const result = await tlsProbe(tlsTask(legacy.port), trusted());
    expect(result.outcome).toBe('tls-error');
    expect(result.detail.errorCode).toBe('ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION');
    expect(result.detail.message).toBe(
      `127.0.0.1 port ${legacy.port} does not offer TLS 1.2 or later: the TLS handshake failed on the protocol version`,
    );
  });

  it('reports tls-error when the peer is not a TLS server', async () => {
    const ssh = await start(createServer((socket) => socket.end('SSH-2.0-OpenSSH_9.6\r\n')));
    const result = await tlsProbe(tlsTask(ssh.port), trusted());
    expect(result.outcome).toBe('tls-error');
    expect(result.detail.message).toContain('answered, but not with TLS');
  });

  it('reports reset when the connection is reset on the ClientHello (an SNI-filtering IPS)', async () => {
    const ips = await start(
      createServer((socket) => socket.once('data', () => socket.resetAndDestroy())),
    );
    const result = await tlsProbe(tlsTask(ips.port), trusted());
    expect(result.outcome).toBe('reset');
    expect(result.detail.errorCode).toBe('ECONNRESET');
    expect(result.detail.message).toContain('filters by server name (SNI)');
  });

  it('reports timeout when the handshake never completes, and closes the connection', async () => {
    const silent = await start(createServer((socket) => socket.resume()));
    const result = await tlsProbe(tlsTask(silent.port), trusted({ timeoutMs: 300 }));
    expect(result.outcome).toBe('timeout');
    // Without a completed handshake nothing is known about inspection (row 2-1.1 fails instead).
    expect(result.status).toBe('unverified');
    expect(result.detail.message).toBe(
      `could not check for SSL inspection: 127.0.0.1 port ${silent.port} accepted the connection but did not complete the TLS handshake within 0.3 s`,
    );
    await expect.poll(() => silent.accepted[0]?.closed).toBe(true);
  });

  it('destroys the socket when the run is cancelled', async () => {
    const silent = await start(createServer((socket) => socket.resume()));
    const cancel = new AbortController();
    const pending = tlsProbe(
      tlsTask(silent.port),
      trusted({ signal: cancel.signal, timeoutMs: 30_000 }),
    );
    await expect.poll(() => silent.accepted.length).toBe(1);
    cancel.abort();
    expect((await pending).outcome).toBe('timeout');
    await expect.poll(() => silent.accepted[0]!.closed).toBe(true);
  });
});
