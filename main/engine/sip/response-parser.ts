// Frames and parses one SIP response from a stream (RFC 3261 §7, §18.3). Pure and total:
// hostile or truncated bytes give `incomplete` or a typed `malformed`, never an exception.
import { serverText } from '../../../common/text/server-text';

export interface SipHeader {
  /** Lower-case long name; compact forms are expanded (RFC 3261 §7.3.3). */
  name: string;
  value: string;
}

export interface SipResponse {
  status: number;
  reason: string;
  headers: SipHeader[];
  body: Uint8Array;
}

export type MalformedReason =
  | 'not-sip'
  | 'bad-status-line'
  | 'bad-header'
  | 'head-too-large'
  | 'bad-content-length'
  | 'body-too-large';

export interface SipMalformed {
  kind: 'malformed';
  reason: MalformedReason;
  message: string;
}

export type FrameResult =
  | { kind: 'incomplete' }
  | { kind: 'response'; response: SipResponse; consumed: number }
  | SipMalformed;

export interface ParseLimits {
  /** Start line plus headers plus the blank line, in bytes. */
  maxHeadBytes: number;
  maxBodyBytes: number;
}

/** An OPTIONS answer is a few hundred bytes; these bounds only stop a hostile peer. */
export const DEFAULT_LIMITS: ParseLimits = { maxHeadBytes: 16 * 1024, maxBodyBytes: 64 * 1024 };

/** RFC 3261 §7.3.3 and the IANA SIP header registry's compact forms. */
const COMPACT_NAMES: Record<string, string> = {
  a: 'accept-contact', // RFC 3841
  b: 'referred-by', // RFC 3892
  c: 'content-type',
  d: 'request-disposition', // RFC 3841
  e: 'content-encoding',
  f: 'from',
  i: 'call-id',
  j: 'reject-contact', // RFC 3841
  k: 'supported',
  l: 'content-length',
  m: 'contact',
  o: 'event', // RFC 6665
  r: 'refer-to', // RFC 3515
  s: 'subject',
  t: 'to',
  u: 'allow-events', // RFC 6665
  v: 'via',
  x: 'session-expires', // RFC 4028
};

const CR = 0x0d;
const LF = 0x0a;
const VERSION_PREFIX = 'SIP/2.0 ';
/** RFC 3261 §25.1 `token` (header names). */
const HEADER_LINE = /^([A-Za-z0-9.!%*_+`'~-]+)[ \t]*:[ \t]*(.*)$/;
/** RFC 3261 §7.2: Status-Code is 3DIGIT; the first digit names the class, 1 to 6. */
const STATUS_LINE = /^SIP\/2\.0 ([1-6][0-9]{2})(?: (.*))?$/i;
const utf8 = new TextDecoder('utf-8');

const malformed = (reason: MalformedReason, message: string): SipMalformed => ({
  kind: 'malformed',
  reason,
  message,
});

export function canonicalHeaderName(name: string): string {
  const lower = name.toLowerCase();
  return COMPACT_NAMES[lower] ?? lower;
}

/** Tries to frame one response at the start of `bytes`. */
export function parseResponse(
  bytes: Uint8Array,
  limits: ParseLimits = DEFAULT_LIMITS,
): FrameResult {
  // RFC 3261 §7.5: CRLFs before the start line are ignored; RFC 5626 §3.5.1 keep-alive
  // pongs are exactly that.
  let start = 0;
  while (start < bytes.length && (bytes[start] === CR || bytes[start] === LF)) start += 1;
  if (start > limits.maxHeadBytes) {
    return malformed('head-too-large', `more than ${limits.maxHeadBytes} bytes of blank lines`);
  }

  // Judge the first bytes at once: a peer that is not SIP should not make us wait for a
  // blank line it may never send.
  const seen = Math.min(bytes.length - start, VERSION_PREFIX.length);
  for (let i = 0; i < seen; i += 1) {
    const byte = bytes[start + i] ?? 0;
    const upper = byte >= 0x61 && byte <= 0x7a ? byte - 0x20 : byte;
    if (upper !== VERSION_PREFIX.charCodeAt(i)) {
      return malformed('not-sip', 'the answer does not start with "SIP/2.0"');
    }
  }

  const headEnd = findHeadEnd(bytes, start, start + limits.maxHeadBytes);
  if (headEnd === null && bytes.length - start <= limits.maxHeadBytes)
    return { kind: 'incomplete' };
  if (headEnd === null || headEnd - start > limits.maxHeadBytes) {
    return malformed('head-too-large', `the response head exceeds ${limits.maxHeadBytes} bytes`);
  }

  const lines = utf8.decode(bytes.subarray(start, headEnd)).split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const statusMatch = STATUS_LINE.exec(lines[0] ?? '');
  if (!statusMatch)
    return malformed('bad-status-line', 'the status line is not "SIP/2.0 <code> <reason>"');

  const headers: SipHeader[] = [];
  for (const line of lines.slice(1)) {
    if (line.startsWith(' ') || line.startsWith('\t')) {
      // RFC 3261 §7.3.1: a line starting with whitespace continues the previous header.
      const previous = headers[headers.length - 1];
      if (!previous) return malformed('bad-header', 'a continuation line comes before any header');
      previous.value = `${previous.value} ${line.trim()}`.trim();
      continue;
    }
    const headerMatch = HEADER_LINE.exec(line);
    if (!headerMatch) return malformed('bad-header', 'a header line is not "Name: value"');
    headers.push({ name: canonicalHeaderName(headerMatch[1]!), value: headerMatch[2]!.trim() });
  }

  const bodyLength = contentLength(headers, limits);
  if (typeof bodyLength !== 'number') return bodyLength;
  if (bytes.length < headEnd + bodyLength) return { kind: 'incomplete' };

  return {
    kind: 'response',
    response: {
      status: Number(statusMatch[1]),
      // Shown to people as is: made plain text here, where it enters (common/text).
      reason: serverText(statusMatch[2] ?? ''),
      headers,
      body: bytes.slice(headEnd, headEnd + bodyLength),
    },
    consumed: headEnd + bodyLength,
  };
}

/** Index just past the blank line ending the head (CRLF CRLF; bare LFs tolerated), or null. */
function findHeadEnd(bytes: Uint8Array, from: number, limit: number): number | null {
  const end = Math.min(bytes.length, limit + 1);
  for (let i = from; i < end; i += 1) {
    if (bytes[i] !== LF) continue;
    if (bytes[i + 1] === LF) return i + 2;
    if (bytes[i + 1] === CR && bytes[i + 2] === LF) return i + 3;
  }
  return null;
}

function contentLength(headers: readonly SipHeader[], limits: ParseLimits): number | SipMalformed {
  const values = new Set(headers.filter((h) => h.name === 'content-length').map((h) => h.value));
  // RFC 3261 §18.3 makes Content-Length mandatory on streams; a server that leaves it out
  // still answered, so its absence reads as "no body" rather than as a failure.
  if (values.size === 0) return 0;
  if (values.size > 1) return malformed('bad-content-length', 'conflicting Content-Length headers');
  const [value] = values;
  if (!/^[0-9]{1,10}$/.test(value!)) {
    return malformed(
      'bad-content-length',
      `Content-Length "${serverText(value!, 20)}" is not a number`,
    );
  }
  const length = Number(value);
  if (length > limits.maxBodyBytes) {
    return malformed('body-too-large', `a body of ${length} bytes exceeds ${limits.maxBodyBytes}`);
  }
  return length;
}

/** The values of one header, in order; a comma-separated list counts as several (RFC 3261 §7.3.1). */
export function headerValues(response: SipResponse, name: string): string[] {
  const wanted = canonicalHeaderName(name);
  return response.headers.filter((h) => h.name === wanted).flatMap((h) => splitHeaderList(h.value));
}

export function firstHeader(response: SipResponse, name: string): string | undefined {
  const wanted = canonicalHeaderName(name);
  return response.headers.find((h) => h.name === wanted)?.value;
}

/** Splits at commas outside quoted strings and angle brackets. */
export function splitHeaderList(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let angle = false;
  for (let i = 0; i < value.length; i += 1) {
    const char = value[i]!;
    if (quoted && char === '\\') {
      current += char + (value[i + 1] ?? '');
      i += 1;
      continue;
    }
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === '<') angle = true;
    else if (!quoted && char === '>') angle = false;
    if (char === ',' && !quoted && !angle) {
      parts.push(current.trim());
      current = '';
      continue;
    }
    current += char;
  }
  parts.push(current.trim());
  return parts.filter((part) => part !== '');
}
