// Hostile TLS servers that complete a genuine handshake and then misbehave (issue 13,
// defects 1 and 7): a corrupt record right behind the server's Finished, and a TLS 1.3
// server that demands a client certificate. No socket may be left without an error
// listener (an unhandled 'error' ends the process), and OpenSSL's verdict is a fact about
// the far end (`tls-error`), never `error`, which means a bug of ours.
import { createServer as createTlsServer } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpsProbe } from '../../main/engine/probes/https';
import { sipOptionsProbe } from '../../main/engine/probes/sip-options';
import { tlsProbe } from '../../main/engine/probes/tls';
import { runCli } from '../support/cli';
import { CORRUPT_RECORD, tlsWithTrailer, type RelayedTls } from '../support/hostile-tls';
import { listenOnLoopback, type Listening } from '../support/loopback-server';
import { loopbackContext, probeTask } from '../support/probe-task';
import { createTlsFixtures, TEST_HOST, type TlsFixtures } from '../support/tls-fixtures';
import { needs } from '../support/tools';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let fixtures: TlsFixtures;
const closers: Array<() => Promise<void>> = [];
beforeAll(() => {
  fixtures = createTlsFixtures();
});
afterAll(async () => {
  await Promise.all(closers.map((close) => close()));
  fixtures?.remove();
});

const corruptServer = async (at?: { host: string; port: number }): Promise<RelayedTls> => {
  const server = await tlsWithTrailer(
    { key: fixtures.leaf.key, cert: fixtures.leaf.cert },
    CORRUPT_RECORD,
    undefined,
    at,
  );
  closers.push(server.close);
  return server;
};
const trusted = (settings = {}) =>
  loopbackContext({ extraCa: [fixtures.testCa.cert], ...settings });
const secured = { sni: TEST_HOST, minTlsVersion: 'TLSv1.2' as const };

describe('a corrupt TLS record right behind a genuine handshake', needs('openssl'), () => {
  it('the tls probe keeps the handshake verdict and nothing goes unhandled', async () => {
    const server = await corruptServer();
    const result = await tlsProbe(probeTask('tls', '127.0.0.1', server.port, secured), trusted());
    expect(result.outcome).toBe('reply');
    // The corrupt record's error arrives on the next tick: give it the chance to go unhandled.
    await new Promise((resolve) => setTimeout(resolve, 100));
  });

  it('sip-options over TLS reports tls-error in plain words, not error', async () => {
    const server = await corruptServer();
    const result = await sipOptionsProbe(
      probeTask('sip-options', '127.0.0.1', server.port, { ...secured, secure: true }),
      trusted(),
    );
    expect(result.outcome).toBe('tls-error');
    expect(result.detail.errorCode).toBe('ERR_SSL_DECRYPTION_FAILED_OR_BAD_RECORD_MAC');
    expect(result.detail.message).toBe(
      `the encrypted stream from 127.0.0.1 port ${server.port} was corrupted after the TLS handshake (a record failed its integrity check): a device in the path alters traffic it cannot read`,
    );
  });

  it('https reports tls-error, not error', async () => {
    const server = await corruptServer();
    const result = await httpsProbe(
      probeTask('https', '127.0.0.1', server.port, secured),
      trusted(),
    );
    expect(result.outcome).toBe('tls-error');
    expect(result.detail.message).toContain('was corrupted after the TLS handshake');
  });

  it('the CLI finishes with its JSON and no stack trace', needs('root'), async () => {
    const address = '127.13.1.1';
    await corruptServer({ host: address, port: 443 });
    const dir = mkdtempSync(join(tmpdir(), 'nc-corrupt-'));
    const ca = join(dir, 'ca.pem');
    writeFileSync(ca, fixtures.testCa.cert);
    try {
      const run = await runCli([
        'run',
        '--only',
        '2-1.2',
        '--map',
        `onsight.librestream.com=${address}`,
        '--proxy',
        'direct',
        '--ca',
        ca,
        '--json',
      ]);
      expect(run.stderr).not.toMatch(/ERR_SSL|at .*\.cjs/);
      const row = JSON.parse(run.stdout).rows.find((r: { id: string }) => r.id === '2-1.2');
      expect(row.probes[0].outcome).not.toBe('error');
      expect(run.code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a TLS 1.3 server that demands a client certificate', needs('openssl'), () => {
  let server: Listening;
  beforeAll(async () => {
    // In TLS 1.3 the client finishes its handshake before the server judges its (absent)
    // certificate; the server's certificate_required alert (RFC 8446 §4.4.2.4) comes after.
    server = await listenOnLoopback(
      createTlsServer({
        key: fixtures.leaf.key,
        cert: fixtures.leaf.cert,
        requestCert: true,
        rejectUnauthorized: true,
        ca: [fixtures.testCa.cert],
      }).on('tlsClientError', () => {}),
    );
    closers.push(server.close);
  });

  it('sip-options reports tls-error naming the demand', async () => {
    const result = await sipOptionsProbe(
      probeTask('sip-options', '127.0.0.1', server.port, { ...secured, secure: true }),
      trusted(),
    );
    expect(result.outcome).toBe('tls-error');
    expect(result.detail.errorCode).toBe('ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED');
    expect(result.detail.message).toBe(
      `127.0.0.1 port ${server.port} asks for a client certificate (TLS alert "certificate required"), which this check does not have: the server, or a device in the path, admits only known clients`,
    );
  });
});
