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
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    socket.close();
  };
  return new Promise((resolve, reject) => {
    const failConnect = (error: Error) => {
      close();
      reject(error);
    };
    socket.once('error', failConnect);
    // Node calls back with the error when connect(2) fails (ENETUNREACH without a route),
    // although @types/node declares the callback without arguments.
    const connected = (error?: Error) => {
      socket.off('error', failConnect);
      if (error) return failConnect(error);
      resolve({
        send: (bytes) =>
          new Promise<void>((done, fail) =>
            socket.send(bytes, (error) => (error ? fail(error) : done())),
          ),
        onDatagram: (listener) => socket.on('message', (bytes) => listener(bytes)),
        onError: (listener) => socket.on('error', listener),
        close,
      });
    };
    socket.connect(port, address, connected as () => void);
  });
}
