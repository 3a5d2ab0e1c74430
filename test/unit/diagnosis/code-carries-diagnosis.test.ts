// Issue 11's promise: a decoded helpdesk code tells exactly the story of the run that made it.
// Over generated results (random options and random outcomes per row, with the details that
// change the cause: an inspecting product, a proxy asking for a password, a login page, a
// certificate out of its dates, a local block), the code's diagnosis equals the run's.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeForDisplay } from '../../../common/helpdesk/decoded-table';
import { INSPECTION_PRODUCTS } from '../../../common/diagnosis/inspection-products';
import { OUTCOMES, type Outcome } from '../../../common/outcomes';
import type { ProbeDetail } from '../../../common/results/schema';
import { anyOptions, buildResult, loaded, type Answer } from '../helpdesk/result-builder';
import { ORIGIN_TEXT } from '../../../common/i18n/en';

const { profile, hash } = loaded;

/** An outcome with the detail a real probe would give it. */
const answer: fc.Arbitrary<Answer> = fc
  .tuple(fc.constantFrom<Outcome>(...OUTCOMES), fc.constantFrom(...INSPECTION_PRODUCTS), fc.nat(3))
  .map(([outcome, product, variant]) => {
    const detail: ProbeDetail = {};
    if (outcome === 'tls-intercepted' && variant > 0)
      detail.tls = { inspectionProduct: product.name, issuer: `CN=${product.name} CA` };
    if (outcome === 'tls-error' && variant > 1)
      detail.tls = { version: 'TLSv1.3', authorizationError: 'CERT_HAS_EXPIRED' };
    if (outcome === 'proxy-auth') detail.proxy = { via: 'PROXY p:3128', authSchemes: ['Basic'] };
    if (outcome === 'reply' && variant === 3) detail.http = { status: 200 };
    // A STUN server that reported its own address outside the guide's ranges (issue 20).
    if (outcome === 'reply' && variant === 2)
      detail.stun = {
        transmissions: 1,
        responseOrigin: { address: '203.0.113.9', port: 3478 },
        unlisted: ['203.0.113.9'],
      };
    if (outcome === 'unreachable' && variant > 1) detail.errorCode = 'ENETUNREACH';
    return { outcome, detail };
  });

const rowIds = profile.rows.map((row) => row.id);

describe('the helpdesk code carries the diagnosis', () => {
  it('decodes to the same verdict, cause, product, headline, reason, steps, lines and caveats (property)', () => {
    const causes = new Set<string>();
    let unlisted = 0;
    fc.assert(
      fc.property(
        anyOptions,
        // Most rows answer; a few get a random outcome, as on real networks.
        fc.dictionary(fc.constantFrom(...rowIds), answer, { maxKeys: 8 }),
        (options, answers) => {
          const result = buildResult({
            options,
            answers,
          });
          causes.add(result.diagnosis.cause);
          if (result.diagnosis.recommended.includes(ORIGIN_TEXT.recommended)) unlisted += 1;
          const decoded = decodeForDisplay(result.helpdeskCode!, profile, hash);
          expect(decoded.ok, JSON.stringify(decoded)).toBe(true);
          if (decoded.ok) expect(decoded.decoded.diagnosis).toEqual(result.diagnosis);
        },
      ),
      { numRuns: 1500 },
    );
    // The sample reached most of the vocabulary, so the property says something.
    expect(causes.size).toBeGreaterThanOrEqual(10);
    // About 1 in 30 of the sampled runs carries the fact: 25 leaves room for the sample's spread.
    expect(unlisted).toBeGreaterThan(25);
  });
});
