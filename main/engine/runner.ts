// Runs a plan: every probe at once under one deadline, results folded as they arrive
// (ARCHITECTURE.md, "Performance budget": a run costs about one attempt timeout, not the sum).
import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { classifyOutcome, type ProbeKind } from '../../common/outcomes';
import type { Plan, PlannedProbe, PlannedRow, PlannedTarget } from '../../common/plan';
import type { RunEventListener } from '../../common/results/events';
import type {
  HostInfo,
  ProbeResult,
  ProxyReport,
  ResultDocument,
} from '../../common/results/schema';
import type { ProxyResolution } from '../../common/proxy';
import { foldRow } from '../../common/results/fold';
import { assembleResult } from '../../common/results/assemble';
import type { Profile } from '../../common/profile/schema';
import { parsePorts } from '../../common/net/ports';
import { createLimiter } from './limiter';
import { createResolver } from './probes/dns';
import { EXECUTORS } from './probes/registry';
import type {
  AttemptResult,
  ChromiumCheckHook,
  ProbeContext,
  ProbeExecutor,
  ProbeTask,
} from './probe-types';

export interface RunSettings {
  timeoutMs: number;
  deadlineMs: number;
  concurrency: number;
  extraCa?: readonly string[];
  signal?: AbortSignal;
  toolVersion: string;
  /** The profile the plan came from: the diagnosis and the helpdesk code are told against it. */
  profile: Profile;
  /**
   * This computer's network facts, gathered alongside the probes; the result carries them
   * and the diagnosis reads them (no interface with an address: not connected).
   */
  host?: Promise<HostInfo | null>;
  /**
   * Which proxies a URL goes through (main/engine/proxy/discovery.ts); absent: direct. The
   * caller owns it (and closes it after the run).
   */
  proxy?: { resolveProxy(url: string): Promise<ProxyResolution> };
  /** The app's Chromium-stack HTTPS check, for a proxy that signs users in by itself. */
  chromiumCheck?: ChromiumCheckHook;
  /** Replaces probe kinds, for tests of the runner itself. */
  executors?: Partial<Record<ProbeKind, ProbeExecutor>>;
}

/** Kinds whose one attempt covers a whole port range rather than one port. */
const RANGE_KINDS = new Set<ProbeKind>(['udp-sample', 'udp-bind']);
/** A CIDR block is tried this many hosts at a time, first answer wins (ARCHITECTURE.md). */
const HOSTS_AT_ONCE = 4;
/**
 * Answers that say something about one host only; after any other outcome (silence, a
 * local block, a DNS failure) the rest of the block would answer the same way.
 */
const HOST_SPECIFIC = new Set(['refused', 'reset', 'malformed', 'tls-error', 'error']);

interface Unit {
  row: PlannedRow;
  probe: PlannedProbe;
  target: PlannedTarget;
  port: number | string;
}

function unitsOf(plan: Plan): Unit[] {
  const units: Unit[] = [];
  for (const row of plan.rows) {
    if (!row.enabled) continue;
    for (const probe of row.probes) {
      const ports: Array<number | string> = RANGE_KINDS.has(probe.kind)
        ? [probe.ports]
        : (parsePorts(probe.ports) ?? []).flatMap((r) =>
            Array.from({ length: r.to - r.from + 1 }, (_, i) => r.from + i),
          );
      const targets: PlannedTarget[] =
        probe.kind === 'udp-bind' ? [{ target: 'this computer' }] : probe.targets;
      for (const target of targets)
        for (const port of ports) units.push({ row, probe, target, port });
    }
  }
  return units;
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

export async function runPlan(
  plan: Plan,
  settings: RunSettings,
  onEvent: RunEventListener = () => {},
): Promise<ResultDocument> {
  const runId = randomUUID();
  const startedAt = new Date();
  const started = performance.now();
  const run = new AbortController();
  // Every attempt in flight listens to the run's signal: hundreds at once is expected.
  setMaxListeners(0, run.signal);
  let cancelled = false;
  const deadline = setTimeout(() => run.abort(), settings.deadlineMs);
  const onCancel = () => {
    cancelled = true;
    run.abort();
  };
  if (settings.signal?.aborted) onCancel();
  settings.signal?.addEventListener('abort', onCancel, { once: true });

  const executors = { ...EXECUTORS, ...settings.executors };
  const limiter = createLimiter(settings.concurrency);
  const context: ProbeContext = {
    signal: run.signal,
    timeoutMs: settings.timeoutMs,
    deadlineAt: started + settings.deadlineMs,
    extraCa: settings.extraCa ?? [],
    resolve: createResolver(settings.timeoutMs),
  };
  const resolutions: ProxyResolution[] = [];
  const { proxy, chromiumCheck } = settings;
  if (proxy) {
    context.proxyFor = async (url) => {
      const resolution = await proxy.resolveProxy(url);
      resolutions.push(resolution);
      return resolution;
    };
  }
  if (chromiumCheck) context.chromiumCheck = chromiumCheck;

  /** What an attempt that never got its answer records: the deadline is silence, a cancel is not. */
  const stopped = (): AttemptResult =>
    cancelled
      ? {
          outcome: 'timeout',
          address: null,
          rttMs: null,
          status: 'unverified',
          detail: { message: 'cancelled before an answer came' },
        }
      : {
          outcome: 'timeout',
          address: null,
          rttMs: null,
          detail: {
            message: `no answer before the run's deadline (${seconds(settings.deadlineMs)})`,
          },
        };

  /** An attempt still queued behind the concurrency cap sent nothing: it proves nothing either way. */
  const notTried = (): AttemptResult => ({
    outcome: 'timeout',
    address: null,
    rttMs: null,
    status: 'unverified',
    detail: {
      message: cancelled
        ? 'cancelled before it was tried'
        : `not tried: the run's deadline (${seconds(settings.deadlineMs)}) came first`,
    },
  });

  /** `hooks` run inside the concurrency slot, so a decision they make binds queued attempts. */
  const attempt = (
    unit: Unit,
    host: string,
    signal: AbortSignal,
    hooks: { started?(): void; answered?(result: AttemptResult): void } = {},
  ): Promise<AttemptResult> => {
    const task: ProbeTask = { probe: unit.probe, target: unit.target, host, port: unit.port };
    const execute = executors[unit.probe.kind];
    return limiter.run(
      async () => {
        hooks.started?.();
        // An executor that ignores the signal must still not hold the run past its deadline.
        let onAbort = () => {};
        const aborted = new Promise<AttemptResult>((resolve) => {
          onAbort = () => resolve(stopped());
          if (signal.aborted) onAbort();
          signal.addEventListener('abort', onAbort, { once: true });
        });
        const work = execute(task, { ...context, signal }).catch(
          (error: unknown): AttemptResult => ({
            outcome: 'error',
            address: null,
            rttMs: null,
            detail: {
              message: `internal error: ${error instanceof Error ? error.message : String(error)}`,
            },
          }),
        );
        try {
          const result = await Promise.race([work, aborted]);
          hooks.answered?.(result);
          return result;
        } finally {
          signal.removeEventListener('abort', onAbort);
        }
      },
      signal,
      notTried,
    );
  };

  /** One target on one port; a CIDR block is tried a few hosts at a time until one answers. */
  const runUnit = async (unit: Unit): Promise<AttemptResult & { tried: string[] }> => {
    const hosts = unit.target.hosts ?? [unit.target.target];
    if (hosts.length === 1) return { ...(await attempt(unit, hosts[0]!, run.signal)), tried: [] };
    const block = new AbortController();
    setMaxListeners(0, block.signal);
    const onRunAbort = () => block.abort();
    run.signal.addEventListener('abort', onRunAbort, { once: true });
    const tried: string[] = [];
    const finished: AttemptResult[] = [];
    /** Attempts queued behind the concurrency cap that have not started yet. */
    const queued = new Set<AbortController>();
    try {
      return await new Promise((resolve) => {
        let next = 0;
        let active = 0;
        let settled = false;
        // After silence (or a local block, or a DNS failure) the rest of the block would
        // answer the same: start no more hosts, but let those in flight finish — one of
        // them may still answer.
        let silenceSeen = false;
        const settle = (result: AttemptResult) => {
          settled = true;
          block.abort();
          resolve({ ...result, tried });
        };
        const launch = () => {
          while (!settled && !silenceSeen && active < HOSTS_AT_ONCE && next < hosts.length) {
            const host = hosts[next++]!;
            const own = new AbortController();
            // One attempt's steps (DNS, connect, TLS, the proxy path) each listen to it.
            setMaxListeners(0, own.signal);
            const onBlockAbort = () => own.abort();
            block.signal.addEventListener('abort', onBlockAbort, { once: true });
            queued.add(own);
            let started = false;
            active += 1;
            const hooks = {
              started: () => {
                started = true;
                queued.delete(own);
                tried.push(host);
              },
              // Decided inside the concurrency slot, before it frees for a queued host.
              answered: (result: AttemptResult) => {
                if (result.outcome === 'reply') return block.abort();
                if (HOST_SPECIFIC.has(result.outcome)) return;
                silenceSeen = true;
                for (const waiting of queued) waiting.abort();
              },
            };
            void attempt(unit, host, own.signal, hooks).then((result) => {
              block.signal.removeEventListener('abort', onBlockAbort);
              active -= 1;
              if (settled) return;
              if (started) finished.push(result);
              if (result.outcome === 'reply' && started) return settle(result);
              launch();
              if (active === 0) settle(finished[0] ?? result);
            });
          }
        };
        launch();
      });
    } finally {
      run.signal.removeEventListener('abort', onRunAbort);
    }
  };

  onEvent({ type: 'run-started', runId, startedAt: startedAt.toISOString(), plan });
  const units = unitsOf(plan);
  const resultsByRow = new Map<string, ProbeResult[]>();
  const remaining = new Map<string, number>();
  for (const unit of units) remaining.set(unit.row.id, (remaining.get(unit.row.id) ?? 0) + 1);
  // Rows with nothing to probe (reminders, rows switched off) are final from the start.
  for (const row of plan.rows.filter((r) => !remaining.has(r.id))) {
    onEvent({ type: 'row-updated', runId, row: foldRow(row, [], true) });
  }

  await Promise.all(
    units.map(async (unit) => {
      onEvent({
        type: 'probe-started',
        runId,
        probeId: unit.probe.id,
        rowId: unit.row.id,
        target: unit.target.target,
        port: unit.port,
      });
      const { tried, ...outcome } = await runUnit(unit);
      const result: ProbeResult = {
        probeId: unit.probe.id,
        rowId: unit.row.id,
        kind: unit.probe.kind,
        transport: unit.probe.transport,
        target: unit.target.target,
        address: outcome.address,
        ...(unit.target.mappedFrom !== undefined ? { mappedFrom: unit.target.mappedFrom } : {}),
        port: unit.port,
        outcome: outcome.outcome,
        status: outcome.status ?? classifyOutcome(outcome.outcome, unit.probe.expectsReply),
        rttMs: outcome.rttMs,
        detail: tried.length > 1 ? { ...outcome.detail, triedAddresses: tried } : outcome.detail,
      };
      const rowResults = resultsByRow.get(unit.row.id) ?? [];
      rowResults.push(result);
      resultsByRow.set(unit.row.id, rowResults);
      const left = (remaining.get(unit.row.id) ?? 1) - 1;
      remaining.set(unit.row.id, left);
      onEvent({ type: 'probe-finished', runId, result });
      onEvent({ type: 'row-updated', runId, row: foldRow(unit.row, rowResults, left === 0) });
    }),
  );
  clearTimeout(deadline);
  settings.signal?.removeEventListener('abort', onCancel);

  const probes = [...resultsByRow.values()].flat();
  const host = settings.host ? await settings.host.catch(() => null) : null;
  const result = assembleResult(
    {
      plan,
      probes,
      toolVersion: settings.toolVersion,
      startedAt: startedAt.toISOString(),
      durationMs: Math.round(performance.now() - started),
      host,
      proxy: proxyReport(resolutions, probes),
    },
    settings.profile,
  );
  onEvent({ type: 'run-finished', runId, result, cancelled });
  return result;
}

/** A tunnel the proxy accepted ("HTTP/1.1 200 Connection established"). */
const TUNNEL_OPEN = /^HTTP\/\S+\s+2\d\d\b/;

/**
 * The document's `proxy` section: where the setting came from (the first answer: one run
 * has one setting), what the Table 2-1 probes tried, and the first path that carried one.
 */
export function proxyReport(
  resolutions: readonly ProxyResolution[],
  probes: readonly ProbeResult[],
): ProxyReport {
  const first = resolutions[0];
  if (!first) return { source: 'none', tried: [], worked: null };
  const problems = [...new Set(resolutions.flatMap((r) => (r.problem ? [r.problem] : [])))];
  const routed = probes.filter((probe) => probe.kind === 'https' || probe.kind === 'tls');
  // Proxies first, then the direct path: the same list whatever order the probes finished in.
  const seen = [...new Set(routed.flatMap((probe) => probe.detail.proxy?.tried ?? ['DIRECT']))];
  const tried = [
    ...seen.filter((via) => via !== 'DIRECT'),
    ...seen.filter((via) => via === 'DIRECT'),
  ];
  // A proxy that carried one is named before the direct path, whichever finished first: a PAC
  // that sends some hosts direct must not hide the proxy the others went through.
  const carried =
    routed.find(
      (probe) =>
        probe.detail.proxy?.path === 'proxy' && TUNNEL_OPEN.test(probe.detail.proxy.status ?? ''),
    ) ??
    routed.find(
      (probe) =>
        probe.detail.proxy?.path !== 'proxy' &&
        (probe.outcome === 'reply' || probe.outcome === 'tls-intercepted'),
    );
  return {
    source: first.source,
    sourceDetail: first.sourceDetail,
    ...(problems.length > 0 && { problems }),
    tried,
    worked: carried ? (carried.detail.proxy?.via ?? 'DIRECT') : null,
  };
}
