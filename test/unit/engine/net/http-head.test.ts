import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headerValue, parseHttpResponseHead } from '../../../../main/engine/net/http-head';

const bytes = (text: string) => Buffer.from(text, 'latin1');

describe('parseHttpResponseHead (RFC 9112 §4, §5)', () => {
  it('parses a status line and header fields, and says where the body starts', () => {
    const text =
      'HTTP/1.1 301 Moved Permanently\r\nLocation: https://onsight.test/\r\nServer:  nginx \r\n\r\nbody';
    const parsed = parseHttpResponseHead(bytes(text));
    expect(parsed).toEqual({
      kind: 'complete',
      head: {
        version: '1.1',
        status: 301,
        reason: 'Moved Permanently',
        headers: [
          ['Location', 'https://onsight.test/'],
          ['Server', 'nginx'],
        ],
      },
      headLength: text.indexOf('body'),
    });
    if (parsed.kind === 'complete') {
      expect(headerValue(parsed.head, 'location')).toBe('https://onsight.test/');
      expect(headerValue(parsed.head, 'x-missing')).toBeUndefined();
    }
  });

  it('accepts an empty reason phrase and bare LF line ends (RFC 9112 §2.2, §4)', () => {
    expect(parseHttpResponseHead(bytes('HTTP/1.0 204\n\n'))).toMatchObject({
      kind: 'complete',
      head: { version: '1.0', status: 204, reason: '', headers: [] },
    });
  });

  it('waits for more bytes until the empty line', () => {
    expect(parseHttpResponseHead(bytes(''))).toEqual({ kind: 'incomplete' });
    expect(parseHttpResponseHead(bytes('HTT'))).toEqual({ kind: 'incomplete' });
    expect(parseHttpResponseHead(bytes('HTTP/1.1 200 OK\r\nServer: x\r\n'))).toEqual({
      kind: 'incomplete',
    });
  });

  it('rejects an answer that is not HTTP as soon as the first bytes show it', () => {
    expect(parseHttpResponseHead(bytes('SSH-2.0-OpenSSH'))).toMatchObject({ kind: 'invalid' });
    expect(parseHttpResponseHead(Uint8Array.of(0x16, 0x03, 0x01))).toMatchObject({
      kind: 'invalid',
    });
  });

  it('rejects a bad status line and malformed header lines', () => {
    expect(parseHttpResponseHead(bytes('HTTP/1.1 2000 OK\r\n\r\n'))).toMatchObject({
      kind: 'invalid',
    });
    expect(parseHttpResponseHead(bytes('HTTP/1.1 200 OK\r\nno colon here\r\n\r\n'))).toMatchObject({
      kind: 'invalid',
    });
    // RFC 9112 §5.1: no whitespace between the field name and the colon.
    expect(parseHttpResponseHead(bytes('HTTP/1.1 200 OK\r\nServer : x\r\n\r\n'))).toMatchObject({
      kind: 'invalid',
    });
    // RFC 9112 §5.2: obsolete line folding is rejected.
    expect(
      parseHttpResponseHead(bytes('HTTP/1.1 200 OK\r\nServer: x\r\n folded\r\n\r\n')),
    ).toMatchObject({
      kind: 'invalid',
    });
  });

  it('reads a view into a larger buffer from its own offset', () => {
    const whole = bytes('xxxxHTTP/1.1 200 OK\r\n\r\n');
    expect(parseHttpResponseHead(whole.subarray(4))).toMatchObject({
      kind: 'complete',
      head: { status: 200 },
    });
  });

  it('never throws on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (random) => {
        const parsed = parseHttpResponseHead(random);
        expect(['complete', 'incomplete', 'invalid']).toContain(parsed.kind);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on random bytes after a valid status line', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 256 }), (random) => {
        const input = Buffer.concat([bytes('HTTP/1.1 200 OK\r\n'), random, bytes('\r\n\r\n')]);
        expect(['complete', 'invalid']).toContain(parseHttpResponseHead(input).kind);
      }),
    );
  });

  it('never calls a prefix of a valid head invalid', () => {
    const head = bytes('HTTP/1.1 302 Found\r\nLocation: https://x.test/\r\nServer: y\r\n\r\n');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: head.length - 1 }), (cut) => {
        expect(parseHttpResponseHead(head.subarray(0, cut)).kind).toBe('incomplete');
      }),
    );
  });
});
