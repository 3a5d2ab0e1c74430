// Arbitraries for fuzzing the parsers that face the network (issue 13): random bytes, text
// assembled from a protocol's own pieces (so near-valid input turns up often), and valid
// messages damaged by bit flips, truncation, insertion and splicing.
import fc from 'fast-check';

/** The number of cases each network-facing parser must survive. */
export const FUZZ_RUNS = 100_000;
/**
 * Their time limit: 100,000 cases take 7-22 s on a quiet 2-vCPU machine, and about three
 * times that with other test files beside them; the 30 s default is for tests that wait.
 */
export const FUZZ_TIMEOUT_MS = 120_000;

/** Text made of `pieces` and random strings (any code unit, lone surrogates included). */
export function piecesOf(pieces: readonly string[], maxLength = 40): fc.Arbitrary<string> {
  return fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...pieces) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
        { weight: 1, arbitrary: fc.nat({ max: 100_000 }).map(String) },
      ),
      { maxLength },
    )
    .map((parts) => parts.join(''));
}

const damage = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.nat({ max: 7 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
  }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), times: fc.nat({ max: 3 }) }),
);

/** One of `valid`, damaged one to four times. */
export function damaged(valid: readonly string[]): fc.Arbitrary<Buffer> {
  return fc
    .tuple(fc.constantFrom(...valid), fc.array(damage, { minLength: 1, maxLength: 4 }))
    .map(([text, edits]) => {
      let bytes = Buffer.from(text, 'latin1');
      for (const edit of edits) {
        if (bytes.length === 0) break;
        const at = edit.at % bytes.length;
        if (edit.kind === 'flip') bytes[at] = bytes[at]! ^ (1 << edit.bit);
        else if (edit.kind === 'truncate') bytes = bytes.subarray(0, at);
        else if (edit.kind === 'insert')
          bytes = Buffer.concat([bytes.subarray(0, at), edit.bytes, bytes.subarray(at)]);
        else bytes = Buffer.concat([bytes.subarray(0, at), ...Array(edit.times).fill(bytes)]);
      }
      return bytes;
    });
}

/** Bytes: random, the protocol's pieces, or a damaged valid message. */
export function hostileBytes(pieces: readonly string[], valid: readonly string[]) {
  return fc.oneof(
    fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
    piecesOf(pieces).map((text) => Buffer.from(text, 'utf8')),
    damaged(valid),
  );
}

/** True when `text` holds a character serverText removes: a control, DEL, C1, a bidi override. */
export function hasControls(text: string): boolean {
  return Array.from(text).some((char) => {
    const code = char.codePointAt(0)!;
    return code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e);
  });
}
