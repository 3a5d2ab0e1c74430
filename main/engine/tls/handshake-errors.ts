// A failed TLS handshake → outcome and plain words (pure). Error codes are Node's
// (ERR_SSL_* carry OpenSSL's reason; a real RST carries the syscall that saw it).
import type { Outcome } from '../../../common/outcomes';

export interface HandshakeFailure {
  outcome: Extract<Outcome, 'tls-error' | 'reset'>;
  errorCode?: string;
  message: string;
}

interface ErrorLike {
  code?: string;
  syscall?: string;
  message?: string;
}

/** Alerts and errors that mean "we could not agree on a protocol version" (RFC 8446 §6.2 protocol_version). */
const VERSION_CODES = new Set([
  'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION',
  'ERR_SSL_UNSUPPORTED_PROTOCOL',
  'ERR_SSL_NO_PROTOCOLS_AVAILABLE',
  'ERR_SSL_WRONG_SSL_VERSION',
]);

/** The first bytes back were not a TLS record: something else answers on the port. */
const NOT_TLS_CODES = new Set([
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'ERR_SSL_PACKET_LENGTH_TOO_LONG',
  'ERR_SSL_HTTP_REQUEST',
  'ERR_SSL_UNKNOWN_PROTOCOL',
  'ERR_SSL_RECORD_LENGTH_MISMATCH',
]);

export function classifyHandshakeError(
  error: ErrorLike,
  where: string,
  minVersion: string | undefined,
): HandshakeFailure {
  const code = error.code;
  // Node reports a peer that closed (FIN) mid-handshake as ECONNRESET without a syscall;
  // a real RST comes from a read or write and names it.
  if ((code === 'ECONNRESET' || code === 'EPIPE') && error.syscall) {
    return {
      outcome: 'reset',
      errorCode: code,
      message: `${where} cut the connection during the TLS handshake (reset): typical of a firewall or intrusion-prevention system that filters by server name (SNI)`,
    };
  }
  if (code === 'ECONNRESET') {
    return {
      outcome: 'tls-error',
      errorCode: code,
      message: `${where} closed the connection during the TLS handshake without answering: a filter on the server name (SNI), or a service that does not speak TLS`,
    };
  }
  if (code && VERSION_CODES.has(code)) {
    return {
      outcome: 'tls-error',
      errorCode: code,
      message: `${where} does not offer ${minVersion ? `${versionWords(minVersion)} or later` : 'a TLS version we accept'}: the TLS handshake failed on the protocol version`,
    };
  }
  if (code && NOT_TLS_CODES.has(code)) {
    return {
      outcome: 'tls-error',
      errorCode: code,
      message: `${where} answered, but not with TLS: something other than a TLS server listens there`,
    };
  }
  return {
    outcome: 'tls-error',
    errorCode: code,
    message: `the TLS handshake with ${where} failed${code ? ` (${code})` : ''}: ${firstLine(error.message)}`,
  };
}

/** "TLSv1.2" → "TLS 1.2". */
export const versionWords = (version: string) => version.replace(/^TLSv/, 'TLS ');

/** OpenSSL messages run over several lines with library paths; the first one is enough. */
function firstLine(message: string | undefined): string {
  const line = (message ?? 'unknown error').split('\n')[0] ?? '';
  // "8057...:error:0A00042E:SSL routines:ssl3_read_bytes:tlsv1 alert protocol version:..." → the reason.
  const parts = line.split(':');
  return parts.length >= 6 && parts[1] === 'error' ? (parts[5] ?? line) : line;
}
