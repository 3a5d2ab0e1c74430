// The DNS error mapping on any error code a resolver may report (issue 13, "fuzz the
// parsers"): a sentence that names the host in plain words, never a throw. The resolver's
// code stays out of the sentence (issue 17: no error codes in sentences); the probe's
// detail.errorCode carries it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dnsFailureMessage } from '../../../../main/engine/probes/dns';
import { FUZZ_RUNS, FUZZ_TIMEOUT_MS, piecesOf } from '../../../support/fuzz';

const CODES = ['ENOTFOUND', 'ESERVFAIL', 'EREFUSED', 'ECONNREFUSED', 'ETIMEOUT', 'EAI_AGAIN', 'E'];

describe('DNS error mapping on hostile codes', () => {
  it(`never throws on ${FUZZ_RUNS} codes, and names the host`, { timeout: FUZZ_TIMEOUT_MS }, () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...CODES), piecesOf([...CODES, '_', 'constructor', '__proto__'])),
        fc.domain(),
        (code, host) => {
          const message = dnsFailureMessage(host, code);
          expect(message.startsWith(`could not look up ${host}: `)).toBe(true);
          expect(message).not.toContain(`(${code})`);
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });
});
