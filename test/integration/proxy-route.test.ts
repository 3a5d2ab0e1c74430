// How the https/tls probes walk a proxy list, on loopback: a small CONNECT proxy written
// here carries every tunnel to one TLS origin, so the direct path (a closed port) and the
// proxy path can differ; and the app's Chromium-stack check (electron faked) for a proxy
// that asks the raw tunnel for a password.
import { EventEmitter } from 'node:events';
import { connect, createServer, type Socket } from 'node:net';
import { createServer as createHttpsServer } from 'node:https';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { needs } from '../support/tools';

vi.mock('electron', () => {
  throw new Error('the Chromium check must not load electron itself');
});

import type { ProxyEntry } from '../../common/proxy';
import { probeDetailSchema } from '../../common/results/schema';
import { chromiumHttpsCheck, type NetLike } from '../../main/app/proxy-electron';
import type { ProbeContext } from '../../main/engine/probe-types';
import { httpsProbe } from '../../main/engine/probes/https';
import { proxyUrlOf } from '../../main/engine/probes/secure-route';
import { tlsProbe } from '../../main/engine/probes/tls';
import { closedLoopbackPort, listenOnLoopback, type Listening } from '../support/loopback-server';
import { loopbackContext, probeTask } from '../support/probe-task';
import { createTlsFixtures, TEST_HOST, type TlsFixtures } from '../support/tls-fixtures';

let fixtures: TlsFixtures;
let origin: Listening;
let tunnelling: Listening;
let asking: Listening;
let closedPort: number;
const asked: string[] = [];

/** A CONNECT proxy: every tunnel goes to the origin, whatever the request names. */
function fakeProxy(answer: (socket: Socket) => void) {
  return createServer((client) => {
    let head = '';
    const onData = (chunk: Buffer) => {
      head += chunk.toString('latin1');
      if (!head.includes('\r\n\r\n')) return;
      client.removeListener('data', onData);
      asked.push(head.split('\r\n')[0]!);
      answer(client);
    };
    client.on('data', onData);
  });
}

beforeAll(async () => {
  fixtures = createTlsFixtures();
  origin = await listenOnLoopback(
    createHttpsServer({ key: fixtures.leaf.key, cert: fixtures.leaf.cert }, (_q, res) =>
      res.end('pong'),
    ),
  );
  tunnelling = await listenOnLoopback(
    fakeProxy((client) => {
      const upstream = connect(origin.port, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection established\r\n\r\n');
        client.pipe(upstream).pipe(client);
      });
      upstream.on('error', () => client.destroy());
    }),
  );
  asking = await listenOnLoopback(
    fakeProxy((client) =>
      client.end(
        'HTTP/1.1 407 Proxy Authentication Required\r\nServer: FakeProxy/1.0\r\nProxy-Authenticate: NTLM\r\nProxy-Authenticate: Negotiate\r\nContent-Length: 0\r\n\r\n',
      ),
    ),
  );
  closedPort = await closedLoopbackPort();
});

afterAll(async () => {
  await Promise.all([origin, tunnelling, asking].map((s) => s?.close()));
  fixtures?.remove();
});

const proxyAt = (port: number): ProxyEntry => ({ type: 'PROXY', host: '127.0.0.1', port });
/** A target whose direct path is a closed port: only the proxy reaches the origin. */
const task = (kind: 'https' | 'tls') =>
  probeTask(kind, '127.0.0.1', closedPort, {
    sni: TEST_HOST,
    minTlsVersion: 'TLSv1.2',
    ...(kind === 'https' && { path: '/ping' }),
  });
const context = (entries: ProxyEntry[], settings: Partial<ProbeContext> = {}) =>
  loopbackContext({
    extraCa: [fixtures.testCa.cert],
    proxyFor: async () => ({ source: 'flag', sourceDetail: 'test', entries }),
    ...settings,
  });

describe('the proxy list, in order', needs('openssl'), () => {
  it('asks for the proxy of the name Onsight connects to', () => {
    expect(proxyUrlOf(task('tls'))).toBe(`https://${TEST_HOST}:${closedPort}/`);
    expect(proxyUrlOf(probeTask('tls', 'onsight.librestream.com', 443))).toBe(
      'https://onsight.librestream.com/',
    );
  });

  it('via the proxy: pass; direct: blocked, which is normal, side by side', async () => {
    const via = `PROXY 127.0.0.1:${tunnelling.port}`;
    const result = await httpsProbe(task('https'), context([proxyAt(tunnelling.port)]));
    expect(result.outcome).toBe('reply');
    expect(result.detail.http?.status).toBe(200);
    expect(result.detail.proxy).toMatchObject({
      via,
      path: 'proxy',
      tried: [via],
      directOutcome: 'refused',
    });
    expect(result.detail.message).toContain(
      'via the proxy: pass; direct: blocked (refused), which is normal when a proxy is in use',
    );
    expect(asked.at(-1)).toBe(`CONNECT 127.0.0.1:${closedPort} HTTP/1.1`);
    expect(probeDetailSchema.safeParse(result.detail).success).toBe(true);
  });

  it('moves on when a proxy cannot be reached, and names it', async () => {
    const dead = await closedLoopbackPort();
    const result = await tlsProbe(
      task('tls'),
      context([
        proxyAt(dead),
        { type: 'SOCKS5', host: '127.0.0.1', port: 1080 },
        proxyAt(tunnelling.port),
      ]),
    );
    expect(result.outcome).toBe('reply');
    expect(result.detail.proxy?.tried).toEqual([
      `PROXY 127.0.0.1:${dead}`,
      'SOCKS5 127.0.0.1:1080',
      `PROXY 127.0.0.1:${tunnelling.port}`,
    ]);
    expect(result.detail.message).toContain(`the proxy 127.0.0.1:${dead} refused the connection`);
    expect(result.detail.message).toContain('SOCKS5 127.0.0.1:1080 is a SOCKS proxy');
  });

  it('falls back to DIRECT at the end of the list, said as such', async () => {
    const dead = await closedLoopbackPort();
    const result = await tlsProbe(task('tls'), context([proxyAt(dead), { type: 'DIRECT' }]));
    expect(result.outcome).toBe('refused');
    expect(result.status).toBe('unverified');
    expect(result.detail.proxy).toMatchObject({ via: 'DIRECT', path: 'direct' });
    expect(result.detail.message).toMatch(
      new RegExp(
        `^could not check for SSL inspection: the proxy 127\\.0\\.0\\.1:${dead} refused the connection.*; then DIRECT: `,
      ),
    );
  });

  it("with the runner's endAttempt, a silent proxy's time up ends that proxy, not the attempt", async () => {
    // The runner hands each attempt its own signal and an endAttempt that aborts it; each
    // proxy path must keep a budget of its own, or the first silent proxy would end them all.
    const silent = await listenOnLoopback(createServer(() => {}));
    try {
      const attempt = new AbortController();
      const endAttempt = vi.fn(() => attempt.abort());
      const result = await tlsProbe(
        task('tls'),
        context([proxyAt(silent.port), proxyAt(tunnelling.port)], {
          signal: attempt.signal,
          timeoutMs: 1000,
          endAttempt,
        }),
      );
      // No budget of a path may end the attempt later either: wait past a budget's end.
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect(result.outcome).toBe('reply');
      expect(result.detail.proxy?.tried).toEqual([
        `PROXY 127.0.0.1:${silent.port}`,
        `PROXY 127.0.0.1:${tunnelling.port}`,
      ]);
      expect(endAttempt).not.toHaveBeenCalled();
      expect(attempt.signal.aborted).toBe(false);
    } finally {
      await silent.close();
    }
  });

  it('a proxy that cannot be reached at all is said to be the proxy', async () => {
    const dead = await closedLoopbackPort();
    const result = await httpsProbe(task('https'), context([proxyAt(dead)]));
    expect(result.outcome).toBe('refused');
    expect(result.detail.message).toMatch(/^the proxy 127\.0\.0\.1:\d+ refused the connection/);
    expect(result.detail.proxy?.directOutcome).toBe('refused');
  });
});

class FakeRequest extends EventEmitter {
  end() {
    setImmediate(() => this.respond());
  }
  abort() {}
  constructor(private readonly respond: () => void) {
    super();
  }
}

/** electron's `net` as the app passes it: one canned answer per request. */
function fakeNet(
  statusCode: number,
  headers: Record<string, string> = {},
): NetLike & { urls: string[] } {
  const urls: string[] = [];
  return {
    urls,
    request(options) {
      urls.push(String(options.url));
      const request: FakeRequest = new FakeRequest(() => {
        const response = Object.assign(new EventEmitter(), {
          statusCode,
          statusMessage: statusCode === 200 ? 'OK' : 'Proxy Authentication Required',
          headers,
        });
        request.emit('response', response);
      });
      return request as unknown as ReturnType<NetLike['request']>;
    },
  };
}

describe(
  'a proxy that asks the raw tunnel for a password (the app has a second path)',
  needs('openssl'),
  () => {
    it('without the Chromium stack (the CLI): proxy-auth naming the schemes, unverified', async () => {
      const result = await httpsProbe(task('https'), context([proxyAt(asking.port)]));
      expect(result.outcome).toBe('proxy-auth');
      expect(result.status).toBeUndefined();
      expect(result.detail.proxy?.authSchemes).toEqual(['NTLM', 'Negotiate']);
      expect(result.detail.message).toContain('it offers NTLM, Negotiate');
    });

    it('Chromium gets through: 2-1.1 passes, "the proxy signs you in automatically"', async () => {
      const net = fakeNet(200);
      const result = await httpsProbe(
        task('https'),
        context([proxyAt(asking.port)], {
          chromiumCheck: (url, options) => chromiumHttpsCheck(net, url, options),
        }),
      );
      expect(net.urls).toEqual([`https://${TEST_HOST}:${closedPort}/ping`]);
      expect(result).toMatchObject({ outcome: 'reply', status: 'pass' });
      expect(result.detail.message).toMatch(/^the proxy signs you in automatically: /);
      expect(result.detail.proxy).toMatchObject({
        authSchemes: ['NTLM', 'Negotiate'],
        chromiumOutcome: 'reply',
      });
    });

    it('Chromium is refused too: proxy-auth stays, and both paths are named', async () => {
      const net = fakeNet(407, { 'Proxy-Authenticate': 'NTLM' });
      const result = await httpsProbe(
        task('https'),
        context([proxyAt(asking.port)], {
          chromiumCheck: (url, options) => chromiumHttpsCheck(net, url, options),
        }),
      );
      expect(result.outcome).toBe('proxy-auth');
      expect(result.detail.proxy?.chromiumOutcome).toBe('proxy-auth');
      expect(result.detail.message).toContain("through this computer's own network stack");
    });

    it('the tls probe (2-1.2) is not helped by Chromium: it needs the raw chain', async () => {
      const net = fakeNet(200);
      const result = await tlsProbe(
        task('tls'),
        context([proxyAt(asking.port)], {
          chromiumCheck: (url, options) => chromiumHttpsCheck(net, url, options),
        }),
      );
      expect(result).toMatchObject({ outcome: 'proxy-auth', status: 'unverified' });
      expect(net.urls).toEqual([]);
    });
  },
);
