import { afterEach, describe, expect, it } from 'vitest';
import { rowChanges, type ComparedRow } from '../../../common/results/row-changes';
import { rowsToCheckAgain } from '../../../common/results/recheck';
import { rowChangeLine } from '../../../common/reports/row-change';
import { setLanguage } from '../../../common/i18n';

const row = (id: string, status: ComparedRow['status'], level: ComparedRow['level'] = 'required') =>
  ({ id, title: `profile title of ${id}`, level, status }) satisfies ComparedRow;

describe('rowChanges', () => {
  it('lists only rows whose status differs, in the later order, then rows the later lacks', () => {
    const before = [
      row('2-1.1', 'pass'),
      row('2-2.3', 'fail'),
      row('2-2.4', 'unverified'),
      row('9.9', 'fail'),
    ];
    const after = [
      row('2-1.1', 'pass'),
      row('2-2.4', 'pass'),
      row('2-2.3', 'pass'),
      row('X.9', 'warn'),
    ];
    expect(
      rowChanges(before, after).map((c) => [
        c.id,
        c.before?.status ?? null,
        c.after?.status ?? null,
      ]),
    ).toEqual([
      ['2-2.4', 'unverified', 'pass'],
      ['2-2.3', 'fail', 'pass'],
      ['X.9', null, 'warn'],
      ['9.9', 'fail', null],
    ]);
  });

  it('finds nothing between equal readings', () => {
    const rows = [row('2-1.1', 'pass'), row('2-2.3', 'fail')];
    expect(
      rowChanges(
        rows,
        rows.map((r) => ({ ...r })),
      ),
    ).toEqual([]);
  });
});

describe('rowChangeLine', () => {
  afterEach(() => setLanguage('en'));

  it('names the row by its plain title and both states in the status words', () => {
    const [change] = rowChanges([row('2-2.3', 'fail')], [row('2-2.3', 'pass')]);
    expect(rowChangeLine(change!)).toBe('2-2.3 Calls can be set up securely: Fail → Pass');
  });

  it('says "Recommended" for an optional rule that fails, and marks a row one side lacks', () => {
    const [gone] = rowChanges([row('4.1', 'fail', 'optional')], []);
    expect(rowChangeLine(gone!)).toBe(
      '4.1 iPhones and iPads here get call notifications: Recommended → not in this reading',
    );
  });

  it("speaks the faces' language, with its own colon", () => {
    setLanguage('ja');
    const [change] = rowChanges([row('2-2.3', 'fail')], [row('2-2.3', 'pass')]);
    expect(rowChangeLine(change!)).toMatch(/^2-2\.3 .+：.+ → .+$/u);
  });
});

describe('rowsToCheckAgain', () => {
  const planned = [
    { id: '2-2.1', enabled: true, probes: [] },
    { id: '2-2.2', enabled: true, probes: [] },
    { id: '2-3.1', enabled: false, probes: [] },
    { id: 'X.1', enabled: true, probes: [{ serversOf: ['2-2.1'] }] },
  ] as never;
  const rows = [
    { id: '2-2.1', table: '2-2', status: 'pass' },
    { id: '2-2.2', table: '2-2', status: 'warn' },
    { id: '2-3.1', table: '2-3', status: 'skipped' },
    { id: 'X.1', table: 'X', status: 'fail' },
  ] as const;

  it('takes failed rows and the rows an extra check among them builds on', () => {
    expect(rowsToCheckAgain(rows, planned, { warnings: false })).toEqual(['2-2.1', 'X.1']);
  });

  it('takes rows that answered in part only when asked to', () => {
    expect(rowsToCheckAgain(rows, planned, { warnings: true })).toEqual(['2-2.1', '2-2.2', 'X.1']);
  });

  // X.2 (jitter) could not measure because STUN to 2-2.1's relays failed: once the firewall
  // lets STUN through it can measure, so it goes with 2-2.1 and does not stay "could not tell".
  const waiting = [
    { id: '2-2.1', enabled: true, probes: [] },
    { id: '2-2.2', enabled: true, probes: [] },
    { id: 'X.2', enabled: true, probes: [{ serversOf: ['2-2.1'] }] },
    { id: 'X.4', enabled: true, probes: [{ serversOf: ['2-2.2'] }] },
    { id: 'X.5', enabled: false, probes: [{ serversOf: ['2-2.1'] }] },
  ] as never;
  const waitingRows = [
    { id: '2-2.1', table: '2-2', status: 'fail' },
    { id: '2-2.2', table: '2-2', status: 'pass' },
    { id: 'X.2', table: 'X', status: 'unverified' },
    { id: 'X.4', table: 'X', status: 'unverified' },
    { id: 'X.5', table: 'X', status: 'skipped' },
  ] as const;

  it('takes an extra check that could not measure with the failed rows it measures against', () => {
    expect(rowsToCheckAgain(waitingRows, waiting, { warnings: false })).toEqual(['2-2.1', 'X.2']);
  });

  it('runs a waiting extra check with every row it measures against, passing ones too', () => {
    // X.3 (SIP ALG) measures against 2-2.2 and 2-2.3: with 2-2.2 failed and X.3 unable to
    // tell, both run again, or X.3 would measure 2-2.2's servers alone.
    const alg = [
      { id: '2-2.2', enabled: true, probes: [] },
      { id: '2-2.3', enabled: true, probes: [] },
      { id: 'X.3', enabled: true, probes: [{ serversOf: ['2-2.2', '2-2.3'] }] },
    ] as never;
    const rows = [
      { id: '2-2.2', table: '2-2', status: 'fail' },
      { id: '2-2.3', table: '2-2', status: 'pass' },
      { id: 'X.3', table: 'X', status: 'unverified' },
    ] as const;
    expect(rowsToCheckAgain(rows, alg, { warnings: false })).toEqual(['2-2.2', '2-2.3', 'X.3']);
  });

  it('leaves an extra check that could not measure while its own rows pass', () => {
    const passing = waitingRows.map((r) => (r.id === '2-2.1' ? { ...r, status: 'pass' } : r));
    expect(rowsToCheckAgain(passing as never, waiting, { warnings: true })).toEqual([]);
  });
});
