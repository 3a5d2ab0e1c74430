// Which address of a block is live in this run: the one that answered STUN or SIP. Media
// sampling (udp-sample) goes there rather than to every address (ARCHITECTURE.md, "Ranges").

/** The kinds whose answer shows that a server lives on an address of the block. */
export const LIVE_KINDS = new Set(['stun', 'sip-options']);

/** A block's live address and the round trip of the answer that showed it. */
export interface LiveHost {
  address: string;
  rttMs: number | null;
}

export interface LiveHosts {
  /** Counts one STUN or SIP unit of `block` that will report. */
  expect(block: string): void;
  /** A unit of `block` ended; `live` is the address that answered, if any. */
  report(block: string, live: LiveHost | null): void;
  /**
   * The first address of `block` that answered, as soon as one does; null once every unit
   * of it ended without an answer, or at once when there is none to wait for.
   */
  of(block: string): Promise<LiveHost | null>;
}

export function createLiveHosts(): LiveHosts {
  const blocks = new Map<
    string,
    { pending: number; live: Promise<LiveHost | null>; settle(live: LiveHost | null): void }
  >();
  const entry = (block: string) => {
    let found = blocks.get(block);
    if (!found) {
      let settle: (live: LiveHost | null) => void = () => {};
      const live = new Promise<LiveHost | null>((resolve) => (settle = resolve));
      found = { pending: 0, live, settle };
      blocks.set(block, found);
    }
    return found;
  };
  return {
    expect: (block) => {
      entry(block).pending += 1;
    },
    report: (block, live) => {
      const found = entry(block);
      found.pending -= 1;
      // A promise settles once: the first answer stays, later reports change nothing.
      if (live !== null) found.settle(live);
      else if (found.pending === 0) found.settle(null);
    },
    of: (block) => {
      const found = blocks.get(block);
      return found ? found.live : Promise.resolve(null);
    },
  };
}

/** How long a block's connections wait for its live address (runner.ts, `leadAddressOf`). */
export const LIVE_HOLD_MS = 60;
/**
 * How long the other addresses wait for the live one to answer: several of its STUN round
 * trips (a SIP-TLS answer takes a connect, a handshake and a request), at least this much.
 */
export const LEAD_GRACE_MS = 250;
export const LEAD_GRACE_RTTS = 8;
/** The grace's ceiling, as a share of the attempt timeout (300 ms of the CLI's 3 s). */
export const LEAD_GRACE_MAX_SHARE = 0.1;

/**
 * Resolves null `ms` after `from` resolves, or at once when `signal` aborts or `end` is
 * called. The end waits one turn more (setImmediate): timers run before the loop polls, and
 * an answer that arrived in time is read first, not taken for silence by a busy loop.
 */
export function holdFor(
  ms: number,
  signal: AbortSignal,
  from: Promise<void> = Promise.resolve(),
): Promise<null> & { end(): void } {
  let end = () => {};
  const held = new Promise<null>((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    let ended = false;
    end = () => {
      if (ended) return;
      ended = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', end);
      resolve(null);
    };
    if (signal.aborted) end();
    else signal.addEventListener('abort', end, { once: true });
    void from.then(() => {
      if (!ended) timer = setTimeout(() => setImmediate(end), ms);
    });
  });
  return Object.assign(held, { end: () => end() });
}
