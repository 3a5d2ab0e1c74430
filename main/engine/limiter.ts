// Caps how many attempts are in flight at once (`--concurrency`).

export interface Limiter {
  /** Runs `task` when a slot is free; resolves to `skipped` instead if `signal` aborts first. */
  run<T>(task: () => Promise<T>, signal: AbortSignal, skipped: () => T): Promise<T>;
}

export function createLimiter(limit: number): Limiter {
  let active = 0;
  const waiting: Array<() => void> = [];
  const release = () => {
    active -= 1;
    waiting.shift()?.();
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
            const index = waiting.indexOf(wake);
            if (index >= 0) waiting.splice(index, 1);
            resolve();
          };
          waiting.push(wake);
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
