// TLS servers that misbehave after a genuine handshake, for the hostile-server tests: a real
// Node TLS server behind a relay on 127.0.0.1 that adds bytes of its own to what it relays.
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { createServer as createTlsServer, type TlsOptions } from 'node:tls';
import { listenOnLoopback } from './loopback-server';

/**
 * A TLS application-data record (RFC 8446 §5.1: type 23, legacy version 0x0303) whose
 * ciphertext is random: its authentication tag cannot verify, so the client must fail with
 * bad_record_mac (RFC 8446 §5.2).
 */
export const CORRUPT_RECORD = Buffer.concat([
  Buffer.from([23, 0x03, 0x03, 0x00, 0x20]),
  Buffer.alloc(32, 0xa5),
]);

export interface RelayedTls {
  /** The relay's port: what the client connects to. */
  port: number;
  close(): Promise<void>;
}

/**
 * A genuine TLS server whose first flight reaches the client with `extra` appended in the
 * same write: with TLS 1.3 the first flight ends with the server's Finished, so the client
 * completes its handshake and reads `extra` at once, before any caller can react.
 * `onSecure` runs on the server side once the handshake is done (e.g. to answer a request).
 */
export async function tlsWithTrailer(
  options: TlsOptions,
  extra: Buffer,
  onSecure: (socket: Socket) => void = () => {},
  /** Where the relay listens; by default a free port on 127.0.0.1. */
  at: { host: string; port: number } = { host: '127.0.0.1', port: 0 },
): Promise<RelayedTls> {
  const inner = await listenOnLoopback(
    createTlsServer(options, (socket) => {
      socket.on('error', () => {});
      onSecure(socket);
    }).on('tlsClientError', () => {}),
  );
  const accepted = new Set<Socket>();
  const relay = createServer((client) => {
    accepted.add(client);
    const upstream = connect({ host: '127.0.0.1', port: inner.port });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    client.on('close', () => {
      accepted.delete(client);
      upstream.destroy();
    });
    upstream.on('close', () => client.destroy());
    let first = true;
    client.on('data', (chunk: Buffer) => upstream.write(chunk));
    upstream.on('data', (chunk: Buffer) => {
      client.write(first ? Buffer.concat([chunk, extra]) : chunk);
      first = false;
    });
  });
  await new Promise<void>((resolve, reject) => {
    relay.once('error', reject);
    relay.listen(at.port, at.host, () => resolve());
  });
  return {
    port: (relay.address() as AddressInfo).port,
    close: async () => {
      for (const socket of accepted) socket.destroy();
      await new Promise<void>((resolve) => relay.close(() => resolve()));
      await inner.close();
    },
  };
}
