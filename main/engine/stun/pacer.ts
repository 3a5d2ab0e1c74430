// Per-destination pacing for UDP sampling (ARCHITECTURE.md, "Performance budget": at most
// ~100 packets/s to any one host), shared by every probe of the process so that two rows
// sampling the same server do not add up to a burst.
import { sleep } from '../net/sleep';

const nextSlotByHost = new Map<string, number>();

/** Spacing between two datagrams to one host: 10 ms, i.e. 100 packets/s. */
export const PACKET_SPACING_MS = 10;

/**
 * Takes one destination's next send slot and returns its `performance.now()` time, or null
 * without taking it when the slot comes after `notAfter`, so the caller can call the datagram
 * "not sent" at once instead of waiting for a slot it may no longer use. Taking is not
 * waiting: a STUN transaction waits for a retransmission's slot on its own retransmit timer,
 * which its end clears (no controller or listener per request, issue 12, peak RSS); a media
 * sample waits for its ports' first slots one at a time on its own signal (udp-sample.ts).
 */
export type Pace = (notAfter?: number) => number | null;

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

/** A `Pace` for one host: takes its slots. */
export const pacerFor =
  (host: string, spacingMs = PACKET_SPACING_MS): Pace =>
  (notAfter) =>
    takeSlot(host, notAfter, spacingMs);

/** Resolves at `slot` (a `performance.now()` time), or at once when `signal` aborts. */
export const untilSlot = (slot: number, signal: AbortSignal): Promise<void> =>
  sleep(slot - performance.now(), signal);
