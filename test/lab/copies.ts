// The benchmark's 10× profile (issue 12, "Benchmark"): ten copies of each probing row of the
// default profile, each copy's address targets moved to lab addresses of its own, so that
// per-destination pacing (stun/pacer.ts) cannot serialise the copies. The server namespace
// maps every copy's addresses back onto the one lab (nftables netmap), so each copy meets
// the same servers and the same silences as the original, and the same scenario firewalls.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { defaultProfile } from '../../main/engine/profile-loader';
import type { Profile, RowSpec } from '../../common/profile/schema';
import {
  CLIENT_NS,
  MEDIA_RANGE,
  OVERRIDE_FILE,
  REFLECTOR_HOSTS,
  SERVER_ADDRESS,
  SERVER_NS,
  STUN_PORT,
} from './topology';

export const COPIES = 10;
/** The lab networks (third octet of 198.18.x.0/24) whose addresses the profile's targets map to. */
const COPIED_NETWORKS = [1, 2, 3, 8];
/** Routed to the server namespace: every copy's network lies in 198.18.64.0 - 198.18.191.255. */
const COPY_ROUTES = ['198.18.64.0/18', '198.18.128.0/18'];

/** Copy `k` (1-9) of lab network 198.18.c.0/24 is 198.18.(100 + 10c + k).0/24. */
const copyNetwork = (network: number, copy: number) => 100 + network * 10 + copy;

/** `198.18.8.0/28` → `198.18.181.0/28` for copy 1: the same host part, the copy's network. */
export function copyAddress(labTarget: string, copy: number): string {
  const match = /^198\.18\.(\d+)\.(\d+(?:\/\d+)?)$/.exec(labTarget);
  const network = Number(match?.[1]);
  if (!match || !COPIED_NETWORKS.includes(network))
    throw new Error(`copies: ${labTarget} is not in a copied lab network`);
  return `198.18.${copyNetwork(network, copy)}.${match[2]}`;
}

interface Override {
  mappings: Array<{ from: string; to: string }>;
  reflectors: string[];
}

/** Copy `k` of a row: id `2-2.k0n` style (2-2.3 → 2-2.103), address targets moved. */
function copyRow(row: RowSpec, copy: number, override: Override): RowSpec {
  const [table, number] = row.id.split('.') as [string, string];
  const labTarget = (target: string) => override.mappings.find((m) => m.from === target)?.to;
  return {
    ...row,
    id: `${table}.${copy * 100 + Number(number)}`,
    probes: row.probes.map((probe) => {
      const targets = probe.targets.map((target) => {
        const mapped = labTarget(target);
        // Names (the web and push rows) stay: TCP to one server is not paced.
        return mapped && /^198\.18\./.test(mapped) ? copyAddress(mapped, copy) : target;
      });
      const reflectors = probe.targets.flatMap((target, i) =>
        override.reflectors.includes(target) ? [targets[i]!] : [],
      );
      return {
        ...probe,
        targets,
        ...(probe.kind === 'udp-sample' && reflectors.length > 0 ? { reflectors } : {}),
      };
    }),
  };
}

/**
 * The default profile with nine more copies of each row that probes the network. The local
 * port sweep (3-1.1) is not copied: ten sweeps of the same local ports would take each other's.
 */
export function tenfoldProfile(): Profile {
  const { profile } = defaultProfile();
  const override = JSON.parse(readFileSync(OVERRIDE_FILE, 'utf8')) as Override;
  const copied = profile.rows.filter(
    (row) => row.probes.length > 0 && !row.probes.some((probe) => probe.kind === 'udp-bind'),
  );
  const copies = Array.from({ length: COPIES - 1 }, (_, i) =>
    copied.map((row) => copyRow(row, i + 1, override)),
  ).flat();
  return { ...profile, id: `${profile.id}-tenfold`, rows: [...profile.rows, ...copies] };
}

/** Routes the copies' networks to the server namespace and maps them back onto the lab. */
export function installCopies(): void {
  for (const route of COPY_ROUTES)
    execFileSync('ip', ['-n', CLIENT_NS, 'route', 'replace', route, 'via', SERVER_ADDRESS]);
  const copies = Array.from({ length: COPIES - 1 }, (_, i) => i + 1);
  // One NAT binding per connection: a reflector's media range needs address and port in
  // one rule (the lab's own redirect to coturn, in nclab_nat, would never see it). One map
  // lookup, not a rule per address: every sampled port is a new flow, and the rules run in
  // the sender's send(2) on a veth pair, so a long chain would count as the CLI's CPU.
  const reflect = copies
    .flatMap((copy) =>
      REFLECTOR_HOSTS.map((host) => `${copyAddress(host, copy)} : ${host} . ${STUN_PORT}`),
    )
    .join(', ');
  const netmap = copies
    .flatMap((copy) =>
      COPIED_NETWORKS.map(
        (network) => `198.18.${copyNetwork(network, copy)}.0/24 : 198.18.${network}.0/24`,
      ),
    )
    .join(', ');
  execFileSync('ip', ['netns', 'exec', SERVER_NS, 'nft', '-f', '-'], {
    input: [
      'table ip nclab_copies {',
      '  chain prerouting {',
      '    type nat hook prerouting priority dstnat - 10; policy accept;',
      `    ip daddr { ${copies.flatMap((copy) => REFLECTOR_HOSTS.map((host) => copyAddress(host, copy))).join(', ')} } udp dport ${MEDIA_RANGE.from}-${MEDIA_RANGE.to} dnat ip to ip daddr map { ${reflect} }`,
      `    dnat ip prefix to ip daddr map { ${netmap} }`,
      '  }',
      '}',
      '',
    ].join('\n'),
  });
}
