// The corpus the helpdesk code's length is measured on (issue 16; `npm run code-stats` and
// test/unit/helpdesk/code-length.test.ts): every lab scenario × TeamLink on/off × legacy
// on/off, with the rows, the cause and the product of its hand-written ground truth
// (test/lab/scenarios/*.json); the run in an empty network namespace; and a
// random sample where each row, one by one, may get any outcome.
import type { RowStatus } from '../../common/outcomes';
import type { Cause } from '../../common/diagnosis/causes';
import type { DiagnosisFacts } from '../../common/diagnosis/describe';
import { factsOf } from '../../common/diagnosis/diagnose';
import { OUTCOMES } from '../../common/outcomes';
import { EXTRA_TABLE } from '../../common/profile/schema';
import allDropped from '../lab/scenarios/all-dropped.json';
import dnsBroken from '../lab/scenarios/dns-broken.json';
import hostFirewall from '../lab/scenarios/host-firewall.json';
import mediaPartlyBlocked from '../lab/scenarios/media-partly-blocked.json';
import open from '../lab/scenarios/open.json';
import proxyAuth from '../lab/scenarios/proxy-auth.json';
import proxyOnly from '../lab/scenarios/proxy-only.json';
import sipTlsBlocked from '../lab/scenarios/sip-tls-blocked.json';
import sslInspection from '../lab/scenarios/ssl-inspection.json';
import udpBlocked from '../lab/scenarios/udp-blocked.json';
import { buildResult, loaded, type Answer } from '../unit/helpdesk/result-builder';

export interface CorpusEntry {
  group: 'lab' | 'empty-namespace' | 'random';
  name: string;
  facts: DiagnosisFacts;
}

type Rows = Record<string, string>;
interface Scenario {
  expect: { rows: Rows; cause: string; product?: string };
}
/** Each scenario's ground truth (run with TeamLink, legacy, China and a custom domain on). */
const LAB: Record<string, Scenario> = {
  open,
  'udp-blocked': udpBlocked,
  'sip-tls-blocked': sipTlsBlocked,
  'proxy-only': proxyOnly,
  'media-partly-blocked': mediaPartlyBlocked,
  'dns-broken': dnsBroken,
  'host-firewall': hostFirewall,
  'all-dropped': allDropped,
  'ssl-inspection': sslInspection,
  'proxy-auth': proxyAuth,
};

/** `onsight-netcheck run --json` in an empty network namespace, default options (measured). */
const EMPTY_NAMESPACE: Rows = {
  '2-1.1': 'fail',
  '2-1.2': 'unverified',
  '2-1.3': 'skipped',
  '2-1.4': 'skipped',
  '2-0.1': 'info',
  '2-2.1': 'fail',
  '2-2.2': 'fail',
  '2-2.3': 'fail',
  '2-2.4': 'fail',
  '2-2.5': 'fail',
  '2-2.6': 'fail',
  '2-3.1': 'skipped',
  '2-3.2': 'skipped',
  '2-3.3': 'skipped',
  '2-3.4': 'skipped',
  '2-3.5': 'skipped',
  '2-4.1': 'skipped',
  '3-1.1': 'pass',
  '3-1.2': 'info',
  '3-1.3': 'info',
  '4.1': 'fail',
  '4.2': 'fail',
  'X.1': 'unverified',
  'X.2': 'unverified',
  'X.3': 'unverified',
  'X.4': 'unverified',
};

const { profile } = loaded;
const optionOf = new Map(profile.rows.map((row) => [row.id, row.enabledBy]));

function labFacts(scenario: Scenario, teamlink: boolean, legacy: boolean): DiagnosisFacts {
  const { rows, cause, product } = scenario.expect;
  return {
    options: { teamlink, legacy, china: true, customDomains: true },
    rows: profile.rows.map(({ id }) => ({
      id,
      // Without legacy its rows are not run.
      status: (optionOf.get(id) === 'legacy' && !legacy ? 'skipped' : rows[id]) as RowStatus,
    })),
    cause: cause as Cause,
    product: product ?? null,
    partial: false,
  };
}

const SWITCHES = [
  [true, true],
  [true, false],
  [false, true],
  [false, false],
] as const;
const onOff = (on: boolean) => (on ? 'on' : 'off');

export function labCorpus(): CorpusEntry[] {
  return Object.entries(LAB).flatMap(([name, scenario]) =>
    SWITCHES.map(([teamlink, legacy]) => ({
      group: 'lab' as const,
      name: `${name}, TeamLink ${onOff(teamlink)}, legacy ${onOff(legacy)}`,
      facts: labFacts(scenario, teamlink, legacy),
    })),
  );
}

export function emptyNamespaceCorpus(): CorpusEntry[] {
  return [
    {
      group: 'empty-namespace',
      name: 'empty network namespace, default options',
      facts: {
        options: { teamlink: true, legacy: false, china: false, customDomains: false },
        rows: profile.rows.map(({ id }) => ({ id, status: EMPTY_NAMESPACE[id] as RowStatus })),
        cause: 'no-network',
        product: null,
        partial: false,
      },
    },
  ];
}

/** A small seeded generator (mulberry32), so that the figures are the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * Row by row: each option on or off at random; each guide row, with probability 1 in 8, gets
 * one outcome drawn from every outcome there is (for all its probes); the rest answer. The
 * extra checks (table X) follow what their rows found, as in a run: measured and passing, or
 * "not measured" when no server of theirs answered (result-builder.ts).
 */
export function randomCorpus(count = 200, seed = 16): CorpusEntry[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, (_, k) => {
    const options = {
      teamlink: next() < 0.5,
      legacy: next() < 0.5,
      china: next() < 0.5,
      customDomains: next() < 0.5 ? ['connect.example.com'] : [],
    };
    const answers: Record<string, Answer> = {};
    for (const row of profile.rows.filter((r) => r.table !== EXTRA_TABLE))
      if (next() < 1 / 8) answers[row.id] = { outcome: pick(OUTCOMES) };
    const result = buildResult({ options, answers });
    return {
      group: 'random' as const,
      name: `random #${k + 1}`,
      facts: factsOf({ ...result, partial: false }),
    };
  });
}

export function corpus(): CorpusEntry[] {
  return [...labCorpus(), ...emptyNamespaceCorpus(), ...randomCorpus()];
}
