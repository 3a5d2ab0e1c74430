// Caps how many attempts are in flight at once (`--concurrency`).

export interface Limiter {
  /** Runs `task` when a slot is free; resolves to `skipped` instead if `signal` aborts first. */
  run<T>(task: () => Promise<T>, signal: AbortSignal, skipped: () => T): Promise<T>;
}

export function createLimiter(limit: number): Limiter {
  let active = 0;
  // A Set keeps arrival order and drops an aborted waiter in O(1): a 10× run queues
  // thousands of attempts and calls off most of them (an array's indexOf made that quadratic).
  const waiting = new Set<() => void>();
  const release = () => {
    active -= 1;
    const next = waiting.values().next();
    if (!next.done) {
      waiting.delete(next.value);
      next.value();
    }
  };
  return {
    async run(task, signal, skipped) {
      if (active >= limit) {
        await new Promise<void>((resolve) => {
          const wake = () => {
            signal.removeEventListener('abort', onAbort);
            resolve();
          };
          const onAbort = () => {
            waiting.delete(wake);
            resolve();
          };
          waiting.add(wake);
          signal.addEventListener('abort', onAbort, { once: true });
        });
        if (signal.aborted && active >= limit) return skipped();
      }
      if (signal.aborted) return skipped();
      active += 1;
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}
