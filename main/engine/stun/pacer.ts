// Per-destination pacing for UDP sampling (ARCHITECTURE.md, "Performance budget": at most
// ~100 packets/s to any one host), shared by every probe of the process so that two rows
// sampling the same server do not add up to a burst.
const nextSlotByHost = new Map<string, number>();

/** Spacing between two datagrams to one host: 10 ms, i.e. 100 packets/s. */
export const PACKET_SPACING_MS = 10;

/**
 * Waits for a send slot; resolves `false` without taking one when the next free slot comes
 * after `notAfter` (a `performance.now()` time), so the caller can call the datagram "not
 * sent" at once instead of waiting for a slot it may no longer use.
 */
export type Pace = (signal: AbortSignal, notAfter?: number) => Promise<boolean>;

/**
 * A `pace` function for one host: resolves at this host's next free send slot, or at once
 * when `signal` (the caller's transaction ending) aborts, so that no timer outlives it.
 */
export function pacerFor(host: string, spacingMs = PACKET_SPACING_MS): Pace {
  return (signal, notAfter = Infinity) => {
    const now = performance.now();
    const slot = Math.max(now, nextSlotByHost.get(host) ?? 0);
    if (slot > notAfter) return Promise.resolve(false);
    nextSlotByHost.set(host, slot + spacingMs);
    if (slot <= now || signal.aborted) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve(true);
      };
      const timer = setTimeout(done, slot - now);
      signal.addEventListener('abort', done, { once: true });
    });
  };
}
