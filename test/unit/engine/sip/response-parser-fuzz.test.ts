// 100,000 hostile byte streams at the SIP response parser, the transaction matcher and the
// Via parser: they return a typed result and never throw (issue 13, "fuzz the parsers").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersRequest } from '../../../../main/engine/sip/response-match';
import { headerValues, parseResponse } from '../../../../main/engine/sip/response-parser';
import { parseVia } from '../../../../main/engine/sip/via';
import { FUZZ_RUNS, FUZZ_TIMEOUT_MS, hasControls, hostileBytes } from '../../../support/fuzz';

const ours = { branch: 'z9hG4bKb1', callId: 'c1@127.0.0.1', cseq: 1, method: 'OPTIONS' };
const VALID = [
  'SIP/2.0 200 OK\r\nVia: SIP/2.0/TCP 127.0.0.1:5060;branch=z9hG4bKb1;rport=1;received=1.2.3.4\r\nCall-ID: c1@127.0.0.1\r\nCSeq: 1 OPTIONS\r\nContent-Length: 5\r\n\r\nhello',
  '\r\n\r\nSIP/2.0 100 Trying\r\nv: SIP/2.0/TLS [::1]:5061;branch=z9hG4bKb1\r\ni: c1@127.0.0.1\r\nl: 0\r\n\r\nSIP/2.0 404 Not Found\r\nServer: x\r\n  folded\r\n\r\n',
];
const PIECES = [
  'SIP/2.0 ',
  '200',
  '180 ',
  '999',
  ' OK',
  '\r\n',
  '\n',
  '\r\n\r\n',
  'Via: ',
  'v:',
  'SIP/2.0/TCP ',
  '127.0.0.1:5060',
  '[::1]',
  ';branch=z9hG4bKb1',
  ';rport',
  '=',
  ',',
  'Call-ID: c1@127.0.0.1',
  'CSeq: 1 OPTIONS',
  'Content-Length: ',
  'l: ',
  '-1',
  '99999999999',
  ' ',
  '\t',
  '"',
  '<',
  '>',
  '\x1b[2J',
];

describe('SIP response parsing on hostile bytes', () => {
  it(
    `never throws on ${FUZZ_RUNS} streams, and what it returns is well-formed`,
    { timeout: FUZZ_TIMEOUT_MS },
    () => {
      let responses = 0;
      fc.assert(
        fc.property(hostileBytes(PIECES, VALID), fc.nat({ max: 400 }), (bytes, limit) => {
          const limits = { maxHeadBytes: limit + 16, maxBodyBytes: limit };
          let rest: Uint8Array = bytes;
          // Frame the stream to its end, as the transaction does.
          for (;;) {
            const framed = parseResponse(rest, limits);
            if (framed.kind === 'incomplete') break;
            if (framed.kind === 'malformed') {
              expect(framed.message).toBeTypeOf('string');
              expect(hasControls(framed.message)).toBe(false);
              break;
            }
            responses += 1;
            const { response, consumed } = framed;
            expect(consumed).toBeGreaterThan(0);
            expect(consumed).toBeLessThanOrEqual(rest.length);
            expect(response.status).toBeGreaterThanOrEqual(100);
            expect(response.status).toBeLessThanOrEqual(699);
            expect(hasControls(response.reason)).toBe(false);
            expect(response.body.length).toBeLessThanOrEqual(limits.maxBodyBytes);
            expect(typeof answersRequest(response, ours)).toBe('boolean');
            for (const via of headerValues(response, 'via')) parseVia(via);
            rest = rest.subarray(consumed);
          }
        }),
        { numRuns: FUZZ_RUNS },
      );
      // Some inputs must get through the framing, or the fuzzing proves little.
      expect(responses).toBeGreaterThan(1000);
    },
  );
});
