import { createServer, connect, type Server } from 'node:tls';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  prepareSecureContexts,
  secureContextFor,
} from '../../../../main/engine/tls/secure-contexts';
import { createTlsFixtures, TEST_HOST, type TlsFixtures } from '../../../support/tls-fixtures';

describe('secureContextFor', () => {
  let fixtures: TlsFixtures;
  let server: Server;
  let port: number;

  beforeAll(async () => {
    fixtures = createTlsFixtures();
    server = createServer({ key: fixtures.leaf.key, cert: fixtures.leaf.cert }, (socket) =>
      socket.end(),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    fixtures.remove();
  });

  /** Whether a handshake with the loopback server (a leaf of the test CA) is authorised. */
  const authorised = (extraCa: readonly string[]) =>
    new Promise<boolean>((resolve, reject) => {
      const socket = connect({
        host: '127.0.0.1',
        port,
        servername: TEST_HOST,
        secureContext: secureContextFor(extraCa),
        rejectUnauthorized: false,
      });
      socket.once('secureConnect', () => {
        resolve(socket.authorized);
        socket.destroy();
      });
      socket.once('error', reject);
    });

  it("trusts the run's own CA (--ca) on top of the public roots", async () => {
    expect(await authorised([fixtures.testCa.cert])).toBe(true);
  });

  it("keeps one run's CA out of the next run's trust", async () => {
    await authorised([fixtures.testCa.cert]);
    expect(await authorised([])).toBe(false);
  });

  it('builds the contexts a run asks for ahead, and the probes then reuse them', () => {
    const runCa: string[] = [];
    prepareSecureContexts(runCa, [undefined, 'TLSv1.2']);
    const prepared = secureContextFor(runCa, 'TLSv1.2');
    expect(secureContextFor(runCa, 'TLSv1.2')).toBe(prepared);
  });

  it('builds one context per trust set and minimum version, and reuses it within the run', () => {
    const runCa: string[] = [];
    const first = secureContextFor(runCa, 'TLSv1.2');
    expect(secureContextFor(runCa, 'TLSv1.2')).toBe(first);
    // A prebuilt context carries its minimum version: another minimum needs its own.
    expect(secureContextFor(runCa, 'TLSv1.3')).not.toBe(first);
    expect(secureContextFor(runCa)).not.toBe(first);
  });

  it('gives the next run (a new extraCa array) a context of its own', () => {
    const thisRun: string[] = [];
    const nextRun: string[] = [];
    expect(secureContextFor(nextRun)).not.toBe(secureContextFor(thisRun));
  });
});
