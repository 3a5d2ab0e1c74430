import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SERVER_TEXT_MAX, serverText } from '../../../../common/text/server-text';
import { FUZZ_RUNS, hasControls, piecesOf } from '../../../support/fuzz';

describe('serverText', () => {
  it('keeps ordinary words, accents and emoji as they are', () => {
    expect(serverText('OK')).toBe('OK');
    expect(serverText('Kamailio (5.8.4 (x86_64/linux))')).toBe('Kamailio (5.8.4 (x86_64/linux))');
    expect(serverText('Überprüfung läuft 🔒')).toBe('Überprüfung läuft 🔒');
  });

  it('removes terminal escape sequences: clear screen, cursor moves, colours, titles', () => {
    expect(serverText('\x1b[2J\x1b[HREADY')).toBe('READY');
    expect(serverText('a\x1b[1;31mred\x1b[0m b')).toBe('ared b');
    expect(serverText('\x1b]0;owned\x07title')).toBe('title');
    expect(serverText('\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\')).toBe('link');
    expect(serverText('x\x1bcy')).toBe('xy');
    expect(serverText('dangling \x1b')).toBe('dangling');
  });

  it('removes C0 and C1 controls, DEL and the 8-bit CSI; line breaks become one space', () => {
    expect(serverText('a\x00b\x07c\x7fd\x9b2Je\x85f')).toBe('abcd2Jef');
    expect(serverText('line one\r\nline two\tend')).toBe('line one line two end');
    expect(serverText('back\bspace')).toBe('backspace');
  });

  it('removes bidi overrides, isolates and invisible format characters', () => {
    // "Trojan Source": U+202E would show "fail" as "liaf" after it.
    expect(serverText('pass \u202eliaf\u202c')).toBe('pass liaf');
    expect(serverText('\u2066a\u2069\u200bb\u200f\ufeffc')).toBe('abc');
  });

  it('replaces a lone surrogate with U+FFFD', () => {
    expect(serverText('a\ud800b')).toBe('a\ufffdb');
    expect(serverText('\udc00')).toBe('\ufffd');
  });

  it('caps the length with an ellipsis, counting characters, not UTF-16 units', () => {
    expect(SERVER_TEXT_MAX).toBe(200);
    const long = 'x'.repeat(500);
    expect(serverText(long)).toBe(`${'x'.repeat(199)}…`);
    expect(serverText('x'.repeat(200))).toBe('x'.repeat(200));
    expect(serverText('🔒'.repeat(10), 5)).toBe('🔒🔒🔒🔒…');
  });

  it(`leaves no control and stays within the cap on ${FUZZ_RUNS} hostile strings`, () => {
    fc.assert(
      fc.property(
        piecesOf(['\x1b', '[', ']', '\x07', '\\', 'P', '2J', ';', '\x9b', '\u202e', '\ud83d', 'é']),
        fc.integer({ min: 1, max: 300 }),
        (text, max) => {
          const plain = serverText(text, max);
          expect(hasControls(plain)).toBe(false);
          expect(Array.from(plain).length).toBeLessThanOrEqual(max);
          expect(plain).toBe(plain.trim());
          if (Array.from(plain).length < max) expect(serverText(plain, max)).toBe(plain);
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });
});
