// Small UDP peers on 127.0.0.1 that provoke the STUN probe's outcomes for real.
import { createSocket, type Socket } from 'node:dgram';

export interface UdpPeer {
  port: number;
  /** Datagrams received so far. */
  received: number;
  close(): Promise<void>;
}

function bind(socket: Socket, port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(port, '127.0.0.1', () => {
      socket.off('error', reject);
      resolve(socket.address().port);
    });
  });
}

/** Answers each datagram with what `answer` returns (nothing when it returns null). */
export async function answeringUdpPeer(
  answer: ((bytes: Buffer) => Buffer | null) | null,
): Promise<UdpPeer> {
  const socket = createSocket('udp4');
  const port = await bind(socket);
  const state: UdpPeer = {
    port,
    received: 0,
    close: () => new Promise((resolve) => socket.close(() => resolve())),
  };
  socket.on('message', (bytes, from) => {
    state.received += 1;
    const reply = answer?.(bytes);
    if (reply) socket.send(reply, from.port, from.address);
  });
  return state;
}

/** Reads every datagram and never answers: a server behind a dropping firewall, as seen from here. */
export const silentUdpPeer = () => answeringUdpPeer(null);

/** Answers every datagram with bytes that are not STUN. */
export const garbageUdpPeer = () =>
  answeringUdpPeer(() => Buffer.from('HTTP/1.1 400 Bad Request\r\n\r\n'));

/** A port on 127.0.0.1 with nothing bound to it (the kernel answers ICMP port unreachable). */
export async function closedUdpPort(): Promise<number> {
  const socket = createSocket('udp4');
  const port = await bind(socket);
  await new Promise<void>((resolve) => socket.close(() => resolve()));
  return port;
}

/** A free UDP port on 127.0.0.1 inside [from, to] (for coturn's aux servers in the media range). */
export async function freeUdpPortIn(from: number, to: number): Promise<number> {
  for (let tries = 0; tries < 100; tries++) {
    const candidate = from + Math.floor(Math.random() * (to - from + 1));
    const socket = createSocket('udp4');
    try {
      await bind(socket, candidate);
      return candidate;
    } catch {
      // taken: try another
    } finally {
      await new Promise<void>((resolve) => socket.close(() => resolve()));
    }
  }
  throw new Error(`no free UDP port in ${from}-${to}`);
}
