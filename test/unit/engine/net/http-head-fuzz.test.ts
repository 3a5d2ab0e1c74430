// 100,000 hostile HTTP answers at the response-head parser: a typed result, never a throw
// (issue 13, "fuzz the parsers").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headerValue, parseHttpResponseHead } from '../../../../main/engine/net/http-head';
import { FUZZ_RUNS, FUZZ_TIMEOUT_MS, hasControls, hostileBytes } from '../../../support/fuzz';

const VALID = [
  'HTTP/1.1 301 Moved Permanently\r\nLocation: https://onsight.librestream.com/\r\nServer: nginx\r\n\r\n',
  'HTTP/1.0 200 OK\nContent-Length: 2\n\nok',
];
const PIECES = [
  'HTTP/1.1 ',
  'HTTP/',
  '1.1',
  ' ',
  '200',
  '30',
  '1',
  ' OK',
  '\r\n',
  '\n',
  '\r\n\r\n',
  'Location: ',
  'https://',
  'Server: ',
  ':',
  ' : ',
  '\t',
  '\x00',
  '\x1b]0;x\x07',
];

describe('HTTP response-head parsing on hostile bytes', () => {
  it(
    `never throws on ${FUZZ_RUNS} answers, and what it returns is well-formed`,
    { timeout: FUZZ_TIMEOUT_MS },
    () => {
      let complete = 0;
      fc.assert(
        fc.property(hostileBytes(PIECES, VALID), (bytes) => {
          const parsed = parseHttpResponseHead(bytes);
          if (parsed.kind === 'invalid') expect(hasControls(parsed.reason)).toBe(false);
          if (parsed.kind !== 'complete') return;
          complete += 1;
          expect(parsed.head.status).toBeGreaterThanOrEqual(0);
          expect(parsed.head.status).toBeLessThanOrEqual(999);
          expect(parsed.headLength).toBeLessThanOrEqual(bytes.length);
          expect(hasControls(parsed.head.reason)).toBe(false);
          for (const [, value] of parsed.head.headers) expect(hasControls(value)).toBe(false);
          headerValue(parsed.head, 'location');
        }),
        { numRuns: FUZZ_RUNS },
      );
      expect(complete).toBeGreaterThan(1000);
    },
  );
});
