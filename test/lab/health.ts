// Proves every lab server answers, from the client namespace and with Node's own modules
// only (never the code under test): names, HTTPS, the redirect, push ports, STUN on every
// host and through the media-range redirect, SIP OPTIONS over TCP and TLS, and each proxy.
import { randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { lookup } from 'node:dns/promises';
import { readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { parseCidr, usableHosts } from '../../common/net/ipv4';
import {
  APPLE_HOSTS,
  CUSTOM_DOMAIN,
  DEAD_RANGE_HOST,
  DNS_NAMES,
  GOOGLE_HOSTS,
  LAB_CA_FILE,
  LEGACY_SIP_HOST,
  LEGACY_STUN_AUX_PORTS,
  MEDIA_SERVER_HOSTS,
  OVERRIDE_FILE,
  PROXY,
  PROXY_USER,
  PUSH_PORTS,
  REFLECTOR_HOSTS,
  SIP_HOSTS,
  SPARSE_BLOCKS,
  STUN_HOSTS,
  STUN_PORT,
  WEB_HOSTS,
} from './topology';

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

const TIMEOUT_MS = 1000;

/** Writes `request` (if any) and collects bytes until `done(received)` or the timeout. */
function exchange(
  socket: Socket,
  request: string | null,
  done: (received: string) => boolean,
): Promise<string> {
  return new Promise((resolve) => {
    let received = '';
    const finish = (why: string) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(received || why);
    };
    const timer = setTimeout(() => finish('timeout'), TIMEOUT_MS);
    socket.on('error', (error: NodeJS.ErrnoException) => finish(error.code ?? error.message));
    socket.once('close', () => finish('closed'));
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      if (done(received)) finish('');
    });
    if (request !== null) socket.write(request);
  });
}

function tcpOpen(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const finish = (what: string) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(what);
    };
    const timer = setTimeout(() => finish('timeout'), TIMEOUT_MS);
    socket.once('connect', () => finish('open'));
    socket.on('error', (error: NodeJS.ErrnoException) => finish(error.code ?? 'error'));
  });
}

const headDone = (text: string) => text.includes('\r\n\r\n');

function httpGet(host: string, port: number, path: string, tls: boolean): Promise<string> {
  const request = `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`;
  const socket = tls
    ? tlsConnect({ host, port, servername: host, ca: readFileSync(LAB_CA_FILE) })
    : connect({ host, port });
  return exchange(socket, request, headDone);
}

/** A bare RFC 8489 Binding request; any answer with the same transaction id counts. */
function stun(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = createSocket('udp4');
    const request = Buffer.alloc(20);
    request.writeUInt16BE(0x0001, 0);
    request.writeUInt32BE(0x2112a442, 4);
    randomBytes(12).copy(request, 8);
    const finish = (what: string) => {
      clearTimeout(timer);
      socket.close();
      resolve(what);
    };
    const timer = setTimeout(() => finish('timeout'), TIMEOUT_MS);
    socket.on('message', (message) =>
      finish(message.subarray(8, 20).equals(request.subarray(8, 20)) ? 'answer' : 'garbage'),
    );
    socket.on('error', (error: NodeJS.ErrnoException) => finish(error.code ?? 'error'));
    socket.connect(port, host, () => socket.send(request));
  });
}

function sipOptions(host: string, port: number, tls: boolean): Promise<string> {
  const transport = tls ? 'TLS' : 'TCP';
  const request = [
    `OPTIONS sip:${host}:${port};transport=${transport.toLowerCase()} SIP/2.0`,
    `Via: SIP/2.0/${transport} 198.18.0.2:5060;branch=z9hG4bK${randomBytes(6).toString('hex')}`,
    'Max-Forwards: 70',
    'From: <sip:health@198.18.0.2>;tag=lab',
    `To: <sip:${host}:${port}>`,
    `Call-ID: ${randomBytes(8).toString('hex')}@lab`,
    'CSeq: 1 OPTIONS',
    'Content-Length: 0',
    '',
    '',
  ].join('\r\n');
  const socket = tls
    ? tlsConnect({ host, port, ca: readFileSync(LAB_CA_FILE), servername: 'sip.librestream.com' })
    : connect({ host, port });
  return exchange(socket, request, headDone);
}

function proxyConnect(proxy: string, auth: boolean): Promise<string> {
  const credentials = Buffer.from(`${PROXY_USER.name}:${PROXY_USER.password}`).toString('base64');
  const request = [
    'CONNECT onsight.librestream.com:443 HTTP/1.1',
    'Host: onsight.librestream.com:443',
    ...(auth ? [`Proxy-Authorization: Basic ${credentials}`] : []),
    '',
    '',
  ].join('\r\n');
  return exchange(connect({ host: proxy, port: PROXY.port }), request, headDone);
}

/** The issuer organisation the bumping proxy presents for a Librestream name. */
function bumpedIssuer(): Promise<string> {
  return new Promise((resolve) => {
    const tunnel = connect({ host: PROXY.bump, port: PROXY.port });
    // Once TLS runs inside the tunnel, the TLS socket owns the TCP one and is the only one
    // to end: destroying the TCP socket from under it closes the handle its TLSWrap still
    // reads from, and Node 20 then segfaults in SSL_read (seen as "exit SIGSEGV" in CI).
    let outer: Socket = tunnel;
    const finish = (what: string) => {
      clearTimeout(timer);
      outer.destroy();
      resolve(what);
    };
    const timer = setTimeout(() => finish('timeout'), 3 * TIMEOUT_MS);
    tunnel.on('error', (error: NodeJS.ErrnoException) => finish(error.code ?? 'error'));
    tunnel.once('connect', () =>
      tunnel.write(
        'CONNECT onsight.librestream.com:443 HTTP/1.1\r\nHost: onsight.librestream.com:443\r\n\r\n',
      ),
    );
    tunnel.once('data', (chunk: Buffer) => {
      if (!chunk.toString('latin1').startsWith('HTTP/1.1 200')) return finish(chunk.toString());
      const secured = tlsConnect({
        socket: tunnel,
        servername: 'onsight.librestream.com',
        rejectUnauthorized: false,
      });
      outer = secured;
      secured.on('error', (error) => finish(error.message));
      secured.once('secureConnect', () =>
        finish(String(secured.getPeerCertificate().issuer?.O ?? 'no issuer')),
      );
    });
  });
}

async function check(name: string, run: () => Promise<string>, ok: (r: string) => boolean) {
  const detail = await run().catch((error: Error) => error.message);
  return { name, ok: ok(detail), detail: detail.split('\r\n')[0]! };
}

export async function runHealthChecks(): Promise<Check[]> {
  const names: Array<[string, string]> = [
    ['onsight.librestream.com', WEB_HOSTS.librestream],
    ['onsight.librestreamtech.cn', WEB_HOSTS.china],
    [CUSTOM_DOMAIN, WEB_HOSTS.customer],
    ...DNS_NAMES.filter(([name]) => name.split('.').length > 2),
  ];
  const checks: Array<Promise<Check>> = [
    ...names.map(([name, address]) =>
      check(
        `dns ${name}`,
        async () => (await lookup(name, { family: 4 })).address,
        (r) => r === address,
      ),
    ),
    check(
      'https onsight.librestream.com',
      () => httpGet('onsight.librestream.com', 443, '/oamrestapi/api/ping', true),
      (r) => r.startsWith('HTTP/1.1 200'),
    ),
    ...MEDIA_SERVER_HOSTS.flatMap((host) => [
      check(
        `http ${host}:80`,
        () => httpGet(host, 80, '/', false),
        (r) => r.startsWith('HTTP/1.1 301') && r.includes('Location: https://'),
      ),
      check(
        `tcp ${host}:443`,
        () => tcpOpen(host, 443),
        (r) => r === 'open',
      ),
    ]),
    ...[...Object.values(APPLE_HOSTS), ...Object.values(GOOGLE_HOSTS)].flatMap((host) =>
      [...PUSH_PORTS, 443].map((port) =>
        check(
          `tcp ${host}:${port}`,
          () => tcpOpen(host, port),
          (r) => r === 'open',
        ),
      ),
    ),
    ...STUN_HOSTS.map((host) =>
      check(
        `stun ${host}:${STUN_PORT}`,
        () => stun(host, STUN_PORT),
        (r) => r === 'answer',
      ),
    ),
    ...LEGACY_STUN_AUX_PORTS.map((port) =>
      check(
        `stun ${LEGACY_SIP_HOST}:${port}`,
        () => stun(LEGACY_SIP_HOST, port),
        (r) => r === 'answer',
      ),
    ),
    ...REFLECTOR_HOSTS.flatMap((host) =>
      [15000, 40000, 65000].map((port) =>
        check(
          `stun reflector ${host}:${port}`,
          () => stun(host, port),
          (r) => r === 'answer',
        ),
      ),
    ),
    ...SIP_HOSTS.flatMap((host) => [
      check(
        `sip tcp ${host}:5060`,
        () => sipOptions(host, 5060, false),
        (r) => r.startsWith('SIP/2.0 200'),
      ),
      check(
        `sip tls ${host}:5061`,
        () => sipOptions(host, 5061, true),
        (r) => r.startsWith('SIP/2.0 200'),
      ),
    ]),
    // The first host of the /30 a range is mapped to: nothing there, the probes move on.
    check(
      `dead ${DEAD_RANGE_HOST}:443 refuses`,
      () => tcpOpen(DEAD_RANGE_HOST, 443),
      (r) => r === 'ECONNREFUSED',
    ),
    check(
      `dead ${DEAD_RANGE_HOST}:${STUN_PORT} refuses`,
      () => stun(DEAD_RANGE_HOST, STUN_PORT),
      (r) => r === 'ECONNREFUSED',
    ),
    // A sparse block's other addresses are absent: silence, never a refusal or "no route".
    ...SPARSE_BLOCKS.flatMap((block) => {
      const absent = usableHosts(parseCidr(block.block)!).filter((a) => !block.live.includes(a));
      return [absent[0]!, absent.at(-1)!].flatMap((host) => [
        check(
          `absent ${host}:443 silent`,
          () => tcpOpen(host, 443),
          (r) => r === 'timeout',
        ),
        check(
          `absent ${host}:${STUN_PORT} silent`,
          () => stun(host, STUN_PORT),
          (r) => r === 'timeout',
        ),
      ]);
    }),
    check(
      'override.json maps each sparse block as the lab builds it',
      async () => {
        const { mappings } = JSON.parse(readFileSync(OVERRIDE_FILE, 'utf8')) as {
          mappings: Array<{ from: string; to: string }>;
        };
        return SPARSE_BLOCKS.filter(
          (block) => !mappings.some((m) => m.from === block.from && m.to === block.block),
        )
          .map((block) => block.from)
          .join(', ');
      },
      (r) => r === '',
    ),
    check(
      'proxy plain CONNECT',
      () => proxyConnect(PROXY.plain, false),
      (r) => r.startsWith('HTTP/1.1 200'),
    ),
    check(
      'proxy auth CONNECT without password',
      () => proxyConnect(PROXY.auth, false),
      (r) => r.startsWith('HTTP/1.1 407'),
    ),
    check(
      'proxy auth CONNECT with password',
      () => proxyConnect(PROXY.auth, true),
      (r) => r.startsWith('HTTP/1.1 200'),
    ),
    check('proxy bump re-signs', bumpedIssuer, (r) => r === 'Zscaler Inc.'),
  ];
  return Promise.all(checks);
}
