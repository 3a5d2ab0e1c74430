// 100,000 hostile answers to CONNECT: the response-head parser and the challenge reader return
// a typed result and never throw (issue 13, "fuzz the parsers").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  authSchemesOf,
  headerValues,
  parseResponseHead,
} from '../../../../main/engine/proxy/connect-codec';
import { FUZZ_RUNS, FUZZ_TIMEOUT_MS, hasControls, hostileBytes } from '../../../support/fuzz';

const VALID = [
  'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 Connection established\r\nServer: squid\r\n\r\ntunnel',
  'HTTP/1.0 407 Proxy Authentication Required\r\nProxy-Authenticate: Negotiate, NTLM\r\nProxy-Authenticate: Basic realm="a, b", Digest realm="x", nonce="y"\n\n',
];
const PIECES = [
  'HTTP/1.1 ',
  'HTTP/1.0 ',
  'HTTP/2 ',
  '200',
  '100',
  '407',
  '101',
  ' Connection established',
  '\r\n',
  '\n',
  '\r\n\r\n',
  'Server: ',
  'Proxy-Authenticate: ',
  'Basic',
  'NTLM',
  ' realm="',
  '"',
  '\\',
  ',',
  '=',
  ':',
  ' ',
  '\t',
  '\x16\x03\x01',
  '\x1b[2J',
];

describe('CONNECT response parsing on hostile bytes', () => {
  it(
    `never throws on ${FUZZ_RUNS} answers, and what it returns is well-formed`,
    { timeout: FUZZ_TIMEOUT_MS },
    () => {
      let complete = 0;
      fc.assert(
        fc.property(hostileBytes(PIECES, VALID), fc.nat({ max: 300 }), (bytes, max) => {
          let rest = bytes;
          // Interim heads are read one after the other, as the tunnel does.
          for (let heads = 0; heads < 8; heads += 1) {
            const parsed = parseResponseHead(rest, max + 8);
            if (parsed.state === 'incomplete') return;
            if (parsed.state === 'malformed') {
              expect(parsed.reason).toBeTypeOf('string');
              expect(hasControls(parsed.reason)).toBe(false);
              return;
            }
            complete += 1;
            const { head } = parsed;
            expect(head.statusCode).toBeGreaterThanOrEqual(100);
            expect(head.statusCode).toBeLessThanOrEqual(999);
            expect(hasControls(head.statusLine)).toBe(false);
            for (const [, value] of head.headers) expect(hasControls(value)).toBe(false);
            expect(parsed.rest.length).toBeLessThan(rest.length);
            for (const scheme of authSchemesOf(headerValues(head, 'proxy-authenticate')))
              expect(scheme).not.toBe('');
            rest = parsed.rest;
          }
        }),
        { numRuns: FUZZ_RUNS },
      );
      expect(complete).toBeGreaterThan(1000);
    },
  );
});
