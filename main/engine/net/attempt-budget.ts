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

/** What a budget starts from: the attempt's context (ProbeContext's fields of the same names). */
export interface BudgetSource {
  readonly signal: AbortSignal;
  readonly timeoutMs: number;
  endAttempt?(): void;
}

export function startAttemptBudget({ signal, timeoutMs, endAttempt }: BudgetSource): AttemptBudget {
  const started = performance.now();
  const elapsedMs = () => Math.round(performance.now() - started);
  // The runner's attempt has a signal of its own: the budget ends it, with no controller and
  // listener more (issue 12: a 10× run makes thousands of attempts).
  if (endAttempt) {
    const timer = setTimeout(endAttempt, timeoutMs);
    return { signal, timeoutMs, elapsedMs, dispose: () => clearTimeout(timer) };
  }
  const controller = new AbortController();
  const abort = () => controller.abort(STOPPED);
  const timer = setTimeout(abort, timeoutMs);
  if (signal.aborted) abort();
  else signal.addEventListener('abort', abort, { once: true });
  return {
    signal: controller.signal,
    timeoutMs,
    elapsedMs,
    dispose: () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', abort);
    },
  };
}
