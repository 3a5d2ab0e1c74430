// The seam between the runner and each probe kind: one attempt, one outcome.
import type { Outcome, ProbeStatus } from '../../common/outcomes';
import type { PlannedProbe, PlannedTarget } from '../../common/plan';
import type { ProbeDetail } from '../../common/results/schema';
import type { ProxyResolution } from '../../common/proxy';
import type { Cidr } from '../../common/net/ipv4';

export interface ProbeTask {
  probe: PlannedProbe;
  target: PlannedTarget;
  /** The address or host name this attempt contacts (one host of a CIDR block, or the target). */
  host: string;
  /** One port, or the port range itself for kinds that cover a range (udp-sample, udp-bind). */
  port: number | string;
  /**
   * udp-sample on a block none of whose addresses answered STUN or SIP: a few ports to each
   * of these addresses instead of the whole sample to one (ARCHITECTURE.md, "Ranges").
   */
  spreadOver?: readonly string[];
  /**
   * Extra checks (table X): the servers that answered the probe's `serversOf` rows in this
   * run, one per answering probe, fastest first. Never empty: with none, the runner records
   * that there was nothing to measure and does not call the executor.
   */
  servers?: readonly ServerEndpoint[];
}

/** A server that answered one of the guide's rows in this run, as an extra check uses it. */
export interface ServerEndpoint {
  rowId: string;
  /** The row's probe that reached it (SIP's `secure`, `sni`, `minTlsVersion`). */
  probe: PlannedProbe;
  address: string;
  port: number;
  /** That probe's round trip. */
  rttMs: number | null;
}

/** DNS answer shared by every probe of a run (each name is looked up once). */
export type Resolution =
  { ok: true; addresses: string[] } | { ok: false; errorCode: string; message: string };

export interface ProbeContext {
  /** Aborted when the run's deadline passes or the run is cancelled. */
  signal: AbortSignal;
  /** Budget of one attempt (`--timeout-ms`). */
  timeoutMs: number;
  /**
   * Ends this attempt when its budget runs out (net/attempt-budget.ts): aborts `signal`, which
   * the runner makes for each attempt, for good, without stopping the run. Only an executor
   * with one budget for the whole attempt passes it on (startAttemptBudget(ctx)); one with
   * several (secure-route.ts's paths, sip-alg.ts's legs) gives each a signal of its own.
   * Absent (an extra check, a test of one probe): a budget makes a signal of its own.
   */
  endAttempt?(): void;
  /**
   * When the run's deadline passes, as a `performance.now()` time: a paced kind (udp-sample)
   * sends nothing that could not have its whole budget by then. Absent: no deadline but the signal.
   */
  deadlineAt?: number;
  /** PEM roots trusted as if public (`--ca`), for labs and private deployments. */
  extraCa: readonly string[];
  resolve(host: string): Promise<Resolution>;
  /**
   * Every address and block the plan lists, as written and as mapped (listed-ranges.ts): a
   * STUN server that reports its own address outside them says so. Absent (tests of one
   * probe): nothing is judged.
   */
  listed?: readonly Cidr[];
  /**
   * Which proxies a connection to `url` goes through, in order (the `https`/`tls` probes of
   * Table 2-1 ask it). Absent: every connection goes direct.
   */
  proxyFor?(url: string): Promise<ProxyResolution>;
  /**
   * Whether `issuer` re-signed Table 2-1's HTTPS in this run: true as soon as such a handshake
   * ends, false once all of them have (web-interception.ts); absent in tests of one probe.
   */
  sawInterception?(issuer: string): Promise<boolean>;
  /** The app's Chromium-stack HTTPS check (signs in to NTLM/Kerberos proxies); absent in the CLI. */
  chromiumCheck?: ChromiumCheckHook;
  /** X.1: how long the call-quality burst lasts (`--quality-seconds`, in ms). */
  qualityMs?: number;
  /** A long check's partial detail so far (X.1's burst), passed on as a `probe-progress` event. */
  progress?(detail: ProbeDetail): void;
}

/** One GET through another network stack than the engine's: any HTTP status is a `reply`. */
export type ChromiumCheckHook = (
  url: string,
  options: { signal: AbortSignal; timeoutMs: number },
) => Promise<{ outcome: Outcome; detail: string; proxyAuthScheme?: string }>;

export interface AttemptResult {
  outcome: Outcome;
  /** The address contacted, once known. */
  address: string | null;
  rttMs: number | null;
  detail: ProbeDetail;
  /** Set only when the kind knows better than the default reading of the outcome. */
  status?: ProbeStatus;
}

export type ProbeExecutor = (task: ProbeTask, ctx: ProbeContext) => Promise<AttemptResult>;
