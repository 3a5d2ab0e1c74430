// The TLS transaction over a socket that is already connected: directly, or through a
// proxy's CONNECT tunnel. The caller owns the connection; this only adds TLS on top.
import type { Duplex } from 'node:stream';
import { checkServerIdentity, connect, type SecureVersion, type TLSSocket } from 'node:tls';
import { seconds, TLS_STREAM_FAILURES } from '../../../common/i18n/en';
import { keepErrorsHandled } from '../net/socket-errors';
import { chainOf, chainPemOf, type CertificateSummary } from './certificates';
import { classifyHandshakeError, type HandshakeFailure } from './handshake-errors';
import { handshakeSlot } from './handshake-slots';
import { secureContextFor } from './secure-contexts';
import { nextStartTurn } from '../net/turns';

export interface TlsHandshakeOptions {
  /** Server name to send (SNI); a host name only, never an address (RFC 6066 §3). */
  servername?: string;
  /** The name or address the certificate must be valid for. */
  identity: string;
  minVersion?: SecureVersion;
  /** PEM roots trusted as if public (`--ca`). */
  extraCa: readonly string[];
  /** Aborts the handshake (time up or run cancelled): reported as `timeout`. */
  signal: AbortSignal;
  /** Only for the words of a timeout message. */
  timeoutMs: number;
  /** How messages name the far end, e.g. "52.142.34.50 port 5061". */
  where: string;
}

/** What the handshake showed, before any judgement on interception. */
export interface TlsAnalysis {
  version: string;
  cipher: string;
  sni?: string;
  /** Leaf first. */
  chain: CertificateSummary[];
  /** The same chain in PEM, to ask this computer's trust store about it. */
  chainPem?: string;
  /** The chain validates against Node's bundled public roots plus `--ca`, and nothing else. */
  chainValid: boolean;
  /** OpenSSL's verdict on the chain when it does not validate (e.g. SELF_SIGNED_CERT_IN_CHAIN). */
  authorizationError?: string;
  /** Why the certificate is not valid for `identity` (RFC 6125 name check), when it is not. */
  nameMismatch?: string;
  handshakeMs: number;
}

export interface TlsHandshakeFailure {
  ok: false;
  /** `not-sent`: the attempt's time ran out while it waited for its turn, before any ClientHello. */
  outcome: HandshakeFailure['outcome'] | 'timeout' | 'not-sent';
  errorCode?: string;
  message: string;
}

export type TlsHandshakeResult =
  { ok: true; socket: TLSSocket; analysis: TlsAnalysis } | TlsHandshakeFailure;

/**
 * Runs the handshake and reads the peer's chain. Validation is our own, against the public
 * roots shipped with Node (plus `--ca`) and not this computer's store: an inspecting proxy's
 * CA that IT installed on the computer must still show as interception.
 * On success the caller owns the returned TLS socket; on failure both sockets are destroyed.
 */
export async function tlsHandshake(
  socket: Duplex,
  options: TlsHandshakeOptions,
): Promise<TlsHandshakeResult> {
  const { signal, where } = options;
  const timedOut: TlsHandshakeFailure = {
    ok: false,
    outcome: 'timeout',
    message: `${where} accepted the connection but did not complete the TLS handshake within ${seconds(options.timeoutMs)}`,
  };
  // A ClientHello costs CPU (key shares): it goes out in a turn of its own with a few others
  // (net/turns.ts), after the answers already in are read, so it never counts in their round
  // trips; and only a few handshakes run at once (handshake-slots.ts).
  const release = await handshakeSlot();
  await nextStartTurn('normal', signal);
  if (signal.aborted) {
    release();
    socket.destroy();
    // Nothing was sent: saying the server did not complete a handshake would blame it.
    return { ok: false, outcome: 'not-sent', message: TLS_STREAM_FAILURES.notStarted(where) };
  }
  // The run's shared context: built once, not per handshake (secure-contexts.ts).
  const secureContext = secureContextFor(options.extraCa, options.minVersion);
  // `handshakeMs` runs from the ClientHello (written as `connect` starts the handshake) to
  // 'secureConnect': the TLS exchange alone, after the TCP connect and any proxy tunnel.
  const started = performance.now();
  const tlsSocket = connect({
    socket,
    servername: options.servername,
    secureContext,
    // Judge the chain ourselves (below), and never let Node guess the name from the socket.
    rejectUnauthorized: false,
    checkServerIdentity: () => undefined,
  });
  keepErrorsHandled(tlsSocket);
  return new Promise((resolve) => {
    const finish = (result: TlsHandshakeResult) => {
      release();
      signal.removeEventListener('abort', onAbort);
      tlsSocket.removeListener('secureConnect', onSecure);
      tlsSocket.removeListener('error', onError);
      if (!result.ok) {
        tlsSocket.destroy();
        socket.destroy();
      }
      resolve(result);
    };
    const onAbort = () => finish(timedOut);
    const onError = (error: NodeJS.ErrnoException) =>
      finish({ ok: false, ...classifyHandshakeError(error, where, options.minVersion) });
    const onSecure = () => {
      const handshakeMs = Math.round(performance.now() - started);
      const peer = tlsSocket.getPeerCertificate(true);
      const hasCertificate = Object.keys(peer).length > 0;
      const analysis: TlsAnalysis = {
        version: tlsSocket.getProtocol() ?? 'unknown',
        cipher: tlsSocket.getCipher()?.name ?? 'unknown',
        chain: hasCertificate ? chainOf(peer) : [],
        chainValid: tlsSocket.authorized,
        handshakeMs,
      };
      if (hasCertificate) analysis.chainPem = chainPemOf(peer);
      if (options.servername) analysis.sni = options.servername;
      if (!tlsSocket.authorized) {
        analysis.authorizationError = String(tlsSocket.authorizationError ?? 'NO_CERTIFICATE');
      }
      const mismatch = hasCertificate
        ? checkServerIdentity(options.identity, peer)
        : new Error('the server sent no certificate');
      if (mismatch) analysis.nameMismatch = mismatch.message;
      finish({ ok: true, socket: tlsSocket, analysis });
    };
    signal.addEventListener('abort', onAbort, { once: true });
    tlsSocket.once('secureConnect', onSecure);
    tlsSocket.once('error', onError);
  });
}
