// A run with table X, as the runner sends it (main/engine/runner.ts): the guide rows answer,
// then `verdict-ready` with the provisional document (the X rows still running), then X.1's
// burst as `probe-progress` events, and each extra row's result; `run-finished` last. The
// figures of X.1 are written by hand, as an executor would report 150 requests at 20 ms.
import type { Plan, PlannedRow } from '../../../common/plan';
import type { RunEvent } from '../../../common/results/events';
import type { ProbeDetail, ProbeResult, ResultDocument } from '../../../common/results/schema';
import { assembleResult } from '../../../common/results/assemble';
import { foldRow } from '../../../common/results/fold';
import { EXTRA_TABLE } from '../../../common/profile/schema';
import { makePlan, profile, scriptRun } from './fake-netcheck';

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
        { bytes: 1200, outcome: 'reply', rttMs: 51.2 },
        { bytes: 1472, outcome: 'reply', rttMs: 52.0 },
        { bytes: 1600, outcome: 'reply', rttMs: 53.4 },
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

export function extraRun(plan: Plan = makePlan()): ExtraRun {
  const guideRun = scriptRun(plan);
  const { runId } = guideRun;
  const guideProbes = guideRun.progress.flatMap((e) =>
    e.type === 'probe-finished' ? [e.result] : [],
  );
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
    started: guideRun.started,
    guide: guideRun.progress,
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
