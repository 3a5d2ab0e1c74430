// Thin socket adapter: one TCP connection, its outcome in the shared vocabulary.
import { Socket } from 'node:net';
import type { Outcome } from '../../../common/outcomes';
import { describeFailure, keepErrorsHandled, outcomeOfErrorCode } from './socket-errors';
import { nextStartTurn } from './turns';

export type TcpConnectResult =
  | { ok: true; socket: Socket; rttMs: number }
  | { ok: false; outcome: Outcome; errorCode?: string; message: string };

export interface TcpConnectOptions {
  /** Aborts the connection attempt (time up or run cancelled): reported as `timeout`. */
  signal: AbortSignal;
  /** Only for the words of a timeout message. */
  timeoutMs: number;
}

/** "52.142.34.50 port 5061": how every message names the far end. */
export const whereOf = (address: string, port: number) => `${address} port ${port}`;

/**
 * Connects to an address (never a name: names are resolved once per run, beforehand).
 * On success the caller owns the socket and must destroy it.
 */
export function connectTcp(
  address: string,
  port: number,
  { signal, timeoutMs }: TcpConnectOptions,
): Promise<TcpConnectResult> {
  const where = whereOf(address, port);
  const timedOut: TcpConnectResult = {
    ok: false,
    outcome: 'timeout',
    message: describeFailure('timeout', where, timeoutMs),
  };
  if (signal.aborted) return Promise.resolve(timedOut);
  const socket = keepErrorsHandled(new Socket());
  let started = 0;
  return new Promise((resolve) => {
    const finish = (result: TcpConnectResult) => {
      signal.removeEventListener('abort', onAbort);
      socket.removeListener('connect', onConnect);
      socket.removeListener('error', onError);
      if (!result.ok) socket.destroy();
      resolve(result);
    };
    const onAbort = () => finish(timedOut);
    const onConnect = () =>
      finish({ ok: true, socket, rttMs: Math.round(performance.now() - started) });
    const onError = (error: NodeJS.ErrnoException) => {
      const outcome = outcomeOfErrorCode(error.code);
      finish({
        ok: false,
        outcome,
        errorCode: error.code,
        message:
          outcome === 'error'
            ? `connecting to ${where} failed: ${error.message}`
            : describeFailure(outcome, where, timeoutMs),
      });
    };
    signal.addEventListener('abort', onAbort, { once: true });
    socket.once('connect', onConnect);
    socket.once('error', onError);
    // `rttMs` is the handshake alone, SYN to established: the clock starts as connect(2) is
    // issued (the address is already resolved), never before, so no lookup is counted; and
    // in a turn of its own with a few others (turns.ts), so that the run's other attempts are
    // not started between this SYN and the moment its answer is read.
    void nextStartTurn('normal', signal).then(() => {
      if (signal.aborted) return;
      started = performance.now();
      socket.connect({ host: address, port });
    });
  });
}
