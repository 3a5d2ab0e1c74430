import { describe, expect, it } from 'vitest';
import { computeVerdict, effectiveLevel } from '../../../common/results/verdict';
import { CAVEATS } from '../../../common/i18n/en';
import { defaultRows, probeResult } from '../../support/results';

describe('verdict (ARCHITECTURE.md, first match wins)', () => {
  it('is ready when every enabled required row passes or warns', () => {
    const verdict = computeVerdict({
      rows: defaultRows({ '3-1.1': 'warn' }),
      teamlink: true,
      partial: false,
    });
    expect(verdict).toMatchObject({ status: 'ready', rows: [], caveats: [], partial: false });
  });

  it('rule 1: not-ready when HTTPS to Librestream fails, whatever else passes', () => {
    const verdict = computeVerdict({
      rows: defaultRows({ '2-1.1': 'fail', '2-2.3': 'fail' }),
      teamlink: true,
      partial: false,
    });
    expect(verdict.status).toBe('not-ready');
    expect(verdict.rows).toEqual(['2-1.1']);
  });

  it('rule 1: not-ready when SSL inspection is seen, naming the product', () => {
    const rows = defaultRows({ '2-1.2': 'fail' });
    rows.find((r) => r.id === '2-1.2')!.probes = [
      probeResult({
        rowId: '2-1.2',
        outcome: 'tls-intercepted',
        status: 'fail',
        detail: { tls: { inspectionProduct: 'Zscaler' } },
      }),
    ];
    const verdict = computeVerdict({ rows, teamlink: true, partial: false });
    expect(verdict.status).toBe('not-ready');
    expect(verdict.reason).toContain('Zscaler');
    expect(verdict.rows).toEqual(['2-1.2']);
  });

  it('rule 1: not-ready when TeamLink is off and a required direct row fails', () => {
    const verdict = computeVerdict({
      rows: defaultRows({ '2-2.3': 'fail' }),
      teamlink: false,
      partial: false,
    });
    expect(verdict.status).toBe('not-ready');
    expect(verdict.reason).toMatch(/turn on TeamLink in OPM, or open these rules/);
    expect(verdict.rows).toEqual(['2-2.3']);
  });

  it('rule 2: inconclusive when a deciding row is unverified (a proxy asking for a password)', () => {
    const verdict = computeVerdict({
      rows: defaultRows({ '2-1.1': 'unverified' }),
      teamlink: true,
      partial: false,
    });
    expect(verdict).toMatchObject({ status: 'inconclusive', rows: ['2-1.1'] });
  });

  it('rule 1 wins over rule 2: a failure of 2-1.1 is not hidden by an unverified row', () => {
    const verdict = computeVerdict({
      rows: defaultRows({ '2-1.1': 'fail', '2-2.2': 'unverified' }),
      teamlink: true,
      partial: false,
    });
    expect(verdict.status).toBe('not-ready');
  });

  it('rule 3: teamlink-only when TeamLink is on and a required direct row fails', () => {
    const verdict = computeVerdict({
      rows: defaultRows({ '2-2.2': 'fail', '2-2.3': 'fail' }),
      teamlink: true,
      partial: false,
    });
    expect(verdict).toMatchObject({ status: 'teamlink-only', rows: ['2-2.2', '2-2.3'] });
  });

  it('STUN (2-2.1) is required only while TeamLink is on', () => {
    expect(effectiveLevel('required-if-teamlink', true)).toBe('required');
    expect(effectiveLevel('required-if-teamlink', false)).toBe('optional');
    const verdict = computeVerdict({
      rows: defaultRows({ '2-2.1': 'fail' }),
      teamlink: false,
      partial: false,
    });
    expect(verdict.status).toBe('ready');
  });

  it('rule 4: an unverified media row does not block ready when STUN or SIP to the same service passed', () => {
    const verdict = computeVerdict({
      rows: defaultRows({ '2-2.4': 'unverified' }),
      teamlink: true,
      partial: false,
    });
    expect(verdict.status).toBe('ready');
    expect(verdict.caveats).toEqual([CAVEATS.mediaUnconfirmed]);
  });

  it('an unverified media row is deciding when nothing reached the same service', () => {
    const rows = defaultRows({
      '2-2.4': 'unverified',
      '2-2.1': 'fail',
      '2-2.2': 'fail',
      '2-2.3': 'fail',
    });
    const verdict = computeVerdict({ rows, teamlink: true, partial: false });
    expect(verdict.status).toBe('inconclusive');
    expect(verdict.rows).toEqual(['2-2.4']);
  });

  it('optional rows (port 80, push) never decide', () => {
    const verdict = computeVerdict({
      rows: defaultRows({ '2-2.5': 'fail', '4.1': 'fail', '4.2': 'unverified' }),
      teamlink: true,
      partial: false,
    });
    expect(verdict.status).toBe('ready');
  });

  it('legacy rows count only when the legacy option enabled them', () => {
    const legacy = { '2-3.4': true, '2-4.1': true };
    const verdict = computeVerdict({
      rows: defaultRows({ '2-3.4': 'fail' }, legacy),
      teamlink: false,
      partial: false,
    });
    expect(verdict).toMatchObject({ status: 'not-ready', rows: ['2-3.4'] });
  });

  it('a partial run (--only) says so', () => {
    const verdict = computeVerdict({ rows: defaultRows(), teamlink: true, partial: true });
    expect(verdict.partial).toBe(true);
    expect(verdict.caveats).toContain(CAVEATS.partial);
  });

  it('a run that checked no required row is inconclusive, never ready', () => {
    const rows = defaultRows().map((r) => ({
      ...r,
      enabled: r.level === 'info',
      status: r.level === 'info' ? ('info' as const) : ('skipped' as const),
    }));
    expect(computeVerdict({ rows, teamlink: true, partial: true }).status).toBe('inconclusive');
  });
});
