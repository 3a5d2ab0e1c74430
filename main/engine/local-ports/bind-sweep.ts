// Binds each port of a range once and releases it at once: the only sure test of whether
// Onsight could bind there, since the kernel's overlap rules (a wildcard against a specific
// address, dual-stack IPv6 sockets, SO_REUSEPORT groups) decide, not what a table lists.
import { createSocket } from 'node:dgram';
import { isIPv6 } from 'node:net';

export interface BindFailure {
  port: number;
  /** EADDRINUSE when another socket holds the port; EACCES for a port the system reserves. */
  code: string;
}

export interface SweepResult {
  free: number[];
  failed: BindFailure[];
  /** False when the signal stopped the sweep before every port was tried. */
  complete: boolean;
}

/** Binds in flight at once: quick over 201 ports, far below any descriptor limit. */
const AT_ONCE = 32;

/** Every socket opened is closed before the returned promise settles, abort or not. */
export async function bindSweep(
  ports: readonly number[],
  address: string,
  signal: AbortSignal,
): Promise<SweepResult> {
  const type = isIPv6(address) ? 'udp6' : 'udp4';
  const free: number[] = [];
  const failed: BindFailure[] = [];
  const queue = [...ports];
  const worker = async () => {
    for (let port = queue.shift(); port !== undefined && !signal.aborted; port = queue.shift()) {
      const code = await tryBind(port, address, type);
      if (code === null) free.push(port);
      else failed.push({ port, code });
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, ports.length) }, worker));
  free.sort((a, b) => a - b);
  failed.sort((a, b) => a.port - b.port);
  return { free, failed, complete: free.length + failed.length === ports.length };
}

/** null when the port could be bound; otherwise the system's error code. */
function tryBind(port: number, address: string, type: 'udp4' | 'udp6'): Promise<string | null> {
  return new Promise((resolve) => {
    // No SO_REUSEADDR: like Onsight's own bind, any other holder of the port makes it fail.
    const socket = createSocket({ type, reuseAddr: false });
    const release = (code: string | null) => socket.close(() => resolve(code));
    socket.once('error', (error: NodeJS.ErrnoException) => release(error.code ?? 'EUNKNOWN'));
    socket.once('listening', () => release(null));
    socket.bind(port, address);
  });
}
