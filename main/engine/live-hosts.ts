// Which address of a block is live in this run: the one that answered STUN or SIP. Media
// sampling (udp-sample) goes there rather than to every address (ARCHITECTURE.md, "Ranges").

/** The kinds whose answer shows that a server lives on an address of the block. */
export const LIVE_KINDS = new Set(['stun', 'sip-options']);

export interface LiveHosts {
  /** Counts one STUN or SIP unit of `block` that will report. */
  expect(block: string): void;
  /** A unit of `block` ended; `address` is the one that answered, if any. */
  report(block: string, address: string | null): void;
  /**
   * The first address of `block` that answered, as soon as one does; null once every unit
   * of it ended without an answer, or at once when there is none to wait for.
   */
  of(block: string): Promise<string | null>;
}

export function createLiveHosts(): LiveHosts {
  const blocks = new Map<
    string,
    { pending: number; live: Promise<string | null>; settle(address: string | null): void }
  >();
  const entry = (block: string) => {
    let found = blocks.get(block);
    if (!found) {
      let settle: (address: string | null) => void = () => {};
      const live = new Promise<string | null>((resolve) => (settle = resolve));
      found = { pending: 0, live, settle };
      blocks.set(block, found);
    }
    return found;
  };
  return {
    expect: (block) => {
      entry(block).pending += 1;
    },
    report: (block, address) => {
      const found = entry(block);
      found.pending -= 1;
      // A promise settles once: the first answer stays, later reports change nothing.
      if (address !== null) found.settle(address);
      else if (found.pending === 0) found.settle(null);
    },
    of: (block) => {
      const found = blocks.get(block);
      return found ? found.live : Promise.resolve(null);
    },
  };
}
