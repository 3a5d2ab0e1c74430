// The thin socket layer under a STUN transaction: one UDP socket *connected* to the server.
// Connecting matters: only a connected UDP socket is told about ICMP errors, so that
// "port unreachable" surfaces as ECONNREFUSED (→ `refused`) instead of silence.
import { createSocket, type Socket } from 'node:dgram';
import { isIP } from 'node:net';

type LookupCallback = (error: null, address: string, family: number) => void;

export interface DatagramChannel {
  /** Resolves once the kernel took the datagram; rejects with the errno (EPERM: a local firewall). */
  send(bytes: Uint8Array): Promise<void>;
  onDatagram(listener: (bytes: Uint8Array) => void): void;
  /** Errors reported on a later read, such as ECONNREFUSED after an ICMP port-unreachable. */
  onError(listener: (error: NodeJS.ErrnoException) => void): void;
  close(): void;
}

/** The socket's close, safe to call twice (a failed setup, then its user). */
function closeOnce(socket: Socket): () => void {
  let closed = false;
  return () => {
    if (closed) return;
    closed = true;
    socket.close();
  };
}

/**
 * Resolves with `ready()` once `start` calls back without an error; an error meanwhile (the
 * socket's or the callback's) closes the socket and rejects.
 */
function setUp<T>(
  socket: Socket,
  close: () => void,
  start: (done: (error?: Error | null) => void) => void,
  ready: () => T,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => {
      close();
      reject(error);
    };
    socket.once('error', fail);
    start((error) => {
      socket.off('error', fail);
      if (error) fail(error);
      else resolve(ready());
    });
  });
}

export function openConnectedUdp(address: string, port: number): Promise<DatagramChannel> {
  const family = isIP(address);
  const socket: Socket = createSocket({
    type: family === 6 ? 'udp6' : 'udp4',
    // Probes resolve a name once and pass the literal: skip dns.lookup, which a sample of
    // thousands of sockets would pay once each (node:dgram's lookup4/lookup6).
    ...(family !== 0 && {
      lookup: (host: string, _family: unknown, callback: LookupCallback) =>
        process.nextTick(callback, null, host, family),
    }),
  });
  const close = closeOnce(socket);
  // Node calls back with the error when connect(2) fails (ENETUNREACH without a route),
  // although @types/node declares the callback without arguments.
  return setUp(
    socket,
    close,
    (done) => socket.connect(port, address, done as () => void),
    () => ({
      send: (bytes) =>
        new Promise<void>((done, fail) =>
          socket.send(bytes, (error) => (error ? fail(error) : done())),
        ),
      onDatagram: (listener) => socket.on('message', (bytes) => listener(bytes)),
      onError: (listener) => socket.on('error', listener),
      close,
    }),
  );
}

/**
 * One UDP socket that talks to several servers: what a NAT-behaviour check needs, since a
 * NAT's mapping belongs to the local address and port (RFC 4787 §4.1). Each destination gets
 * a channel of its own that sees only datagrams from that address and port. Unconnected, the
 * socket hears of no ICMP errors: a server that does not answer is silence.
 */
export interface SharedUdpSocket {
  localPort: number;
  channelTo(address: string, port: number): DatagramChannel;
  close(): void;
}

/**
 * Bound on every address and a port the system picks, as node:dgram binds each connected
 * socket above before it connects: no bind the STUN probes do not already make (udp-bind.ts
 * says why binding chosen ports on every address is avoided on Windows).
 */
export function openSharedUdp(family: 4 | 6): Promise<SharedUdpSocket> {
  const socket: Socket = createSocket(family === 6 ? 'udp6' : 'udp4');
  const close = closeOnce(socket);
  return setUp(
    socket,
    close,
    (done) => socket.bind(0, () => done()),
    (): SharedUdpSocket => ({
      localPort: socket.address().port,
      channelTo: (address, port) => {
        const listeners: Array<(bytes: Uint8Array) => void> = [];
        const errorListeners: Array<(error: NodeJS.ErrnoException) => void> = [];
        const onMessage = (bytes: Buffer, from: { address: string; port: number }) => {
          if (from.address === address && from.port === port)
            for (const listener of listeners) listener(bytes);
        };
        const onError = (error: NodeJS.ErrnoException) => {
          for (const listener of errorListeners) listener(error);
        };
        socket.on('message', onMessage);
        socket.on('error', onError);
        return {
          send: (bytes) =>
            new Promise<void>((done, fail) =>
              socket.send(bytes, port, address, (error) => (error ? fail(error) : done())),
            ),
          onDatagram: (listener) => void listeners.push(listener),
          onError: (listener) => void errorListeners.push(listener),
          // The socket stays open for the other servers' channels; only this view ends.
          close: () => {
            socket.off('message', onMessage);
            socket.off('error', onError);
          },
        };
      },
      close,
    }),
  );
}

/**
 * The address this computer sends from towards `address`: a connected UDP socket asks the
 * routing table and sends nothing (connect(2) on UDP only fixes the peer).
 */
export async function sourceAddressTowards(address: string, port: number): Promise<string> {
  const socket: Socket = createSocket(isIP(address) === 6 ? 'udp6' : 'udp4');
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('error', reject);
      const connected = (error?: Error) => (error ? reject(error) : resolve());
      socket.connect(port, address, connected as () => void);
    });
    return socket.address().address;
  } finally {
    socket.close();
  }
}
