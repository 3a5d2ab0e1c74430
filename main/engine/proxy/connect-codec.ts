// HTTP/1.1 CONNECT (RFC 9110 §9.3.6) as bytes: the request we send and the proxy's
// response head. Pure; hostile input yields a typed result, never an exception.
import type { ProxyCredentials } from '../../../common/proxy';
import { serverText } from '../../../common/text/server-text';

/** A proxy's response head larger than this is not an answer to CONNECT. */
export const MAX_HEAD_BYTES = 16 * 1024;

/** host:port as the request target and Host header want it (RFC 9110 §7.2; IPv6 in brackets). */
export const authorityOf = (host: string, port: number) =>
  `${host.includes(':') ? `[${host}]` : host}:${port}`;

export function encodeConnectRequest(
  host: string,
  port: number,
  { credentials, userAgent }: { credentials?: ProxyCredentials; userAgent: string },
): string {
  const authority = authorityOf(host, port);
  const lines = [`CONNECT ${authority} HTTP/1.1`, `Host: ${authority}`, `User-Agent: ${userAgent}`];
  if (credentials) {
    // RFC 7617: Basic, the one scheme a plain user name and password can answer.
    const token = Buffer.from(`${credentials.username}:${credentials.password}`, 'utf8').toString(
      'base64',
    );
    lines.push(`Proxy-Authorization: Basic ${token}`);
  }
  return `${lines.join('\r\n')}\r\n\r\n`;
}

export interface ResponseHead {
  statusCode: number;
  /** "HTTP/1.1 403 Forbidden", as the proxy sent it. */
  statusLine: string;
  /** In order, names in lower case. */
  headers: Array<[string, string]>;
}

export type HeadParse =
  | { state: 'incomplete' }
  | {
      state: 'complete';
      head: ResponseHead;
      /** Bytes after the head: the tunnel's first bytes. */ rest: Buffer;
    }
  | { state: 'malformed'; reason: string };

const STATUS_LINE = /^HTTP\/1\.[01] ([1-9]\d\d)(?: [\x20-\x7e\x80-\xff]*)?$/;
const HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*?)[ \t]*$/;

/** Reads the response head once it is complete; bounded by MAX_HEAD_BYTES. */
export function parseResponseHead(bytes: Buffer, maxBytes = MAX_HEAD_BYTES): HeadParse {
  // RFC 9112 §2.2: a recipient may take a bare LF as a line end; some small proxies send one.
  const blank = /\r?\n\r?\n/.exec(bytes.subarray(0, maxBytes + 4).toString('latin1'));
  if (!blank) {
    if (bytes.length > maxBytes)
      return { state: 'malformed', reason: `no end of the response head within ${maxBytes} bytes` };
    // Anything that cannot start an HTTP response is garbage right away (e.g. a TLS alert
    // from a port that speaks TLS, or an SSH banner).
    const start = bytes.subarray(0, 5).toString('latin1');
    if (!'HTTP/'.startsWith(start))
      return {
        state: 'malformed',
        reason: `the answer does not start like HTTP: ${printable(bytes)}`,
      };
    return { state: 'incomplete' };
  }
  const end = blank.index;
  if (end > maxBytes)
    return { state: 'malformed', reason: `the response head is longer than ${maxBytes} bytes` };
  const lines = bytes.subarray(0, end).toString('latin1').split(/\r?\n/);
  const statusLine = lines[0]!;
  const status = STATUS_LINE.exec(statusLine);
  if (!status)
    return {
      state: 'malformed',
      reason: `not an HTTP status line: ${printable(Buffer.from(statusLine, 'latin1'))}`,
    };
  const headers: Array<[string, string]> = [];
  for (const line of lines.slice(1)) {
    const header = HEADER_LINE.exec(line);
    if (!header)
      return {
        state: 'malformed',
        reason: `not an HTTP header line: ${printable(Buffer.from(line, 'latin1'))}`,
      };
    // Shown to people (Server, the status line): made plain text here, where they enter.
    headers.push([header[1]!.toLowerCase(), serverText(header[2]!)]);
  }
  return {
    state: 'complete',
    head: { statusCode: Number(status[1]), statusLine: serverText(statusLine), headers },
    rest: bytes.subarray(end + blank[0].length),
  };
}

export const headerValues = (head: ResponseHead, name: string) =>
  head.headers.filter(([n]) => n === name).map(([, value]) => value);

const CANONICAL_SCHEME: Record<string, string> = {
  basic: 'Basic',
  digest: 'Digest',
  ntlm: 'NTLM',
  negotiate: 'Negotiate',
  kerberos: 'Kerberos',
  bearer: 'Bearer',
};

/**
 * The scheme names in Proxy-Authenticate challenges (RFC 9110 §11.6.2, §11.3): one
 * header may hold several comma-separated challenges, each `scheme [token68 | params]`.
 */
export function authSchemesOf(values: readonly string[]): string[] {
  const schemes: string[] = [];
  for (const value of values) {
    for (const part of splitOutsideQuotes(value)) {
      const m = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)(?:\s+|$)/.exec(part.trim());
      // "realm=..." is a parameter of the previous challenge, not a new scheme.
      if (!m || /^[^\s=]+\s*=/.test(part.trim())) continue;
      const name = CANONICAL_SCHEME[m[1]!.toLowerCase()] ?? m[1]!;
      if (!schemes.includes(name)) schemes.push(name);
    }
  }
  return schemes;
}

function splitOutsideQuotes(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && quoted) {
      current += c + (text[i + 1] ?? '');
      i++;
    } else if (c === '"') {
      quoted = !quoted;
      current += c;
    } else if (c === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts;
}

/** At most 60 characters, control bytes shown as dots. */
function printable(bytes: Buffer): string {
  return JSON.stringify(
    bytes
      .subarray(0, 60)
      .toString('latin1')
      .replace(/[^\x20-\x7e]/g, '.'),
  );
}
