// `JSON.stringify(value, null, 2)` in pieces, for a document too large to hold twice: a 10×
// run's result is 1.7 MB of JSON, and as one string and then its bytes it was the run's peak
// of memory (issue 12, peak RSS at 10×). Joined, the pieces are exactly what
// JSON.stringify(value, null, 2) returns; only the first `depth` levels of objects and arrays
// are split, each value below them is one piece.

const INDENT = '  ';

/** What JSON.stringify leaves out of an object (and writes as `null` in an array). */
const omitted = (value: unknown) =>
  value === undefined || typeof value === 'function' || typeof value === 'symbol';

/** The value JSON.stringify would serialise: its `toJSON()` where it has one (Date). */
function serialisable(value: unknown, key: string): unknown {
  const toJSON = (value as { toJSON?: unknown } | null)?.toJSON;
  return typeof toJSON === 'function'
    ? (toJSON as (key: string) => unknown).call(value, key)
    : value;
}

export function* jsonPieces(value: unknown, depth = 2): Generator<string> {
  yield* piecesOf(serialisable(value, ''), depth, '');
}

function* piecesOf(value: unknown, depth: number, indent: string): Generator<string> {
  const container = value !== null && typeof value === 'object';
  if (depth === 0 || !container) {
    // A value below the split levels: JSON.stringify's own text, indented to its place.
    const text = JSON.stringify(value, null, INDENT);
    yield indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
    return;
  }
  const inner = indent + INDENT;
  const entries: Array<[string, unknown]> = Array.isArray(value)
    ? value.map((item, i) => {
        const serialised = serialisable(item, String(i));
        return [String(i), omitted(serialised) ? null : serialised];
      })
    : Object.keys(value)
        .map((key): [string, unknown] => [
          key,
          serialisable((value as Record<string, unknown>)[key], key),
        ])
        .filter(([, item]) => !omitted(item));
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) {
    yield `${open}${close}`;
    return;
  }
  yield open;
  for (const [i, [key, item]] of entries.entries()) {
    yield `${i === 0 ? '' : ','}\n${inner}${Array.isArray(value) ? '' : `${JSON.stringify(key)}: `}`;
    yield* piecesOf(item, depth - 1, inner);
  }
  yield `\n${indent}${close}`;
}
