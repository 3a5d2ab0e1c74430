// One attempt, one budget: connect, TLS handshake and HTTP exchange share `--timeout-ms`
// (ARCHITECTURE.md, "Performance budget": a run costs about one attempt timeout).
import { STOPPED } from './stopped';

export interface AttemptBudget {
  /** Aborted when the attempt's time is up or the run is cancelled. */
  readonly signal: AbortSignal;
  readonly timeoutMs: number;
  elapsedMs(): number;
  /** Clears the timer; call once the attempt is over. */
  dispose(): void;
}

export function startAttemptBudget(runSignal: AbortSignal, timeoutMs: number): AttemptBudget {
  const started = performance.now();
  const controller = new AbortController();
  const abort = () => controller.abort(STOPPED);
  const timer = setTimeout(abort, timeoutMs);
  if (runSignal.aborted) abort();
  else runSignal.addEventListener('abort', abort, { once: true });
  return {
    signal: controller.signal,
    timeoutMs,
    elapsedMs: () => Math.round(performance.now() - started),
    dispose: () => {
      clearTimeout(timer);
      runSignal.removeEventListener('abort', abort);
    },
  };
}
