// A pure parser for an HTTP/1.x response head (RFC 9112 §4 status line, §5 field lines).
// Bytes in, a typed head or a typed error out; it never throws on hostile input.
import { serverText } from '../../../common/text/server-text';

export interface HttpResponseHead {
  /** "1.0" or "1.1" (RFC 9112 §2.3: HTTP-version = "HTTP/" DIGIT "." DIGIT). */
  version: string;
  status: number;
  reason: string;
  /** Field lines in order, names as sent. */
  headers: Array<[string, string]>;
}

export type HttpHeadParse =
  | { kind: 'complete'; head: HttpResponseHead; headLength: number }
  /** More bytes may still make a head. */
  | { kind: 'incomplete' }
  | { kind: 'invalid'; reason: string };

const PREFIX = 'HTTP/';
const STATUS_LINE = /^HTTP\/(\d)\.(\d) (\d{3})(?: ([^\r\n]*))?$/;
/** RFC 9110 §5.6.2 token. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Where the head ends (the empty line), accepting a bare LF as RFC 9112 §2.2 allows. */
function endOfHead(text: string): { bodyStart: number; headEnd: number } | null {
  const match = /\r?\n\r?\n/.exec(text);
  return match ? { headEnd: match.index, bodyStart: match.index + match[0].length } : null;
}

export function parseHttpResponseHead(bytes: Uint8Array): HttpHeadParse {
  // latin1 maps every byte to one character, so indexes stay byte offsets.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const start = text.slice(0, PREFIX.length);
  if (!PREFIX.startsWith(start))
    return { kind: 'invalid', reason: 'the answer does not start with HTTP/' };
  const end = endOfHead(text);
  if (!end) return { kind: 'incomplete' };
  const lines = text.slice(0, end.headEnd).split(/\r?\n/);
  const statusLine = STATUS_LINE.exec(lines[0] ?? '');
  if (!statusLine) return { kind: 'invalid', reason: 'the status line is not HTTP/x.y NNN reason' };
  const [, major, minor, code, reason = ''] = statusLine;
  const headers: Array<[string, string]> = [];
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon) : '';
    // RFC 9112 §5.1: no whitespace between name and colon; §5.2: obsolete folding is rejected.
    if (!TOKEN.test(name))
      return {
        kind: 'invalid',
        reason: `a header line is malformed: ${JSON.stringify(serverText(line, 40))}`,
      };
    // Reason and values are shown to people: made plain text here, where they enter.
    headers.push([name, serverText(line.slice(colon + 1))]);
  }
  return {
    kind: 'complete',
    head: {
      version: `${major}.${minor}`,
      status: Number(code),
      reason: serverText(reason),
      headers,
    },
    headLength: end.bodyStart,
  };
}

/** The first value of a header, by case-insensitive name (RFC 9110 §5.1). */
export function headerValue(head: HttpResponseHead, name: string): string | undefined {
  const wanted = name.toLowerCase();
  return head.headers.find(([key]) => key.toLowerCase() === wanted)?.[1];
}
