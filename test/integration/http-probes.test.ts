// The https and http-redirect probes against real HTTP servers on 127.0.0.1.
import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needs } from '../support/tools';
import { probeDetailSchema } from '../../common/results/schema';
import { httpRedirectProbe } from '../../main/engine/probes/http-redirect';
import { httpsProbe } from '../../main/engine/probes/https';
import { listenOnLoopback, type Listening } from '../support/loopback-server';
import { loopbackContext, probeTask } from '../support/probe-task';
import {
  CORPORATE_CA_ORG,
  createTlsFixtures,
  TEST_HOST,
  type TlsFixtures,
} from '../support/tls-fixtures';

let fixtures: TlsFixtures;
const servers: Listening[] = [];
const start = async (server: Parameters<typeof listenOnLoopback>[0]) => {
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

const trusted = () => loopbackContext({ extraCa: [fixtures.testCa.cert] });
const httpsTask = (port: number) =>
  probeTask('https', '127.0.0.1', port, {
    sni: TEST_HOST,
    path: '/oamrestapi/api/ping',
    minTlsVersion: 'TLSv1.2',
  });

describe('https probe', needs('openssl'), () => {
  it('reports reply for any HTTP status, with the status and the server header', async () => {
    const requests: IncomingMessage[] = [];
    const site = await start(
      createHttpsServer(
        { key: fixtures.leaf.key, cert: fixtures.leaf.cert },
        (request, response) => {
          requests.push(request);
          response.writeHead(404, { Server: 'onsight-test' }).end('not here');
        },
      ),
    );
    const result = await httpsProbe(httpsTask(site.port), trusted());
    expect(result.outcome).toBe('reply');
    expect(result.detail.http).toEqual({ status: 404, server: 'onsight-test' });
    expect(result.detail.tls).toMatchObject({ version: 'TLSv1.3', publiclyTrusted: true });
    expect(result.detail.message).toMatch(
      /^HTTPS answered "404 Not Found" in \d+ ms \(127\.0\.0\.1 port \d+, TLS 1\.3, not inspected\)$/,
    );
    expect(probeDetailSchema.parse(result.detail)).toEqual(result.detail);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.url).toBe('/oamrestapi/api/ping');
    expect(requests[0]!.headers.host).toBe(`${TEST_HOST}:${site.port}`);
    expect(requests[0]!.headers.connection).toBe('close');
  });

  it("reports the HTTP request's own round trip: the server's delay in, the lookup out", async () => {
    const LOOKUP_MS = 600;
    const ANSWER_AFTER_MS = 200;
    const site = await start(
      createHttpsServer({ key: fixtures.leaf.key, cert: fixtures.leaf.cert }, (_, response) => {
        setTimeout(() => response.writeHead(204).end(), ANSWER_AFTER_MS);
      }),
    );
    const slowResolve = async () => {
      await new Promise((resolve) => setTimeout(resolve, LOOKUP_MS));
      return { ok: true as const, addresses: ['127.0.0.1'] };
    };
    const task = { ...httpsTask(site.port), host: 'slow-dns.test' };
    const result = await httpsProbe(
      task,
      loopbackContext({ extraCa: [fixtures.testCa.cert], resolve: slowResolve }),
    );
    expect(result.outcome).toBe('reply');
    expect(result.rttMs!).toBeGreaterThanOrEqual(ANSWER_AFTER_MS - 1);
    expect(result.rttMs!).toBeLessThan(LOOKUP_MS);
    expect(result.detail.message).toContain(`in ${result.rttMs} ms`);
  });

  it('reports tls-intercepted without sending the HTTP request', async () => {
    let requests = 0;
    const proxy = await start(
      createHttpsServer(
        {
          key: fixtures.interceptedLeaf.key,
          cert: fixtures.interceptedLeaf.cert + fixtures.corporateCa.cert,
        },
        (_request, response) => {
          requests += 1;
          response.end();
        },
      ),
    );
    const result = await httpsProbe(httpsTask(proxy.port), trusted());
    expect(result.outcome).toBe('tls-intercepted');
    expect(result.detail.tls!.issuerOrganization).toBe(CORPORATE_CA_ORG);
    expect(result.detail.http).toBeUndefined();
    expect(requests).toBe(0);
  });

  it('reports malformed when the answer over TLS is not HTTP', async () => {
    const odd = await start(
      createTlsServer({ key: fixtures.leaf.key, cert: fixtures.leaf.cert }, (socket) =>
        socket.once('data', () => socket.end('220 smtp.example ESMTP ready\r\n')),
      ),
    );
    const result = await httpsProbe(httpsTask(odd.port), trusted());
    expect(result.outcome).toBe('malformed');
    expect(result.detail.message).toBe(
      `127.0.0.1 port ${odd.port} answered, but not with HTTP: the answer does not start with HTTP/`,
    );
  });
});

describe('http-redirect probe', needs('openssl'), () => {
  const answering = (status: number, headers: Record<string, string>) =>
    start(createHttpServer((_request, response) => response.writeHead(status, headers).end()));
  const redirectTask = (port: number) => probeTask('http-redirect', '127.0.0.1', port);

  it('reports reply for a 301 to https on the server asked', async () => {
    const site = await answering(301, { Location: 'https://127.0.0.1/', Server: 'nginx' });
    const result = await httpRedirectProbe(redirectTask(site.port), loopbackContext());
    expect(result.outcome).toBe('reply');
    expect(result.status).toBeUndefined();
    expect(result.detail.http).toEqual({
      status: 301,
      server: 'nginx',
      location: 'https://127.0.0.1/',
    });
    expect(result.detail.message).toMatch(
      new RegExp(
        `^127\\.0\\.0\\.1 port ${site.port} redirects to https://127\\.0\\.0\\.1/ \\(HTTP 301\\) in \\d+ ms$`,
      ),
    );
  });

  it("warns for a redirect to another host's HTTPS, as a captive portal's (issue 13)", async () => {
    const portal = await answering(302, { Location: 'https://login.portal.test/?from=1' });
    const result = await httpRedirectProbe(redirectTask(portal.port), loopbackContext());
    expect(result).toMatchObject({ outcome: 'reply', status: 'warn' });
    expect(result.detail.message).toBe(
      `127.0.0.1 port ${portal.port} redirects to HTTPS on another host (https://login.portal.test/?from=1): a captive portal or filtering proxy may answer port 80 instead of the server`,
    );
  });

  it('warns when the answer is not a redirect to https, keeping status and location', async () => {
    const portal = await answering(200, {});
    const plain = await httpRedirectProbe(redirectTask(portal.port), loopbackContext());
    expect(plain).toMatchObject({
      outcome: 'reply',
      status: 'warn',
      detail: { http: { status: 200 } },
    });
    expect(plain.detail.message).toBe(
      `127.0.0.1 port ${portal.port} answered HTTP 200 without redirecting to HTTPS`,
    );

    const toHttp = await answering(302, { Location: 'http://login.portal.test/' });
    const redirected = await httpRedirectProbe(redirectTask(toHttp.port), loopbackContext());
    expect(redirected).toMatchObject({
      outcome: 'reply',
      status: 'warn',
      detail: { http: { status: 302, location: 'http://login.portal.test/' } },
    });
  });

  it('reports malformed for an answer that is not HTTP', async () => {
    const ssh = await start(createServer((socket) => socket.end('SSH-2.0-OpenSSH_9.6\r\n')));
    const result = await httpRedirectProbe(redirectTask(ssh.port), loopbackContext());
    expect(result.outcome).toBe('malformed');
  });

  it('reports malformed when the server closes without answering', async () => {
    const mute = await start(createServer((socket) => socket.once('data', () => socket.end())));
    const result = await httpRedirectProbe(redirectTask(mute.port), loopbackContext());
    expect(result.outcome).toBe('malformed');
    expect(result.detail.message).toBe(
      `127.0.0.1 port ${mute.port} closed the connection without answering the HTTP request`,
    );
  });

  it('reports reset when the server resets instead of answering', async () => {
    const ips = await start(
      createServer((socket) => socket.once('data', () => socket.resetAndDestroy())),
    );
    const result = await httpRedirectProbe(redirectTask(ips.port), loopbackContext());
    expect(result.outcome).toBe('reset');
    expect(result.detail.errorCode).toBe('ECONNRESET');
  });
});
