// A wait that a stop ends at once: the STUN pacer's slots and `watch`'s pause between rounds.
// It leaves no timer and no listener behind either way.

/** Resolves after `ms`, or at once when `signal` aborts (or `ms` is not positive). */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0 || signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
