// One STUN Binding transaction over UDP (RFC 8489 §6.2.1): retransmit with a doubling RTO,
// match the answer by transaction id, stop at the request's budget (from its first send) or
// on abort.
import { randomBytes } from 'node:crypto';
import { decode, encode, METHOD_BINDING, type StunMessage } from './codec';
import type { Pace } from './pacer';
import type { DatagramChannel } from './udp-adapter';

/** RFC 8489 §6.2.1 defaults: RTO 500 ms, Rc = 7 transmissions, last wait Rm = 16 RTOs. */
export const RTO_MS = 500;
export const MAX_TRANSMISSIONS = 7;
export const LAST_WAIT_RTOS = 16;

export interface TransactionOptions {
  /**
   * The request's own budget (`--timeout-ms`), counted from its first transmission: time
   * spent waiting for a pacing slot is not time the server had to answer (issue 12). A
   * function is asked at that send, with its `performance.now()` time (a sample's ports share
   * one end, udp-sample.ts).
   */
  budgetMs: number | ((firstSentAt: number) => number);
  signal: AbortSignal;
  /** Takes this destination's send slots (udp-sample paces per host). */
  pace?: Pace;
  /**
   * The first transmission must leave by this `performance.now()` time, or the request is
   * `not-sent`: a request sent later would not have its whole budget before the run ends.
   */
  sendBy?: number;
  /** The caller already took and waited for the first transmission's slot (a media sample's port). */
  firstSlotTaken?: boolean;
  rtoMs?: number;
  /** The request's size in bytes of UDP payload, reached with a filler attribute (X.4). */
  padTo?: number;
}

export type TransactionResult =
  | {
      kind: 'answer';
      message: StunMessage;
      rttMs: number;
      transmissions: number;
      /** The answer's size in bytes (X.4 shows its answers stay small). */
      bytes: number;
    }
  | { kind: 'malformed'; reason: string; transmissions: number }
  | { kind: 'socket-error'; code: string; during: 'send' | 'receive'; transmissions: number }
  | { kind: 'timeout'; transmissions: number }
  /** Stopped (run cancelled or past its deadline) after at least one transmission. */
  | { kind: 'aborted'; transmissions: number }
  /** Never transmitted: the deadline or a cancel came before its send slot. */
  | { kind: 'not-sent'; transmissions: 0 };

const sameId = (a: Uint8Array, b: Uint8Array) => a.every((byte, i) => byte === b[i]);

/**
 * Transaction ids from a pool filled 64 at a time: RFC 8489 §6 asks for ids uniformly random
 * (a CSPRNG serves), and one call per request cost a run of thousands of requests ~30 ms.
 */
const ID_BYTES = 12;
const IDS_PER_FILL = 64;
let idPool = Buffer.alloc(0);
export function nextTransactionId(): Uint8Array {
  if (idPool.length < ID_BYTES) idPool = randomBytes(ID_BYTES * IDS_PER_FILL);
  const id = idPool.subarray(0, ID_BYTES);
  idPool = idPool.subarray(ID_BYTES);
  return id;
}

export function bindingRequest(
  transactionId: Uint8Array = nextTransactionId(),
  padTo?: number,
): Uint8Array {
  // FINGERPRINT lets a server that shares the port with other protocols recognise STUN (§7).
  return encode(
    { class: 'request', method: METHOD_BINDING, transactionId, attributes: [] },
    { fingerprint: true, padTo },
  );
}

export function runBindingTransaction(
  channel: DatagramChannel,
  {
    budgetMs,
    signal,
    pace,
    sendBy,
    firstSlotTaken = false,
    rtoMs = RTO_MS,
    padTo,
  }: TransactionOptions,
): Promise<TransactionResult> {
  const transactionId = nextTransactionId();
  const request = bindingRequest(transactionId, padTo);
  let transmissions = 0;
  let firstSentAt = 0;
  let lastSentAt = 0;
  let inFlight: Promise<unknown> = Promise.resolve();
  let settled = false;
  let retransmitTimer: NodeJS.Timeout | undefined;
  let budgetTimer: NodeJS.Timeout | undefined;
  const notSent: TransactionResult = { kind: 'not-sent', transmissions: 0 };

  return new Promise<TransactionResult>((resolve) => {
    const settle = (result: TransactionResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(retransmitTimer);
      clearTimeout(budgetTimer);
      signal.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onAbort = () =>
      settle(transmissions === 0 ? notSent : { kind: 'aborted', transmissions });

    // A paced transmission waits for its slot on the retransmit timer, which the end of the
    // transaction clears: no controller and no listener per request (issue 12, peak RSS).
    const transmit = () => {
      const first = transmissions === 0;
      if (pace && !(first && firstSlotTaken)) {
        // Only the first transmission has a latest send time; retransmissions belong to a
        // request whose budget already runs.
        const slot = pace(first ? sendBy : undefined);
        if (slot === null) return settle(notSent);
        const wait = slot - performance.now();
        if (wait > 0) {
          retransmitTimer = setTimeout(() => void send(), wait);
          return;
        }
      }
      void send();
    };

    const send = async () => {
      if (settled) return;
      const first = transmissions === 0;
      if (first && !firstSlotTaken && sendBy !== undefined && performance.now() > sendBy)
        return settle(notSent);
      transmissions += 1;
      lastSentAt = performance.now();
      if (first) {
        firstSentAt = lastSentAt;
        const ms = typeof budgetMs === 'function' ? budgetMs(firstSentAt) : budgetMs;
        budgetTimer = setTimeout(() => settle({ kind: 'timeout', transmissions }), ms);
      }
      const sending = channel.send(request);
      inFlight = sending.catch(() => undefined);
      try {
        await sending;
      } catch (error) {
        // A local firewall fails the send itself (EPERM); that is the answer, whatever follows.
        const code = (error as NodeJS.ErrnoException).code ?? 'EUNKNOWN';
        return settle({ kind: 'socket-error', code, during: 'send', transmissions });
      }
      if (settled) return;
      // §6.2.1: wait RTO, 2·RTO, 4·RTO ... between transmissions; Rm·RTO after the last one.
      const wait =
        transmissions < MAX_TRANSMISSIONS
          ? rtoMs * 2 ** (transmissions - 1)
          : rtoMs * LAST_WAIT_RTOS;
      retransmitTimer = setTimeout(
        () =>
          transmissions < MAX_TRANSMISSIONS
            ? transmit()
            : settle({ kind: 'timeout', transmissions }),
        wait,
      );
    };

    channel.onDatagram((bytes) => {
      const decoded = decode(bytes);
      if (!decoded.ok) return settle({ kind: 'malformed', reason: decoded.reason, transmissions });
      const { message } = decoded;
      // §6.3: a response to some other transaction (or a request) is not ours: ignore it.
      if (message.class === 'request' || message.class === 'indication') return;
      if (message.method !== METHOD_BINDING || !sameId(message.transactionId, transactionId))
        return;
      // The round trip runs from the send of the transmission answered to its answer. Every
      // retransmission carries the same transaction id (§6.2.1), so an answer cannot tell
      // which copy it answers (Karn's ambiguity): after retransmissions, time it from the
      // latest copy, a lower bound that never counts an RTO wait as network time.
      const rttMs = performance.now() - (transmissions === 1 ? firstSentAt : lastSentAt);
      settle({
        kind: 'answer',
        message,
        rttMs: Math.round(rttMs * 10) / 10,
        transmissions,
        bytes: bytes.length,
      });
    });
    channel.onError((error) => {
      // On Linux an output REJECT both fails the send (EPERM) and queues an ICMP error that a
      // later read reports (ECONNREFUSED): let the pending send speak first.
      const code = error.code ?? 'EUNKNOWN';
      void inFlight.then(() =>
        settle({ kind: 'socket-error', code, during: 'receive', transmissions }),
      );
    });

    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    transmit();
  });
}
