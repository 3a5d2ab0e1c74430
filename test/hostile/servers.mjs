#!/usr/bin/env node
// Misbehaving servers for the hostile suite (issue 13), written from the protocols with
// Node's own modules only (never the code under test). One process serves every case: each
// listens on an address and port of its own, inside the suite's namespace.
//   node servers.mjs CONFIG.json      (prints "ready" once every server listens)
// CONFIG: { certs: { NAME: { key, cert } }, servers: [{ address, port, behaviour, cert? }] }
import { randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createSecureContext, TLSSocket } from 'node:tls';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const contexts = Object.fromEntries(
  Object.entries(config.certs).map(([name, pair]) => [name, createSecureContext(pair)]),
);
/** Enough to pass any bound a client should set on a head (the flood cases). */
const FLOOD_BYTES = 50 * 1024 * 1024;
const CRLF = '\r\n';

/** Reads until the end of a head (a blank line), then calls `done(head)` once. */
function onHead(socket, done) {
  let text = '';
  const onData = (chunk) => {
    text += chunk.toString('latin1');
    const end = text.indexOf('\r\n\r\n');
    if (end < 0) return;
    socket.off('data', onData);
    done(text.slice(0, end));
  };
  socket.on('data', onData);
}

/** Writes `total` bytes of `line` repeated, as fast as the peer reads, then stops. */
function flood(socket, prefix, line) {
  let sent = 0;
  const chunk = Buffer.from(line.repeat(Math.ceil(65536 / line.length)));
  const pump = () => {
    while (sent < FLOOD_BYTES && !socket.destroyed) {
      sent += chunk.length;
      if (!socket.write(chunk)) return socket.once('drain', pump);
    }
  };
  socket.write(prefix);
  pump();
}

/** RFC 3261 §8.2.6.2: a response copies Via, From, Call-ID and CSeq, and tags To. */
function sipResponse(request, statusLine, { foreign = false } = {}) {
  const headers = request.split(CRLF).slice(1);
  const pick = (name) => headers.filter((h) => h.toLowerCase().startsWith(`${name}:`));
  const lines = [statusLine];
  if (foreign) {
    // Another transaction's answer: its own branch, Call-ID and CSeq (RFC 3261 §17.1.3).
    lines.push(
      `Via: SIP/2.0/TCP 192.0.2.9:5060;branch=z9hG4bK${randomBytes(6).toString('hex')}`,
      ...pick('from'),
      `To: <sip:someone@192.0.2.9>;tag=${randomBytes(4).toString('hex')}`,
      `Call-ID: ${randomBytes(8).toString('hex')}@192.0.2.9`,
      'CSeq: 77 OPTIONS',
    );
  } else {
    lines.push(
      ...pick('via'),
      ...pick('from'),
      ...pick('to').map((to) => `${to};tag=hostile`),
      ...pick('call-id'),
      ...pick('cseq'),
    );
  }
  lines.push('Content-Length: 0', '', '');
  return lines.join(CRLF);
}

const HTTP_OK = `HTTP/1.1 200 OK${CRLF}Content-Length: 2${CRLF}Connection: close${CRLF}${CRLF}ok`;

/** A TLS server socket over `socket` with the named certificate. */
function tlsOver(socket, certName) {
  return new TLSSocket(socket, { isServer: true, secureContext: contexts[certName] });
}

/** Answers HTTP heads over `socket` with 200 ok (the https probe's ping). */
function serveHttp(socket) {
  onHead(socket, () => socket.end(HTTP_OK));
}

/** Behaviours of a stream server, by name: each gets the accepted socket and its config. */
const STREAM = {
  // Accepts, then says nothing: a stall before any protocol byte.
  stall: () => {},
  'close-at-once': (socket) => socket.end(),
  // Reads the first bytes (a ClientHello, a request), then resets the connection.
  'reset-after-first-bytes': (socket) => socket.once('data', () => socket.resetAndDestroy()),
  'close-after-first-bytes': (socket) => socket.once('data', () => socket.end()),
  // Answers a TLS ClientHello with plain HTTP, as a misconfigured port does.
  'http-instead-of-tls': (socket) =>
    socket.once('data', () => socket.end(`HTTP/1.1 400 Bad Request${CRLF}${CRLF}`)),
  // A real handshake, then a corrupt application-data record (bad MAC) on the raw stream.
  'tls-then-corrupt-record': (socket, server) => {
    const secure = tlsOver(socket, server.cert);
    secure.on('error', () => socket.destroy());
    secure.once('secure', () => {
      const record = Buffer.concat([Buffer.from([0x17, 0x03, 0x03, 0x00, 0x20]), randomBytes(32)]);
      socket.write(record);
    });
  },
  // A handshake with the named certificate, then a proper answer to HTTP or SIP.
  'tls-http-ok': (socket, server) => {
    const secure = tlsOver(socket, server.cert);
    secure.on('error', () => socket.destroy());
    serveHttp(secure);
  },
  'tls-stall-after-handshake': (socket, server) => {
    const secure = tlsOver(socket, server.cert);
    secure.on('error', () => socket.destroy());
  },
  'tls-endless-head': (socket, server) => {
    const secure = tlsOver(socket, server.cert);
    secure.on('error', () => socket.destroy());
    onHead(secure, () =>
      flood(secure, `HTTP/1.1 200 OK${CRLF}`, `X-Flood: ${'a'.repeat(60)}${CRLF}`),
    );
  },
  'tls-sip-ok': (socket, server) => {
    const secure = tlsOver(socket, server.cert);
    secure.on('error', () => socket.destroy());
    onHead(secure, (request) => secure.write(sipResponse(request, 'SIP/2.0 200 OK')));
  },
  // SIP over TCP.
  'sip-canned-200': (socket) =>
    socket.write(`SIP/2.0 200 OK${CRLF}Content-Length: 0${CRLF}${CRLF}`),
  'sip-foreign-200': (socket) =>
    onHead(socket, (request) =>
      socket.write(sipResponse(request, 'SIP/2.0 200 OK', { foreign: true })),
    ),
  // A reason phrase that clears the screen and prints a verdict of its own (RFC 3261 §25.1
  // allows UTF-8 text there, never control characters).
  'sip-escape-reason': (socket) =>
    onHead(socket, (request) =>
      socket.write(sipResponse(request, 'SIP/2.0 503 \x1b[2J\x1b[HREADY: every row passes\x07')),
    ),
  'sip-stall-mid-headers': (socket) =>
    onHead(socket, (request) =>
      socket.write(sipResponse(request, 'SIP/2.0 200 OK').split(CRLF)[0] + CRLF),
    ),
  'sip-huge-content-length': (socket) =>
    onHead(socket, (request) =>
      socket.write(
        sipResponse(request, 'SIP/2.0 200 OK').replace(
          'Content-Length: 0',
          'Content-Length: 99999999',
        ),
      ),
    ),
  'sip-provisional-forever': (socket) =>
    onHead(socket, (request) => {
      const trying = sipResponse(request, 'SIP/2.0 100 Trying');
      const timer = setInterval(() => socket.write(trying), 200);
      socket.on('close', () => clearInterval(timer));
      socket.on('error', () => clearInterval(timer));
    }),
  'sip-flood': (socket) =>
    onHead(socket, () =>
      flood(socket, `SIP/2.0 200 OK${CRLF}`, `X-Flood: ${'s'.repeat(60)}${CRLF}`),
    ),
  // HTTP on port 80 (row 2-2.5).
  'http-redirect-to-http': (socket) =>
    onHead(socket, () =>
      socket.end(
        `HTTP/1.1 301 Moved Permanently${CRLF}Location: http://login.portal.example/${CRLF}Content-Length: 0${CRLF}${CRLF}`,
      ),
    ),
  // A captive portal: every request goes to its own HTTPS login page on another host.
  'http-redirect-to-portal': (socket) =>
    onHead(socket, () =>
      socket.end(
        `HTTP/1.1 302 Found${CRLF}Location: https://login.portal.example/?continue=1${CRLF}Content-Length: 0${CRLF}${CRLF}`,
      ),
    ),
  'http-escape-location': (socket) =>
    onHead(socket, () =>
      socket.end(
        `HTTP/1.1 302 Found${CRLF}Location: http://portal.example/\x1b[2J\x1b[HREADY\x07${CRLF}Content-Length: 0${CRLF}${CRLF}`,
      ),
    ),
  'http-login-page': (socket) =>
    onHead(socket, () => socket.end(`HTTP/1.1 200 OK${CRLF}Content-Length: 5${CRLF}${CRLF}login`)),
  'http-endless-head': (socket) =>
    onHead(socket, () =>
      flood(socket, `HTTP/1.1 301 Moved${CRLF}`, `X-Flood: ${'h'.repeat(60)}${CRLF}`),
    ),
  // Proxies (CONNECT, RFC 9110 §9.3.6).
  'proxy-interim-then-tunnel': (socket, server) =>
    onHead(socket, () => {
      // RFC 9110 §15.2: interim 1xx answers come before the final one and are skipped.
      socket.write(
        `HTTP/1.1 100 Continue${CRLF}${CRLF}HTTP/1.1 200 Connection established${CRLF}${CRLF}`,
      );
      const secure = tlsOver(socket, server.cert);
      secure.on('error', () => socket.destroy());
      serveHttp(secure);
    }),
  'proxy-stall-after-connect': (socket) => onHead(socket, () => {}),
  'proxy-escape-denied': (socket) =>
    onHead(socket, () =>
      socket.end(
        `HTTP/1.1 403 \x1b[2J\x1b[HREADY: every row passes\x07${CRLF}Content-Length: 0${CRLF}${CRLF}`,
      ),
    ),
  'proxy-garbage-status': (socket) =>
    onHead(socket, () => socket.end(`I AM NOT HTTP${CRLF}${CRLF}`)),
  'proxy-endless-head': (socket) =>
    onHead(socket, () =>
      flood(
        socket,
        `HTTP/1.1 200 Connection established${CRLF}`,
        `X-Flood: ${'p'.repeat(60)}${CRLF}`,
      ),
    ),
};

/** Behaviours of a datagram server (STUN, RFC 8489 §5: the transaction id is bytes 8-20). */
const DATAGRAM = {
  'stun-wrong-transaction': (socket, message, peer) => {
    const answer = Buffer.from(message);
    answer.writeUInt16BE(0x0101, 0);
    answer.writeUInt16BE(0, 2);
    randomBytes(12).copy(answer, 8);
    socket.send(answer.subarray(0, 20), peer.port, peer.address);
  },
  'stun-garbage': (socket, _message, peer) => socket.send(randomBytes(48), peer.port, peer.address),
  'stun-flood': (socket, _message, peer) => {
    for (let i = 0; i < 200; i++) socket.send(randomBytes(64), peer.port, peer.address);
  },
};

const listening = config.servers.map(
  (server) =>
    new Promise((resolve, reject) => {
      if (server.behaviour in DATAGRAM) {
        const socket = createSocket('udp4');
        socket.on('message', (message, peer) => DATAGRAM[server.behaviour](socket, message, peer));
        socket.on('error', () => {});
        socket.once('listening', resolve);
        socket.bind(server.port, server.address);
        return;
      }
      const behave = STREAM[server.behaviour];
      if (!behave) return reject(new Error(`servers.mjs: no behaviour ${server.behaviour}`));
      const listener = createServer((socket) => {
        // A client that hangs up mid-flood is the point, not a failure of this server.
        socket.on('error', () => {});
        behave(socket, server);
      });
      listener.once('error', reject);
      listener.listen(server.port, server.address, resolve);
    }),
);

Promise.all(listening).then(
  () => process.stdout.write('ready\n'),
  (error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  },
);
