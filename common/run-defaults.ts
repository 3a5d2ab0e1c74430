// How every run checks unless told otherwise (ARCHITECTURE.md, "CLI contract"): the CLI's
// defaults, and what the app always uses, so both faces judge a network the same way.
export const RUN_DEFAULTS = {
  /** Per attempt. */
  timeoutMs: 3000,
  /** The whole run. */
  deadlineMs: 10_000,
  /** Probes in flight at once. */
  concurrency: 256,
} as const;
