// A CONNECT tunnel through an HTTP proxy (or an HTTPS one: TLS to the proxy first):
// the transaction (one time budget, AbortSignal) over a thin socket adapter. On
// success the caller gets the raw socket, ready for its own TLS handshake.
import { Socket, connect as netConnect, isIP, type LookupFunction } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import type { Outcome } from '../../../common/outcomes';
import { formatProxyEntry, type ProxyEntry } from '../../../common/proxy';
import { describeFailure, keepErrorsHandled, outcomeOfErrorCode } from '../net/socket-errors';
import { secureContextFor } from '../tls/secure-contexts';
import {
  authSchemesOf,
  authorityOf,
  encodeConnectRequest,
  headerValues,
  parseResponseHead,
  type ResponseHead,
} from './connect-codec';
import { seconds } from '../../../common/i18n/en';

export type TunnelProxy = Exclude<ProxyEntry, { type: 'DIRECT' }>;

/** Fits ProbeDetail.proxy (common/results/schema.ts). */
export interface TunnelProxyDetail {
  via: string;
  status?: string;
  server?: string;
  authSchemes?: string[];
}

export type TunnelResult =
  | { ok: true; socket: Socket; proxyStatus: string; proxy: TunnelProxyDetail }
  | { ok: false; outcome: Outcome; detail: string; proxy: TunnelProxyDetail };

export interface TunnelOptions {
  /** Aborted when the run's deadline passes or the run is cancelled: reported as `timeout`. */
  signal: AbortSignal;
  /** Budget for reaching the proxy and reading its answer. */
  timeoutMs: number;
  /** Extra PEM roots for an HTTPS proxy's own certificate (`--ca`). */
  extraCa?: readonly string[];
  userAgent?: string;
  /**
   * Looks the proxy's name up (net's `lookup` option): the run's resolver, whose look-ups end
   * with the run (main/engine/net/system-lookup.ts). Absent: getaddrinfo in this process.
   */
  lookup?: LookupFunction;
}

const DEFAULT_USER_AGENT = 'onsight-netcheck';

export function openTunnel(
  proxy: TunnelProxy,
  host: string,
  port: number,
  options: TunnelOptions,
): Promise<TunnelResult> {
  const via = formatProxyEntry(proxy);
  const base: TunnelProxyDetail = { via };
  if (proxy.type !== 'PROXY' && proxy.type !== 'HTTPS') {
    return Promise.resolve({
      ok: false,
      outcome: 'not-implemented',
      detail: `${via} is a SOCKS proxy: this check tunnels only through HTTP and HTTPS proxies`,
      proxy: base,
    });
  }
  if (options.signal.aborted) {
    return Promise.resolve({
      ok: false,
      outcome: 'timeout',
      detail: 'the check was stopped before the proxy was contacted',
      proxy: base,
    });
  }
  return runTunnel(proxy, host, port, options, base);
}

function runTunnel(
  proxy: TunnelProxy,
  host: string,
  port: number,
  { signal, timeoutMs, extraCa = [], userAgent = DEFAULT_USER_AGENT, lookup }: TunnelOptions,
  base: TunnelProxyDetail,
): Promise<TunnelResult> {
  const where = `the proxy ${authorityOf(proxy.host, proxy.port)}`;
  const destination = authorityOf(host, port);
  const socket: Socket = keepErrorsHandled(
    proxy.type === 'HTTPS'
      ? tlsConnect({
          host: proxy.host,
          port: proxy.port,
          // RFC 6066 §3: no SNI for an address literal.
          ...(isIP(proxy.host) === 0 && { servername: proxy.host }),
          ...(extraCa.length > 0 && { secureContext: secureContextFor(extraCa) }),
          ...(lookup && { lookup }),
        })
      : netConnect({ host: proxy.host, port: proxy.port, ...(lookup && { lookup }) }),
  );
  const connectEvent = proxy.type === 'HTTPS' ? 'secureConnect' : 'connect';
  let connected = false;
  let received: Buffer = Buffer.alloc(0);

  return new Promise<TunnelResult>((resolve) => {
    const timer = setTimeout(onTimeout, timeoutMs);
    signal.addEventListener('abort', onTimeout, { once: true });
    socket.once(connectEvent, onConnect);
    // Paused mode ('readable', not 'data'): nothing past the head is consumed, so the
    // socket reaches the caller with every byte of the tunnel still unread.
    socket.on('readable', onReadable);
    socket.once('error', onError);
    socket.once('close', onClose);

    function finish(result: TunnelResult) {
      clearTimeout(timer);
      signal.removeEventListener('abort', onTimeout);
      socket.removeListener(connectEvent, onConnect);
      socket.removeListener('readable', onReadable);
      socket.removeListener('error', onError);
      socket.removeListener('close', onClose);
      if (!result.ok) socket.destroy();
      resolve(result);
    }
    function fail(outcome: Outcome, detail: string, head?: ResponseHead) {
      finish({ ok: false, outcome, detail, proxy: detailOf(base, head) });
    }
    function onConnect() {
      connected = true;
      socket.write(encodeConnectRequest(host, port, { credentials: proxy.credentials, userAgent }));
    }
    function onTimeout() {
      fail(
        'timeout',
        connected
          ? `${where} accepted the connection but did not answer the request for ${destination} within ${seconds(timeoutMs)}`
          : describeFailure('timeout', where, timeoutMs),
      );
    }
    function onError(error: NodeJS.ErrnoException) {
      if (
        connectEvent === 'secureConnect' &&
        !connected &&
        error.code !== undefined &&
        !(error.code in SOCKET_CODES)
      ) {
        fail('tls-error', `the TLS handshake with ${where} failed: ${error.message}`);
        return;
      }
      const outcome = outcomeOfErrorCode(error.code);
      if (outcome === 'dns-fail')
        fail(outcome, `the proxy's name ${proxy.host} could not be resolved`);
      else if (outcome === 'error') fail(outcome, `talking to ${where} failed: ${error.message}`);
      else fail(outcome, describeFailure(outcome, where, timeoutMs, error.code));
    }
    function onClose() {
      fail(
        'reset',
        `${where} closed the connection without answering the request for ${destination}`,
      );
    }
    function onReadable() {
      let chunk: Buffer | null;
      while ((chunk = socket.read() as Buffer | null) !== null) {
        received = Buffer.concat([received, chunk]);
        if (examine()) return;
      }
    }
    /** True once the answer is decided. */
    function examine(): boolean {
      let parsed = parseResponseHead(received);
      // RFC 9110 §15.2: interim (1xx) responses precede the final one; skip them and read
      // on. 101 is not one of them here (below).
      while (
        parsed.state === 'complete' &&
        parsed.head.statusCode < 200 &&
        parsed.head.statusCode !== 101
      ) {
        received = parsed.rest;
        parsed = parseResponseHead(received);
      }
      if (parsed.state === 'incomplete') return false;
      if (parsed.state === 'malformed') {
        fail(
          'malformed',
          `${where} answered something that is not an HTTP response: ${parsed.reason}`,
        );
        return true;
      }
      const { head, rest } = parsed;
      if (head.statusCode === 101) {
        // RFC 9110 §15.2.2: a server switches only to a protocol the request's Upgrade asked
        // for, and a CONNECT asks for none: what follows is no tunnel to the destination.
        fail(
          'malformed',
          `${where} answered the request for ${destination} with "${head.statusLine}", a protocol switch nobody asked for: not a tunnel`,
          head,
        );
        return true;
      }
      const server = headerValues(head, 'server')[0];
      const by = server ? ` (${server})` : '';
      if (head.statusCode >= 200 && head.statusCode < 300) {
        // Bytes that came with the head already belong to the tunnel.
        if (rest.length > 0) socket.unshift(rest);
        finish({ ok: true, socket, proxyStatus: head.statusLine, proxy: detailOf(base, head) });
        return true;
      }
      if (head.statusCode === 407) {
        const schemes = authSchemesOf(headerValues(head, 'proxy-authenticate'));
        const offered =
          schemes.length > 0 ? `it offers ${schemes.join(', ')}` : 'it names no sign-in method';
        const tried = proxy.credentials ? 'refused the user name and password given and ' : '';
        fail(
          'proxy-auth',
          `${where}${by} ${tried}asks to sign in ("${head.statusLine}"): ${offered}`,
          head,
        );
        return true;
      }
      fail(
        'proxy-denied',
        `${where}${by} ${refusalWords(head.statusCode, destination)} ("${head.statusLine}")`,
        head,
      );
      return true;
    }
  });
}

// Errors that come from the socket rather than from the TLS layer.
const SOCKET_CODES = {
  ECONNREFUSED: 1,
  ECONNRESET: 1,
  EPIPE: 1,
  ETIMEDOUT: 1,
  EPERM: 1,
  EACCES: 1,
  EHOSTUNREACH: 1,
  ENETUNREACH: 1,
  EHOSTDOWN: 1,
  ENETDOWN: 1,
  EADDRNOTAVAIL: 1,
  ENOTFOUND: 1,
  EAI_AGAIN: 1,
  EAI_NONAME: 1,
};

function refusalWords(statusCode: number, destination: string): string {
  // 502/503/504 (RFC 9110 §15.6): the proxy tried, and could not reach the destination itself.
  if (statusCode === 502 || statusCode === 503 || statusCode === 504)
    return `could not reach ${destination} itself`;
  if (statusCode === 403) return `refuses connections to ${destination}: its policy blocks them`;
  return `refused the request for ${destination}`;
}

function detailOf(base: TunnelProxyDetail, head: ResponseHead | undefined): TunnelProxyDetail {
  if (!head) return base;
  const server = headerValues(head, 'server')[0];
  const schemes = authSchemesOf(headerValues(head, 'proxy-authenticate'));
  return {
    ...base,
    status: head.statusLine,
    ...(server !== undefined && { server }),
    ...(schemes.length > 0 && { authSchemes: schemes }),
  };
}
