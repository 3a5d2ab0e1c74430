// How often "Keep checking" checks again (issue 20), the app's toggle and the CLI's `watch`
// alike: every 10 s unless told, never faster than one attempt may take, for 30 minutes.
// A round re-runs only rows of the first run (rowsToCheckAgain) and rounds never overlap, so
// no interval sends more than the first run did.
export const KEEP_CHECKING_DEFAULTS = {
  everyMs: 10_000,
  forMs: 30 * 60_000,
} as const;

/** The interval asked for, slowed to the attempt timeout: a round must be able to end. */
export const roundIntervalMs = (everyMs: number, attemptTimeoutMs: number): number =>
  Math.max(everyMs, attemptTimeoutMs);

/**
 * How long to wait before the next round: `everyMs` after the previous one began, or at once
 * when that one took longer.
 */
export const nextRoundDelayMs = (previousStartMs: number, nowMs: number, everyMs: number): number =>
  Math.max(0, previousStartMs + everyMs - nowMs);
