import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_HEAD_BYTES,
  authSchemesOf,
  encodeConnectRequest,
  parseResponseHead,
} from '../../../../main/engine/proxy/connect-codec';

const bytes = (text: string) => Buffer.from(text, 'latin1');

describe('encodeConnectRequest', () => {
  it('writes the authority form with a Host header (RFC 9110 §9.3.6)', () => {
    expect(encodeConnectRequest('onsight.librestream.com', 443, { userAgent: 'ua' })).toBe(
      'CONNECT onsight.librestream.com:443 HTTP/1.1\r\nHost: onsight.librestream.com:443\r\nUser-Agent: ua\r\n\r\n',
    );
    expect(encodeConnectRequest('2001:db8::1', 443, { userAgent: 'ua' })).toMatch(
      /^CONNECT \[2001:db8::1\]:443 HTTP\/1\.1\r\nHost: \[2001:db8::1\]:443\r\n/,
    );
  });

  it('adds Basic credentials (RFC 7617) when it has them', () => {
    expect(
      encodeConnectRequest('h', 443, {
        userAgent: 'ua',
        credentials: { username: 'Aladdin', password: 'open sesame' },
      }),
    ).toContain('Proxy-Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==\r\n');
  });
});

describe('parseResponseHead', () => {
  it('reads the status line and headers, and keeps what follows', () => {
    const parsed = parseResponseHead(
      bytes(
        'HTTP/1.1 200 Connection established\r\nServer: squid/5.7\r\nVia: 1.1 x\r\n\r\n\x16\x03\x03',
      ),
    );
    expect(parsed).toEqual({
      state: 'complete',
      head: {
        statusCode: 200,
        statusLine: 'HTTP/1.1 200 Connection established',
        headers: [
          ['server', 'squid/5.7'],
          ['via', '1.1 x'],
        ],
      },
      rest: Buffer.from([0x16, 0x03, 0x03]),
    });
  });

  it('accepts a status line without a reason phrase and HTTP/1.0', () => {
    expect(parseResponseHead(bytes('HTTP/1.0 200\r\n\r\n'))).toMatchObject({
      state: 'complete',
      head: { statusCode: 200 },
    });
  });

  it('accepts bare LF line ends (RFC 9112 §2.2), as some small proxies send them', () => {
    const parsed = parseResponseHead(
      bytes('HTTP/1.0 200 Connection established\nVia: 1.0 px\n\n\x16\x03'),
    );
    expect(parsed).toMatchObject({
      state: 'complete',
      head: {
        statusCode: 200,
        statusLine: 'HTTP/1.0 200 Connection established',
        headers: [['via', '1.0 px']],
      },
    });
    expect(parsed.state === 'complete' && [...parsed.rest]).toEqual([0x16, 0x03]);
  });

  it('waits for more bytes while the head may still come', () => {
    for (const partial of [
      '',
      'H',
      'HTTP/',
      'HTTP/1.1 200 OK\r\n',
      'HTTP/1.1 200 OK\r\nServer: x\r\n',
    ]) {
      expect(parseResponseHead(bytes(partial))).toEqual({ state: 'incomplete' });
    }
  });

  it.each([
    ['SSH-2.0-OpenSSH_9.2\r\n', /does not start like HTTP/],
    ['\x15\x03\x03\x00\x02\x02\x28', /does not start like HTTP/],
    ['HTTP/2 200\r\n\r\n', /not an HTTP status line/],
    ['HTTP/1.1 99 Low\r\n\r\n', /not an HTTP status line/],
    ['HTTP/1.1 200 OK\r\nno colon here\r\n\r\n', /not an HTTP header line/],
    ['HTTP/1.1 200 OK\r\nBad Name: x\r\n\r\n', /not an HTTP header line/],
  ])('%j is malformed', (text, reason) => {
    const parsed = parseResponseHead(bytes(text));
    expect(parsed.state).toBe('malformed');
    if (parsed.state === 'malformed') expect(parsed.reason).toMatch(reason);
  });

  it('gives up past its bound instead of buffering forever', () => {
    const endless = bytes(`HTTP/1.1 200 OK\r\nX: ${'a'.repeat(MAX_HEAD_BYTES)}`);
    expect(parseResponseHead(endless)).toMatchObject({
      state: 'malformed',
      reason: expect.stringContaining(`${MAX_HEAD_BYTES} bytes`),
    });
    expect(
      parseResponseHead(bytes(`HTTP/1.1 200 OK\r\nX: ${'a'.repeat(MAX_HEAD_BYTES)}\r\n\r\n`)),
    ).toMatchObject({ state: 'malformed' });
  });

  it('never throws on any bytes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 512 }),
        (array) => void parseResponseHead(Buffer.from(array)),
      ),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (tail) => {
        const parsed = parseResponseHead(bytes(`HTTP/1.1 407 X\r\n${tail}\r\n\r\n`));
        expect(['complete', 'malformed']).toContain(parsed.state);
      }),
    );
  });
});

describe('authSchemesOf', () => {
  it('names each challenge once, canonically spelled', () => {
    expect(
      authSchemesOf(['NEGOTIATE', 'ntlm', 'Basic realm="Corp"', 'basic realm="Other"']),
    ).toEqual(['Negotiate', 'NTLM', 'Basic']);
  });

  it('splits several challenges in one header without taking parameters for schemes (RFC 9110 §11.6.2)', () => {
    expect(
      authSchemesOf([
        'Basic realm="a, b", Digest realm="x", nonce="y", qop="auth,auth-int", algorithm=MD5, Negotiate abc==',
      ]),
    ).toEqual(['Basic', 'Digest', 'Negotiate']);
    expect(authSchemesOf(['Bearer', 'Custom-Scheme token68=='])).toEqual([
      'Bearer',
      'Custom-Scheme',
    ]);
  });

  it('is empty for empty or odd values, and never throws', () => {
    expect(authSchemesOf([])).toEqual([]);
    expect(authSchemesOf(['', ' , ', '"quoted"'])).toEqual([]);
    fc.assert(fc.property(fc.array(fc.string()), (values) => void authSchemesOf(values)));
  });
});
