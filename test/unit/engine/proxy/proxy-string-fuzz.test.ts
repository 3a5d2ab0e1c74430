// 100,000 hostile PAC results and proxy URLs: a PAC file returns whatever its author (or an
// attacker on the network it came over) wrote. The parsers return entries or a typed error,
// never a throw, and their words are plain text (issue 13, "fuzz the parsers").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProxyList, parseProxyUrl } from '../../../../main/engine/proxy/proxy-string';
import { FUZZ_RUNS, FUZZ_TIMEOUT_MS, hasControls, piecesOf } from '../../../support/fuzz';

const PIECES = [
  'PROXY ',
  'HTTPS ',
  'SOCKS ',
  'SOCKS5 ',
  'DIRECT',
  'direct',
  ';',
  '; ',
  ':',
  '[',
  ']',
  '::1',
  'proxy.example.com',
  '10.0.0.1',
  '8080',
  '65536',
  '0',
  'http://',
  'https://',
  'socks5://',
  '@',
  'user:pa%ss',
  '/',
  ' ',
  '\t',
  '\x1b[2J',
  '\u202e',
];

describe('proxy strings on hostile input', () => {
  it(`never throw on ${FUZZ_RUNS} PAC results and proxy URLs`, { timeout: FUZZ_TIMEOUT_MS }, () => {
    let parsed = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          { weight: 8, arbitrary: piecesOf(PIECES) },
          // Long input (past any length limit): a random stretch repeated, since fast-check
          // builds a 5,000-unit random string one unit at a time (most of this test's time).
          {
            weight: 1,
            arbitrary: fc
              .tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }), fc.nat(1000))
              .map(([stretch, extra]) =>
                stretch.repeat(Math.ceil(5000 / stretch.length)).slice(0, 4000 + extra),
              ),
          },
          { weight: 1, arbitrary: fc.anything() },
        ),
        (input) => {
          const list = parseProxyList(input);
          if (list.ok) {
            parsed += 1;
            expect(list.entries.length).toBeGreaterThan(0);
            for (const entry of list.entries) {
              if (entry.type === 'DIRECT') continue;
              expect(entry.port).toBeGreaterThanOrEqual(1);
              expect(entry.port).toBeLessThanOrEqual(65535);
              expect(hasControls(entry.host)).toBe(false);
            }
            for (const ignored of list.ignored) expect(hasControls(ignored)).toBe(false);
          } else {
            expect(hasControls(list.error.message)).toBe(false);
          }
          if (typeof input === 'string') {
            const url = parseProxyUrl(input);
            expect(url.ok === true || typeof url.error.message === 'string').toBe(true);
          }
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
    expect(parsed).toBeGreaterThan(1000);
  });
});
