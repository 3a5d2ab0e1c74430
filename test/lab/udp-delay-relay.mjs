#!/usr/bin/env node
// An impairment relay for the lab (issues 12 and 18): this kernel has no netem qdisc, so
// delay, jitter and loss are made in user space. Every datagram from a client is held
// DELAY_MS ± JITTER_MS (uniform, drawn per datagram), then sent on to the upstream server
// from a socket of that client's own; the answers go straight back from the listening
// address, as if the server were there. LOSS_PCT drops that share of the datagrams, drawn
// per datagram in each direction. Run inside the server namespace:
//   node test/lab/udp-delay-relay.mjs LISTEN_ADDRESS PORT UPSTREAM_ADDRESS PORT DELAY_MS \
//     [JITTER_MS [LOSS_PCT [LOG_FILE]]]
// With LOG_FILE, one JSON line per datagram says what the relay did to it, when it was done:
//   {"dir":"up"|"down","client":"198.18.0.2:40000","id":"<STUN transaction id, hex>",
//    "dropped":false,"heldMs":81.3,"seq":7}
// ("up": client to server; heldMs: from its arrival to the send, as measured, so the timer's
// own lateness is in it; seq, on "up" only: its place among that client's datagrams, in the
// order they arrived, which is the order the client sent them). Lines come in the order of the relay's sends (and drops): the order
// in which the client receives the answers. Prints "ready" once it listens; stops on SIGTERM.
import { createSocket } from 'node:dgram';
import { closeSync, openSync, writeSync } from 'node:fs';

const [listenAddress, listenPort, upstreamAddress, upstreamPort, delay, jitter, loss, logFile] =
  process.argv.slice(2);
const delayMs = Number(delay);
const jitterMs = Number(jitter ?? 0);
const lossPct = Number(loss ?? 0);
if (
  !listenAddress ||
  !upstreamAddress ||
  !(delayMs >= 0) ||
  !(jitterMs >= 0 && jitterMs <= delayMs) ||
  !(lossPct >= 0 && lossPct <= 100)
) {
  process.stderr.write(
    'usage: udp-delay-relay.mjs LISTEN PORT UPSTREAM PORT DELAY_MS [JITTER_MS [LOSS_PCT [LOG_FILE]]]\n',
  );
  process.exit(2);
}

const log = logFile ? openSync(logFile, 'w') : undefined;
/** A STUN message's transaction id (RFC 8489 §5: bytes 8-19), how the test matches packets. */
const idOf = (bytes) => (bytes.length >= 20 ? bytes.subarray(8, 20).toString('hex') : '');
function record(dir, client, bytes, dropped, heldMs, seq) {
  if (log === undefined) return;
  const line = {
    dir,
    client,
    id: idOf(bytes),
    dropped,
    heldMs: Math.round(heldMs * 100) / 100,
    ...(seq !== undefined && { seq }),
  };
  writeSync(log, `${JSON.stringify(line)}\n`);
}
const drop = () => Math.random() * 100 < lossPct;
const holdFor = () => delayMs + (Math.random() * 2 - 1) * jitterMs;

const front = createSocket('udp4');
/** One upstream socket per client address and port, so that answers find their way back. */
const upstreams = new Map();

function upstreamFor(address, port) {
  const key = `${address}:${port}`;
  let upstream = upstreams.get(key);
  if (!upstream) {
    const socket = createSocket('udp4');
    socket.on('message', (bytes) => {
      if (drop()) return record('down', key, bytes, true, 0);
      front.send(bytes, port, address);
      record('down', key, bytes, false, 0);
    });
    // connect() is asynchronous: datagrams due before it completes wait for it.
    upstream = {
      key,
      socket,
      arrived: 0,
      ready: new Promise((done) => socket.connect(Number(upstreamPort), upstreamAddress, done)),
    };
    upstreams.set(key, upstream);
  }
  return upstream;
}

front.on('message', (bytes, from) => {
  const arrivedAt = performance.now();
  const upstream = upstreamFor(from.address, from.port);
  const seq = upstream.arrived++;
  if (drop()) return record('up', upstream.key, bytes, true, 0, seq);
  setTimeout(
    () =>
      void upstream.ready.then(() => {
        upstream.socket.send(bytes);
        record('up', upstream.key, bytes, false, performance.now() - arrivedAt, seq);
      }),
    holdFor(),
  );
});

front.bind(Number(listenPort), listenAddress, () => process.stdout.write('ready\n'));
process.on('SIGTERM', () => {
  if (log !== undefined) closeSync(log);
  process.exit(0);
});
