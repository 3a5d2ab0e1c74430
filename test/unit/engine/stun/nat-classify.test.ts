// The NAT classification (X.2) on recorded mappings. The first two are what coturn answered
// in the lab (test/lab/nat-alg.test.ts) to a client at 10.77.0.2 behind nftables `masquerade`
// and `masquerade random`; the rest are written by hand for the behaviours RFC 4787 §4.1
// names (address-dependent mapping, no NAT, carrier-grade NAT).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyNat,
  type MappingObservation,
  type NatInput,
} from '../../../../main/engine/stun/nat-classify';

const seen = (
  serverAddress: string,
  serverPort: number,
  mappedAddress: string | null,
  mappedPort: number | null,
): MappingObservation => ({ serverAddress, serverPort, mappedAddress, mappedPort });

const input = (
  observations: MappingObservation[],
  overrides: Partial<NatInput> = {},
): NatInput => ({
  localAddress: '10.77.0.2',
  localPort: 49837,
  interfaceAddresses: ['127.0.0.1', '10.77.0.2', '::1'],
  observations,
  ...overrides,
});

/** The lab's servers: each /28's answering address on 3478, the legacy one on three ports. */
const LAB_SERVERS: Array<[string, number]> = [
  ['198.18.8.55', 3478],
  ['198.18.1.5', 3478],
  ['198.18.1.98', 3478],
  ['198.18.8.10', 3478],
  ['198.18.8.36', 3478],
  ['198.18.8.29', 3478],
  ['198.18.2.1', 3478],
  ['198.18.2.1', 58024],
  ['198.18.2.1', 58523],
];

describe('classifyNat', () => {
  it('masquerade (recorded): one mapping, port kept, towards all nine: endpoint-independent', () => {
    const observations = LAB_SERVERS.map(([a, p]) => seen(a, p, '198.18.0.2', 49837));
    expect(classifyNat(input(observations))).toEqual({
      mapping: 'endpoint-independent',
      portTested: true,
      portPreserved: true,
      translated: true,
      carrierGrade: false,
      publicAddress: '198.18.0.2',
      answered: 9,
    });
  });

  it('masquerade random (recorded): a port per server and per port: address-and-port-dependent', () => {
    const ports = [57545, 6893, 9689, 18898, 41785, 24459, 26970, 33114, 8860];
    const observations = LAB_SERVERS.map(([a, p], i) => seen(a, p, '198.18.0.2', ports[i]!));
    expect(classifyNat(input(observations))).toMatchObject({
      mapping: 'address-and-port-dependent',
      portTested: true,
      portPreserved: false,
      translated: true,
      publicAddress: '198.18.0.2',
    });
  });

  it('one mapping per server address, the same for two ports of one: address-dependent', () => {
    const result = classifyNat(
      input([
        seen('198.51.100.1', 3478, '203.0.113.9', 40001),
        seen('198.51.100.2', 3478, '203.0.113.9', 40002),
        seen('198.51.100.2', 58024, '203.0.113.9', 40002),
      ]),
    );
    expect(result).toMatchObject({ mapping: 'address-dependent', portTested: true });
  });

  it('another mapping per address with no address answering on two ports: at least address-dependent', () => {
    const result = classifyNat(
      input([
        seen('198.51.100.1', 3478, '203.0.113.9', 40001),
        seen('198.51.100.2', 3478, '203.0.113.9', 40002),
      ]),
    );
    expect(result).toMatchObject({ mapping: 'address-dependent', portTested: false });
  });

  it('another public address per server (address pooling) is a mapping per address too', () => {
    const result = classifyNat(
      input([
        seen('198.51.100.1', 3478, '203.0.113.9', 49837),
        seen('198.51.100.2', 3478, '203.0.113.10', 49837),
      ]),
    );
    expect(result.mapping).toBe('address-dependent');
    expect(result.portPreserved).toBe(true);
  });

  it('unknown with fewer than two servers answering, and with no answer at all', () => {
    const one = classifyNat(
      input([
        seen('198.51.100.1', 3478, '203.0.113.9', 40001),
        seen('198.51.100.2', 3478, null, null),
      ]),
    );
    expect(one).toMatchObject({
      mapping: 'unknown',
      answered: 1,
      translated: true,
      publicAddress: '203.0.113.9',
    });
    expect(classifyNat(input([seen('198.51.100.1', 3478, null, null)]))).toEqual({
      mapping: 'unknown',
      portTested: false,
      portPreserved: null,
      translated: null,
      carrierGrade: false,
      publicAddress: null,
      answered: 0,
    });
  });

  it('two ports of one address with one mapping cannot tell endpoint-independent from address-dependent', () => {
    const result = classifyNat(
      input([
        seen('198.51.100.1', 3478, '203.0.113.9', 40001),
        seen('198.51.100.1', 58024, '203.0.113.9', 40001),
      ]),
    );
    expect(result).toMatchObject({ mapping: 'unknown', portTested: true });
  });

  it("no NAT: the servers see one of this computer's own addresses", () => {
    const result = classifyNat(
      input(
        [
          seen('198.18.8.10', 3478, '198.18.0.2', 41000),
          seen('198.18.8.29', 3478, '198.18.0.2', 41000),
        ],
        { localAddress: '198.18.0.2', localPort: 41000, interfaceAddresses: ['198.18.0.2'] },
      ),
    );
    expect(result).toMatchObject({
      mapping: 'endpoint-independent',
      translated: false,
      portPreserved: true,
    });
  });

  it("an IPv4-mapped IPv6 mapped address is this computer's IPv4 address", () => {
    const result = classifyNat(
      input([seen('::ffff:198.18.8.10', 3478, '::FFFF:10.77.0.2', 49837)]),
    );
    expect(result.translated).toBe(false);
  });

  it('carrier-grade NAT: the socket or a mapped address in 100.64.0.0/10, not any interface', () => {
    const mapped = [
      seen('198.51.100.1', 3478, '203.0.113.9', 40001),
      seen('198.51.100.2', 3478, '203.0.113.9', 40001),
    ];
    expect(classifyNat(input(mapped, { localAddress: '100.72.1.5' })).carrierGrade).toBe(true);
    // A VPN interface numbered from the same space (Tailscale) says nothing about this path.
    expect(
      classifyNat(input(mapped, { interfaceAddresses: ['10.77.0.2', '100.101.102.103'] }))
        .carrierGrade,
    ).toBe(false);
    expect(
      classifyNat(input([seen('198.51.100.1', 3478, '100.127.255.254', 1)])).carrierGrade,
    ).toBe(true);
    // Just outside 100.64.0.0/10 on both sides.
    expect(
      classifyNat(
        input([
          seen('198.51.100.1', 3478, '100.63.255.255', 1),
          seen('198.51.100.2', 3478, '100.128.0.0', 1),
        ]),
      ).carrierGrade,
    ).toBe(false);
  });

  it('the public address is the one most servers saw', () => {
    const result = classifyNat(
      input([
        seen('198.51.100.1', 3478, '203.0.113.10', 1),
        seen('198.51.100.2', 3478, '203.0.113.9', 1),
        seen('198.51.100.3', 3478, '203.0.113.9', 1),
      ]),
    );
    expect(result.publicAddress).toBe('203.0.113.9');
  });

  it('never throws on odd input', () => {
    const odd = [
      seen('', -1, '', 0),
      seen('not an address', 70000, 'x', -5),
      seen('198.51.100.1', 3478, '999.1.1.1', 1),
    ];
    expect(() =>
      classifyNat(input(odd, { localAddress: '', interfaceAddresses: [] })),
    ).not.toThrow();
  });

  it('does not depend on the order the servers answered in, and never throws', () => {
    // Few addresses and ports, so that equal servers and equal mappings turn up often.
    const observation = fc.record({
      serverAddress: fc.constantFrom('198.51.100.1', '198.51.100.2', '::ffff:198.51.100.2', ''),
      serverPort: fc.constantFrom(3478, 58024),
      mappedAddress: fc.option(fc.constantFrom('203.0.113.9', '100.64.0.1', '10.77.0.2', 'x')),
      mappedPort: fc.option(fc.constantFrom(49837, 40001, -1)),
    });
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 6 }), (observations) => {
        const forwards = classifyNat(input(observations));
        const backwards = classifyNat(input([...observations].reverse()));
        expect({ ...backwards, publicAddress: null }).toEqual({ ...forwards, publicAddress: null });
      }),
      { numRuns: 2000 },
    );
  });
});
