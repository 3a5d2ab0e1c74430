import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LIMITS,
  firstHeader,
  headerValues,
  parseResponse,
  splitHeaderList,
  type FrameResult,
  type SipResponse,
} from '../../../../main/engine/sip/response-parser';

const bytes = (text: string) => new TextEncoder().encode(text);

const OK = [
  'SIP/2.0 200 OK',
  'Via: SIP/2.0/TCP 192.168.1.20:51000;branch=z9hG4bKa1;rport=40000;received=203.0.113.9',
  'From: <sip:netcheck@192.168.1.20>;tag=f00d',
  'To: <sip:52.142.34.50:5060>;tag=srv1',
  'Call-ID: c0ffee@192.168.1.20',
  'CSeq: 1 OPTIONS',
  'Server: kamailio (5.6.3 (x86_64/linux))',
  'Content-Length: 0',
  '',
  '',
].join('\r\n');

function response(result: FrameResult): { response: SipResponse; consumed: number } {
  if (result.kind !== 'response')
    throw new Error(`expected a response, got ${JSON.stringify(result)}`);
  return result;
}

describe('parseResponse', () => {
  it('parses a status line, headers and an empty body', () => {
    const { response: parsed, consumed } = response(parseResponse(bytes(OK)));
    expect(consumed).toBe(OK.length);
    expect(parsed.status).toBe(200);
    expect(parsed.reason).toBe('OK');
    expect(parsed.body).toHaveLength(0);
    expect(parsed.headers.map((h) => h.name)).toEqual([
      'via',
      'from',
      'to',
      'call-id',
      'cseq',
      'server',
      'content-length',
    ]);
    expect(firstHeader(parsed, 'SERVER')).toBe('kamailio (5.6.3 (x86_64/linux))');
  });

  it('expands compact header names (RFC 3261 §7.3.3)', () => {
    const text =
      'SIP/2.0 200 OK\r\nv: SIP/2.0/TCP 10.0.0.1:5060;branch=z9hG4bK1\r\ni: abc@h\r\nf: <sip:a@h>;tag=1\r\n' +
      't: <sip:b@h>\r\nm: <sip:b@h>\r\nc: text/plain\r\nl: 2\r\n\r\nhi';
    const { response: parsed } = response(parseResponse(bytes(text)));
    expect(parsed.headers.map((h) => h.name)).toEqual([
      'via',
      'call-id',
      'from',
      'to',
      'contact',
      'content-type',
      'content-length',
    ]);
    expect(firstHeader(parsed, 'Call-ID')).toBe('abc@h');
    expect(firstHeader(parsed, 'i')).toBe('abc@h');
    expect(new TextDecoder().decode(parsed.body)).toBe('hi');
  });

  it('joins folded header lines (RFC 3261 §7.3.1)', () => {
    const text =
      'SIP/2.0 200 OK\r\nServer: Acme\r\n  SIP\r\n\tgateway\r\nContent-Length: 0\r\n\r\n';
    expect(firstHeader(response(parseResponse(bytes(text))).response, 'server')).toBe(
      'Acme SIP gateway',
    );
  });

  it('lists several Via, on separate lines and comma-separated, in order', () => {
    const text =
      'SIP/2.0 200 OK\r\nVia: SIP/2.0/TCP a:1;branch=z9hG4bK1, SIP/2.0/TCP b:2;branch=z9hG4bK2\r\n' +
      'v: SIP/2.0/UDP c:3;branch=z9hG4bK3\r\nContent-Length: 0\r\n\r\n';
    const parsed = response(parseResponse(bytes(text))).response;
    expect(headerValues(parsed, 'via')).toEqual([
      'SIP/2.0/TCP a:1;branch=z9hG4bK1',
      'SIP/2.0/TCP b:2;branch=z9hG4bK2',
      'SIP/2.0/UDP c:3;branch=z9hG4bK3',
    ]);
  });

  it('frames by Content-Length and leaves the next message alone', () => {
    const text = 'SIP/2.0 100 Trying\r\nl: 3\r\n\r\nabcSIP/2.0 200 OK\r\n';
    const { response: parsed, consumed } = response(parseResponse(bytes(text)));
    expect(parsed.status).toBe(100);
    expect(new TextDecoder().decode(parsed.body)).toBe('abc');
    expect(text.slice(consumed)).toBe('SIP/2.0 200 OK\r\n');
  });

  it('skips keep-alive CRLFs before the status line (RFC 5626 §3.5.1)', () => {
    const { consumed } = response(parseResponse(bytes(`\r\n\r\n${OK}`)));
    expect(consumed).toBe(OK.length + 4);
    expect(parseResponse(bytes('\r\n\r\n'))).toEqual({ kind: 'incomplete' });
  });

  it('tolerates bare LF line ends, a missing Content-Length, a lower-case version and an empty reason', () => {
    expect(response(parseResponse(bytes('SIP/2.0 200 OK\nVia: x\n\n'))).consumed).toBe(23);
    expect(response(parseResponse(bytes('sip/2.0 404 Not Found\r\n\r\n'))).response.status).toBe(
      404,
    );
    expect(response(parseResponse(bytes('SIP/2.0 486\r\n\r\n'))).response.reason).toBe('');
  });

  it('decodes a UTF-8 reason phrase', () => {
    const parsed = response(parseResponse(bytes('SIP/2.0 603 Abgelehnt – nein\r\n\r\n'))).response;
    expect(parsed.reason).toBe('Abgelehnt – nein');
  });

  it('says incomplete for every strict prefix of a valid response', () => {
    const whole = bytes(
      `${OK.slice(0, -2)}\r\n`.replace('Content-Length: 0', 'Content-Length: 4') + 'body',
    );
    for (let cut = 0; cut < whole.length; cut += 1) {
      expect(parseResponse(whole.subarray(0, cut)).kind).toBe('incomplete');
    }
    expect(parseResponse(whole).kind).toBe('response');
  });

  it('rejects what is not SIP at the first bytes, without waiting for a blank line', () => {
    expect(parseResponse(bytes('HTTP/1.1 400'))).toMatchObject({
      kind: 'malformed',
      reason: 'not-sip',
    });
    expect(parseResponse(bytes('\u0016\u0003\u0001'))).toMatchObject({
      kind: 'malformed',
      reason: 'not-sip',
    });
    expect(parseResponse(bytes('OPTIONS sip:x SIP/2.0\r\n'))).toMatchObject({ reason: 'not-sip' });
    expect(parseResponse(bytes('SIP/2'))).toEqual({ kind: 'incomplete' });
  });

  it.each([
    ['SIP/2.0 99 Low\r\n\r\n'],
    ['SIP/2.0 700 High\r\n\r\n'],
    ['SIP/2.0 2000 OK\r\n\r\n'],
    ['SIP/2.0 abc\r\n\r\n'],
  ])('rejects the status line %j', (text) => {
    expect(parseResponse(bytes(text))).toMatchObject({
      kind: 'malformed',
      reason: 'bad-status-line',
    });
  });

  it.each([
    ['SIP/2.0 200 OK\r\nno colon here\r\n\r\n'],
    ['SIP/2.0 200 OK\r\n continued first\r\n\r\n'],
    ['SIP/2.0 200 OK\r\nBad Name: x\r\n\r\n'],
  ])('rejects the header lines of %j', (text) => {
    expect(parseResponse(bytes(text))).toMatchObject({ kind: 'malformed', reason: 'bad-header' });
  });

  it.each([
    ['Content-Length: -1', 'bad-content-length'],
    ['Content-Length: abc', 'bad-content-length'],
    ['Content-Length: 1e3', 'bad-content-length'],
    ['Content-Length: 99999999999', 'bad-content-length'],
    ['Content-Length: 1\r\nl: 2', 'bad-content-length'],
    [`Content-Length: ${DEFAULT_LIMITS.maxBodyBytes + 1}`, 'body-too-large'],
  ])('rejects %j as %s', (header, reason) => {
    const text = `SIP/2.0 200 OK\r\n${header}\r\n\r\n`;
    expect(parseResponse(bytes(text))).toMatchObject({ kind: 'malformed', reason });
  });

  it('accepts repeated Content-Length headers that agree', () => {
    const text = 'SIP/2.0 200 OK\r\nContent-Length: 1\r\nl: 1\r\n\r\nx';
    expect(response(parseResponse(bytes(text))).consumed).toBe(text.length);
  });

  it('bounds the head at 16 KiB, ended or not', () => {
    const filler = `X-Filler: ${'a'.repeat(DEFAULT_LIMITS.maxHeadBytes)}\r\n`;
    expect(parseResponse(bytes(`SIP/2.0 200 OK\r\n${filler}`))).toMatchObject({
      reason: 'head-too-large',
    });
    expect(parseResponse(bytes(`SIP/2.0 200 OK\r\n${filler}\r\n`))).toMatchObject({
      reason: 'head-too-large',
    });
    expect(parseResponse(bytes('\r\n'.repeat(DEFAULT_LIMITS.maxHeadBytes)))).toMatchObject({
      reason: 'head-too-large',
    });
  });

  it('never throws and stays consistent on 100,000 random and mutated inputs', () => {
    const fragments = [
      'SIP/2.0 ',
      '200 OK',
      '100 Trying',
      '\r\n',
      '\n',
      '\r',
      ' ',
      '\t',
      ':',
      ',',
      ';',
      '"',
      'Via: SIP/2.0/TCP a:1;branch=z9hG4bK1;rport',
      'v: ',
      'l: ',
      'Content-Length: ',
      '0',
      '5',
      '-1',
      '99999999999',
      'i: x@y',
      'body',
      '\u00ff',
      '\u0000',
    ];
    const encoder = new TextEncoder();
    const structured = fc
      .array(fc.constantFrom(...fragments), { maxLength: 40 })
      .map((parts) => encoder.encode(parts.join('')));
    const mutated = fc
      .tuple(
        fc.constantFrom(
          OK,
          `SIP/2.0 100 Trying\r\nl: 3\r\n\r\nabc${OK}`,
          'SIP/2.0 200 OK\r\nX: a\r\n b\r\nl: 2\r\n\r\nhi',
        ),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
        fc.nat(),
      )
      .map(([text, edits, cut]) => {
        const out = encoder.encode(text);
        for (const [position, value] of edits) out[position % out.length] = value;
        return out.subarray(0, cut % (out.length + 1));
      });
    const input = fc.oneof(fc.uint8Array({ maxLength: 400 }), structured, mutated);
    const limits = fc.constantFrom(DEFAULT_LIMITS, { maxHeadBytes: 48, maxBodyBytes: 4 });
    fc.assert(
      fc.property(input, limits, (data, bounds) => {
        const result = parseResponse(data, bounds);
        if (result.kind === 'response') {
          expect(result.consumed).toBeGreaterThan(0);
          expect(result.consumed).toBeLessThanOrEqual(data.length);
          expect(result.response.status).toBeGreaterThanOrEqual(100);
          expect(result.response.status).toBeLessThanOrEqual(699);
          expect(result.response.body.length).toBeLessThanOrEqual(bounds.maxBodyBytes);
        } else if (result.kind === 'malformed') {
          expect(result.message.length).toBeGreaterThan(0);
        } else {
          expect(result.kind).toBe('incomplete');
          expect(data.length).toBeLessThanOrEqual(bounds.maxHeadBytes + bounds.maxBodyBytes + 3);
        }
      }),
      { numRuns: 100_000 },
    );
  });
});

describe('splitHeaderList', () => {
  it('splits at commas outside quotes and angle brackets', () => {
    expect(splitHeaderList('"Doe, John" <sip:a@h;x=1,2>;tag=1, <sip:b@h>')).toEqual([
      '"Doe, John" <sip:a@h;x=1,2>;tag=1',
      '<sip:b@h>',
    ]);
    expect(splitHeaderList('"a \\" , b", c')).toEqual(['"a \\" , b"', 'c']);
    expect(splitHeaderList(' , ,')).toEqual([]);
  });
});
