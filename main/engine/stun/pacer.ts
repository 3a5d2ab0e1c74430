// Per-destination pacing for UDP sampling (ARCHITECTURE.md, "Performance budget": at most
// ~100 packets/s to any one host), shared by every probe of the process so that two rows
// sampling the same server do not add up to a burst.
import { sleep } from '../net/sleep';

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
 * Takes this host's next free send slot now and returns its `performance.now()` time, or
 * null without taking it when it comes after `notAfter`. A media sample takes all its ports'
 * slots at once and waits for them one by one (udp-sample.ts), so that its waiting ports
 * hold a number each, not a timer, a promise and a listener (issue 12, peak RSS).
 */
export function takeSlot(
  host: string,
  notAfter = Infinity,
  spacingMs = PACKET_SPACING_MS,
): number | null {
  const slot = Math.max(performance.now(), nextSlotByHost.get(host) ?? 0);
  if (slot > notAfter) return null;
  nextSlotByHost.set(host, slot + spacingMs);
  return slot;
}

/**
 * A `pace` function for one host: resolves at this host's next free send slot, or at once
 * when `signal` (the caller's transaction ending) aborts, so that no timer outlives it.
 */
export function pacerFor(host: string, spacingMs = PACKET_SPACING_MS): Pace {
  return (signal, notAfter = Infinity) => {
    const now = performance.now();
    const slot = takeSlot(host, notAfter, spacingMs);
    if (slot === null) return Promise.resolve(false);
    if (slot <= now || signal.aborted) return Promise.resolve(true);
    return untilSlot(slot, signal).then(() => true);
  };
}

/** Resolves at `slot` (a `performance.now()` time), or at once when `signal` aborts. */
export const untilSlot = (slot: number, signal: AbortSignal): Promise<void> =>
  sleep(slot - performance.now(), signal);
