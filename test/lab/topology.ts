// The lab's fixed layout: two namespaces on one veth pair, every "internet" host an address
// of the server namespace inside 198.18.0.0/15 (RFC 2544 benchmarking space), and no default
// route on either side, so no probe can leave the lab (ARCHITECTURE.md, "Safety").
import { join, resolve } from 'node:path';

/**
 * The lab's name, so that two labs can share a machine (two benchmark runs at once, a test
 * run beside a lab a person brought up): `NCLAB_NAME`, or "nclab" for a lab at a shell. The
 * test suite and the benchmark give every run a name of its own. At most 10 characters:
 * interface names (`<name>-c`) may not exceed 15 (IFNAMSIZ - 1).
 */
export const LAB_NAME = labName(process.env.NCLAB_NAME);

function labName(fromEnvironment: string | undefined): string {
  if (fromEnvironment === undefined || fromEnvironment === '') return 'nclab';
  if (!/^[a-z][a-z0-9]{0,9}$/.test(fromEnvironment))
    throw new Error(
      `NCLAB_NAME=${JSON.stringify(fromEnvironment)}: a lab name is 1-10 lower-case letters or digits, starting with a letter`,
    );
  return fromEnvironment;
}

export const CLIENT_NS = `${LAB_NAME}-client`;
export const SERVER_NS = `${LAB_NAME}-srv`;
/** Interface names on each side of the veth pair. */
export const CLIENT_IF = `${LAB_NAME}-c`;
export const SERVER_IF = `${LAB_NAME}-s`;
/** Configs, keys, pid files and logs of the running lab; removed by `down`. */
export const RUN_DIR = `/run/${LAB_NAME}`;
/** `ip netns exec` bind-mounts this over /etc/resolv.conf for the client namespace. */
export const NETNS_ETC = '/etc/netns';
export const CLIENT_ETC = join(NETNS_ETC, CLIENT_NS);

export const REPO_ROOT = resolve(__dirname, '../..');
export const OVERRIDE_FILE = join(REPO_ROOT, 'test/lab/override.json');
/** Each Table 2-2 range as one lab host: the benchmark's sequential baseline. */
export const SINGLE_HOST_OVERRIDE_FILE = join(REPO_ROOT, 'test/lab/override-single-host.json');
export const LAB_CA_FILE = join(RUN_DIR, 'lab-ca.pem');

export const CLIENT_ADDRESS = '198.18.0.2';
export const SERVER_ADDRESS = '198.18.0.1';
export const PREFIX = 15;
export const LAB_NETWORK = `198.18.0.0/${PREFIX}`;

export const DNS_ADDRESS = '198.18.0.53';
/** One squid, three personalities, told apart by the address the client dials. */
export const PROXY = {
  plain: '198.18.0.31',
  bump: '198.18.0.32',
  auth: '198.18.0.33',
  port: 3128,
} as const;
export const PROXY_USER = { name: 'lab', password: 'lab-password' } as const;

/**
 * The six /28 ranges of Table 2-2 as single lab hosts (override-single-host.json, the
 * benchmark's sequential baseline). The last range is mapped to the block 198.18.1.96/30,
 * whose first usable host answers nothing (TCP reset, ICMP port unreachable), so the probes
 * must go on to the next host of the block; the realistic override keeps that mapping.
 */
export const RANGE_HOSTS = [
  '198.18.1.1',
  '198.18.1.2',
  '198.18.1.3',
  '198.18.1.4',
  '198.18.1.5',
  '198.18.1.98',
];

/**
 * A Table 2-2 /28 as a real cloud block is: 14 usable addresses, servers on a few of them,
 * the others silent. Silent means absent: the client routes the block to the server
 * namespace, which owns only the live addresses and does not forward, so the rest of the
 * block is silence (never an ARP failure, which the client would see as "no route").
 */
export interface SparseBlock {
  /** The profile's /28 (Table 2-2). */
  from: string;
  /** The lab /28 it is mapped to (override.json). */
  block: string;
  /** The addresses that have servers: never the first of the block. */
  live: readonly string[];
}

/** Four of the six ranges (override.json); the other two stay as in the single-host lab. */
export const SPARSE_BLOCKS: readonly SparseBlock[] = [
  // Address 10 of 14 only.
  { from: '52.142.34.48/28', block: '198.18.8.0/28', live: ['198.18.8.10'] },
  // Addresses 13 and 14 only: the last two a block has.
  { from: '51.105.215.0/28', block: '198.18.8.16/28', live: ['198.18.8.29', '198.18.8.30'] },
  // Addresses 4 and 11.
  { from: '52.253.84.80/28', block: '198.18.8.32/28', live: ['198.18.8.36', '198.18.8.43'] },
  // Address 7 only.
  { from: '52.146.156.64/28', block: '198.18.8.48/28', live: ['198.18.8.55'] },
];
/** Routed to the server namespace, so the sparse blocks' absent addresses are silent. */
export const SPARSE_NETWORK = '198.18.8.0/24';
const SPARSE_LIVE = SPARSE_BLOCKS.flatMap((block) => [...block.live]);
/** Every address that has the Table 2-2 servers, in either override. */
export const MEDIA_SERVER_HOSTS = [...RANGE_HOSTS, ...SPARSE_LIVE];

export const DEAD_RANGE_HOST = '198.18.1.97';
/** 54.213.166.17, sip.librestream.com (Table 2-3). */
export const LEGACY_SIP_HOST = '198.18.2.1';
/** The six legacy media servers of Table 2-4. */
export const LEGACY_MEDIA_HOSTS = [
  '198.18.3.1',
  '198.18.3.2',
  '198.18.3.3',
  '198.18.3.4',
  '198.18.3.5',
  '198.18.3.6',
];
export const WEB_HOSTS = {
  librestream: '198.18.4.1',
  china: '198.18.4.2',
  customer: '198.18.4.3',
} as const;
/** Custom domain passed with --custom-domain (row 2-1.4); .test is reserved (RFC 6761). */
export const CUSTOM_DOMAIN = 'onsight.customer.test';
/** Apple's hosts must resolve inside 17.0.0.0/8, mapped to this block in the lab. */
export const APPLE_BLOCK = '198.18.17.0/24';
export const APPLE_HOSTS = { courier: '198.18.17.1', api: '198.18.17.2' } as const;
export const GOOGLE_HOSTS = { mtalk: '198.18.5.1', fcm: '198.18.5.2' } as const;

/** Names dnsmasq answers; a leading dot means the domain and every name below it. */
export const DNS_NAMES: ReadonlyArray<[string, string]> = [
  ['librestream.com', WEB_HOSTS.librestream],
  ['librestreamtech.cn', WEB_HOSTS.china],
  ['customer.test', WEB_HOSTS.customer],
  ['courier.push.apple.com', APPLE_HOSTS.courier],
  ['api.push.apple.com', APPLE_HOSTS.api],
  ['mtalk.google.com', GOOGLE_HOSTS.mtalk],
  ['fcm.googleapis.com', GOOGLE_HOSTS.fcm],
];

/** Hosts that answer STUN on every UDP port of 15000-65000 (an nftables redirect to 3478). */
export const REFLECTOR_HOSTS = [...MEDIA_SERVER_HOSTS, ...LEGACY_MEDIA_HOSTS];
export const STUN_PORT = 3478;
export const LEGACY_STUN_AUX_PORTS = [58024, 58523];
export const MEDIA_RANGE = { from: 15000, to: 65000 } as const;
/** TCP ports nginx answers on every address besides 80 and 443 (push rows 4.1, 4.2). */
export const PUSH_PORTS = [5223, 2197, 5228, 5229, 5230];

/** Every address the server namespace holds, besides SERVER_ADDRESS. */
export const SERVER_HOST_ADDRESSES = [
  DNS_ADDRESS,
  PROXY.plain,
  PROXY.bump,
  PROXY.auth,
  ...MEDIA_SERVER_HOSTS,
  DEAD_RANGE_HOST,
  LEGACY_SIP_HOST,
  ...LEGACY_MEDIA_HOSTS,
  ...Object.values(WEB_HOSTS),
  ...Object.values(APPLE_HOSTS),
  ...Object.values(GOOGLE_HOSTS),
];

/** Hosts kamailio listens on for SIP (TCP 5060, TLS 5061). */
export const SIP_HOSTS = [...MEDIA_SERVER_HOSTS, LEGACY_SIP_HOST];
/** Hosts coturn listens on for STUN 3478. */
export const STUN_HOSTS = [...MEDIA_SERVER_HOSTS, LEGACY_SIP_HOST, ...LEGACY_MEDIA_HOSTS];

/**
 * What every lab run selects: the default profile with every option that adds rows (legacy,
 * China, a custom domain), each target mapped into the lab, the lab CA trusted as public.
 * Scenarios add theirs (e.g. --proxy), the test and the benchmark their limits.
 */
export const LAB_SELECTION_ARGS: readonly string[] = [
  '--override',
  OVERRIDE_FILE,
  '--ca',
  LAB_CA_FILE,
  '--option',
  'teamlink=on,legacy,china',
  '--custom-domain',
  CUSTOM_DOMAIN,
];

/** The CLI's arguments for every lab run that reads the result as JSON. */
export const LAB_RUN_ARGS: readonly string[] = ['run', '--json', ...LAB_SELECTION_ARGS];
