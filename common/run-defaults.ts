// How every run checks unless told otherwise (ARCHITECTURE.md, "CLI contract"): the CLI's
// defaults, and what the app always uses, so both faces judge a network the same way.
export const RUN_DEFAULTS = {
  /** Per attempt. */
  timeoutMs: 3000,
  /** The whole run. */
  deadlineMs: 10_000,
  /**
   * Attempts in flight at once. Every address of a block is tried together (ARCHITECTURE.md,
   * "Ranges"), so the default profile holds about 450 attempts with every option on (six
   * /28s × 14 addresses × five TCP/UDP ports, plus single hosts): 512 lets them all go in one
   * wave. Sockets are somewhat more (each sampled media port has its own UDP socket: up to
   * ~800 at once), well inside every platform's limit: the CLI's Node raises its soft
   * RLIMIT_NOFILE to the hard limit at start-up (node.cc, PlatformInit), which lifts macOS's
   * launchd default of 256; in the app Electron's embedded Node does not, but Chromium raises it
   * to 8192 on macOS and Linux (BrowserMainLoop::EarlyInitialization, crbug.com/539567). Windows
   * sockets are handles, not C runtime descriptors (no per-process limit short of ~16M handles);
   * a run's ~450 ephemeral ports fit the default dynamic range of 16384 many times over.
   */
  concurrency: 512,
  /**
   * X.1's burst (issue 18): long enough for 150 requests at one per 20 ms, a sample whose
   * loss figure has a resolution under 1%; the app offers a 30 s "longer test".
   */
  qualitySeconds: 3,
} as const;

/** X.1's burst beyond its default (issue 18), in seconds: the CLI and the app alike. */
export const QUALITY_SECONDS = {
  /** The app's "longer test" of call quality. */
  longer: 30,
  /** A few minutes is the most a diagnostic should hold a line. */
  max: 300,
} as const;
