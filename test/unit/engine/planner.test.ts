import { describe, expect, it } from 'vitest';
import { plan } from '../../../main/engine/planner';
import { defaultProfile } from '../../../main/engine/profile-loader';
import { minTlsVersionsOf } from '../../../main/engine/probes/secure-open';
import { DEFAULT_OPTIONS } from '../../../common/options';
import type { Plan } from '../../../common/plan';
import { TABLE_2_2_RANGES } from '../../support/guide-ranges';

/** Row 2-2.1's six blocks (Table 2-2). */
const RANGES = TABLE_2_2_RANGES;
const LEGACY_MEDIA = [
  '54.200.152.202',
  '54.201.34.23',
  '54.213.38.103',
  '54.218.75.97',
  '54.213.75.101',
  '54.200.248.252',
];

function fullPlan(): Plan {
  const { profile, hash } = defaultProfile();
  return plan({
    profile,
    profileHash: hash,
    options: {
      ...DEFAULT_OPTIONS,
      legacy: true,
      china: true,
      customDomains: ['connect.example.com'],
    },
  });
}

/** Every (target, transport, port) the plan will contact, as "udp 52.142.34.48/28 3478". */
function contacts(p: Plan): Set<string> {
  const set = new Set<string>();
  for (const row of p.rows)
    for (const probe of row.probes)
      for (const t of probe.targets) {
        for (const port of probe.ports.split(','))
          set.add(`${probe.transport} ${t.target} ${port}`);
      }
  return set;
}

describe('plan of the default profile', () => {
  const p = fullPlan();
  const all = contacts(p);

  it('covers every range, host and port of the guide', () => {
    const expected = [
      ...RANGES.flatMap((r) => [
        `udp ${r} 3478`,
        `tcp ${r} 5060`,
        `tcp ${r} 5061`,
        `udp ${r} 15000-65000`,
        `tcp ${r} 80`,
        `tcp ${r} 443`,
      ]),
      ...[
        'udp 54.213.166.17 3478',
        'udp 54.213.166.17 58024',
        'udp 54.213.166.17 58523',
        'tcp 54.213.166.17 5060',
        'tcp 54.213.166.17 5061',
      ],
      ...LEGACY_MEDIA.map((h) => `udp ${h} 15000-65000`),
      'tcp courier.push.apple.com 5223',
      'tcp api.push.apple.com 2197',
      'tcp courier.push.apple.com 443',
      'tcp mtalk.google.com 5228',
      'tcp mtalk.google.com 5229',
      'tcp mtalk.google.com 5230',
      'tcp mtalk.google.com 443',
      'tcp fcm.googleapis.com 443',
      'tcp onsight.librestream.com 443',
      'tcp onsight.librestreamtech.cn 443',
      'tcp connect.example.com 443',
    ];
    for (const contact of expected) expect(all, contact).toContain(contact);
  });

  it('probes local UDP 6000-6200 and gives every probe kind, transport, targets and ports', () => {
    const bind = p.rows.find((r) => r.id === '3-1.1')!.probes[0]!;
    expect(bind).toMatchObject({ kind: 'udp-bind', transport: 'udp', ports: '6000-6200' });
    for (const probe of p.rows.flatMap((r) => r.probes)) {
      expect(probe).toEqual(
        expect.objectContaining({
          kind: expect.any(String),
          transport: expect.any(String),
          targets: expect.any(Array),
          ports: expect.any(String),
        }),
      );
    }
  });

  it('expands a /28 to its 14 usable hosts in address order, and never 17.0.0.0/8', () => {
    const stun = p.rows.find((r) => r.id === '2-2.1')!.probes[0]!;
    expect(stun.targets[0]!.hosts).toHaveLength(14);
    expect(stun.targets[0]!.hosts!.slice(0, 2)).toEqual(['52.142.34.49', '52.142.34.50']);
    const apple = p.rows.find((r) => r.id === '4.1')!.probes;
    expect(
      apple.every(
        (probe) => probe.expectInside === '17.0.0.0/8' && probe.targets.every((t) => !t.hosts),
      ),
    ).toBe(true);
  });

  it('asks SIP over TLS 1.2 or newer on 5061', () => {
    expect(p.rows.find((r) => r.id === '2-2.3')!.probes[0]).toMatchObject({
      kind: 'sip-options',
      secure: true,
      minTlsVersion: 'TLSv1.2',
    });
  });
});

describe('options, --only and mappings', () => {
  const { profile, hash } = defaultProfile();

  it('lists rows whose option is off with enabled: false and the reason', () => {
    const p = plan({ profile, profileHash: hash, options: DEFAULT_OPTIONS });
    const legacy = p.rows.find((r) => r.id === '2-3.4')!;
    expect(legacy).toMatchObject({
      enabled: false,
      skip: { why: 'option', option: 'legacy' },
    });
    expect(p.rows.find((r) => r.id === '2-1.4')).toMatchObject({ enabled: false });
    expect(p.partial).toBe(false);
  });

  it('--only keeps the other rows in the plan as skipped and marks the plan partial', () => {
    const p = plan({ profile, profileHash: hash, options: DEFAULT_OPTIONS, only: ['2-2.3'] });
    expect(p.rows.filter((r) => r.enabled).map((r) => r.id)).toEqual(['2-2.3']);
    expect(p.partial).toBe(true);
  });

  it('skips an extra check whose rows are all left out, naming them; with one of them it runs', () => {
    const only = (rows: string[]) =>
      plan({ profile, profileHash: hash, options: DEFAULT_OPTIONS, only: rows }).rows.find(
        (r) => r.id === 'X.1',
      )!;
    // X.1 measures 2-2.1's STUN server, and 2-3.1's with legacy (off here, so out of the run).
    expect(only(['X.1'])).toMatchObject({
      enabled: false,
      skip: { why: 'sources-left-out', rows: ['2-2.1', '2-3.1'] },
    });
    expect(only(['X.1', '2-2.1'])).toMatchObject({ enabled: true });
    expect(only(['X.1', '2-2.1'])).not.toHaveProperty('skip');
  });

  it('maps a range onto a lab host and keeps the profile name', () => {
    const p = plan({
      profile,
      profileHash: hash,
      options: DEFAULT_OPTIONS,
      mappings: [{ from: '52.142.34.48/28', to: '198.18.1.1' }],
      reflectors: ['52.142.34.48/28'],
    });
    const media = p.rows.find((r) => r.id === '2-2.4')!.probes[0]!;
    expect(media.targets[0]).toEqual({ target: '198.18.1.1', mappedFrom: '52.142.34.48/28' });
    expect(media.reflectors).toEqual(['198.18.1.1']);
    expect(p.mappings).toEqual([{ from: '52.142.34.48/28', to: '198.18.1.1' }]);
  });

  it('moves the block a push host must resolve into when a mapping names it', () => {
    const p = plan({
      profile,
      profileHash: hash,
      options: DEFAULT_OPTIONS,
      mappings: [{ from: '17.0.0.0/8', to: '198.18.17.0/24' }],
    });
    expect(p.rows.find((r) => r.id === '4.1')!.probes.map((probe) => probe.expectInside)).toEqual([
      '198.18.17.0/24',
      '198.18.17.0/24',
    ]);
  });
});

describe('minTlsVersionsOf', () => {
  it("asks for the default profile's two TLS floors: HTTPS as offered, SIP over TLS 1.2 or newer", () => {
    const { profile, hash } = defaultProfile();
    const planned = plan({ profile, profileHash: hash, options: DEFAULT_OPTIONS });
    // Table 2-1 names no TLS version; Table 2-2 asks SIP on 5061 for TLS 1.2 or newer.
    expect(minTlsVersionsOf(planned)).toEqual(new Set([undefined, 'TLSv1.2']));
  });
});
