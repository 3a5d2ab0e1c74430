// A SIP OPTIONS request (RFC 3261 §11), built from values the caller chooses: no clock,
// no randomness and no I/O here, so the bytes on the wire are reproducible in tests.

export type StreamTransport = 'TCP' | 'TLS';

export interface OptionsRequestParams {
  transport: StreamTransport;
  /** The server as contacted: an IPv4/IPv6 address or a host name. */
  targetHost: string;
  targetPort: number;
  /** Our socket's own address and port, as the OS bound them (the Via's sent-by). */
  localAddress: string;
  localPort: number;
  /** Unique per request; the magic cookie is added here (RFC 3261 §8.1.1.7). */
  branchId: string;
  /** From tag (RFC 3261 §8.1.1.3). */
  fromTag: string;
  /** Call-ID local part; our address is appended (RFC 3261 §8.1.1.4). */
  callId: string;
  cseq: number;
  userAgent: string;
  /**
   * Ask for `rport` (RFC 3581), as a real UA behind a NAT does; the default. X.3 leaves it
   * out, so that only RFC 3261 §18.2.1's `received` tells what the server saw.
   */
  rport?: boolean;
}

/** RFC 3261 §8.1.1.7: a branch starting with this cookie marks an RFC 3261 transaction id. */
export const BRANCH_MAGIC_COOKIE = 'z9hG4bK';

/** RFC 3261 §8.1.1.6: the value a UAC starts with. */
const MAX_FORWARDS = 70;

/** IPv6 literals are bracketed wherever a port may follow (RFC 3261 §25.1, `hostport`). */
export function formatHost(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

/** What identifies the request's transaction in its answers (RFC 3261 §17.1.3, §8.1.1.4). */
export interface TransactionIds {
  /** The top Via's branch, magic cookie included. */
  branch: string;
  callId: string;
  cseq: number;
  method: string;
}

export function transactionIdsOf(params: OptionsRequestParams): TransactionIds {
  return {
    branch: `${BRANCH_MAGIC_COOKIE}${params.branchId}`,
    callId: `${params.callId}@${formatHost(params.localAddress)}`,
    cseq: params.cseq,
    method: 'OPTIONS',
  };
}

/**
 * The header values a server copies into its answer (RFC 3261 §8.2.6.2): the top Via, From,
 * To (the server adds its tag), Call-ID and CSeq, as this request carries them.
 */
export interface CopiedHeaders {
  via: string;
  from: string;
  to: string;
  callId: string;
  cseq: string;
}

export function copiedHeadersOf(params: OptionsRequestParams): CopiedHeaders {
  const ids = transactionIdsOf(params);
  const target = `${formatHost(params.targetHost)}:${params.targetPort}`;
  const local = formatHost(params.localAddress);
  const scheme = params.transport === 'TLS' ? 'sips' : 'sip';
  // `rport` without a value asks the server to report the source port it saw
  // (RFC 3581 §3); it then also adds `received` with the source address (RFC 3581 §4).
  const rport = params.rport === false ? '' : ';rport';
  return {
    via: `SIP/2.0/${params.transport} ${local}:${params.localPort};branch=${ids.branch}${rport}`,
    from: `<${scheme}:netcheck@${local}>;tag=${params.fromTag}`,
    to: `<${scheme}:${target}>`,
    callId: ids.callId,
    cseq: `${ids.cseq} ${ids.method}`,
  };
}

export function buildOptionsRequest(params: OptionsRequestParams): string {
  const ids = transactionIdsOf(params);
  const copied = copiedHeadersOf(params);
  const target = `${formatHost(params.targetHost)}:${params.targetPort}`;
  const localHostPort = `${formatHost(params.localAddress)}:${params.localPort}`;
  const transport = params.transport.toLowerCase();
  // RFC 3261 §26.2: a TLS hop is asked for with a SIPS URI; plain TCP needs `transport=tcp`
  // because a bare SIP URI would default to UDP (RFC 3261 §19.1.2).
  const requestUri = params.transport === 'TLS' ? `sips:${target}` : `sip:${target};transport=tcp`;
  const scheme = params.transport === 'TLS' ? 'sips' : 'sip';
  const lines = [
    `${ids.method} ${requestUri} SIP/2.0`,
    `Via: ${copied.via}`,
    `Max-Forwards: ${MAX_FORWARDS}`,
    `From: ${copied.from}`,
    `To: ${copied.to}`,
    `Call-ID: ${copied.callId}`,
    `CSeq: ${copied.cseq}`,
    `Contact: <${scheme}:netcheck@${localHostPort};transport=${transport}>`,
    // RFC 3261 §11.1: say which body we could take, as a real UA would.
    'Accept: application/sdp',
    `User-Agent: ${params.userAgent}`,
    // RFC 3261 §18.3: stream transports frame messages by Content-Length, so it is mandatory.
    'Content-Length: 0',
  ];
  return `${lines.join('\r\n')}\r\n\r\n`;
}
