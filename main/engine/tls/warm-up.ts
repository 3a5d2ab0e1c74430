// The process's first TLS handshake costs about 5 ms more CPU than the next ones: OpenSSL
// fetches its algorithms and generates its first key shares, and V8 compiles the TLS code and
// ours (the chain's reading, the name check) on first use. Timed inside a probe, that would
// read as network time (issue 12: a 1-2 ms lab handshake was reported at 6-10 ms). So, before
// the run's clock starts, this process shakes hands once with itself, in memory: nothing
// reaches the network, and it is done once per process.
import { Duplex } from 'node:stream';
import { createSecureContext, TLSSocket, type SecureVersion } from 'node:tls';
import { tlsHandshake } from './handshake';
import { WARM_UP_CERT, WARM_UP_KEY, WARM_UP_NAME } from './warm-up-identity';

/** Longer than an in-memory handshake ever takes (a few ms); it must never hold up a run. */
const WARM_UP_LIMIT_MS = 1000;

let warmed: Promise<void> | undefined;

/** Two duplex streams joined in memory: what one writes, the other reads. */
function memoryPair(): [Duplex, Duplex] {
  const end = (peer: () => Duplex) =>
    new Duplex({
      read() {},
      write(chunk, _encoding, done) {
        peer().push(chunk);
        done();
      },
      final(done) {
        peer().push(null);
        done();
      },
    });
  const client: Duplex = end(() => server);
  const server: Duplex = end(() => client);
  return [client, server];
}

async function shakeHandsWithItself(
  extraCa: readonly string[],
  minVersion: SecureVersion | undefined,
): Promise<void> {
  const [clientEnd, serverEnd] = memoryPair();
  const server = new TLSSocket(serverEnd, {
    isServer: true,
    secureContext: createSecureContext({ key: WARM_UP_KEY, cert: WARM_UP_CERT }),
  });
  server.on('error', () => {});
  // The probes' own code path, with the run's own secure context (keyed by `extraCa`).
  const shaken = await tlsHandshake(clientEnd, {
    servername: WARM_UP_NAME,
    identity: WARM_UP_NAME,
    minVersion,
    extraCa,
    signal: AbortSignal.timeout(WARM_UP_LIMIT_MS),
    timeoutMs: WARM_UP_LIMIT_MS,
    where: WARM_UP_NAME,
  });
  if (shaken.ok) shaken.socket.destroy();
  server.destroy();
}

/** Once per process, before a run's clock: whatever the outcome, it only warms. */
export function warmUpTls(
  extraCa: readonly string[],
  minVersion: SecureVersion | undefined,
): Promise<void> {
  warmed ??= shakeHandsWithItself(extraCa, minVersion).catch(() => {});
  return warmed;
}
