// System socket errors → the outcome vocabulary, shared by every TCP and UDP adapter.
import type { EventEmitter } from 'node:events';
import { seconds, TLS_STREAM_FAILURES } from '../../../common/i18n/en';
import type { Outcome } from '../../../common/outcomes';

const ignoreLateError = () => {};

/**
 * Gives a socket an 'error' listener for its whole life, from its creation. Each transaction
 * listens while it waits and reports what it sees; but a peer can send an error between two
 * of them or after the last (a corrupt TLS record in the same segment as the handshake's
 * Finished, an RST after the answer), and an 'error' nobody listens to ends the process.
 */
export function keepErrorsHandled<T extends EventEmitter>(socket: T): T {
  return socket.on('error', ignoreLateError);
}

const OUTCOME_OF_CODE: Record<string, Outcome> = {
  ECONNREFUSED: 'refused',
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  ETIMEDOUT: 'timeout',
  // A firewall on this computer refuses the send before a packet leaves (Linux netfilter
  // OUTPUT drop/reject, macOS pf, Windows Filtering Platform).
  EPERM: 'local-block',
  EACCES: 'local-block',
  EHOSTUNREACH: 'unreachable',
  ENETUNREACH: 'unreachable',
  EHOSTDOWN: 'unreachable',
  ENETDOWN: 'unreachable',
  EADDRNOTAVAIL: 'unreachable',
  ENOTFOUND: 'dns-fail',
  EAI_AGAIN: 'dns-fail',
  EAI_NONAME: 'dns-fail',
};

export function outcomeOfErrorCode(code: string | undefined): Outcome {
  // Node names every OpenSSL failure ERR_SSL_<reason>: on a stream after its handshake that
  // is a corrupt record or an alert from the peer, a fact about the far end, never our bug.
  if (code?.startsWith('ERR_SSL_')) return 'tls-error';
  return (code && OUTCOME_OF_CODE[code]) || 'error';
}

/** "ERR_SSL_TLSV1_ALERT_ACCESS_DENIED" → "access denied" (RFC 8446 §6 alert names). */
const ALERT = /^ERR_SSL_(?:SSLV3|TLSV1|TLSV13)_ALERT_([A-Z0-9_]+)$/;
const CORRUPTED = new Set([
  'ERR_SSL_DECRYPTION_FAILED_OR_BAD_RECORD_MAC',
  'ERR_SSL_DECRYPTION_FAILED',
  'ERR_SSL_BAD_RECORD_MAC',
  'ERR_SSL_SSLV3_ALERT_BAD_RECORD_MAC',
  'ERR_SSL_TLSV1_ALERT_DECRYPTION_FAILED',
]);

function describeTlsStreamFailure(code: string | undefined, where: string): string {
  if (code === undefined) return TLS_STREAM_FAILURES.other(where, 'no reason given');
  if (CORRUPTED.has(code)) return TLS_STREAM_FAILURES.corrupted(where);
  if (code === 'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED')
    return TLS_STREAM_FAILURES.certificateRequired(where);
  const alert = ALERT.exec(code)?.[1];
  if (alert) return TLS_STREAM_FAILURES.alert(where, alert.toLowerCase().replaceAll('_', ' '));
  return TLS_STREAM_FAILURES.other(where, code);
}

/**
 * Plain words for the person reading the row; `where` is e.g. "52.142.34.50 port 5061".
 * `code` (the error's) tells TLS failures apart.
 */
export function describeFailure(
  outcome: Outcome,
  where: string,
  timeoutMs: number,
  code?: string,
): string {
  switch (outcome) {
    case 'tls-error':
      return describeTlsStreamFailure(code, where);
    case 'refused':
      return `${where} refused the connection: nothing listens there, or a firewall rejects it`;
    case 'timeout':
      return `no answer from ${where} after ${seconds(timeoutMs)}: likely blocked by a firewall`;
    case 'reset':
      return `${where} cut the connection (reset): typical of an intrusion-prevention system or a filtering proxy`;
    case 'local-block':
      return `this computer's own firewall stopped the packet to ${where}`;
    case 'unreachable':
      // ENETUNREACH is a missing route here; EHOSTUNREACH is often a router or firewall's ICMP
      // "unreachable" or "administratively prohibited" (RFC 1812 §5.2.7.1).
      return `${where} cannot be reached: no route to it from this network, or a router or firewall on the way answered "unreachable"`;
    default:
      return `${outcome} from ${where}`;
  }
}
