// The sip-options probe's other outcomes, each provoked for real by a small server on
// loopback that misbehaves in one particular way.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { needs } from '../support/tools';
import { probeDetailSchema } from '../../common/results/schema';
import { sipOptionsProbe } from '../../main/engine/probes/sip-options';
import { generateCertificate } from '../support/kamailio';
import { loopbackContext, probeTask } from '../support/probe-task';

interface FakeServer {
  port: number;
  close(): Promise<void>;
}

const servers: FakeServer[] = [];

/** A TCP (or TLS) server that hands each complete request head to `onRequest`. */
async function fakeServer(
  onRequest: (socket: net.Socket, request: string) => void,
  tlsOptions?: tls.TlsOptions,
  greeting?: string,
): Promise<FakeServer> {
  const sockets = new Set<net.Socket>();
  const onConnection = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    if (greeting !== undefined) socket.write(greeting);
    let received = '';
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      if (received.includes('\r\n\r\n')) onRequest(socket, received);
    });
  };
  const server = tlsOptions
    ? tls.createServer(tlsOptions, onConnection)
    : net.createServer(onConnection);
  server.on('tlsClientError', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const fake: FakeServer = {
    port: (server.address() as net.AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  servers.push(fake);
  return fake;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** The request's own Via, as a server copies it into its response (RFC 3261 §8.2.6.2). */
const viaOf = (request: string) => /^Via: (.*)$/m.exec(request)?.[1]?.trim() ?? '';
const headerOf = (request: string, name: string) =>
  new RegExp(`^${name}: (.*)$`, 'm').exec(request)?.[1]?.trim() ?? '';
/** The headers besides Via that identify the transaction, copied as §8.2.6.2 asks. */
const idsOf = (request: string) =>
  `Call-ID: ${headerOf(request, 'Call-ID')}\r\nCSeq: ${headerOf(request, 'CSeq')}\r\n`;

const probe = (port: number, settings = {}, timeoutMs = 3000) =>
  sipOptionsProbe(
    probeTask('sip-options', '127.0.0.1', port, settings),
    loopbackContext({ timeoutMs }),
  );

describe('sip-options outcomes', () => {
  it('sends a well-formed OPTIONS request', async () => {
    let seen = '';
    const server = await fakeServer((socket, request) => {
      seen = request;
      socket.write(
        `SIP/2.0 200 OK\r\nVia: ${viaOf(request)}\r\n${idsOf(request)}Content-Length: 0\r\n\r\n`,
      );
    });
    const result = await probe(server.port);
    expect(result.outcome).toBe('reply');
    expect(seen).toMatch(
      new RegExp(`^OPTIONS sip:127\\.0\\.0\\.1:${server.port};transport=tcp SIP/2\\.0\\r\\n`),
    );
    expect(seen).toMatch(
      /\r\nVia: SIP\/2\.0\/TCP 127\.0\.0\.1:\d+;branch=z9hG4bK[0-9a-f]+;rport\r\n/,
    );
    expect(seen).toMatch(/\r\nContent-Length: 0\r\n\r\n$/);
    // No received/rport from this server: nothing to say about NAT.
    expect(result.detail.sip).toEqual({ status: 200, reason: 'OK' });
  });

  it('times out when the server accepts and never answers', async () => {
    const server = await fakeServer(() => {});
    const result = await probe(server.port, {}, 300);
    expect(result.outcome).toBe('timeout');
    expect(result.detail.message).toBe(
      `127.0.0.1 port ${server.port} accepted the connection but sent no SIP answer within 0.3 s: a firewall or SIP gateway in the path may swallow SIP, or the server ignores OPTIONS`,
    );
  });

  it('times out on a provisional answer that is never followed by a final one', async () => {
    const server = await fakeServer((socket, request) =>
      socket.write(`SIP/2.0 100 Trying\r\nVia: ${viaOf(request)}\r\n${idsOf(request)}l: 0\r\n\r\n`),
    );
    const result = await probe(server.port, {}, 300);
    expect(result.outcome).toBe('timeout');
    expect(result.detail.message).toContain('provisional SIP response but no final one');
  });

  it('reports malformed when the server answers something that is not SIP', async () => {
    const server = await fakeServer((socket) =>
      socket.write('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n'),
    );
    const result = await probe(server.port);
    expect(result.outcome).toBe('malformed');
    expect(result.detail.message).toContain(
      'but not with SIP (the answer does not start with "SIP/2.0")',
    );
  });

  it('reports malformed for a response with a bad Content-Length', async () => {
    const server = await fakeServer((socket) =>
      socket.write('SIP/2.0 200 OK\r\nContent-Length: -5\r\n\r\n'),
    );
    const result = await probe(server.port);
    expect(result.outcome).toBe('malformed');
    expect(result.detail.message).toContain('Content-Length "-5" is not a number');
  });

  it('reports malformed when the connection closes in the middle of a response', async () => {
    const server = await fakeServer((socket) => socket.end('SIP/2.0 200 OK\r\nVia: SIP/2.0/TCP'));
    const result = await probe(server.port);
    expect(result.outcome).toBe('malformed');
    expect(result.detail.message).toContain(
      'closed the connection in the middle of a SIP response',
    );
  });

  it('reports reset when the server closes without a word', async () => {
    const server = await fakeServer((socket) => socket.end());
    const result = await probe(server.port);
    expect(result.outcome).toBe('reset');
    expect(result.detail.message).toContain('closed it without a SIP answer');
  });

  it('reports reset when the server sends a TCP RST after the request', async () => {
    const server = await fakeServer((socket) => socket.resetAndDestroy());
    const result = await probe(server.port);
    expect(result.outcome).toBe('reset');
  });

  it('skips 1xx, reads compact and folded headers split across packets, and sees a NAT', async () => {
    const server = await fakeServer((socket, request) => {
      const via = `${viaOf(request).replace(/;rport$/, ';rport=40000')};received=203.0.113.9`;
      const response =
        `SIP/2.0 100 Trying\r\nv: ${via}\r\n${idsOf(request)}l: 0\r\n\r\n` +
        `SIP/2.0 200 OK\r\nv: ${via}\r\n${idsOf(request)}Server: Test\r\n  SIP server\r\nc: text/plain\r\nl: 5\r\n\r\nhello`;
      // One byte at a time: the framing must not depend on how TCP cuts the stream.
      const bytes = Buffer.from(response, 'latin1');
      bytes.forEach((_, i) => socket.write(bytes.subarray(i, i + 1)));
    });
    const result = await probe(server.port);
    expect(result.outcome).toBe('reply');
    expect(result.detail.sip).toEqual({
      status: 200,
      reason: 'OK',
      server: 'Test SIP server',
      viaReceived: '203.0.113.9',
      viaRport: 40000,
      natDetected: true,
    });
    expect(result.detail.message).toMatch(
      /It saw us as 203\.0\.113\.9:40000: a NAT is in the path\.$/,
    );
    expect(probeDetailSchema.safeParse(result.detail).success).toBe(true);
  });

  it('does not pass on a canned 200 OK sent before any request (RFC 3261 §17.1.3)', async () => {
    const server = await fakeServer(
      () => {},
      undefined,
      'SIP/2.0 200 OK\r\nContent-Length: 0\r\n\r\n',
    );
    const result = await probe(server.port, {}, 300);
    expect(result.outcome).toBe('malformed');
    expect(result.detail.message).toBe(
      `127.0.0.1 port ${server.port} answered, but not to our request: a SIP response (the first "200") with another transaction's Via branch, Call-ID or CSeq, and none of ours within 0.3 s: a device in the path answers SIP by itself, or the server is broken`,
    );
  });

  it('does not pass on a 200 for another transaction, and takes ours when it follows', async () => {
    const foreign = (request: string) =>
      `SIP/2.0 200 OK\r\nVia: ${viaOf(request).replace(/branch=[^;]+/, 'branch=z9hG4bKother')}\r\n${idsOf(request)}Content-Length: 0\r\n\r\n`;
    const only = await fakeServer((socket, request) => socket.write(foreign(request)));
    const fooled = await probe(only.port, {}, 300);
    expect(fooled.outcome).toBe('malformed');
    expect(fooled.detail.message).toContain('answered, but not to our request');

    const then = await fakeServer((socket, request) =>
      socket.write(
        `${foreign(request)}SIP/2.0 404 Not Found\r\nVia: ${viaOf(request)}\r\n${idsOf(request)}Content-Length: 0\r\n\r\n`,
      ),
    );
    const answered = await probe(then.port);
    expect(answered.outcome).toBe('reply');
    expect(answered.detail.sip).toMatchObject({ status: 404 });
  });

  it('reports dns-fail from the run resolver', async () => {
    const result = await sipOptionsProbe(
      probeTask('sip-options', 'sip.invalid', 5060),
      loopbackContext(),
    );
    expect(result.outcome).toBe('dns-fail');
    expect(result.address).toBeNull();
  });

  it('stops at once when the run is cancelled', async () => {
    const server = await fakeServer(() => {});
    const run = new AbortController();
    const pending = sipOptionsProbe(
      probeTask('sip-options', '127.0.0.1', server.port),
      loopbackContext({ signal: run.signal, timeoutMs: 60_000 }),
    );
    setTimeout(() => run.abort(), 50);
    expect((await pending).outcome).toBe('timeout');
  });
});

describe('sip-options over TLS below the minimum', needs('openssl'), () => {
  let dir: string;
  let credentials: { key: Buffer; cert: Buffer };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'nc-sip-tls-'));
    const { key, cert } = generateCertificate(dir, 'old-sip.test');
    credentials = { key: readFileSync(key), cert: readFileSync(cert) };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports tls-error against a server that only speaks TLS 1.0 and 1.1', async () => {
    const server = await fakeServer(() => {}, {
      ...credentials,
      minVersion: 'TLSv1',
      maxVersion: 'TLSv1.1',
      // OpenSSL 3 refuses TLS 1.0/1.1 at its default security level.
      ciphers: 'DEFAULT@SECLEVEL=0',
    });
    // Healthy first: a client that accepts TLS 1.1 gets through.
    const legacyVersion = await new Promise<string | null>((resolve) => {
      const client = tls.connect({
        host: '127.0.0.1',
        port: server.port,
        minVersion: 'TLSv1',
        maxVersion: 'TLSv1.1',
        ciphers: 'DEFAULT@SECLEVEL=0',
        rejectUnauthorized: false,
      });
      client.on('secureConnect', () => {
        resolve(client.getProtocol());
        client.destroy();
      });
      client.on('error', () => resolve(null));
    });
    expect(legacyVersion).toMatch(/^TLSv1(\.1)?$/);

    const result = await probe(server.port, { secure: true, minTlsVersion: 'TLSv1.2' });
    expect(result.outcome).toBe('tls-error');
    expect(result.detail.errorCode).toBe('ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION');
    expect(result.detail.message).toContain('does not offer TLS 1.2 or later');
  });

  it('reports tls-error when plain text answers on the TLS port', async () => {
    const server = await fakeServer(
      () => {},
      undefined,
      'SIP/2.0 400 Bad Request\r\nContent-Length: 0\r\n\r\n',
    );
    const result = await probe(server.port, { secure: true });
    expect(result.outcome).toBe('tls-error');
    expect(result.detail.message).toContain('answered, but not with TLS');
  });
});
