// A genuine chain whose dates do not fit this computer's clock (a laptop with a flat clock
// battery, or a server certificate that ran out): the tls and https probes must say so, and
// not blame an SSL-inspecting proxy that is not there.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needs } from '../support/tools';
import { httpsProbe } from '../../main/engine/probes/https';
import { tlsProbe } from '../../main/engine/probes/tls';
import { listenOnLoopback, type Listening } from '../support/loopback-server';
import { loopbackContext, probeTask } from '../support/probe-task';
import { createTlsFixtures, TEST_HOST, type TlsFixtures } from '../support/tls-fixtures';

let fixtures: TlsFixtures;
let dir: string;
let server: Listening;
let intercepted: Listening;

/** A leaf for TEST_HOST signed by `ca`, whose validity ended before it began. */
function expiredLeaf(ca: { key: string; cert: string }): { key: string; cert: string } {
  const file = (name: string) => join(dir, name);
  writeFileSync(file('ca.pem'), ca.cert);
  writeFileSync(file('ca.key'), ca.key);
  writeFileSync(file('leaf.ext'), `subjectAltName=DNS:${TEST_HOST},IP:127.0.0.1\n`);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  openssl(
    'req',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    file('leaf.key'),
    '-out',
    file('leaf.csr'),
    '-subj',
    `/CN=${TEST_HOST}`,
  );
  // notAfter one day before notBefore (now): OpenSSL reports CERT_HAS_EXPIRED.
  openssl(
    'x509',
    '-req',
    '-in',
    file('leaf.csr'),
    '-CA',
    file('ca.pem'),
    '-CAkey',
    file('ca.key'),
    '-CAcreateserial',
    '-days',
    '-1',
    '-extfile',
    file('leaf.ext'),
    '-out',
    file('leaf.pem'),
  );
  return {
    key: readFileSync(file('leaf.key'), 'utf8'),
    cert: readFileSync(file('leaf.pem'), 'utf8'),
  };
}

beforeAll(async () => {
  fixtures = createTlsFixtures();
  dir = mkdtempSync(join(tmpdir(), 'nc-tls-clock-'));
  const answer = (leaf: { key: string; cert: string }) =>
    listenOnLoopback(
      createHttpsServer({ key: leaf.key, cert: leaf.cert }, (_request, response) => {
        response.writeHead(200, { Connection: 'close' });
        response.end('pong');
      }),
    );
  server = await answer(expiredLeaf(fixtures.testCa));
  intercepted = await answer(expiredLeaf(fixtures.corporateCa));
});
afterAll(async () => {
  await server?.close();
  await intercepted?.close();
  fixtures?.remove();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const settings = { sni: TEST_HOST, minTlsVersion: 'TLSv1.2' as const };
const context = () => loopbackContext({ extraCa: [fixtures.testCa.cert] });

describe('a trusted chain outside its dates', needs('openssl'), () => {
  it('tls: a TLS error that names the dates and the clock, not SSL inspection', async () => {
    const result = await tlsProbe(probeTask('tls', '127.0.0.1', server.port, settings), context());
    expect(result.outcome).toBe('tls-error');
    expect(result.detail.tls).toMatchObject({ authorizationError: 'CERT_HAS_EXPIRED' });
    expect(result.detail.tls?.inspectionProduct).toBeUndefined();
    expect(result.detail.message).toContain("this computer's clock");
    expect(result.detail.message).not.toMatch(/inspection/i);
  });

  it('https: the same, without sending the request over a connection it cannot trust', async () => {
    const result = await httpsProbe(
      probeTask('https', '127.0.0.1', server.port, settings),
      context(),
    );
    expect(result.outcome).toBe('tls-error');
    expect(result.detail.http).toBeUndefined();
    expect(result.detail.message).toContain("this computer's clock");
    expect(result.detail.message).not.toMatch(/inspection/i);
  });

  it('an untrusted issuer stays SSL inspection, whatever date error OpenSSL reports last', async () => {
    const result = await tlsProbe(
      probeTask('tls', '127.0.0.1', intercepted.port, settings),
      context(),
    );
    expect(result.outcome).toBe('tls-intercepted');
  });
});
