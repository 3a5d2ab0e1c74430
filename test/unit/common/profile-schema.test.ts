import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../../common/profile/schema';
import defaultProfileJson from '../../../common/profiles/onsight-default.json';
import { parsePorts } from '../../../common/net/ports';
import { parseCidr, usableHosts } from '../../../common/net/ipv4';

const copy = () =>
  structuredClone(defaultProfileJson) as unknown as {
    rows: Array<Record<string, unknown> & { probes: Array<Record<string, unknown>> }>;
  } & Record<string, unknown>;

describe('the default profile', () => {
  it('is valid', () => {
    expect(parseProfile(defaultProfileJson).ok).toBe(true);
  });

  it('has exactly the frozen row ids and levels of ARCHITECTURE.md, in order', () => {
    const rows = defaultProfileJson.rows.map((r) => [
      r.id,
      r.level,
      'enabledBy' in r ? r.enabledBy : null,
    ]);
    expect(rows).toEqual([
      ['2-1.1', 'required', null],
      ['2-1.2', 'required', null],
      ['2-1.3', 'required', 'china'],
      ['2-1.4', 'required', 'customDomains'],
      ['2-0.1', 'info', null],
      ['2-2.1', 'required-if-teamlink', null],
      ['2-2.2', 'required', null],
      ['2-2.3', 'required', null],
      ['2-2.4', 'required', null],
      ['2-2.5', 'optional', null],
      ['2-2.6', 'required', null],
      ['2-3.1', 'required-if-teamlink', 'legacy'],
      ['2-3.2', 'required-if-teamlink', 'legacy'],
      ['2-3.3', 'required-if-teamlink', 'legacy'],
      ['2-3.4', 'required', 'legacy'],
      ['2-3.5', 'required', 'legacy'],
      ['2-4.1', 'required', 'legacy'],
      ['3-1.1', 'required', null],
      ['3-1.2', 'info', null],
      ['3-1.3', 'info', null],
      ['4.1', 'optional', null],
      ['4.2', 'optional', null],
      ['X.1', 'optional', null],
      ['X.2', 'optional', null],
      ['X.3', 'optional', null],
      ['X.4', 'optional', null],
    ]);
  });

  it('names the exact destination, protocol and port in every remediation', () => {
    for (const row of defaultProfileJson.rows.filter((r) => r.probes.length > 0)) {
      const probe = row.probes[0]!;
      if (probe.kind === 'udp-bind') continue;
      expect(row.remediation, row.id).toMatch(
        new RegExp(probe.transport === 'udp' ? 'UDP' : 'TCP|HTTPS'),
      );
    }
  });
});

describe('profile validation errors name the path and the problem', () => {
  const extraRow = (probe: Record<string, unknown>) => ({
    id: 'X.9',
    table: 'X',
    title: 'An extra check',
    explanation: 'A test row.',
    remediation: 'None.',
    level: 'optional',
    probes: [
      {
        kind: 'large-datagrams',
        transport: 'udp',
        targets: [],
        ports: '3478',
        expectsReply: true,
        ...probe,
      },
    ],
  });
  const withRow = (row: unknown, at?: number) => {
    const bad = copy();
    bad.rows.splice(at ?? bad.rows.length, 0, row as (typeof bad.rows)[number]);
    return { bad, index: at ?? bad.rows.length - 1 };
  };

  it('an extra check whose source row comes after it', () => {
    const { bad, index } = withRow(extraRow({ serversOf: ['2-2.1'], datagramSizes: [1200] }), 0);
    expect(parseProfile(bad)).toEqual({
      ok: false,
      message: `rows[${index}].probes[0].serversOf: row 2-2.1 must come before row X.9, which uses its servers`,
    });
  });

  it('an extra check without serversOf, and a guide probe with one', () => {
    const { bad, index } = withRow(extraRow({ datagramSizes: [1200] }));
    expect(parseProfile(bad)).toEqual({
      ok: false,
      message: `rows[${index}].probes[0]: a large-datagrams probe needs "serversOf": the rows whose servers it goes to`,
    });
    const guide = copy();
    guide.rows[0]!.probes[0] = { ...guide.rows[0]!.probes[0]!, serversOf: ['2-2.1'] };
    expect(parseProfile(guide)).toMatchObject({ ok: false });
  });

  it('datagramSizes without a large-datagrams probe, or out of range', () => {
    const { bad, index } = withRow(
      extraRow({ kind: 'call-quality', serversOf: ['2-2.1'], datagramSizes: [1200] }),
    );
    expect(parseProfile(bad)).toEqual({
      ok: false,
      message: `rows[${index}].probes[0].datagramSizes: "datagramSizes" goes with a large-datagrams probe, and only with one`,
    });
    const huge = withRow(extraRow({ serversOf: ['2-2.1'], datagramSizes: [65000] }));
    expect(parseProfile(huge.bad)).toMatchObject({ ok: false });
  });

  it('a port range beyond 65535', () => {
    const bad = copy();
    bad.rows[3]!.probes = [{ ...bad.rows[8]!.probes[0]!, ports: '15000-650000' }];
    expect(parseProfile(bad)).toEqual({
      ok: false,
      message: 'rows[3].probes[0].ports: "15000-650000" is not a port or port range (1-65535)',
    });
  });

  it('an unknown key', () => {
    const bad = copy();
    bad.rows[0]!.probes[0]!.sniff = true;
    expect(parseProfile(bad)).toEqual({
      ok: false,
      message: 'rows[0].probes[0]: unknown key "sniff"',
    });
  });

  it('a bad target and a bad row id', () => {
    const bad = copy();
    bad.rows[5]!.probes[0]!.targets = ['52.142.34.49/28'];
    expect(parseProfile(bad)).toMatchObject({
      ok: false,
      message: expect.stringContaining('rows[5].probes[0].targets[0]: "52.142.34.49/28" is not'),
    });
    const badId = copy();
    badId.rows[1]!.id = '9.x';
    expect(parseProfile(badId)).toMatchObject({
      ok: false,
      message: 'rows[1].id: "9.x" is not a row id such as 2-2.3',
    });
  });

  it('a duplicated row id', () => {
    const bad = copy();
    bad.rows[1]!.id = '2-1.1';
    expect(parseProfile(bad)).toEqual({
      ok: false,
      message: 'rows[1].id: row id 2-1.1 appears twice',
    });
  });
});

describe('ports and CIDR blocks', () => {
  it('reads the guide notation', () => {
    expect(parsePorts('5223,2197,443')).toEqual([
      { from: 5223, to: 5223 },
      { from: 2197, to: 2197 },
      { from: 443, to: 443 },
    ]);
    expect(parsePorts('15000-65000')).toEqual([{ from: 15000, to: 65000 }]);
    for (const bad of ['0', '65536', '20-10', '', 'a', '1-2-3', '80,'])
      expect(parsePorts(bad), bad).toBeNull();
  });

  it('lists the 14 usable hosts of a /28', () => {
    const hosts = usableHosts(parseCidr('52.142.34.48/28')!);
    expect(hosts).toHaveLength(14);
    expect(hosts[0]).toBe('52.142.34.49');
    expect(hosts.at(-1)).toBe('52.142.34.62');
  });
});

describe('X.4 datagram sizes', () => {
  it('are whole 4-byte words, as STUN messages are (RFC 8489 §5)', () => {
    const bad = copy();
    const index = bad.rows.findIndex((row) => row.id === 'X.4');
    bad.rows[index]!.probes[0]!.datagramSizes = [1200, 1473];
    expect(parseProfile(bad)).toEqual({
      ok: false,
      message: `rows[${index}].probes[0].datagramSizes[1]: 1473 bytes is not a STUN message size (a multiple of 4)`,
    });
  });
});
