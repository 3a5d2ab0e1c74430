// 100,000 hostile datagrams: random bytes and damaged valid messages; `decode` must never throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from '../../../../main/engine/stun/codec';
import { shortTermIntegrity } from '../../../../main/engine/stun/short-term-credential';
import {
  PADDED_REQUEST,
  PASSWORD,
  SAMPLE_IPV4_RESPONSE,
  SAMPLE_IPV6_RESPONSE,
  SAMPLE_REQUEST,
} from './rfc5769-vectors';
import {
  COTURN_RESPONSE,
  ORIGIN_IPV4_RESPONSE,
  OTHER_ADDRESS_IPV6_RESPONSE,
} from './rfc5780-vectors';

// With X.4's padded request: its long filler attribute is a length field worth damaging; and
// RFC 5780's RESPONSE-ORIGIN and OTHER-ADDRESS, whose family and length bytes are too.
const VALID = [
  SAMPLE_REQUEST,
  SAMPLE_IPV4_RESPONSE,
  SAMPLE_IPV6_RESPONSE,
  PADDED_REQUEST,
  ORIGIN_IPV4_RESPONSE,
  OTHER_ADDRESS_IPV6_RESPONSE,
  COTURN_RESPONSE,
];
const integrity = shortTermIntegrity(PASSWORD);

const randomBytes = fc.uint8Array({ maxLength: 200 });

/** A random STUN-looking header followed by random bytes: reaches the attribute parser. */
const stunShaped = fc
  .tuple(
    fc.integer({ min: 0, max: 0x3fff }),
    fc.uint8Array({ minLength: 12, maxLength: 12 }),
    fc.uint8Array({ maxLength: 120 }),
  )
  .map(([type, id, body]) => {
    const bytes = new Uint8Array(20 + body.length);
    const view = new DataView(bytes.buffer);
    view.setUint16(0, type);
    view.setUint16(2, body.length);
    view.setUint32(4, 0x2112a442);
    bytes.set(id, 8);
    bytes.set(body, 20);
    return bytes;
  });

/**
 * A success whose one attribute is an address attribute (XOR-MAPPED-ADDRESS, MAPPED-ADDRESS,
 * RESPONSE-ORIGIN, OTHER-ADDRESS) with a random family byte and a value of random length:
 * random bodies alone seldom name these types.
 */
const addressShaped = fc
  .tuple(
    fc.constantFrom(0x0020, 0x0001, 0x802b, 0x802c),
    fc.integer({ min: 0, max: 3 }),
    fc.uint8Array({ maxLength: 24 }),
  )
  .map(([type, family, rest]) => {
    const value = Uint8Array.from([0, family, ...rest]);
    const body = (value.length + 3) & ~3;
    const bytes = new Uint8Array(24 + body);
    const view = new DataView(bytes.buffer);
    view.setUint16(0, 0x0101);
    view.setUint16(2, 4 + body);
    view.setUint32(4, 0x2112a442);
    view.setUint16(20, type);
    view.setUint16(22, value.length);
    bytes.set(value, 24);
    return bytes;
  });

const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    bit: fc.integer({ min: 0, max: 7 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('length' as const),
    at: fc.nat(),
    value: fc.integer({ min: 0, max: 0xffff }),
  }),
  fc.record({
    kind: fc.constant('append' as const),
    extra: fc.uint8Array({ minLength: 1, maxLength: 16 }),
  }),
);

/** Bit flips, truncations and edited length fields (message or attribute) of the vectors. */
const mutated = fc
  .tuple(fc.constantFrom(...VALID), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([original, mutations]) => {
    let bytes = original.slice();
    for (const m of mutations) {
      if (bytes.length === 0) break;
      if (m.kind === 'flip')
        bytes[m.at % bytes.length] = bytes[m.at % bytes.length]! ^ (1 << m.bit);
      else if (m.kind === 'truncate') bytes = bytes.slice(0, m.at % bytes.length);
      else if (m.kind === 'append') bytes = Uint8Array.from([...bytes, ...m.extra]);
      else if (bytes.length >= 4) {
        // A length field: the header's (offset 2) or some attribute's (offset 4n + 2).
        const at = (Math.floor((m.at % bytes.length) / 4) * 4 + 2) % (bytes.length - 1);
        new DataView(bytes.buffer).setUint16(at, m.value);
      }
    }
    return bytes;
  });

describe('STUN decode on hostile input', () => {
  it('never throws on 100,000 random and mutated datagrams', () => {
    let decoded = 0;
    fc.assert(
      fc.property(
        fc.oneof(randomBytes, stunShaped, addressShaped, mutated),
        fc.boolean(),
        (bytes, withIntegrity) => {
          const result = decode(bytes, withIntegrity ? { integrity } : {});
          if (result.ok) decoded += 1;
          else expect(result.reason).toBeTypeOf('string');
        },
      ),
      { numRuns: 100_000 },
    );
    // Some inputs must get past the header checks, or the fuzzing proves little.
    expect(decoded).toBeGreaterThan(0);
  });
});
