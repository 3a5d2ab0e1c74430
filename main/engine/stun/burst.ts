// X.1's burst (issue 18): Binding requests on one socket, one every 20 ms as a call's audio
// packets go, each matched to its answer by transaction id (RFC 8489 §6.3). A request is
// sent once and never retransmitted: a lost packet is what the burst measures. The burst ends
// when every request is answered or a grace after its last send (GRACE_MS, or the caller's,
// shorter), whichever comes first; an answer later than that counts as lost (a call's jitter buffer would have dropped it
// long before: ITU-T G.114 calls a one-way delay over 400 ms unacceptable).
import { decode, METHOD_BINDING } from './codec';
import { bindingRequest, nextTransactionId, RTO_MS } from './transaction';
import type { DatagramChannel } from './udp-adapter';
import type { BurstSnapshot } from '../quality/summary';

/** One request per 20 ms: the usual packetisation of a call's audio (50 packets/s). */
export const BURST_INTERVAL_MS = 20;
/** At most this many requests awaited at once per server (issue 18). */
export const MAX_IN_FLIGHT = 10;
/** How long the burst waits for answers after its last send. */
export const GRACE_MS = 1000;
/** A progress snapshot about this often (the app's live chart). */
export const PROGRESS_EVERY_MS = 250;
/** A request stops counting as awaited after its RTO, at least this long. */
const MIN_RTO_MS = 100;

export interface BurstOptions {
  /** How long the burst sends (`ctx.qualityMs`). */
  durationMs: number;
  signal: AbortSignal;
  intervalMs?: number;
  maxInFlight?: number;
  graceMs?: number;
  progressEveryMs?: number;
  onProgress?(snapshot: BurstSnapshot): void;
}

export type BurstResult =
  | { kind: 'done'; snapshot: BurstSnapshot }
  /** Stopped by the signal (a cancel, or the runner's backstop). */
  | { kind: 'aborted'; snapshot: BurstSnapshot }
  /** A send failed (EPERM: a local firewall); the burst stops there. */
  | { kind: 'socket-error'; code: string; snapshot: BurstSnapshot };

interface Request {
  index: number;
  sentAt: number;
  rttMs: number | null;
}

/**
 * RFC 6298 §2's retransmission timer, here only to tell which requests the burst still
 * awaits (the in-flight cap): SRTT + 4·RTTVAR, from RFC 8489's 500 ms before any answer,
 * between MIN_RTO_MS and the grace.
 */
function rtoEstimator(graceMs: number) {
  let srtt: number | undefined;
  let rttvar = 0;
  return {
    update(rtt: number) {
      if (srtt === undefined) {
        srtt = rtt;
        rttvar = rtt / 2;
      } else {
        rttvar = 0.75 * rttvar + 0.25 * Math.abs(srtt - rtt);
        srtt = 0.875 * srtt + 0.125 * rtt;
      }
    },
    get ms() {
      const rto = srtt === undefined ? RTO_MS : srtt + 4 * rttvar;
      return Math.min(graceMs, Math.max(MIN_RTO_MS, rto));
    },
  };
}

const idKey = (id: Uint8Array) => Buffer.from(id).toString('hex');

export function runBurst(channel: DatagramChannel, options: BurstOptions): Promise<BurstResult> {
  const {
    durationMs,
    signal,
    intervalMs = BURST_INTERVAL_MS,
    maxInFlight = MAX_IN_FLIGHT,
    graceMs = GRACE_MS,
    progressEveryMs = PROGRESS_EVERY_MS,
    onProgress,
  } = options;
  const slots = Math.floor(durationMs / intervalMs);
  const requests: Request[] = [];
  /** Unanswered requests by transaction id. */
  const unanswered = new Map<string, Request>();
  const arrivals: number[] = [];
  const rto = rtoEstimator(graceMs);
  let skipped = 0;
  let slot = 0;
  let start = 0;
  let lastSentAt = 0;
  let over = false;
  let slotTimer: NodeJS.Timeout | undefined;
  let graceTimer: NodeJS.Timeout | undefined;
  let progressTimer: NodeJS.Timeout | undefined;

  const snapshot = (final: boolean): BurstSnapshot => {
    const now = performance.now();
    const pending = final
      ? 0
      : [...unanswered.values()].filter((r) => now - r.sentAt < graceMs).length;
    return {
      intervalMs,
      durationMs,
      roundTrips: requests.map((r) => r.rttMs),
      arrivals: [...arrivals],
      pending,
      skipped,
    };
  };

  return new Promise<BurstResult>((resolve) => {
    const finish = (how: { kind: 'done' | 'aborted' } | { kind: 'socket-error'; code: string }) => {
      if (over) return;
      over = true;
      clearTimeout(slotTimer);
      clearTimeout(graceTimer);
      clearInterval(progressTimer);
      signal.removeEventListener('abort', onAbort);
      resolve({ ...how, snapshot: snapshot(true) });
    };
    const onAbort = () => finish({ kind: 'aborted' });
    const sentAll = () => slot >= slots;
    const finishIfAnswered = () => {
      if (sentAll() && unanswered.size === 0) finish({ kind: 'done' });
    };

    const send = () => {
      if (over) return;
      const now = performance.now();
      const awaited = [...unanswered.values()].filter((r) => now - r.sentAt < rto.ms).length;
      if (awaited >= maxInFlight) skipped += 1;
      else {
        const transactionId = nextTransactionId();
        const request: Request = { index: requests.length, sentAt: now, rttMs: null };
        requests.push(request);
        unanswered.set(idKey(transactionId), request);
        lastSentAt = now;
        channel.send(bindingRequest(transactionId)).catch((error: NodeJS.ErrnoException) => {
          // The request never left: it is no sample of the path.
          requests.splice(requests.indexOf(request), 1);
          unanswered.delete(idKey(transactionId));
          finish({ kind: 'socket-error', code: error.code ?? 'EUNKNOWN' });
        });
      }
      slot += 1;
      if (!sentAll()) {
        // Against the burst's start, so that timer lateness does not add up over the slots.
        const due = start + slot * intervalMs;
        slotTimer = setTimeout(send, Math.max(0, due - performance.now()));
        return;
      }
      if (requests.length === 0 || unanswered.size === 0) return finish({ kind: 'done' });
      graceTimer = setTimeout(
        () => finish({ kind: 'done' }),
        Math.max(0, lastSentAt + graceMs - performance.now()),
      );
    };

    channel.onDatagram((bytes) => {
      const arrivedAt = performance.now();
      if (over) return;
      const decoded = decode(bytes);
      // Anything that is not an answer to one of ours is not a sample (§6.3).
      if (!decoded.ok) return;
      const { message } = decoded;
      if (message.class !== 'success' && message.class !== 'error') return;
      if (message.method !== METHOD_BINDING) return;
      const key = idKey(message.transactionId);
      const request = unanswered.get(key);
      if (!request) return;
      unanswered.delete(key);
      request.rttMs = arrivedAt - request.sentAt;
      arrivals.push(request.index);
      rto.update(request.rttMs);
      finishIfAnswered();
    });
    // An ICMP error reported on a later read (port unreachable) answers no request: those
    // requests count as lost, which is what a call would see.
    channel.onError(() => {});

    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    if (slots === 0) return finish({ kind: 'done' });
    if (onProgress) progressTimer = setInterval(() => onProgress(snapshot(false)), progressEveryMs);
    start = performance.now();
    send();
  });
}
