// The layout of a helpdesk code: the rows it carries, in order, with only what the code's bits
// depend on (docs/helpdesk-code.md, "Layouts"). A title or a note can change without breaking
// a code given out; adding, removing or reordering rows makes a new layout, and the old ones
// stay registered here so that their codes still decode.
import type { Profile, RowSpec } from '../profile/schema';
import { OPTION_NAMES } from '../profile/schema';
import { isHostName } from '../net/ipv4';
import { parsePorts } from '../net/ports';
import { DIRECT_TABLES } from '../diagnosis/verdict';
import { fnv1a } from './profile-digest';

/** What a row's implied status depends on (common/helpdesk/implied-statuses.ts). */
export const ROW_TRAITS = [
  /** Probes something beyond this computer. */
  'network',
  /** Every target is a host name: nothing gets through without DNS. */
  'named',
  /** Only TLS handshakes: without one nothing shows whether it would be inspected. */
  'tls-only',
  /** Table 2-1: HTTPS to Librestream. */
  'web',
  /** A direct row (Tables 2-2, 2-3, 2-4) over UDP. */
  'direct-udp',
  /** TCP outside Table 2-1 on ports 80 and 443 only (blocked where only a proxy gets out). */
  'web-ports',
  /** TCP outside Table 2-1 on 80 or 443 and other ports. */
  'some-web-ports',
  /** The media range (`udp-sample`). */
  'media',
  /** Section 4: Apple and Google push. */
  'push',
  /** Only this computer (`udp-bind`). */
  'local',
  /** An extra check (table X): it goes to the servers its `basedOn` rows found. */
  'extra',
  /** An extra check that compares two of them, so it needs every one (X.3: 5060 and 5061). */
  'extra-pair',
] as const;
export type RowTrait = (typeof ROW_TRAITS)[number];

export interface LayoutRow {
  id: string;
  level: RowSpec['level'];
  /** The option that switches the row on, if any. */
  option: NonNullable<RowSpec['enabledBy']> | null;
  traits: readonly RowTrait[];
  /** An extra check's source rows (the profile's `serversOf`): its implied status follows theirs. */
  basedOn?: readonly string[];
}

export interface Layout {
  rows: readonly LayoutRow[];
}

export const LAYOUT_DIGEST_BITS = 10;
const CUSTOM_DOMAINS = '$customDomains';
const WEB_PORTS = new Set([80, 443]);

/** Whether a row's TCP ports are all web ports (80, 443), and whether any of them is. */
function webPorts(spec: RowSpec): { all: boolean; some: boolean } {
  const ranges = spec.probes
    .filter((p) => p.transport === 'tcp')
    .flatMap((p) => parsePorts(p.ports) ?? []);
  const isWeb = (r: { from: number; to: number }) => r.from === r.to && WEB_PORTS.has(r.from);
  const touchesWeb = (r: { from: number; to: number }) =>
    [...WEB_PORTS].some((port) => port >= r.from && port <= r.to);
  return {
    all: ranges.length > 0 && ranges.every(isWeb),
    some: ranges.some(touchesWeb) && !ranges.every(isWeb),
  };
}

/** The rows an extra check takes its servers from, in profile order of first mention. */
function basedOnOf(spec: RowSpec): string[] {
  return [...new Set(spec.probes.flatMap((p) => p.serversOf ?? []))];
}

function traitsOf(spec: RowSpec): RowTrait[] {
  if (basedOnOf(spec).length > 0)
    return spec.probes.some((p) => p.kind === 'sip-alg') ? ['extra', 'extra-pair'] : ['extra'];
  const targets = spec.probes.flatMap((p) => p.targets);
  const network = targets.length > 0;
  const kinds = new Set(spec.probes.map((p) => p.kind));
  const udp = spec.probes.some((p) => p.transport === 'udp');
  const web = spec.table === '2-1';
  const ports = web ? { all: false, some: false } : webPorts(spec);
  const traits: [RowTrait, boolean][] = [
    ['network', network],
    ['named', network && targets.every((t) => t === CUSTOM_DOMAINS || isHostName(t))],
    ['tls-only', kinds.size === 1 && kinds.has('tls')],
    ['web', web],
    ['direct-udp', DIRECT_TABLES.has(spec.table) && udp],
    ['web-ports', ports.all],
    ['some-web-ports', ports.some],
    ['media', kinds.has('udp-sample')],
    ['push', spec.table === '4'],
    ['local', !network && spec.probes.length > 0],
  ];
  return traits.filter(([, has]) => has).map(([trait]) => trait);
}

/** The layout a profile's codes are written in. */
export function layoutOf(profile: Profile): Layout {
  return {
    rows: profile.rows.map((spec) => {
      const basedOn = basedOnOf(spec);
      return {
        id: spec.id,
        level: spec.level,
        option: spec.enabledBy ?? null,
        traits: traitsOf(spec),
        ...(basedOn.length > 0 && { basedOn }),
      };
    }),
  };
}

/** 10 bits of FNV-1a over the layout's canonical text: the option names, then every row. */
export function layoutDigest(layout: Layout): number {
  const text = [
    OPTION_NAMES.join(','),
    ...layout.rows.map((r) =>
      [
        r.id,
        r.level,
        r.option ?? '',
        r.traits.join(','),
        ...(r.basedOn ? [r.basedOn.join(',')] : []),
      ].join('|'),
    ),
  ].join('\n');
  const hash = fnv1a(text);
  return (hash ^ (hash >>> 10) ^ (hash >>> 20) ^ (hash >>> 30)) & (2 ** LAYOUT_DIGEST_BITS - 1);
}

const row = (
  id: string,
  level: LayoutRow['level'],
  option: LayoutRow['option'],
  traits: readonly RowTrait[],
  basedOn?: readonly string[],
): LayoutRow => ({ id, level, option, traits, ...(basedOn && { basedOn }) });

/**
 * The default profile's rows as of 0.1 and 0.2 (Doc 400295-08 Rev D): the layout of every v1
 * code and of the first v2 codes. Frozen: a new layout is appended, this one never changes.
 */
const ONSIGHT_DEFAULT_D: Layout = {
  rows: [
    row('2-1.1', 'required', null, ['network', 'named', 'web']),
    row('2-1.2', 'required', null, ['network', 'named', 'tls-only', 'web']),
    row('2-1.3', 'required', 'china', ['network', 'named', 'web']),
    row('2-1.4', 'required', 'customDomains', ['network', 'named', 'web']),
    row('2-0.1', 'info', null, []),
    row('2-2.1', 'required-if-teamlink', null, ['network', 'direct-udp']),
    row('2-2.2', 'required', null, ['network']),
    row('2-2.3', 'required', null, ['network']),
    row('2-2.4', 'required', null, ['network', 'direct-udp', 'media']),
    row('2-2.5', 'optional', null, ['network', 'web-ports']),
    row('2-2.6', 'required', null, ['network', 'web-ports']),
    row('2-3.1', 'required-if-teamlink', 'legacy', ['network', 'direct-udp']),
    row('2-3.2', 'required-if-teamlink', 'legacy', ['network', 'direct-udp']),
    row('2-3.3', 'required-if-teamlink', 'legacy', ['network', 'direct-udp']),
    row('2-3.4', 'required', 'legacy', ['network']),
    row('2-3.5', 'required', 'legacy', ['network']),
    row('2-4.1', 'required', 'legacy', ['network', 'direct-udp', 'media']),
    row('3-1.1', 'required', null, ['local']),
    row('3-1.2', 'info', null, []),
    row('3-1.3', 'info', null, []),
    row('4.1', 'optional', null, ['network', 'named', 'some-web-ports', 'push']),
    row('4.2', 'optional', null, ['network', 'named', 'some-web-ports', 'push']),
  ],
};

/**
 * 0.3 (issue 18): the same rows, then the extra checks of table X, each with the rows whose
 * servers it measures. Frozen like the one before it.
 */
const ONSIGHT_DEFAULT_D_EXTRA: Layout = {
  rows: [
    ...ONSIGHT_DEFAULT_D.rows,
    row('X.1', 'optional', null, ['extra'], ['2-2.1', '2-3.1']),
    row('X.2', 'optional', null, ['extra'], ['2-2.1', '2-3.1', '2-3.2', '2-3.3']),
    row('X.3', 'optional', null, ['extra', 'extra-pair'], ['2-2.2', '2-2.3']),
    row('X.4', 'optional', null, ['extra'], ['2-2.1']),
  ],
};

/** Every layout a v2 code can name, oldest first. Only ever appended to. */
export const LAYOUTS: readonly Layout[] = [ONSIGHT_DEFAULT_D, ONSIGHT_DEFAULT_D_EXTRA];

/**
 * 0.1's codes (v1) name their profile by a digest of its id, version, revision and file hash
 * (profile-digest.ts). The one profile 0.1 shipped, onsight-default 400295-08-D r1 (hash
 * cde1805a), had this digest and these rows.
 */
export const V1_LAYOUTS: readonly { profileDigest: number; layout: Layout }[] = [
  { profileDigest: 769, layout: ONSIGHT_DEFAULT_D },
];

/** The registered layout with this digest, else the profile's own when it matches. */
export function layoutByDigest(digest: number, profile: Profile): Layout | null {
  const registered = LAYOUTS.find((layout) => layoutDigest(layout) === digest);
  if (registered) return registered;
  const own = layoutOf(profile);
  return layoutDigest(own) === digest ? own : null;
}
