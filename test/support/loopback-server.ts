// Servers on 127.0.0.1 for probe tests: a free port, every accepted socket tracked so that
// closing the server leaves no handle behind.
import type { AddressInfo, Server, Socket } from 'node:net';
import { createServer } from 'node:net';

export interface Listening {
  port: number;
  /** Sockets accepted so far (TLS servers report their raw TCP sockets). */
  accepted: Socket[];
  close(): Promise<void>;
}

export async function listenOnLoopback(server: Server): Promise<Listening> {
  const accepted: Socket[] = [];
  server.on('connection', (socket: Socket) => {
    accepted.push(socket);
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    accepted,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of accepted) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 where nothing listens (it was free a moment ago). */
export async function closedLoopbackPort(): Promise<number> {
  const listening = await listenOnLoopback(createServer());
  await listening.close();
  return listening.port;
}
