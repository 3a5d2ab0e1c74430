// The certificate on SIP over TLS judged (issue 13, defect 3): real SIP-TLS servers on
// loopback, each with a chain of its own. A known inspection product fails; any other chain
// that does not validate is a warning naming its issuer; a genuine one passes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type TlsOptions } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyOutcome } from '../../common/outcomes';
import { probeDetailSchema } from '../../common/results/schema';
import { sipOptionsProbe } from '../../main/engine/probes/sip-options';
import { generateCertificate } from '../support/kamailio';
import { loopbackContext, probeTask } from '../support/probe-task';
import { makeCa, makeLeaf, type CaFiles } from '../support/squid';
import { needs } from '../support/tools';
import { answerSipOptions } from '../support/sip-answer';

const SIP_NAME = 'sip.librestream.com';
let dir: string;
let siteCa: CaFiles;
const closers: Array<() => Promise<void>> = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nc-sip-certs-'));
  siteCa = makeCa(dir, 'site-ca', 'Onsight Site CA Org', 'Onsight Site Root');
});
afterAll(async () => {
  await Promise.all(closers.map((close) => close()));
  rmSync(dir, { recursive: true, force: true });
});

/** A SIP-over-TLS server that answers every OPTIONS with a 200 for that very transaction. */
async function sipTlsServer(credentials: TlsOptions): Promise<number> {
  const sockets = new Set<Socket>();
  const server = createServer(credentials, (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    answerSipOptions(socket, 'SIP/2.0 200 OK');
  }).on('tlsClientError', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(
    () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  );
  return (server.address() as AddressInfo).port;
}

/** A leaf from the site CA with only a common name (no subjectAltName), valid for `days`. */
function nameOnlyLeaf(name: string, commonName: string, days: number) {
  const file = (suffix: string) => join(dir, `${name}.${suffix}`);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  openssl(
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    file('key'),
    '-out',
    file('csr'),
    '-subj',
    `/CN=${commonName}`,
  );
  openssl(
    'x509',
    '-req',
    '-in',
    file('csr'),
    '-CA',
    siteCa.certFile,
    '-CAkey',
    siteCa.keyFile,
    '-CAcreateserial',
    '-days',
    String(days),
    '-out',
    file('pem'),
  );
  return { key: readFileSync(file('key')), cert: readFileSync(file('pem')) };
}

/** 2-2.3 dials its servers by address (no SNI); 2-3.5 sends sip.librestream.com. */
const probe = (port: number, sni?: string) =>
  sipOptionsProbe(
    probeTask('sip-options', '127.0.0.1', port, {
      secure: true,
      minTlsVersion: 'TLSv1.2',
      ...(sni && { sni }),
    }),
    loopbackContext({ extraCa: [siteCa.cert] }),
  );
const statusOf = (result: Awaited<ReturnType<typeof probe>>) =>
  result.status ?? classifyOutcome(result.outcome, true);

describe('the certificate on SIP over TLS', needs('openssl'), () => {
  it('passes a chain that validates, for the name sent', async () => {
    const port = await sipTlsServer(makeLeaf(dir, 'genuine', siteCa, SIP_NAME));
    const result = await probe(port, SIP_NAME);
    expect(result.outcome).toBe('reply');
    expect(statusOf(result)).toBe('pass');
    expect(result.detail.message).toMatch(/^SIP server answered 200 OK over TLS 1\.3 in \d+ ms\.$/);
  });

  it('fails a Zscaler chain as SSL inspection, by address as on 2-2.3', async () => {
    const zscaler = makeCa(dir, 'zscaler', 'Zscaler Inc.', 'Zscaler Intermediate Root CA');
    const port = await sipTlsServer(makeLeaf(dir, 'inspected', zscaler, SIP_NAME));
    const result = await probe(port);
    expect(result.outcome).toBe('tls-intercepted');
    expect(statusOf(result)).toBe('fail');
    expect(result.detail.tls?.inspectionProduct).toBe('Zscaler');
    expect(result.detail.message).toMatch(
      /^SIP server answered 200 OK over TLS 1\.3 in \d+ ms\. But the certificate comes from "CN=Zscaler Intermediate Root CA, O=Zscaler Inc\." \(Zscaler Inc\.\), which looks like Zscaler: SSL inspection opens the connection, and Onsight's SIP over TLS fails through it as HTTPS does\.$/,
    );
    expect(probeDetailSchema.safeParse(result.detail).success).toBe(true);
  });

  it('warns on a self-signed certificate, naming its issuer', async () => {
    const self = mkdtempSync(join(dir, 'self-'));
    const files = generateCertificate(self, 'sip.self.test');
    const port = await sipTlsServer({
      key: readFileSync(files.key),
      cert: readFileSync(files.cert),
    });
    const result = await probe(port, SIP_NAME);
    expect(result.outcome).toBe('reply');
    expect(statusOf(result)).toBe('warn');
    expect(result.detail.message).toContain(
      'But the certificate comes from "CN=sip.self.test", which signed its own certificate (self-signed): Onsight may refuse it.',
    );
  });

  it('warns on an expired certificate from a known root', async () => {
    // notAfter one day before notBefore: OpenSSL reports CERT_HAS_EXPIRED.
    const port = await sipTlsServer(nameOnlyLeaf('old', SIP_NAME, -1));
    const result = await probe(port, SIP_NAME);
    expect(statusOf(result)).toBe('warn');
    expect(result.detail.tls?.authorizationError).toBe('CERT_HAS_EXPIRED');
    expect(result.detail.message).toContain(
      'But the certificate comes from "CN=Onsight Site Root, O=Onsight Site CA Org" (Onsight Site CA Org), which issued a certificate that has expired: Onsight may refuse it.',
    );
  });

  it('warns on a certificate for another name when a name was sent (2-3.5)', async () => {
    const port = await sipTlsServer(makeLeaf(dir, 'other', siteCa, 'sip.other.test'));
    const result = await probe(port, SIP_NAME);
    expect(statusOf(result)).toBe('warn');
    expect(result.detail.message).toContain(
      'But the certificate (CN=sip.other.test, from "CN=Onsight Site Root, O=Onsight Site CA Org" (Onsight Site CA Org)) is not valid for sip.librestream.com: Onsight may refuse it.',
    );
  });

  it('does not judge the name when the server is dialled by address (2-2.3)', async () => {
    // No address in the certificate: a name check against 127.0.0.1 would fail.
    const port = await sipTlsServer(nameOnlyLeaf('by-address', 'sip.other.test', 1));
    const result = await probe(port);
    expect(result.outcome).toBe('reply');
    expect(statusOf(result)).toBe('pass');
  });
});
