// Runs a plan: every probe at once under one deadline, results folded as they arrive
// (ARCHITECTURE.md, "Performance budget": a run costs about one attempt timeout, not the sum).
import { randomUUID } from 'node:crypto';
import { addressStateOf, classifyOutcome, type ProbeKind } from '../../common/outcomes';
import type { Plan, PlannedProbe, PlannedRow, PlannedTarget } from '../../common/plan';
import { listedRanges } from '../../common/net/listed-ranges';
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
import { EXTRA_TABLE, type Profile } from '../../common/profile/schema';
import { RUN_DEFAULTS } from '../../common/run-defaults';
import { parsePorts } from '../../common/net/ports';
import { createLimiter } from './limiter';
import {
  blockResult,
  createCallOff,
  tryEveryAddress,
  type BlockAddresses,
  type LeadAddress,
  type CallOff,
  type Stoppable,
  type Tried,
} from './block';
import {
  createLiveHosts,
  holdFor,
  LEAD_GRACE_MAX_SHARE,
  LEAD_GRACE_MS,
  LEAD_GRACE_RTTS,
  LIVE_HOLD_MS,
  LIVE_KINDS,
} from './live-hosts';
import { watchInterception } from './web-interception';
import { createResolver } from './probes/dns';
import { childLookup, type LookupSpawner } from './net/system-lookup';
import { EXECUTORS } from './probes/registry';
import type {
  AttemptResult,
  ChromiumCheckHook,
  ProbeContext,
  ProbeExecutor,
  ProbeTask,
  ServerEndpoint,
} from './probe-types';
import { STOPPED } from './net/stopped';
import { afterStarts, startTurns } from './net/turns';
import { prepareSecureContexts } from './tls/secure-contexts';
import { warmUpTls } from './tls/warm-up';
import { minTlsVersionsOf } from './probes/secure-open';
import { EXTRA_TEXT, STOPPED_TEXT } from '../../common/i18n/en';

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
  /**
   * How long a block's connections wait for its live address (default LIVE_HOLD_MS); a test
   * on a loaded machine gives more, so that the live address is surely known by then.
   */
  liveHoldMs?: number;
  /**
   * Where the run's name lookups happen (main/engine/net/system-lookup.ts): the CLI and the
   * app give a child process, killed when the run ends; absent: in this process (tests).
   */
  lookups?: LookupSpawner;
  /** Replaces probe kinds, for tests of the runner itself. */
  executors?: Partial<Record<ProbeKind, ProbeExecutor>>;
  /** X.1's burst, in seconds (RUN_DEFAULTS.qualitySeconds); 0 is planned as a skipped row. */
  qualitySeconds?: number;
  /**
   * `false`: no `verdict-ready` (its provisional document is for the app's window, which shows
   * the verdict while the extra checks run). The CLI prints the final document only; at 10×
   * the provisional one's assembly held the loop about 10 ms as the extra checks started.
   */
  provisional?: boolean;
}

/**
 * How long an extra check may run beyond its burst: a few of the run's timeouts for its last
 * answers and its handshakes. A backstop only, like the attempt's abort: each kind ends by
 * itself well before.
 */
const EXTRA_SPARE_TIMEOUTS = 3;
/**
 * How long a stopped extra check may take to hand back what it measured: its executor ends on
 * its signal within a turn or two; past this it is taken as stuck, and the run goes on.
 */
const STOP_GRACE_MS = 100;

/**
 * Units started in one turn of the event loop: a unit's start (a block's 14 attempts, their
 * signals and the executors' first steps) takes about 0.1 ms, so a turn stays a few ms long
 * and a large plan's answers are read between its batches (issue 12, loop delay ≤ 20 ms).
 */
const UNITS_PER_TURN = 32;

/** Kinds whose one attempt covers a whole port range rather than one port. */
const RANGE_KINDS = new Set<ProbeKind>(['udp-sample', 'udp-bind']);

interface Unit {
  row: PlannedRow;
  probe: PlannedProbe;
  target: PlannedTarget;
  port: number | string;
}

function unitsOf(plan: Plan): Unit[] {
  const units: Unit[] = [];
  const enabled = new Set(plan.rows.filter((row) => row.enabled).map((row) => row.id));
  for (const row of plan.rows) {
    if (!row.enabled) continue;
    for (const probe of row.probes) {
      if (probe.serversOf) {
        // An extra check: one unit, to the servers its rows find. Rows switched off count for
        // nothing; with every one of them off, there is nothing to measure and no unit.
        if (probe.serversOf.some((id) => enabled.has(id)))
          units.push({
            row,
            probe,
            target: { target: probe.serversOf.join(', ') },
            port: probe.ports,
          });
        continue;
      }
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

/** An executor that throws has a bug: the attempt says so instead of breaking the run. */
const internalError = (error: unknown): AttemptResult => ({
  outcome: 'error',
  address: null,
  rttMs: null,
  detail: { message: `internal error: ${error instanceof Error ? error.message : String(error)}` },
});

/** Times in the result, to a tenth of a millisecond. */
const tenths = (ms: number) => Math.round(ms * 10) / 10;

/** A target tried on several addresses, each its own attempt. */
const isBlock = (target: PlannedTarget) => (target.hosts?.length ?? 0) > 1;

/** When the first of these attempts got its slot; null when none did. */
function earliest(tries: readonly Tried[]): number | null {
  const times = tries.flatMap((t) => (t.startedAt === null ? [] : [t.startedAt]));
  return times.length > 0 ? Math.min(...times) : null;
}

export async function runPlan(
  plan: Plan,
  settings: RunSettings,
  onEvent: RunEventListener = () => {},
): Promise<ResultDocument> {
  // Before the run's clock starts: the contexts' CPU never falls among the run's timers.
  const extraCa = settings.extraCa ?? [];
  const tlsFloors = minTlsVersionsOf(plan);
  prepareSecureContexts(extraCa, tlsFloors);
  const [firstFloor] = tlsFloors;
  if (tlsFloors.size > 0) await warmUpTls(extraCa, firstFloor);
  const runId = randomUUID();
  const startedAt = new Date();
  const started = performance.now();
  const run = new AbortController();
  // Every attempt has a signal of its own, aborted with the run's by this one listener.
  const everyAttempt = createCallOff();
  run.signal.addEventListener('abort', () => everyAttempt.call(), { once: true });
  let cancelled = false;
  const deadline = setTimeout(() => run.abort(STOPPED), settings.deadlineMs);
  // The extra checks (table X) end with a cancel or a broken run, never with the deadline:
  // the deadline is the guide rows' (issue 18), and each extra check has a length of its own.
  const extras = new AbortController();
  const onCancel = () => {
    cancelled = true;
    run.abort(STOPPED);
    extras.abort(STOPPED);
  };
  if (settings.signal?.aborted) onCancel();
  settings.signal?.addEventListener('abort', onCancel, { once: true });
  const sinceStart = () => tenths(performance.now() - started);

  const executors = { ...EXECUTORS, ...settings.executors };
  const limiter = createLimiter(settings.concurrency);
  const resolver = createResolver(
    settings.timeoutMs,
    settings.lookups ? childLookup(settings.lookups) : undefined,
  );
  const context: ProbeContext = {
    signal: run.signal,
    timeoutMs: settings.timeoutMs,
    deadlineAt: started + settings.deadlineMs,
    extraCa,
    resolve: resolver.resolve,
    listed: listedRanges(plan.rows),
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

  /**
   * What an attempt stopped before its own end records. Neither a cancel nor the run's deadline
   * is silence: an attempt that had its whole time would have ended by itself, so one the
   * deadline stops had less, and proves nothing (the same status as one never sent).
   */
  const unanswered = (): AttemptResult => ({
    outcome: 'timeout',
    address: null,
    rttMs: null,
    status: 'unverified',
    detail: {
      message: cancelled
        ? STOPPED_TEXT.cancelledWaiting
        : STOPPED_TEXT.cutOff(settings.deadlineMs, settings.timeoutMs),
    },
  });

  /** An attempt still queued behind the concurrency cap sent nothing: it proves nothing either way. */
  const notTried = (): AttemptResult => ({
    outcome: 'not-sent',
    address: null,
    rttMs: null,
    status: 'unverified',
    detail: {
      message: cancelled
        ? STOPPED_TEXT.cancelledQueued
        : STOPPED_TEXT.notTried(settings.deadlineMs),
    },
  });

  /**
   * One attempt under the concurrency cap. Its `group` (a block's, called off once another
   * address answered) stops it as the run's end does; stopped before its slot came, it was
   * never sent.
   */
  const attempt = (
    task: ProbeTask,
    group?: CallOff,
    ended?: (result: AttemptResult, stopped: boolean) => void,
  ): Promise<Tried> => {
    // Called off before it exists (a block's other addresses once its live address answered,
    // a run already over): never sent, recorded at once, without a place in the limiter's
    // queue or a member in its groups (issue 12: a 10× run makes thousands of these).
    if (run.signal.aborted || group?.called)
      return Promise.resolve({
        host: task.host,
        result: notTried(),
        sent: false,
        stopped: false,
        startedAt: null,
      });
    // Made when the attempt gets its slot: a 10× run queues thousands behind the cap.
    let own: AbortController | undefined;
    let startedAt: number | null = null;
    let stopped = false;
    /** Set while the attempt runs: ends its race with what a stopped attempt records. */
    let endRace: ((result: AttemptResult) => void) | undefined;
    const execute = executors[task.probe.kind];
    const queued = limiter.run(async () => {
      startedAt = sinceStart();
      const controller = (own = new AbortController());
      // An executor that ignores the signal must still not hold the run past its deadline.
      const aborted = new Promise<AttemptResult>((resolve) => (endRace = resolve));
      // Its budget's end aborts the attempt's own signal: no second controller per attempt.
      const endAttempt = () => controller.abort(STOPPED);
      const work = execute(task, { ...context, signal: controller.signal, endAttempt }).catch(
        internalError,
      );
      const result = await Promise.race([work, aborted]);
      endRace = undefined;
      ended?.(result, stopped);
      return result;
    }, notTried);
    // The groups stop it through this, not through listeners on a signal: each listener and
    // controller of thousands of attempts is state that outlives scavenges (issue 12).
    const member: Stoppable = {
      stop: () => {
        if (queued.callOff()) return;
        // The race ends before the signal fires: the executor's answer to the abort is not
        // the attempt's outcome.
        if (endRace) {
          stopped = true;
          endRace(unanswered());
        }
        own?.abort(STOPPED);
      },
    };
    everyAttempt.join(member);
    group?.join(member);
    return queued.done.then((result) => {
      everyAttempt.leave(member);
      group?.leave(member);
      return { host: task.host, result, sent: startedAt !== null, stopped, startedAt };
    });
  };

  const taskOf = (unit: Unit, host: string): ProbeTask => ({
    probe: unit.probe,
    target: unit.target,
    host,
    port: unit.port,
  });

  /** Which address of each block answered STUN or SIP in this run (for media sampling). */
  const live = createLiveHosts();

  /** One target on one port: a CIDR block's addresses are all tried at once, first answer wins. */
  const runUnit = async (
    unit: Unit,
  ): Promise<{ result: AttemptResult; startedAt: number | null }> => {
    const hosts = unit.target.hosts ?? [unit.target.target];
    if (!isBlock(unit.target)) {
      const tried = await attempt(taskOf(unit, hosts[0]!));
      return { result: tried.result, startedAt: tried.startedAt };
    }
    if (unit.probe.kind === 'udp-sample') return sampleBlock(unit, hosts);
    // STUN finds the live address; the block's connections try it first once it is known.
    const lead = unit.probe.kind === 'stun' ? undefined : await leadAddressOf(unit.target.target);
    const { tries, winner } = await tryEveryAddress(
      hosts,
      (host, group, ended) => attempt(taskOf(unit, host), group, ended),
      lead,
    );
    if (LIVE_KINDS.has(unit.probe.kind))
      live.report(
        unit.target.target,
        winner ? { address: winner.host, rttMs: winner.result.rttMs } : null,
      );
    return {
      result: blockResult(unit.target.target, tries, winner, cancelled),
      startedAt: earliest(tries),
    };
  };

  const units = unitsOf(plan);
  // The turns the units start in (UNITS_PER_TURN to a turn), from run-started on.
  const unitTurns = startTurns(units.length, UNITS_PER_TURN);
  const unitsStarted = unitTurns.at(-1) ?? Promise.resolve();

  /**
   * How long a block's connections wait for its live address before they go to every address
   * at once, counted from the turn in which the run's last STUN request went out (STUN goes
   * first, net/turns.ts), once the last units have started: on a large plan that is well
   * after the run's start. A lab or office answers within it; a far server's answer comes
   * later, and then nothing is saved, nothing lost. Short beside one timeout: a block where
   * nothing answers ends this much later.
   */
  const liveHold = holdFor(
    settings.liveHoldMs ?? LIVE_HOLD_MS,
    run.signal,
    unitsStarted.then(() => afterStarts('first')),
  );
  const leadAddressOf = async (block: string): Promise<LeadAddress | undefined> => {
    const found = await Promise.race([live.of(block), liveHold]);
    if (!found) return undefined;
    const rtt = found.rttMs ?? 0;
    return {
      host: found.address,
      // At most a tenth of a timeout: a port the live address does not serve then ends at most
      // that much after one timeout (the other addresses have theirs after the grace).
      graceMs: Math.min(
        settings.timeoutMs * LEAD_GRACE_MAX_SHARE,
        Math.max(LEAD_GRACE_MS, LEAD_GRACE_RTTS * rtt),
      ),
    };
  };

  /**
   * Media sampling of a block goes to its live address, the one that answered STUN or SIP.
   * Until one is known every address gets a few ports, so that a block where none answers
   * still costs one attempt timeout, not two; once one is, that spread is not needed.
   */
  const sampleBlock = async (
    unit: Unit,
    hosts: readonly string[],
  ): Promise<{ result: AttemptResult; startedAt: number | null }> => {
    const notNeeded = createCallOff();
    const spread = attempt({ ...taskOf(unit, unit.target.target), spreadOver: hosts }, notNeeded);
    const first = await Promise.race([
      live.of(unit.target.target).then((found) => ({ found })),
      spread.then((tried) => ({ tried })),
    ]);
    const spreadAnswered = 'tried' in first && first.tried.result.outcome === 'reply';
    const found = spreadAnswered
      ? null
      : 'found' in first
        ? first.found
        : await live.of(unit.target.target);
    const host = found?.address ?? null;
    if (host === null) {
      const tried = await spread;
      return { result: tried.result, startedAt: tried.startedAt };
    }
    notNeeded.call();
    const [tried, unneeded] = await Promise.all([attempt(taskOf(unit, host)), spread]);
    // A spread that had already run to its end keeps what it found on the other addresses.
    const spreadFound = unneeded.sent && !unneeded.stopped ? unneeded.result.detail.addresses : [];
    const addresses = hosts.map((address): BlockAddresses[number] =>
      address === host
        ? { address, state: addressStateOf(tried.result.outcome), outcome: tried.result.outcome }
        : (spreadFound?.find((a) => a.address === address) ?? { address, state: 'not-needed' }),
    );
    return {
      result: { ...tried.result, detail: { ...tried.result.detail, addresses } },
      startedAt: earliest([tried, unneeded]),
    };
  };

  /** The servers that answered a row in this run, one per answering probe (ServerEndpoint). */
  const answeringServers = (rowId: string): ServerEndpoint[] => {
    const row = plan.rows.find((r) => r.id === rowId);
    return (resultsByRow.get(rowId) ?? []).flatMap((result): ServerEndpoint[] => {
      const probe = row?.probes.find((p) => p.id === result.probeId);
      if (result.outcome !== 'reply' || result.address === null || !probe) return [];
      if (typeof result.port !== 'number') return [];
      return [{ rowId, probe, address: result.address, port: result.port, rttMs: result.rttMs }];
    });
  };

  /** The rows an extra check builds on that run in this plan. */
  const sourcesOf = (unit: Unit) =>
    (unit.probe.serversOf ?? []).filter((id) => plan.rows.find((r) => r.id === id)?.enabled);
  /**
   * What an extra check goes to: its rows' answering servers, fastest first across all of
   * them (not row by row): X.2 takes its local address towards the first, X.1 and X.4 measure it.
   */
  const serversFor = (unit: Unit) =>
    sourcesOf(unit)
      .flatMap(answeringServers)
      .sort((a, b) => (a.rttMs ?? Infinity) - (b.rttMs ?? Infinity));
  /**
   * Whether an extra check reports once its rows are final. A row's extra probes each measure
   * their own source's server (X.1: 2-2.1's, and 2-3.1's with legacy); one with no server says
   * nothing while another of its row measures (that source's own row already tells why),
   * and with none measuring, only the first says "not measured".
   */
  const reports = (unit: Unit, siblings: readonly Unit[]) => {
    if (serversFor(unit).length > 0) return true;
    const measuring = siblings.filter((u) => serversFor(u).length > 0);
    return measuring.length === 0 && siblings[0] === unit;
  };

  /** An extra check, once every row it builds on is final (unitsOf, `serversOf`). */
  const runExtra = async (
    unit: Unit,
  ): Promise<{ result: AttemptResult; startedAt: number | null }> => {
    const servers = serversFor(unit);
    // Without a server it speaks for its whole row (`reports`: only the first of the row's
    // extra probes does then), so it names every row the row's probes build on (X.1: 2-2.1
    // and, with legacy, 2-3.1).
    const serversOf = [
      ...new Set(units.filter((u) => u.row === unit.row && u.probe.serversOf).flatMap(sourcesOf)),
    ];
    if (servers.length === 0 || extras.signal.aborted) {
      const message = extras.signal.aborted
        ? STOPPED_TEXT.cancelledQueued
        : EXTRA_TEXT.noServer(serversOf);
      const result: AttemptResult = {
        outcome: 'not-sent',
        address: null,
        rttMs: null,
        status: 'unverified',
        detail: { message },
      };
      return { result, startedAt: null };
    }
    const startedAt = sinceStart();
    const qualityMs = (settings.qualitySeconds ?? RUN_DEFAULTS.qualitySeconds) * 1000;
    const limitMs =
      (unit.probe.kind === 'call-quality' ? qualityMs : 0) +
      EXTRA_SPARE_TIMEOUTS * settings.timeoutMs;
    // Its own backstop and a listener's failure stop it too; both end with the unit.
    const own = new AbortController();
    const backstop = setTimeout(() => own.abort(STOPPED), limitMs);
    const signal = AbortSignal.any([extras.signal, own.signal]);
    let listenerError: { error: unknown } | undefined;
    // No run deadline here: the extra checks have their own length.
    const { deadlineAt: _deadlineAt, ...base } = context;
    const ctx: ProbeContext = {
      ...base,
      signal,
      qualityMs,
      // Called from the executor's own timers: a listener that throws must break the run as
      // on any other event, not escape as an uncaught exception.
      progress: (detail) => {
        if (listenerError) return;
        try {
          onEvent({
            type: 'probe-progress',
            runId,
            probeId: unit.probe.id,
            rowId: unit.row.id,
            detail,
          });
        } catch (error) {
          listenerError = { error };
          own.abort(STOPPED);
        }
      },
    };
    const task: ProbeTask = {
      probe: unit.probe,
      target: unit.target,
      host: servers[0]!.address,
      port: unit.port,
      servers,
    };
    let onAbort = () => {};
    let fallback: NodeJS.Timeout | undefined;
    const stopped = new Promise<AttemptResult>((resolve) => {
      // An executor ends on its signal with what it had (X.1: the figures of the burst so
      // far): that result is waited for a moment; these words are for one that does not end.
      onAbort = () => {
        fallback = setTimeout(
          () =>
            resolve({
              outcome: 'timeout',
              address: null,
              rttMs: null,
              status: 'unverified',
              detail: {
                message: cancelled ? STOPPED_TEXT.cancelledWaiting : EXTRA_TEXT.overran(limitMs),
              },
            }),
          STOP_GRACE_MS,
        );
      };
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
      const work = executors[unit.probe.kind](task, ctx).catch(internalError);
      const result = await Promise.race([work, stopped]);
      if (listenerError) throw listenerError.error;
      // Stopped by its backstop, not by a cancel: its figures stay, and its words and status
      // say that it did not finish (whatever it judged from a part).
      if (own.signal.aborted && !cancelled)
        return {
          result: {
            ...result,
            status: 'unverified',
            detail: { ...result.detail, message: EXTRA_TEXT.overran(limitMs) },
          },
          startedAt,
        };
      return { result, startedAt };
    } finally {
      clearTimeout(backstop);
      clearTimeout(fallback);
      signal.removeEventListener('abort', onAbort);
    }
  };

  // A row is final once its last probe reports (or at once, with nothing to probe); the
  // extra checks wait for the rows they build on, and the verdict for every guide row.
  const rowFinal = new Map<string, () => void>();
  const rowIsFinal = new Map<string, Promise<void>>();
  for (const row of plan.rows)
    rowIsFinal.set(row.id, new Promise<void>((resolve) => rowFinal.set(row.id, resolve)));
  const finalRows = new Set<string>();
  const guideRows = plan.rows.filter((row) => row.table !== EXTRA_TABLE);
  let verdictSent = false;
  let guideDone = () => {};
  const guideFinal = new Promise<void>((resolve) => (guideDone = resolve));
  // The run awaits the sending of verdict-ready, so a listener that throws on it breaks the
  // run as on any other event, instead of leaving a rejection nobody handles.
  let verdict = Promise.resolve();
  const markFinal = (rowId: string) => {
    finalRows.add(rowId);
    rowFinal.get(rowId)?.();
    if (verdictSent || !guideRows.every((row) => finalRows.has(row.id))) return;
    verdictSent = true;
    guideDone();
    if (settings.provisional !== false) verdict = verdictReady();
  };
  /** The provisional document at the moment every guide row is final. */
  const verdictReady = async () => {
    const host = settings.host ? await settings.host.catch(() => null) : null;
    // A stopped run has no verdict to announce early: its rows ended because it was stopped.
    if (cancelled) return;
    const probes = [...resultsByRow.values()].flat();
    const running = new Set(plan.rows.filter((r) => !finalRows.has(r.id)).map((r) => r.id));
    const result = assembleResult(
      {
        plan,
        probes,
        running,
        toolVersion: settings.toolVersion,
        startedAt: startedAt.toISOString(),
        durationMs: Math.round(performance.now() - started),
        host,
        proxy: proxyReport(resolutions, probes),
      },
      settings.profile,
    );
    onEvent({ type: 'verdict-ready', runId, result });
  };

  onEvent({ type: 'run-started', runId, startedAt: startedAt.toISOString(), plan });
  // SIP over TLS through the issuer that re-signed Librestream's HTTPS is inspection too.
  const isWebHandshake = (unit: Unit) =>
    unit.row.table === '2-1' && (unit.probe.kind === 'tls' || unit.probe.kind === 'https');
  const interception = watchInterception(units.filter(isWebHandshake).length);
  context.sawInterception = (issuer) => interception.saw(issuer);
  for (const unit of units)
    if (LIVE_KINDS.has(unit.probe.kind) && isBlock(unit.target)) live.expect(unit.target.target);
  const resultsByRow = new Map<string, ProbeResult[]>();
  const remaining = new Map<string, number>();
  for (const unit of units) remaining.set(unit.row.id, (remaining.get(unit.row.id) ?? 0) + 1);
  // Rows with nothing to probe (reminders, rows switched off) are final from the start.
  for (const row of plan.rows.filter((r) => !remaining.has(r.id))) {
    onEvent({ type: 'row-updated', runId, row: foldRow(row, [], true) });
    markFinal(row.id);
  }

  /** A unit's end: its result (none for an extra check that had nothing to say), then its row. */
  const settle = (unit: Unit, result: ProbeResult | null) => {
    const rowResults = resultsByRow.get(unit.row.id) ?? [];
    if (result) rowResults.push(result);
    resultsByRow.set(unit.row.id, rowResults);
    const left = (remaining.get(unit.row.id) ?? 1) - 1;
    remaining.set(unit.row.id, left);
    if (result) onEvent({ type: 'probe-finished', runId, result });
    onEvent({ type: 'row-updated', runId, row: foldRow(unit.row, rowResults, left === 0) });
    if (left === 0) markFinal(unit.row.id);
  };

  // Whatever throws (a listener, a fold), the run's timer, cancel listener and look-up
  // process end with it.
  try {
    await Promise.all([
      guideFinal.then(() => verdict),
      ...units.map(async (unit, index) => {
        await unitTurns[Math.floor(index / UNITS_PER_TURN)];
        const extra = unit.probe.serversOf !== undefined;
        if (extra) {
          const siblings = units.filter((u) => u.row === unit.row && u.probe.serversOf);
          const sources = new Set(siblings.flatMap((u) => u.probe.serversOf ?? []));
          await Promise.all([...sources].map((id) => rowIsFinal.get(id)));
          // Every extra check starts once the guide's probes are all done: the call-quality
          // burst times every answer, and the others' handshakes and padded datagrams would
          // count into the guide probes' round trips (and share a server's 100 packets/s with
          // the media sample to the same block). The verdict never waits for them. (One in a
          // guide table would wait for itself: the profile allows it, so it is not held.)
          if (unit.row.table === EXTRA_TABLE) await guideFinal;
          if (!reports(unit, siblings)) {
            settle(unit, null);
            return;
          }
        }
        onEvent({
          type: 'probe-started',
          runId,
          probeId: unit.probe.id,
          rowId: unit.row.id,
          target: unit.target.target,
          port: unit.port,
        });
        const ran = extra ? await runExtra(unit) : await runUnit(unit);
        const { result: outcome, startedAt: sentAt } = ran;
        if (isWebHandshake(unit)) interception.report(outcome.outcome, outcome.detail.tls?.issuer);
        const result: ProbeResult = {
          probeId: unit.probe.id,
          rowId: unit.row.id,
          kind: unit.probe.kind,
          transport: unit.probe.transport,
          // An extra check names the server it measured, not the rows it took it from.
          target: extra ? (outcome.address ?? unit.target.target) : unit.target.target,
          address: outcome.address,
          ...(unit.target.mappedFrom !== undefined ? { mappedFrom: unit.target.mappedFrom } : {}),
          port: unit.port,
          outcome: outcome.outcome,
          status: outcome.status ?? classifyOutcome(outcome.outcome, unit.probe.expectsReply),
          rttMs: outcome.rttMs,
          startedAt: sentAt,
          finishedAt: sinceStart(),
          detail: outcome.detail,
        };
        settle(unit, result);
      }),
    ]);
  } catch (error) {
    // Nothing still in flight outlives a run that broke.
    run.abort(STOPPED);
    extras.abort(STOPPED);
    throw error;
  } finally {
    clearTimeout(deadline);
    liveHold.end();
    // No lookup outlives the run: a stuck one would hold the CLI's exit and the app's next run.
    resolver.close();
    settings.signal?.removeEventListener('abort', onCancel);
  }

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
