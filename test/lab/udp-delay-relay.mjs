#!/usr/bin/env node
// An impairment relay for the lab (issue 12): this kernel has no netem qdisc, so a delay is
// made in user space. Every datagram from a client is held DELAY_MS, then sent on to the
// upstream server from a socket of that client's own; the answers go straight back from the
// listening address, as if the server were there. Run inside the server namespace:
//   node test/lab/udp-delay-relay.mjs LISTEN_ADDRESS PORT UPSTREAM_ADDRESS PORT DELAY_MS
// Prints "ready" once it listens; stops on SIGTERM.
import { createSocket } from 'node:dgram';

const [listenAddress, listenPort, upstreamAddress, upstreamPort, delay] = process.argv.slice(2);
const delayMs = Number(delay);
if (!listenAddress || !upstreamAddress || !(delayMs >= 0)) {
  process.stderr.write('usage: udp-delay-relay.mjs LISTEN PORT UPSTREAM PORT DELAY_MS\n');
  process.exit(2);
}

const front = createSocket('udp4');
/** One upstream socket per client address and port, so that answers find their way back. */
const upstreams = new Map();

function upstreamFor(address, port) {
  const key = `${address}:${port}`;
  let upstream = upstreams.get(key);
  if (!upstream) {
    const socket = createSocket('udp4');
    socket.on('message', (bytes) => front.send(bytes, port, address));
    // connect() is asynchronous: datagrams due before it completes wait for it.
    upstream = {
      socket,
      ready: new Promise((done) => socket.connect(Number(upstreamPort), upstreamAddress, done)),
    };
    upstreams.set(key, upstream);
  }
  return upstream;
}

front.on('message', (bytes, from) => {
  const upstream = upstreamFor(from.address, from.port);
  setTimeout(() => void upstream.ready.then(() => upstream.socket.send(bytes)), delayMs);
});

front.bind(Number(listenPort), listenAddress, () => process.stdout.write('ready\n'));
process.on('SIGTERM', () => process.exit(0));
