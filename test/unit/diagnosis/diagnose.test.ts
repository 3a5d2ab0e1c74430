// The diagnosis over hand-built rows: the verdict rules of ARCHITECTURE.md (first match wins),
// the cause each situation is given, and the words it is told in.
import { describe, expect, it } from 'vitest';
import { effectiveLevel } from '../../../common/diagnosis/verdict';
import { diagnose } from '../../../common/diagnosis/diagnose';
import { DEFAULT_OPTIONS } from '../../../common/options';
import type { Outcome, ProbeStatus, RowStatus } from '../../../common/outcomes';
import type { ProbeResult, RowResult } from '../../../common/results/schema';
import { defaultProfile } from '../../../main/engine/profile-loader';
import { defaultRows, probeResult } from '../../support/results';
import { decodeForDisplay } from '../../../common/helpdesk/decoded-table';
import { buildResult, loaded, type Answer } from '../helpdesk/result-builder';

const MEDIA_UNCONFIRMED =
  'UDP to the media servers works; the 15000-65000 range can only be confirmed during a call.';

function computeVerdict({
  rows,
  teamlink,
  partial,
}: {
  rows: RowResult[];
  teamlink: boolean;
  partial: boolean;
}) {
  return diagnose(
    { rows, options: { ...DEFAULT_OPTIONS, teamlink }, host: null, partial },
    defaultProfile().profile,
  );
}

describe('verdict (ARCHITECTURE.md, first match wins)', () => {
  it('is ready when every enabled required row passes or warns', () => {
    const verdict = computeVerdict({
      rows: defaultRows({ '3-1.1': 'warn' }),
      teamlink: true,
      partial: false,
    });
    expect(verdict).toMatchObject({ verdict: 'ready', rows: [], partial: false });
  });

  it('rule 1: not-ready when HTTPS to Librestream fails, whatever else passes', () => {
    const verdict = computeVerdict({
      rows: defaultRows({ '2-1.1': 'fail', '2-2.3': 'fail' }),
      teamlink: true,
      partial: false,
    });
    expect(verdict.verdict).toBe('not-ready');
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
    expect(verdict.verdict).toBe('not-ready');
    expect(verdict).toMatchObject({ cause: 'ssl-inspection', product: 'zscaler' });
    expect(verdict.reason).toContain('by Zscaler');
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
    expect(verdict.verdict).toBe('not-ready');
    expect(verdict.cause).toBe('clock');
    expect(verdict.headline).toBe("This computer's clock may be wrong");
    expect(verdict.mustFix).toEqual([
      "Set this computer's date, time and time zone right (row 2-1.2)",
    ]);
  });

  it('rule 1: not-ready when TeamLink is off and a required direct row fails', () => {
    const verdict = computeVerdict({
      rows: defaultRows({ '2-2.3': 'fail' }),
      teamlink: false,
      partial: false,
    });
    expect(verdict.verdict).toBe('not-ready');
    expect(verdict.cause).toBe('direct-blocked');
    expect(verdict.headline).toBe('Onsight calls cannot connect on this network');
    expect(verdict.steps.it).toBe(
      'Add the rules under Must fix, or turn on TeamLink in Onsight Platform Manager.',
    );
    expect(verdict.rows).toEqual(['2-2.3']);
  });

  it('rule 2: inconclusive when a deciding row is unverified (a proxy asking for a password)', () => {
    const verdict = computeVerdict({
      rows: defaultRows({ '2-1.1': 'unverified' }),
      teamlink: true,
      partial: false,
    });
    expect(verdict).toMatchObject({ verdict: 'inconclusive', rows: ['2-1.1'] });
  });

  it('rule 1 wins over rule 2: a failure of 2-1.1 is not hidden by an unverified row', () => {
    const verdict = computeVerdict({
      rows: defaultRows({ '2-1.1': 'fail', '2-2.2': 'unverified' }),
      teamlink: true,
      partial: false,
    });
    expect(verdict.verdict).toBe('not-ready');
  });

  it('rule 3: teamlink-only when TeamLink is on and a required direct row fails', () => {
    const verdict = computeVerdict({
      rows: defaultRows({ '2-2.2': 'fail', '2-2.3': 'fail' }),
      teamlink: true,
      partial: false,
    });
    expect(verdict).toMatchObject({ verdict: 'teamlink-only', rows: ['2-2.2', '2-2.3'] });
  });

  it('STUN (2-2.1) is required only while TeamLink is on', () => {
    expect(effectiveLevel('required-if-teamlink', true)).toBe('required');
    expect(effectiveLevel('required-if-teamlink', false)).toBe('optional');
    const verdict = computeVerdict({
      rows: defaultRows({ '2-2.1': 'fail' }),
      teamlink: false,
      partial: false,
    });
    expect(verdict.verdict).toBe('ready');
  });

  it('rule 4: an unverified media row does not block ready when STUN or SIP to the same service passed', () => {
    const verdict = computeVerdict({
      rows: defaultRows({ '2-2.4': 'unverified' }),
      teamlink: true,
      partial: false,
    });
    expect(verdict.verdict).toBe('ready');
    expect(verdict.caveats).toEqual([MEDIA_UNCONFIRMED]);
    expect(verdict.cause).toBe('none');
  });

  it('an unverified media row is deciding when nothing reached the same service', () => {
    const rows = defaultRows({
      '2-2.4': 'unverified',
      '2-2.1': 'fail',
      '2-2.2': 'fail',
      '2-2.3': 'fail',
    });
    const verdict = computeVerdict({ rows, teamlink: true, partial: false });
    expect(verdict.verdict).toBe('inconclusive');
    expect(verdict.rows).toEqual(['2-2.4']);
  });

  it('optional rows (port 80, push) never decide', () => {
    const verdict = computeVerdict({
      rows: defaultRows({ '2-2.5': 'fail', '4.1': 'fail', '4.2': 'unverified' }),
      teamlink: true,
      partial: false,
    });
    expect(verdict.verdict).toBe('ready');
    // Push is the news for a site with phones and tablets; port 80 is only recommended.
    expect(verdict.cause).toBe('push-blocked');
    expect(verdict.headline).toBe(
      'Onsight will work here, but phones and tablets may miss notifications',
    );
    expect(verdict.mustFix).toEqual([]);
    expect(verdict.recommended.map((line) => line.replace(/^.*\(/, '('))).toEqual([
      '(row 2-2.5)',
      '(row 4.1)',
    ]);
  });

  it('legacy rows count only when the legacy option enabled them', () => {
    const legacy = { '2-3.4': true, '2-4.1': true };
    const verdict = computeVerdict({
      rows: defaultRows({ '2-3.4': 'fail' }, legacy),
      teamlink: false,
      partial: false,
    });
    expect(verdict).toMatchObject({ verdict: 'not-ready', rows: ['2-3.4'] });
  });

  it('a partial run (--only) says so', () => {
    const verdict = computeVerdict({ rows: defaultRows(), teamlink: true, partial: true });
    expect(verdict.partial).toBe(true);
    expect(verdict.caveats).toContain(
      'Only some rows were checked: this result covers those rows alone.',
    );
  });

  it('a run that checked no required row is inconclusive, never ready', () => {
    const rows = defaultRows().map((r) => ({
      ...r,
      enabled: r.level === 'info',
      status: r.level === 'info' ? ('info' as const) : ('skipped' as const),
    }));
    expect(computeVerdict({ rows, teamlink: true, partial: true }).verdict).toBe('inconclusive');
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
    expect(computeVerdict({ rows, teamlink: true, partial: false }).verdict).toBe('ready');
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
    expect(verdict.verdict).toBe('teamlink-only');
    expect(verdict.rows).toEqual(['2-2.2', '2-2.6']);
    expect(verdict.reason).toContain('(rows 2-2.2, 2-2.6)');
    expect(verdict.cause).toBe('direct-blocked');
  });

  it('not-ready with TeamLink off: "turn on TeamLink in OPM, or open these rules"', () => {
    const rows = withProbes(
      { '2-2.2': 'fail' },
      { '2-1.1': [viaProxy('2-1.1', 'https', 'reply', 'pass', 'timeout')] },
    );
    const verdict = computeVerdict({ rows, teamlink: false, partial: false });
    expect(verdict.verdict).toBe('not-ready');
    expect(verdict.reason).toBe(
      'Direct calls are blocked (row 2-2.2) and TeamLink is off for this site.',
    );
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
    expect(verdict.verdict).toBe('not-ready');
    expect(verdict.rows).toEqual(['2-1.1', '2-1.2']);
    expect(verdict).toMatchObject({ cause: 'ssl-inspection', product: 'zscaler' });
    expect(verdict.mustFix[0]).toBe(
      'Turn off SSL inspection for *.librestream.com on Zscaler (rows 2-1.1, 2-1.2)',
    );
  });

  it('not-ready when HTTPS fails through the proxy (it refuses Librestream), even with direct rows open', () => {
    const rows = withProbes(
      { '2-1.1': 'fail', '2-1.2': 'unverified' },
      { '2-1.1': [viaProxy('2-1.1', 'https', 'proxy-denied', 'fail', 'reply')] },
    );
    const verdict = computeVerdict({ rows, teamlink: true, partial: false });
    expect(verdict).toMatchObject({ verdict: 'not-ready', rows: ['2-1.1'] });
    expect(verdict.cause).toBe('proxy-denied');
    expect(verdict.mustFix).toEqual([
      'Let the web proxy connect to onsight.librestream.com (row 2-1.1)',
    ]);
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
    expect(verdict).toMatchObject({ verdict: 'inconclusive', rows: ['2-1.1', '2-1.2'] });
    expect(verdict.cause).toBe('proxy-sign-in');
    expect(verdict.reason).toBe(
      "This network's web proxy asks for a user name and password, so Onsight's secure connection could not be checked.",
    );
    expect(verdict.mustFix[0]).toBe(
      'Let Onsight through the web proxy to onsight.librestream.com without a proxy password (rows 2-1.1, 2-1.2)',
    );
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
    expect(verdict.verdict).toBe('not-ready');
    expect(verdict.cause).toBe('captive-portal');
    expect(verdict.headline).toBe('This network wants you to sign in first');
    expect(verdict).toMatchObject({ mustFix: [], recommended: [], caveats: [] });
  });

  it("a redirect to another host's HTTPS login page is the portal's sign too (issue 13)", () => {
    const toLogin = portalRows().map((row) =>
      row.id === '2-2.5'
        ? {
            ...row,
            probes: [
              {
                ...row.probes[0]!,
                address: '52.142.34.58',
                detail: { http: { status: 302, location: 'https://login.guest-wifi.example/' } },
              },
            ],
          }
        : row,
    );
    expect(computeVerdict({ rows: toLogin, teamlink: true, partial: false }).cause).toBe(
      'captive-portal',
    );
  });

  it('either sign alone is not a captive portal', () => {
    const redirectOnly = portalRows().map((row) =>
      row.id === '2-2.5'
        ? { ...row, probes: [{ ...row.probes[0]!, detail: { http: { status: 302 } } }] }
        : row,
    );
    const verdict = computeVerdict({ rows: redirectOnly, teamlink: true, partial: false });
    expect(verdict.cause).toBe('ssl-inspection');
    const noInterception = portalRows().map((row) =>
      row.id === '2-1.2' ? { ...row, status: 'pass' as const, probes: [] } : row,
    );
    expect(computeVerdict({ rows: noInterception, teamlink: true, partial: false }).cause).toBe(
      'web-blocked',
    );
  });
});

describe('causes that must not send IT after the wrong rule (review of issue 11)', () => {
  const judge = (result: ReturnType<typeof buildResult>) => result.diagnosis;

  it('HTTPS blocked: must-fix asks for TCP 443, never to disable an inspection nothing saw', () => {
    const d = judge(
      buildResult({
        answers: { '2-1.1': { outcome: 'timeout' }, '2-1.2': { outcome: 'timeout' } },
      }),
    );
    expect(d.cause).toBe('web-blocked');
    expect(d.mustFix[0]).toBe(
      'Allow outbound HTTPS (TCP 443) to onsight.librestream.com on the firewall and on every web proxy (rows 2-1.1, 2-1.2)',
    );
    expect(d.mustFix.join('\n')).not.toMatch(/inspection/i);
  });

  it("a site domain that does not resolve is that domain's rule, not 'this network cannot look up'", () => {
    const d = judge(
      buildResult({
        options: { customDomains: ['connect.example.com'] },
        answers: { '2-1.4': { outcome: 'dns-fail' } },
      }),
    );
    expect(d.verdict).toBe('not-ready');
    expect(d.cause).toBe('web-blocked');
    expect(d.mustFix.map((line) => line.replace(/^.*\(/, '('))).toEqual(['(row 2-1.4)']);
  });

  it("a local block of HTTPS asks for this computer's firewall, not the site's", () => {
    const d = judge(
      buildResult({
        answers: { '2-1.1': { outcome: 'local-block' }, '2-1.2': { outcome: 'local-block' } },
      }),
    );
    expect(d.cause).toBe('local-firewall');
    expect(d.mustFix).toEqual([
      "Allow Onsight in this computer's own firewall or security software (rows 2-1.1, 2-1.2)",
    ]);
  });

  it('a computer with no address but only local blocks is not "not connected"', () => {
    const everyRow = Object.fromEntries(
      defaultProfile().profile.rows.map((row) => [row.id, { outcome: 'local-block' as const }]),
    );
    const d = judge(
      buildResult({
        answers: everyRow,
        host: { os: 't', interfaces: [], defaultGateway: null, dnsServers: [] },
      }),
    );
    expect(d.cause).not.toBe('no-network');
  });

  it('a partial ready claims only the rows it checked', () => {
    const d = judge(buildResult({ only: ['2-1.1'] }));
    expect(d).toMatchObject({ verdict: 'ready', cause: 'none', partial: true });
    expect(d.reason).toBe(
      'Every row that was checked is open; the rows left out were not checked.',
    );
  });
});

describe('an IPv6-only network (NAT64/DNS64; issue 12, part 8)', () => {
  const noRoute: Answer = { outcome: 'unreachable', detail: { errorCode: 'ENETUNREACH' } };
  /** Names answer through NAT64 (64:ff9b::/96, RFC 6052); the guide's IPv4 literals have no route. */
  const answers = (named: Answer): Record<string, Answer> =>
    Object.fromEntries(
      loaded.profile.rows.map((row) => {
        const byName = row.probes.every((p) => p.targets.every((t) => !/^\d/.test(t)));
        return [row.id, row.table === '3-1' ? { outcome: 'reply' } : byName ? named : noRoute];
      }),
    );
  const viaNat64: Answer = { outcome: 'reply', address: '64:ff9b::c612:401' };

  it('says so, asks IT for IPv4 or translation rather than a firewall rule, and the code carries it', () => {
    const result = buildResult({ options: { legacy: true }, answers: answers(viaNat64) });
    const d = result.diagnosis;
    expect(d).toMatchObject({ verdict: 'teamlink-only', cause: 'ipv6-only' });
    expect(d.headline).toBe('This is an IPv6-only network');
    expect(d.caveats[0]).toMatch(
      /reachable only through the operating system's own translation \(CLAT\), if at all/,
    );
    // No rule is asked for the rows by address: no rule opens a route the network lacks.
    expect([...d.mustFix, ...d.recommended]).toEqual([]);
    expect(d.caveats.join('\n')).not.toMatch(/row 2-2\.5/);
    const decoded = decodeForDisplay(result.helpdeskCode!, loaded.profile, loaded.hash);
    expect(decoded.ok && decoded.decoded.diagnosis).toEqual(d);
    expect(result.helpdeskCode!.replaceAll('-', '').length).toBeLessThanOrEqual(12);
  });

  it('is not claimed when a name resolved to IPv4 (the missing route is something else)', () => {
    const d = buildResult({
      answers: answers({ outcome: 'reply', address: '198.18.4.1' }),
    }).diagnosis;
    expect(d.cause).toBe('direct-blocked');
  });

  it('is not claimed when an IPv4 address answered (this computer translates: CLAT)', () => {
    const all = answers(viaNat64);
    const d = buildResult({ answers: { ...all, '2-2.2': { outcome: 'reply' } } }).diagnosis;
    expect(d.cause).not.toBe('ipv6-only');
  });
});

describe('the extra checks (table X, issue 18)', () => {
  const poor: Answer = { outcome: 'reply', status: 'warn' };

  it('a problem they find adds a caveat and a recommended line, never a must or another verdict', () => {
    const clean = buildResult().diagnosis;
    const d = buildResult({
      answers: { 'X.1': poor, 'X.2': poor, 'X.3': poor, 'X.4': poor },
    }).diagnosis;
    expect(d).toMatchObject({ verdict: clean.verdict, cause: clean.cause, mustFix: [] });
    expect(d.caveats).toEqual([
      "Calls may stutter here: the round trip, its jitter or the loss to Onsight's servers is above what a good call needs (row X.1).",
      "Devices here are unlikely to send media to each other directly: this network's address translation gives each server another public port (row X.2). Calls through Onsight's servers still work.",
      "A SIP-aware firewall feature (SIP ALG) changes Onsight's signalling: ask IT to turn it off for TCP 5060 (row X.3).",
      'Video may stall: this network drops large UDP packets (row X.4).',
    ]);
    expect(d.recommended.join('\n')).toMatch(/Turn off the SIP ALG .* \(row X\.3\)/);
  });

  it('say nothing when they could not measure: their rows already tell why', () => {
    const blocked = buildResult({ answers: { '2-2.1': { outcome: 'timeout' } } });
    const row = (id: string) => blocked.rows.find((r) => r.id === id)!;
    expect(row('X.1').status).toBe('unverified');
    expect(blocked.diagnosis.caveats.join('\n')).not.toMatch(/row X\./);
    expect(blocked.diagnosis.recommended.join('\n')).not.toMatch(/row X\./);
  });
});
