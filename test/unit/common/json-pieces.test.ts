import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPieces } from '../../../common/text/json-pieces';

const joined = (value: unknown, depth?: number) => [...jsonPieces(value, depth)].join('');

describe('jsonPieces', () => {
  it('writes a small document as JSON.stringify(value, null, 2) does, byte for byte', () => {
    // Written by hand: what IT's scripts read.
    const document = { a: [1, { b: 'x' }], c: {}, d: [] };
    expect(joined(document)).toBe(
      '{\n  "a": [\n    1,\n    {\n      "b": "x"\n    }\n  ],\n  "c": {},\n  "d": []\n}',
    );
  });

  it('leaves out what JSON leaves out, and writes dates as JSON does', () => {
    const at = new Date(Date.UTC(2026, 11, 3, 16, 0, 0));
    const document = { at, gone: undefined, fn: () => 1, list: [undefined, at] };
    expect(joined(document)).toBe(
      '{\n  "at": "2026-12-03T16:00:00.000Z",\n  "list": [\n    null,\n    "2026-12-03T16:00:00.000Z"\n  ]\n}',
    );
  });

  it('joins to JSON.stringify(value, null, 2) for any JSON value, at any split depth', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 4 }), (value, depth) => {
        expect(joined(value, depth)).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 500 },
    );
  });

  it('splits a large array into one piece per item, none of them the whole document', () => {
    const rows = Array.from({ length: 200 }, (_, i) => ({ id: `2-2.${i}`, probes: [{ i }] }));
    const pieces = [...jsonPieces({ rows })];
    const whole = JSON.stringify({ rows }, null, 2);
    expect(pieces.join('')).toBe(whole);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(whole.length / 50);
  });
});
