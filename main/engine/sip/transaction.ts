// One non-INVITE client transaction over a connected stream (RFC 3261 §17.1.2): send the
// request once (streams are reliable, so no retransmission timer E), skip provisional
// responses, and stop at the first final one or at the timeout (timer F's role).
import type { Duplex } from 'node:stream';
import {
  DEFAULT_LIMITS,
  parseResponse,
  type ParseLimits,
  type SipMalformed,
  type SipResponse,
} from './response-parser';

export interface TransactionOptions {
  timeoutMs: number;
  signal: AbortSignal;
  limits?: ParseLimits;
}

export type TransactionResult =
  /** `rttMs` runs from the write to the final response. */
  | { kind: 'final'; response: SipResponse; provisional: SipResponse[]; rttMs: number }
  | { kind: 'malformed'; error: SipMalformed; rttMs: number }
  | { kind: 'timeout'; provisional: SipResponse[] }
  | { kind: 'aborted'; provisional: SipResponse[] }
  /** The peer closed first; `partial` when it had sent part of a response. */
  | { kind: 'closed'; provisional: SipResponse[]; partial: boolean }
  | { kind: 'socket-error'; code?: string; message: string };

export function runTransaction(
  socket: Duplex,
  request: string,
  options: TransactionOptions,
): Promise<TransactionResult> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  return new Promise((resolve) => {
    let buffered: Buffer = Buffer.alloc(0);
    const provisional: SipResponse[] = [];
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
        // RFC 3261 §17.1.2.2: a 1xx keeps the transaction going; any final status ends it.
        if (framed.response.status >= 200) {
          return finish({
            kind: 'final',
            response: framed.response,
            provisional,
            rttMs: elapsed(),
          });
        }
        provisional.push(framed.response);
      }
    };
    const onClosed = () => finish({ kind: 'closed', provisional, partial: hasContent(buffered) });
    const onError = (error: NodeJS.ErrnoException) =>
      finish({
        kind: 'socket-error',
        ...(error.code ? { code: error.code } : {}),
        message: error.message,
      });
    const onAbort = () => finish({ kind: 'aborted', provisional });
    const timer = setTimeout(() => finish({ kind: 'timeout', provisional }), options.timeoutMs);

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
