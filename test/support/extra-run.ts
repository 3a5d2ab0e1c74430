// A run with table X over the default profile, as the runner sends it (main/engine/runner.ts):
// every guide row answers, then `verdict-ready` with the provisional document (the X rows
// still running), then X.1's burst as `probe-progress` events, and each extra row's result;
// `run-finished` last. X.1's figures are written by hand, as an executor would report 150
// requests at 20 ms. No DOM here: the jsdom tests and the Chromium test (e2e) both replay it.
import profileJson from '../../common/profiles/onsight-default.json';
import { DEFAULT_OPTIONS } from '../../common/options';
import { classifyOutcome } from '../../common/outcomes';
import type { Plan, PlannedProbe, PlannedRow } from '../../common/plan';
import type { RunEvent } from '../../common/results/events';
import type { ProbeDetail, ProbeResult, ResultDocument } from '../../common/results/schema';
import { assembleResult } from '../../common/results/assemble';
import { foldRow } from '../../common/results/fold';
import { parsePorts } from '../../common/net/ports';
import { EXTRA_TABLE, parseProfile } from '../../common/profile/schema';
import { plan as planRun } from '../../main/engine/planner';

const parsed = parseProfile(profileJson);
if (!parsed.ok) throw new Error(parsed.message);
const profile = parsed.profile;

/** The default options, the default burst: what the window's first run plans. */
export const extraPlan = (): Plan =>
  planRun({ profile, profileHash: 'a1b2c3d4', options: DEFAULT_OPTIONS });

export type QualityDetail = NonNullable<ProbeDetail['quality']>;

/** One round trip per 20 ms send, in ms: about 52 ms, with a spike to 88 ms at request 120. */
const WOBBLE = [0, 2, 4, 1, 3, 6, 2, 0, 5, 1];
/** Requests without an answer (3 of 150: 2%). */
export const LOST = [37, 90, 91];
export const SERIES: (number | null)[] = Array.from({ length: 150 }, (_, i) =>
  LOST.includes(i) ? null : i === 120 ? 88 : 50 + WOBBLE[i % 10]!,
);

/** The burst's figures once it ended. */
export const FINAL_QUALITY: QualityDetail = {
  server: '198.51.100.10 port 3478',
  intervalMs: 20,
  durationMs: 3000,
  sent: 150,
  answered: 147,
  lossPct: 2,
  reordered: 1,
  rttMedianMs: 52,
  rttP95Ms: 56,
  jitterMs: 2.4,
  mos: 4.2,
  series: SERIES,
};

/**
 * The burst so far after `sent` requests: the last `inFlight` have no answer yet. The figures
 * are an executor's of that moment (written by hand, not derived from the series).
 */
export function partialQuality(
  sent: number,
  inFlight: number,
  figures: Pick<QualityDetail, 'rttMedianMs' | 'rttP95Ms' | 'jitterMs' | 'mos' | 'lossPct'>,
): QualityDetail {
  const series = SERIES.slice(0, sent).map((ms, i) => (i >= sent - inFlight ? null : ms));
  return {
    ...FINAL_QUALITY,
    ...figures,
    sent,
    answered: series.filter((ms) => ms !== null).length,
    reordered: 0,
    series,
  };
}

/** Two moments of the burst: after 50 requests (1 lost, 4 in flight), after 100 (3 lost, 2). */
export const PROGRESS_50 = partialQuality(50, 4, {
  rttMedianMs: 52,
  rttP95Ms: 56,
  jitterMs: 2.1,
  mos: 4.3,
  lossPct: 2,
});
export const PROGRESS_100 = partialQuality(100, 2, {
  rttMedianMs: 52,
  rttP95Ms: 56,
  jitterMs: 2.3,
  mos: 4.2,
  lossPct: 3,
});

const EXTRA_DETAILS: Record<string, ProbeDetail> = {
  'X.2': {
    message: 'one public address and port for every server: endpoint-independent mapping',
    nat: {
      localAddress: '192.168.1.23',
      localPort: 50712,
      servers: [
        { server: '198.51.100.10 port 3478', mappedAddress: '203.0.113.7', mappedPort: 40000 },
      ],
      mapping: 'endpoint-independent',
      portTested: false,
      portPreserved: false,
      translated: true,
      carrierGrade: false,
      publicAddress: '203.0.113.7',
    },
  },
  'X.3': {
    message: 'no SIP ALG: TCP 5060 came back as the TLS control did',
    sipAlg: {
      finding: 'none',
      evidence: ['received=203.0.113.7 on 5060 and on 5061'],
      plain: { status: 200, received: '203.0.113.7', rport: null, headersIntact: true },
      control: { status: 200, received: '203.0.113.7', rport: null, headersIntact: true },
    },
  },
  'X.4': {
    message: 'every padded request was answered, up to 1600 bytes',
    largeDatagrams: {
      server: '198.51.100.10 port 3478',
      sizes: [
        {
          bytes: 1200,
          fragmented: false,
          outcome: 'reply',
          rttMs: 51.2,
          transmissions: 1,
          answerBytes: 92,
        },
        {
          bytes: 1472,
          fragmented: false,
          outcome: 'reply',
          rttMs: 52.0,
          transmissions: 1,
          answerBytes: 92,
        },
        {
          bytes: 1600,
          fragmented: true,
          outcome: 'reply',
          rttMs: 53.4,
          transmissions: 1,
          answerBytes: 92,
        },
      ],
    },
  },
};

export interface ExtraRun {
  runId: string;
  plan: Plan;
  started: RunEvent;
  /** Every guide row's events. */
  guide: RunEvent[];
  verdictReady: Extract<RunEvent, { type: 'verdict-ready' }>;
  /** X.1: probe-started, then its burst at 50 and at 100 requests. */
  qualityStarted: RunEvent;
  progress50: RunEvent;
  progress100: RunEvent;
  /** X.1's result and the other extra rows', each probe-finished + row-updated. */
  extras: RunEvent[];
  finished: RunEvent;
  result: ResultDocument;
}

const document = (plan: Plan, probes: ProbeResult[], running?: Set<string>): ResultDocument =>
  assembleResult(
    {
      plan,
      probes,
      ...(running && { running }),
      toolVersion: '0.1.0',
      startedAt: '2026-11-25T10:00:00.000Z',
      durationMs: running ? 2100 : 3600,
      host: null,
      proxy: { source: 'system (no proxy)', tried: [], worked: null },
    },
    profile,
  );

function extraResult(row: PlannedRow, detail: ProbeDetail): ProbeResult {
  const probe = row.probes[0]!;
  return {
    probeId: probe.id,
    rowId: row.id,
    kind: probe.kind,
    transport: probe.transport,
    target: '198.51.100.10',
    address: '198.51.100.10',
    port: probe.ports,
    outcome: 'reply',
    status: 'pass',
    rttMs: 52,
    startedAt: 2100,
    finishedAt: 3500,
    detail,
  };
}

/** Kinds whose one attempt covers a port range, or this computer's own ports. */
const RANGE_KINDS = new Set(['udp-sample', 'udp-bind']);

/** A guide probe that answered: one attempt per target, as the runner makes them. */
function answered(runId: string, row: PlannedRow, probe: PlannedProbe): ProbeResult[] {
  const port = RANGE_KINDS.has(probe.kind)
    ? probe.ports
    : (parsePorts(probe.ports)?.[0]?.from ?? probe.ports);
  const targets =
    probe.kind === 'udp-bind' ? ['this computer'] : probe.targets.map((t) => t.target);
  return targets.map((target) => ({
    probeId: probe.id,
    rowId: row.id,
    kind: probe.kind,
    transport: probe.transport,
    target,
    address: '198.51.100.10',
    port,
    outcome: 'reply',
    status: classifyOutcome('reply', probe.expectsReply),
    rttMs: 23.4,
    startedAt: 3.1,
    finishedAt: 26.5,
    detail:
      probe.kind === 'stun'
        ? {
            message: `STUN answered from ${target}`,
            stun: { mappedAddress: '203.0.113.7', mappedPort: 40000 },
          }
        : { message: `${probe.kind} answered by ${target}` },
  }));
}

export function extraRun(plan: Plan = extraPlan()): ExtraRun {
  const runId = crypto.randomUUID();
  const guideRows = plan.rows.filter((row) => row.table !== EXTRA_TABLE);
  const guide: RunEvent[] = [];
  const guideProbes: ProbeResult[] = [];
  for (const row of guideRows) {
    const results = row.enabled ? row.probes.flatMap((probe) => answered(runId, row, probe)) : [];
    for (const result of results)
      guide.push({
        type: 'probe-started',
        runId,
        probeId: result.probeId,
        rowId: row.id,
        target: result.target,
        port: result.port,
      });
    results.forEach((result, i) => {
      guide.push({ type: 'probe-finished', runId, result });
      guide.push({
        type: 'row-updated',
        runId,
        row: foldRow(row, results.slice(0, i + 1), i === results.length - 1),
      });
    });
    if (results.length === 0)
      guide.push({ type: 'row-updated', runId, row: foldRow(row, [], true) });
    guideProbes.push(...results);
  }
  const extraRows = plan.rows.filter((row) => row.table === EXTRA_TABLE && row.enabled);
  const running = new Set(extraRows.map((row) => row.id));
  const x1 = extraRows.find((row) => row.id === 'X.1')!;
  const quality = x1.probes[0]!;
  const progress = (detail: QualityDetail): RunEvent => ({
    type: 'probe-progress',
    runId,
    probeId: quality.id,
    rowId: 'X.1',
    detail: { quality: detail },
  });
  const extraResults = extraRows.map((row) =>
    extraResult(
      row,
      row.id === 'X.1'
        ? { message: 'round trip 52 ms, jitter 2.4 ms, 2% lost', quality: FINAL_QUALITY }
        : EXTRA_DETAILS[row.id]!,
    ),
  );
  const extras = extraResults.flatMap((result, i): RunEvent[] => [
    { type: 'probe-finished', runId, result },
    { type: 'row-updated', runId, row: foldRow(extraRows[i]!, [result], true) },
  ]);
  const result = document(plan, [...guideProbes, ...extraResults]);
  return {
    runId,
    plan,
    started: { type: 'run-started', runId, startedAt: '2026-11-25T10:00:00.000Z', plan },
    guide,
    verdictReady: {
      type: 'verdict-ready',
      runId,
      result: document(plan, guideProbes, running),
    },
    qualityStarted: {
      type: 'probe-started',
      runId,
      probeId: quality.id,
      rowId: 'X.1',
      target: '2-2.1',
      port: quality.ports,
    },
    progress50: progress(PROGRESS_50),
    progress100: progress(PROGRESS_100),
    extras,
    finished: { type: 'run-finished', runId, result, cancelled: false },
    result,
  };
}
