// The socket-table parsers read text another program printed: whatever it prints (a locale,
// a new column, a truncated pipe), they return entries or nothing and never throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProcNetUdp } from '../../../../main/engine/local-ports/linux-proc-net-udp';
import { parseLsofUdp } from '../../../../main/engine/local-ports/macos-lsof';
import { parseNetstatUdp } from '../../../../main/engine/local-ports/windows-netstat';
import { parseTasklistCsv } from '../../../../main/engine/local-ports/windows-tasklist';

/** Text built from the pieces these tables are made of, so that near-valid lines turn up. */
const tableText = fc
  .array(
    fc.oneof(
      fc.string(),
      fc.constantFrom(
        'UDP',
        'udp',
        ':',
        '*:*',
        '[',
        ']',
        '->',
        '"',
        ',',
        '\r\n',
        '\n',
        ' ',
        '0100007F:1771',
        'socket:[',
      ),
      fc.stringMatching(/^[0-9A-F]{1,32}$/),
      fc.nat({ max: 70000 }).map(String),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('socket-table parsers on arbitrary text', () => {
  it('never throw and only return ports in 0-65535', () => {
    fc.assert(
      fc.property(tableText, (text) => {
        for (const family of [4, 6] as const) {
          for (const row of parseProcNetUdp(text, { family, littleEndian: true })) {
            expect(row.localPort).toBeLessThanOrEqual(65535);
          }
        }
        for (const socket of [...parseLsofUdp(text), ...parseNetstatUdp(text)]) {
          expect(socket.port).toBeGreaterThanOrEqual(1);
          expect(socket.port).toBeLessThanOrEqual(65535);
        }
        parseTasklistCsv(text);
      }),
    );
  });
});
