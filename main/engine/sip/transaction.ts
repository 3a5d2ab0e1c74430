// One non-INVITE client transaction over a connected stream (RFC 3261 §17.1.2): send the
// request once (streams are reliable, so no retransmission timer E), skip provisional
// responses, and stop at the first final one that answers our request, or at the timeout
// (timer F's role). Responses to any other transaction are discarded (§17.1.3, §18.1.2).
import type { Duplex } from 'node:stream';
import type { TransactionIds } from './message-builder';
import { answersRequest } from './response-match';
import {
  DEFAULT_LIMITS,
  parseResponse,
  type ParseLimits,
  type SipMalformed,
  type SipResponse,
} from './response-parser';

export interface TransactionOptions {
  /** The request's own identifiers: only a response carrying them is ours. */
  ours: TransactionIds;
  timeoutMs: number;
  signal: AbortSignal;
  limits?: ParseLimits;
}

/** What came before the end: our provisional responses, and well-formed ones that were not ours. */
interface Seen {
  provisional: SipResponse[];
  discarded: SipResponse[];
}

export type TransactionResult =
  /** `rttMs` runs from the write to the final response. */
  | ({ kind: 'final'; response: SipResponse; rttMs: number } & Seen)
  | { kind: 'malformed'; error: SipMalformed; rttMs: number }
  | ({ kind: 'timeout' } & Seen)
  | ({ kind: 'aborted' } & Seen)
  /** The peer closed first; `partial` when it had sent part of a response. */
  | ({ kind: 'closed'; partial: boolean } & Seen)
  | { kind: 'socket-error'; code?: string; message: string };

export function runTransaction(
  socket: Duplex,
  request: string,
  options: TransactionOptions,
): Promise<TransactionResult> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  return new Promise((resolve) => {
    let buffered: Buffer = Buffer.alloc(0);
    const seen: Seen = { provisional: [], discarded: [] };
    const sent = performance.now();
    const elapsed = () => Math.round(performance.now() - sent);

    const finish = (result: TransactionResult) => {
      clearTimeout(timer);
      options.signal.removeEventListener('abort', onAbort);
      socket.off('data', onData);
      socket.off('end', onClosed);
      socket.off('close', onClosed);
      socket.off('error', onError);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk]);
      for (;;) {
        const framed = parseResponse(buffered, limits);
        if (framed.kind === 'incomplete') return;
        if (framed.kind === 'malformed')
          return finish({ kind: 'malformed', error: framed, rttMs: elapsed() });
        buffered = buffered.subarray(framed.consumed);
        if (!answersRequest(framed.response, options.ours)) {
          seen.discarded.push(framed.response);
          continue;
        }
        // RFC 3261 §17.1.2.2: a 1xx keeps the transaction going; any final status ends it.
        if (framed.response.status >= 200) {
          return finish({ kind: 'final', response: framed.response, ...seen, rttMs: elapsed() });
        }
        seen.provisional.push(framed.response);
      }
    };
    const onClosed = () => finish({ kind: 'closed', ...seen, partial: hasContent(buffered) });
    const onError = (error: NodeJS.ErrnoException) =>
      finish({
        kind: 'socket-error',
        ...(error.code ? { code: error.code } : {}),
        message: error.message,
      });
    const onAbort = () => finish({ kind: 'aborted', ...seen });
    const timer = setTimeout(() => finish({ kind: 'timeout', ...seen }), options.timeoutMs);

    socket.on('data', onData);
    socket.on('end', onClosed);
    socket.on('close', onClosed);
    socket.on('error', onError);
    if (options.signal.aborted) return onAbort();
    if (socket.destroyed) return onClosed();
    options.signal.addEventListener('abort', onAbort, { once: true });
    socket.write(request);
  });
}

/** Bytes other than the CRLFs a peer may send as keep-alives (RFC 5626 §3.5.1). */
function hasContent(bytes: Buffer): boolean {
  return bytes.some((byte) => byte !== 0x0d && byte !== 0x0a);
}
