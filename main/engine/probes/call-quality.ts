// The `call-quality` probe kind (row X.1, issue 18): a burst of Binding requests to the
// fastest STUN server of the row it builds on (task.servers[0]), read as a call would feel
// it: round trip, jitter, loss, reordering and an estimated MOS, graded by M365's limits.
// Round trip only: how each direction does on its own needs a far end that reports it.
import { QUALITY_TEXT } from '../../../common/i18n/en';
import { RUN_DEFAULTS } from '../../../common/run-defaults';
import { describeFailure, outcomeOfErrorCode } from '../net/socket-errors';
import type { AttemptResult, ProbeExecutor } from '../probe-types';
import type { QualityFigure } from '../../../common/quality-limits';
import { gradeQuality } from '../quality/thresholds';
import { summariseBurst } from '../quality/summary';
import { GRACE_MS, runBurst, BURST_INTERVAL_MS, type BurstResult } from '../stun/burst';
import { openConnectedUdp } from '../stun/udp-adapter';

const FIGURES: readonly QualityFigure[] = ['loss', 'rtt', 'jitter'];

/** The burst's result as an attempt: its figures, its status by the thresholds, its words. */
export function readBurst(
  burst: BurstResult,
  address: string,
  where: string,
  graceMs: number,
): AttemptResult {
  const quality = summariseBurst(where, burst.snapshot);
  if (burst.kind === 'socket-error') {
    const outcome = outcomeOfErrorCode(burst.code);
    const why = describeFailure(outcome, where, graceMs, burst.code);
    return {
      outcome,
      address,
      rttMs: null,
      status: 'unverified',
      detail: { message: QUALITY_TEXT.socketFailed(why), errorCode: burst.code, quality },
    };
  }
  if (burst.kind === 'aborted')
    return {
      outcome: quality.sent === 0 ? 'not-sent' : 'timeout',
      address,
      rttMs: quality.rttMedianMs,
      status: 'unverified',
      detail: { message: QUALITY_TEXT.stopped, quality },
    };
  const { rttMedianMs, rttP95Ms, mos } = quality;
  if (rttMedianMs === null || rttP95Ms === null || mos === null)
    return {
      outcome: 'timeout',
      address,
      rttMs: null,
      status: 'fail',
      detail: { message: QUALITY_TEXT.noAnswer(where, quality.sent, graceMs), quality },
    };
  const { grade, figures } = gradeQuality({ ...quality, rttMs: rttMedianMs });
  const reasons = FIGURES.flatMap((figure) => {
    const figureGrade = figures[figure];
    return figureGrade === 'pass' ? [] : [QUALITY_TEXT.reasons[figure][figureGrade]];
  });
  const verdict = grade === 'pass' ? QUALITY_TEXT.fine : QUALITY_TEXT.beyond(reasons);
  const measured = QUALITY_TEXT.measured({ ...quality, rttMedianMs, rttP95Ms, mos });
  return {
    outcome: 'reply',
    address,
    rttMs: rttMedianMs,
    status: grade,
    detail: { message: `${measured}: ${verdict}`, quality },
  };
}

export const callQualityProbe: ProbeExecutor = async (task, ctx) => {
  // The runner always passes the answering servers, fastest first (probe-types.ts).
  const server = task.servers?.[0];
  const address = server?.address ?? task.host;
  const port = server?.port ?? Number(task.port);
  const where = `${address} port ${port}`;
  const durationMs = ctx.qualityMs ?? RUN_DEFAULTS.qualitySeconds * 1000;
  // One timeout or 1 s, whichever is shorter: the runner's backstop (the burst and three
  // timeouts) never cuts the wait short.
  const graceMs = Math.min(GRACE_MS, ctx.timeoutMs);
  let channel;
  try {
    channel = await openConnectedUdp(address, port);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EUNKNOWN';
    return readBurst(
      { kind: 'socket-error', code, snapshot: notStarted(durationMs) },
      address,
      where,
      graceMs,
    );
  }
  const slots = Math.floor(durationMs / BURST_INTERVAL_MS);
  const { progress } = ctx;
  try {
    const burst = await runBurst(channel, {
      durationMs,
      graceMs,
      signal: ctx.signal,
      ...(progress && {
        onProgress: (snapshot) =>
          progress({
            message: QUALITY_TEXT.running(snapshot.roundTrips.length, slots),
            quality: summariseBurst(where, snapshot),
          }),
      }),
    });
    return readBurst(burst, address, where, graceMs);
  } finally {
    channel.close();
  }
};

/** A burst that never started: its socket could not be opened. */
const notStarted = (durationMs: number) => ({
  intervalMs: BURST_INTERVAL_MS,
  durationMs,
  roundTrips: [],
  arrivals: [],
  pending: 0,
  skipped: 0,
});
