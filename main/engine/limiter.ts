// Caps how many attempts are in flight at once (`--concurrency`).

/** A task handed to the limiter. */
export interface Queued<T> {
  /** The task's result, or `skipped()`'s once it was called off while still queued. */
  readonly done: Promise<T>;
  /**
   * Drops the task if it is still queued (`done` then resolves to `skipped()`) and says
   * whether it was; a task that already has its slot is left to its caller to stop.
   */
  callOff(): boolean;
}

export interface Limiter {
  /** Runs `task` when a slot is free. */
  run<T>(task: () => Promise<T>, skipped: () => T): Queued<T>;
}

export function createLimiter(limit: number): Limiter {
  let active = 0;
  // A Set keeps arrival order and drops a called-off waiter in O(1): a 10× run queues
  // thousands of attempts and calls off most of them (an array's indexOf made that quadratic).
  // A waiter is one closure, called off by its caller, not by a listener on a signal: the
  // thousands queued outlive scavenges, and each listener and controller with them (issue 12).
  const waiting = new Set<() => void>();
  const release = () => {
    active -= 1;
    const next = waiting.values().next();
    if (!next.done) {
      waiting.delete(next.value);
      next.value();
    }
  };
  const start = <T>(task: () => Promise<T>): Promise<T> => {
    active += 1;
    return task().finally(release);
  };
  return {
    run(task, skipped) {
      if (active < limit) return { done: start(task), callOff: () => false };
      let callOff = () => false;
      const done = new Promise<ReturnType<typeof skipped>>((resolve) => {
        const wake = () => resolve(start(task));
        waiting.add(wake);
        callOff = () => {
          if (!waiting.delete(wake)) return false;
          resolve(skipped());
          return true;
        };
      });
      return { done, callOff: () => callOff() };
    },
  };
}
