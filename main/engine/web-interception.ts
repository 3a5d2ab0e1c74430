// Who re-signed Librestream's HTTPS in this run, if anyone: the issuers of Table 2-1's
// intercepted handshakes. SIP over TLS through a chain of the same issuer is inspection too
// (ARCHITECTURE.md, "SIP over TLS"), even when the issuer is in no product table.

export interface InterceptionWatch {
  /** One Table 2-1 tls/https unit ended with this outcome and certificate issuer. */
  report(outcome: string, issuer: string | undefined): void;
  /**
   * True as soon as a Table 2-1 handshake is reported intercepted by `issuer`; false once
   * every one has ended without it (so one slow, blocked host does not delay the answer).
   */
  saw(issuer: string): Promise<boolean>;
}

export function watchInterception(expected: number): InterceptionWatch {
  const found = new Set<string>();
  let pending = expected;
  const waiting = new Set<{ issuer: string; settle(seen: boolean): void }>();
  const settleAll = () => {
    for (const waiter of waiting) waiter.settle(found.has(waiter.issuer));
    waiting.clear();
  };
  return {
    report(outcome, issuer) {
      pending -= 1;
      if (outcome === 'tls-intercepted' && issuer !== undefined) {
        found.add(issuer);
        for (const waiter of [...waiting])
          if (waiter.issuer === issuer) {
            waiter.settle(true);
            waiting.delete(waiter);
          }
      }
      if (pending <= 0) settleAll();
    },
    saw(issuer) {
      if (found.has(issuer)) return Promise.resolve(true);
      if (pending <= 0) return Promise.resolve(false);
      return new Promise((settle) => waiting.add({ issuer, settle }));
    },
  };
}
