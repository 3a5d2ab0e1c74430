// `tasklist /FO CSV /NH` as Windows prints it (fixture written in its exact format).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTasklistCsv } from '../../../../main/engine/local-ports/windows-tasklist';

const fixture = readFileSync(
  new URL('../../../fixtures/local-ports/windows-tasklist.csv', import.meta.url),
  'utf8',
);

describe('parseTasklistCsv', () => {
  it('maps pid to image name, whatever the memory column holds', () => {
    const names = parseTasklistCsv(fixture);
    expect(names.size).toBe(8);
    expect(names.get(0)).toBe('System Idle Process');
    expect(names.get(11200)).toBe('Teams.exe');
    expect(names.get(8400)).toBe('node.exe');
    expect(names.get(7124)).toBe('Acme Softphone, Beta.exe');
  });

  it('reads nothing from an empty list or a message such as "INFO: No tasks are running"', () => {
    expect(parseTasklistCsv('').size).toBe(0);
    expect(
      parseTasklistCsv('INFO: No tasks are running which match the specified criteria.\r\n').size,
    ).toBe(0);
  });
});
