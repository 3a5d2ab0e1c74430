import { describe, expect, it } from 'vitest';
import { computeVerdict, effectiveLevel } from '../../../common/results/verdict';
import { changeRequest } from '../../../common/results/change-request';
import type { Outcome, ProbeStatus, RowStatus } from '../../../common/outcomes';
import type { ProbeResult, RowResult } from '../../../common/results/schema';
import { CAVEATS, VERDICT_REASONS } from '../../../common/i18n/en';
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

  it('rule 1: a TLS failure of 2-1.2 that is not interception is not named as SSL inspection', () => {
    const rows = defaultRows({ '2-1.2': 'fail' });
    rows.find((r) => r.id === '2-1.2')!.probes = [
      probeResult({
        rowId: '2-1.2',
        kind: 'tls',
        outcome: 'tls-error',
        status: 'fail',
        detail: { tls: { version: 'TLSv1.3', authorizationError: 'CERT_NOT_YET_VALID' } },
      }),
    ];
    const verdict = computeVerdict({ rows, teamlink: true, partial: false });
    expect(verdict.status).toBe('not-ready');
    expect(verdict.reason).toBe(VERDICT_REASONS.webBlocked(['2-1.2']));
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

/** Rows of the default profile with the given probes placed in their rows. */
function withProbes(
  statuses: Record<string, RowStatus>,
  probes: Record<string, ProbeResult[]>,
): RowResult[] {
  return defaultRows(statuses).map((row) => ({ ...row, probes: probes[row.id] ?? row.probes }));
}

const viaProxy = (
  rowId: string,
  kind: 'https' | 'tls',
  outcome: Outcome,
  status: ProbeStatus,
  directOutcome: Outcome,
  detail: ProbeResult['detail'] = {},
): ProbeResult =>
  probeResult({
    rowId,
    kind,
    port: 443,
    target: 'onsight.librestream.com',
    outcome,
    status,
    detail: {
      ...detail,
      proxy: { via: 'PROXY proxy.corp:3128', path: 'proxy', directOutcome, ...detail.proxy },
    },
  });

describe('verdict with a proxy in the path (issue 4)', () => {
  it('HTTPS through the proxy while direct HTTPS is blocked is not a failure: ready', () => {
    const rows = withProbes(
      {},
      {
        '2-1.1': [viaProxy('2-1.1', 'https', 'reply', 'pass', 'timeout')],
        '2-1.2': [viaProxy('2-1.2', 'tls', 'reply', 'pass', 'timeout')],
      },
    );
    expect(computeVerdict({ rows, teamlink: true, partial: false }).status).toBe('ready');
  });

  it('teamlink-only: HTTPS works through the proxy, not inspected, a direct row fails, TeamLink on', () => {
    const rows = withProbes(
      { '2-2.2': 'fail', '2-2.6': 'fail' },
      {
        '2-1.1': [viaProxy('2-1.1', 'https', 'reply', 'pass', 'refused')],
        '2-1.2': [viaProxy('2-1.2', 'tls', 'reply', 'pass', 'refused')],
      },
    );
    const verdict = computeVerdict({ rows, teamlink: true, partial: false });
    expect(verdict.status).toBe('teamlink-only');
    expect(verdict.rows).toEqual(['2-2.2', '2-2.6']);
    expect(verdict.reason).toContain('2-2.2, 2-2.6');
  });

  it('not-ready with TeamLink off: "turn on TeamLink in OPM, or open these rules"', () => {
    const rows = withProbes(
      { '2-2.2': 'fail' },
      { '2-1.1': [viaProxy('2-1.1', 'https', 'reply', 'pass', 'timeout')] },
    );
    const verdict = computeVerdict({ rows, teamlink: false, partial: false });
    expect(verdict.status).toBe('not-ready');
    expect(verdict.reason).toContain('turn on TeamLink in OPM, or open these rules');
  });

  it('not-ready when the proxy inspects: 2-1.1 and 2-1.2 both fail, and the reason names the product once', () => {
    const tls = { inspectionProduct: 'Zscaler', issuer: 'CN=Zscaler Root CA' };
    const rows = withProbes(
      { '2-1.1': 'fail', '2-1.2': 'fail', '2-2.2': 'fail' },
      {
        '2-1.1': [viaProxy('2-1.1', 'https', 'tls-intercepted', 'fail', 'timeout', { tls })],
        '2-1.2': [viaProxy('2-1.2', 'tls', 'tls-intercepted', 'fail', 'timeout', { tls })],
      },
    );
    const verdict = computeVerdict({ rows, teamlink: true, partial: false });
    expect(verdict.status).toBe('not-ready');
    expect(verdict.rows).toEqual(['2-1.1', '2-1.2']);
    expect(verdict.reason).toBe(VERDICT_REASONS.inspected('Zscaler'));
  });

  it('not-ready when HTTPS fails through the proxy (it refuses Librestream), even with direct rows open', () => {
    const rows = withProbes(
      { '2-1.1': 'fail', '2-1.2': 'unverified' },
      { '2-1.1': [viaProxy('2-1.1', 'https', 'proxy-denied', 'fail', 'reply')] },
    );
    const verdict = computeVerdict({ rows, teamlink: true, partial: false });
    expect(verdict).toMatchObject({ status: 'not-ready', rows: ['2-1.1'] });
    expect(verdict.reason).toBe(VERDICT_REASONS.webBlocked(['2-1.1']));
  });

  it('inconclusive when the proxy asks for a password the check cannot give', () => {
    const auth = { proxy: { via: 'PROXY proxy.corp:3128', authSchemes: ['NTLM', 'Negotiate'] } };
    const rows = withProbes(
      { '2-1.1': 'unverified', '2-1.2': 'unverified', '2-2.2': 'fail' },
      {
        '2-1.1': [viaProxy('2-1.1', 'https', 'proxy-auth', 'unverified', 'timeout', auth)],
        '2-1.2': [viaProxy('2-1.2', 'tls', 'proxy-auth', 'unverified', 'timeout', auth)],
      },
    );
    const verdict = computeVerdict({ rows, teamlink: true, partial: false });
    expect(verdict).toMatchObject({ status: 'inconclusive', rows: ['2-1.1', '2-1.2'] });
    expect(verdict.reason).toBe(
      VERDICT_REASONS.proxyAuth(['2-1.1', '2-1.2'], ['NTLM', 'Negotiate']),
    );
    expect(verdict.reason).toContain('(NTLM, Negotiate)');
  });
});

describe('captive portals (issue 4)', () => {
  const portalRows = () =>
    withProbes(
      { '2-1.1': 'fail', '2-1.2': 'fail', '2-2.2': 'fail', '2-2.5': 'warn' },
      {
        '2-1.2': [
          probeResult({
            rowId: '2-1.2',
            kind: 'tls',
            port: 443,
            outcome: 'tls-intercepted',
            status: 'fail',
            detail: { tls: { issuer: 'CN=guest-wifi.local' } },
          }),
        ],
        '2-2.5': [
          probeResult({
            rowId: '2-2.5',
            kind: 'http-redirect',
            port: 80,
            outcome: 'reply',
            status: 'warn',
            detail: { http: { status: 200 } },
          }),
        ],
      },
    );

  it('another certificate on HTTPS and a login page on port 80: named as a captive portal, not a firewall', () => {
    const rows = portalRows();
    const verdict = computeVerdict({ rows, teamlink: true, partial: false });
    expect(verdict.status).toBe('not-ready');
    expect(verdict.reason).toBe(VERDICT_REASONS.captivePortal);
    expect(verdict.reason).toContain('captive portal or hotel/guest Wi-Fi login');
    expect(verdict.caveats).toContain(CAVEATS.captivePortal);
    expect(changeRequest(rows)).toEqual([]);
  });

  it('either sign alone is not a captive portal', () => {
    const redirectOnly = portalRows().map((row) =>
      row.id === '2-2.5'
        ? { ...row, probes: [{ ...row.probes[0]!, detail: { http: { status: 302 } } }] }
        : row,
    );
    const verdict = computeVerdict({ rows: redirectOnly, teamlink: true, partial: false });
    expect(verdict.caveats).not.toContain(CAVEATS.captivePortal);
    expect(verdict.reason).not.toBe(VERDICT_REASONS.captivePortal);
    const noInterception = portalRows().map((row) =>
      row.id === '2-1.2' ? { ...row, status: 'pass' as const, probes: [] } : row,
    );
    expect(
      computeVerdict({ rows: noInterception, teamlink: true, partial: false }).caveats,
    ).not.toContain(CAVEATS.captivePortal);
  });
});
