// Per-destination pacing for UDP sampling (ARCHITECTURE.md, "Performance budget": at most
// ~100 packets/s to any one host), shared by every probe of the process so that two rows
// sampling the same server do not add up to a burst.
const nextSlotByHost = new Map<string, number>();

/** Spacing between two datagrams to one host: 10 ms, i.e. 100 packets/s. */
export const PACKET_SPACING_MS = 10;

export type Pace = (signal: AbortSignal) => Promise<void>;

/**
 * A `pace` function for one host: resolves at this host's next free send slot, or at once
 * when `signal` (the caller's transaction ending) aborts, so that no timer outlives it.
 */
export function pacerFor(host: string, spacingMs = PACKET_SPACING_MS): Pace {
  return (signal) => {
    const now = performance.now();
    const slot = Math.max(now, nextSlotByHost.get(host) ?? 0);
    nextSlotByHost.set(host, slot + spacingMs);
    if (slot <= now || signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, slot - now);
      signal.addEventListener('abort', done, { once: true });
    });
  };
}
