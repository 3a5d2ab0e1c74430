// What one local socket's mapped addresses say about the NAT in front of it (X.2, issue 18).
// Pure: recorded (server address, server port) → (mapped address, mapped port) pairs in, a
// classification out, never an exception.
//
// RFC 4787 §4.1 defines the mapping behaviours by what the mapping depends on; RFC 5780 §4.3
// tells them apart by comparing the mapping towards a second server address (test II) and
// towards a second port of that address (test III). Onsight's servers do not offer RFC 5780's
// OTHER-ADDRESS, so the servers that answered the guide's rows stand in for it: two server
// addresses play test II, two ports of one address (2-3.x: 3478, 58024, 58523) test III.
import { cidrContains, parseCidr, parseIpv4 } from '../../../common/net/ipv4';

export type MappingBehaviour =
  'endpoint-independent' | 'address-dependent' | 'address-and-port-dependent' | 'unknown';

export interface MappingObservation {
  serverAddress: string;
  serverPort: number;
  /** null: the server did not answer (or answered without a mapped address). */
  mappedAddress: string | null;
  mappedPort: number | null;
}

export interface NatInput {
  /** The socket's own address and port, as bound. */
  localAddress: string;
  localPort: number;
  /** Every address this computer's interfaces hold. */
  interfaceAddresses: readonly string[];
  observations: readonly MappingObservation[];
}

export interface NatClassification {
  mapping: MappingBehaviour;
  /**
   * Two ports of one server address answered, so whether the mapping also depends on the
   * server's port was tested (RFC 5780 test III); without it, `address-dependent` means
   * "at least address-dependent".
   */
  portTested: boolean;
  /** Every mapped port is the local port; null with no answer. */
  portPreserved: boolean | null;
  /** Some mapped address is none of this computer's: a NAT translates; null with no answer. */
  translated: boolean | null;
  /** RFC 6598's shared space: a carrier-grade NAT between this network and the internet. */
  carrierGrade: boolean;
  /** The mapped address most servers saw (the first among equals); null with no answer. */
  publicAddress: string | null;
  /** How many servers answered with a mapped address. */
  answered: number;
}

/** RFC 6598 §7: 100.64.0.0/10, the space a carrier-grade NAT numbers its customers from. */
const SHARED_SPACE = parseCidr('100.64.0.0/10')!;

const inSharedSpace = (address: string) => {
  const value = parseIpv4(address);
  return value !== null && cidrContains(SHARED_SPACE, value);
};

interface Answer {
  serverAddress: string;
  serverPort: number;
  mapped: string;
}

const canonical = (address: string) => address.toLowerCase().replace(/^::ffff:(?=[0-9.]+$)/, '');

export function classifyNat(input: NatInput): NatClassification {
  const complete = input.observations.flatMap((o) =>
    o.mappedAddress === null || o.mappedPort === null
      ? []
      : [{ ...o, mappedAddress: canonical(o.mappedAddress), mappedPort: o.mappedPort }],
  );
  const answers: Answer[] = complete.map((o) => ({
    serverAddress: canonical(o.serverAddress),
    serverPort: o.serverPort,
    mapped: `${o.mappedAddress} ${o.mappedPort}`,
  }));
  const mappedAddresses = complete.map((o) => o.mappedAddress);
  const ownAddresses = new Set([input.localAddress, ...input.interfaceAddresses].map(canonical));
  const some = complete.length > 0;
  return {
    ...mappingOf(answers),
    portPreserved: some ? complete.every((o) => o.mappedPort === input.localPort) : null,
    translated: some ? mappedAddresses.some((address) => !ownAddresses.has(address)) : null,
    // The socket's own address, not every interface's: a VPN such as Tailscale numbers its
    // interfaces from 100.64.0.0/10 too, without any NAT on the path the requests took.
    carrierGrade: [input.localAddress, ...mappedAddresses].some(inSharedSpace),
    publicAddress: mostCommon(mappedAddresses),
    answered: complete.length,
  };
}

function mappingOf(answers: readonly Answer[]): Pick<NatClassification, 'mapping' | 'portTested'> {
  let portTested = false;
  let portDependent = false;
  let addressDependent = false;
  let otherAddress = false;
  for (const [i, a] of answers.entries()) {
    for (const b of answers.slice(i + 1)) {
      const sameMapping = a.mapped === b.mapped;
      if (a.serverAddress === b.serverAddress) {
        if (a.serverPort === b.serverPort) continue;
        // RFC 5780 test III: same address, another port.
        portTested = true;
        if (!sameMapping) portDependent = true;
      } else {
        // Test II: another address.
        otherAddress = true;
        if (!sameMapping) addressDependent = true;
      }
    }
  }
  // A mapping that changes with the port alone depends on address and port (RFC 4787 §4.1).
  if (portDependent) return { mapping: 'address-and-port-dependent', portTested };
  if (addressDependent) return { mapping: 'address-dependent', portTested };
  // The same mapping towards two addresses: endpoint-independent. Towards two ports of one
  // address only, an address-dependent mapping would look the same: nothing to tell.
  return { mapping: otherAddress ? 'endpoint-independent' : 'unknown', portTested };
}

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | null = null;
  for (const [value, count] of counts) if (best === null || count > counts.get(best)!) best = value;
  return best;
}
