// openTunnel against scripted proxies on loopback: every outcome provoked for real.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer, Server as TlsServer } from 'node:tls';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { needs } from '../support/tools';
import { openTunnel, type TunnelProxy } from '../../main/engine/proxy/connect-tunnel';
import { freePort, makeCa, makeLeaf, type CaFiles } from '../support/squid';

const servers: Server[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  sockets.splice(0).forEach((s) => s.destroy());
  await Promise.all(
    servers.splice(0).map((s) => new Promise<void>((done) => s.close(() => done()))),
  );
});

/** A fake proxy: `onRequest` sees the bytes of the request head and answers on the socket. */
async function fakeProxy(
  onRequest: (socket: Socket, head: string) => void,
  server: Server = createServer(),
): Promise<TunnelProxy> {
  server.on('connection', (socket: Socket) => sockets.push(socket));
  server.on(server instanceof TlsServer ? 'secureConnection' : 'connection', (socket: Socket) => {
    let head = '';
    socket.on('data', (chunk: Buffer) => {
      head += chunk.toString('latin1');
      if (head.includes('\r\n\r\n')) onRequest(socket, head);
    });
    socket.on('error', () => undefined);
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { type: 'PROXY', host: '127.0.0.1', port: (server.address() as { port: number }).port };
}

const options = (timeoutMs = 3000) => ({ signal: AbortSignal.timeout(10_000), timeoutMs });

describe('openTunnel', () => {
  it('sends CONNECT with the Host header, and Basic credentials when it has them', async () => {
    let seen = '';
    const proxy = await fakeProxy((socket, head) => {
      seen = head;
      socket.write('HTTP/1.1 200 Connection established\r\n\r\n');
    });
    const tunnel = await openTunnel(
      { ...proxy, credentials: { username: 'bob', password: 'pa:ss' } },
      'onsight.librestream.com',
      443,
      options(),
    );
    expect(tunnel.ok).toBe(true);
    if (tunnel.ok) tunnel.socket.destroy();
    expect(seen).toBe(
      'CONNECT onsight.librestream.com:443 HTTP/1.1\r\nHost: onsight.librestream.com:443\r\nUser-Agent: onsight-netcheck\r\n' +
        `Proxy-Authorization: Basic ${Buffer.from('bob:pa:ss').toString('base64')}\r\n\r\n`,
    );
  });

  it('hands over the socket with the first tunnelled bytes still unread', async () => {
    const proxy = await fakeProxy((socket) =>
      socket.write('HTTP/1.0 200 OK\r\nServer: FakeProxy/1\r\n\r\nfirst bytes'),
    );
    const tunnel = await openTunnel(proxy, '127.0.0.1', 443, options());
    if (!tunnel.ok) throw new Error(tunnel.detail);
    expect(tunnel.proxyStatus).toBe('HTTP/1.0 200 OK');
    expect(tunnel.proxy).toEqual({
      via: `PROXY 127.0.0.1:${proxy.port}`,
      status: 'HTTP/1.0 200 OK',
      server: 'FakeProxy/1',
    });
    const data = await new Promise<string>((done) =>
      tunnel.socket.once('data', (chunk: Buffer) => done(chunk.toString())),
    );
    expect(data).toBe('first bytes');
    tunnel.socket.destroy();
  });

  it('opens the tunnel when the proxy ends its lines with a bare LF', async () => {
    const proxy = await fakeProxy((socket) =>
      socket.write('HTTP/1.0 200 Connection established\n\nfirst bytes'),
    );
    const tunnel = await openTunnel(proxy, '127.0.0.1', 443, options(1000));
    if (!tunnel.ok) throw new Error(tunnel.detail);
    const data = await new Promise<string>((done) =>
      tunnel.socket.once('data', (chunk: Buffer) => done(chunk.toString())),
    );
    expect(data).toBe('first bytes');
    tunnel.socket.destroy();
  });

  it('skips interim 1xx answers before the 200, even one byte at a time (RFC 9110 §15.2)', async () => {
    const proxy = await fakeProxy((socket) => {
      const answer = Buffer.from(
        'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 102 Processing\r\nX-A: b\r\n\r\n' +
          'HTTP/1.1 200 Connection established\r\n\r\nfirst',
        'latin1',
      );
      answer.forEach((_, i) => socket.write(answer.subarray(i, i + 1)));
    });
    const tunnel = await openTunnel(proxy, '127.0.0.1', 443, options());
    if (!tunnel.ok) throw new Error(tunnel.detail);
    expect(tunnel.proxyStatus).toBe('HTTP/1.1 200 Connection established');
    let data = '';
    await new Promise<void>((done) =>
      tunnel.socket.on('data', (chunk: Buffer) => {
        data += chunk.toString('latin1');
        if (data.length >= 5) done();
      }),
    );
    expect(data).toBe('first');
    tunnel.socket.destroy();
  });

  it('still reads the refusal that follows a 100 Continue', async () => {
    const proxy = await fakeProxy((socket) =>
      socket.write('HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 403 Forbidden\r\n\r\n'),
    );
    const tunnel = await openTunnel(proxy, 'blocked.example', 443, options());
    expect(tunnel).toMatchObject({ ok: false, outcome: 'proxy-denied' });
    expect(tunnel.proxy.status).toBe('HTTP/1.1 403 Forbidden');
  });

  it('is malformed on a 101 Switching Protocols, which is no tunnel', async () => {
    const proxy = await fakeProxy((socket) =>
      socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n'),
    );
    const tunnel = await openTunnel(proxy, '127.0.0.1', 443, options());
    expect(tunnel).toMatchObject({ ok: false, outcome: 'malformed' });
    expect(!tunnel.ok && tunnel.detail).toContain('a protocol switch nobody asked for');
  });

  it('names every sign-in scheme a 407 offers', async () => {
    const proxy = await fakeProxy((socket) =>
      socket.end(
        'HTTP/1.1 407 Proxy Authentication Required\r\nServer: BlueCoat-Security-Appliance\r\n' +
          'Proxy-Authenticate: Negotiate\r\nProxy-Authenticate: NTLM\r\n' +
          'Proxy-Authenticate: Basic realm="Corp, Inc.", Digest realm="Corp", nonce="abc", qop="auth"\r\n\r\n',
      ),
    );
    const tunnel = await openTunnel(proxy, '127.0.0.1', 443, options());
    expect(tunnel).toMatchObject({
      ok: false,
      outcome: 'proxy-auth',
      proxy: {
        authSchemes: ['Negotiate', 'NTLM', 'Basic', 'Digest'],
        server: 'BlueCoat-Security-Appliance',
      },
    });
    if (!tunnel.ok) {
      expect(tunnel.detail).toBe(
        `the proxy 127.0.0.1:${proxy.port} (BlueCoat-Security-Appliance) asks to sign in ("HTTP/1.1 407 Proxy Authentication Required"): it offers Negotiate, NTLM, Basic, Digest`,
      );
    }
  });

  it('is proxy-denied, saying the proxy could not reach the destination, on 503', async () => {
    const proxy = await fakeProxy((socket) =>
      socket.end('HTTP/1.1 503 Service Unavailable\r\nServer: squid/5.7\r\n\r\n'),
    );
    const tunnel = await openTunnel(proxy, '127.0.0.9', 5061, options());
    expect(tunnel).toMatchObject({
      ok: false,
      outcome: 'proxy-denied',
      proxy: { status: 'HTTP/1.1 503 Service Unavailable', server: 'squid/5.7' },
    });
    if (!tunnel.ok) expect(tunnel.detail).toContain('could not reach 127.0.0.9:5061 itself');
  });

  it('is malformed when the proxy port speaks something else', async () => {
    const proxy = await fakeProxy((socket) => socket.write('SSH-2.0-OpenSSH_9.2\r\n'));
    const tunnel = await openTunnel(proxy, '127.0.0.1', 443, options());
    expect(tunnel).toMatchObject({ ok: false, outcome: 'malformed' });
    if (!tunnel.ok)
      expect(tunnel.detail).toMatch(
        /not an HTTP response: the answer does not start like HTTP: "SSH-2\.0/,
      );
  });

  it('is reset when the proxy hangs up without answering', async () => {
    const proxy = await fakeProxy((socket) => socket.end());
    const tunnel = await openTunnel(proxy, '127.0.0.1', 443, options());
    expect(tunnel).toMatchObject({ ok: false, outcome: 'reset' });
    if (!tunnel.ok)
      expect(tunnel.detail).toBe(
        `the proxy 127.0.0.1:${proxy.port} closed the connection without answering the request for 127.0.0.1:443`,
      );
  });

  it('is refused, naming the proxy, when nothing listens there', async () => {
    const port = await freePort();
    const tunnel = await openTunnel(
      { type: 'PROXY', host: '127.0.0.1', port },
      '127.0.0.1',
      443,
      options(),
    );
    expect(tunnel).toMatchObject({ ok: false, outcome: 'refused' });
    if (!tunnel.ok)
      expect(tunnel.detail).toMatch(
        new RegExp(`^the proxy 127\\.0\\.0\\.1:${port} refused the connection`),
      );
  });

  it('times out when the proxy accepts but never answers', async () => {
    const proxy = await fakeProxy(() => undefined);
    const tunnel = await openTunnel(proxy, '127.0.0.1', 443, options(200));
    expect(tunnel).toMatchObject({ ok: false, outcome: 'timeout' });
    if (!tunnel.ok)
      expect(tunnel.detail).toBe(
        `the proxy 127.0.0.1:${proxy.port} accepted the connection but did not answer the request for 127.0.0.1:443 within 0.2 s`,
      );
  });

  it('stops when the run is cancelled, and before starting when it already was', async () => {
    const controller = new AbortController();
    const proxy = await fakeProxy(() => controller.abort());
    const tunnel = await openTunnel(proxy, '127.0.0.1', 443, {
      signal: controller.signal,
      timeoutMs: 60_000,
    });
    expect(tunnel).toMatchObject({ ok: false, outcome: 'timeout' });
    const again = await openTunnel(proxy, '127.0.0.1', 443, {
      signal: controller.signal,
      timeoutMs: 60_000,
    });
    expect(again).toMatchObject({
      ok: false,
      outcome: 'timeout',
      detail: 'the check was stopped before the proxy was contacted',
    });
  });

  it('names SOCKS proxies without using them', async () => {
    const tunnel = await openTunnel(
      { type: 'SOCKS5', host: '127.0.0.1', port: 1080 },
      '127.0.0.1',
      443,
      options(),
    );
    expect(tunnel).toMatchObject({
      ok: false,
      outcome: 'not-implemented',
      proxy: { via: 'SOCKS5 127.0.0.1:1080' },
    });
  });
});

describe('openTunnel through an HTTPS proxy (TLS to the proxy first)', needs('openssl'), () => {
  let dir: string;
  let ca: CaFiles;
  let leaf: { key: string; cert: string };
  // Made in a hook, not while collecting: where openssl is missing the suite is skipped.
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'nc-https-proxy-'));
    ca = makeCa(dir, 'proxy-ca', 'Netcheck Proxy CA', 'Netcheck Proxy Root');
    leaf = makeLeaf(dir, 'proxy', ca, 'proxy.test');
  });
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('tunnels when the proxy certificate is trusted', async () => {
    const server = createTlsServer({ key: leaf.key, cert: leaf.cert });
    const proxy = await fakeProxy((socket) => socket.write('HTTP/1.1 200 OK\r\n\r\n'), server);
    const tunnel = await openTunnel({ ...proxy, type: 'HTTPS' }, '127.0.0.1', 443, {
      ...options(),
      extraCa: [ca.cert],
    });
    if (!tunnel.ok) throw new Error(tunnel.detail);
    expect(tunnel.proxy.via).toBe(`HTTPS 127.0.0.1:${proxy.port}`);
    tunnel.socket.destroy();
  });

  it('is tls-error when it is not', async () => {
    const server = createTlsServer({ key: leaf.key, cert: leaf.cert });
    const proxy = await fakeProxy((socket) => socket.write('HTTP/1.1 200 OK\r\n\r\n'), server);
    const tunnel = await openTunnel({ ...proxy, type: 'HTTPS' }, '127.0.0.1', 443, options());
    expect(tunnel).toMatchObject({ ok: false, outcome: 'tls-error' });
    if (!tunnel.ok)
      expect(tunnel.detail).toMatch(/^the TLS handshake with the proxy 127\.0\.0\.1:\d+ failed: /);
  });
});
