// Who re-signed Librestream's HTTPS in this run, if anyone: the issuers of Table 2-1's
// intercepted handshakes. SIP over TLS through a chain of the same issuer is inspection too
// (ARCHITECTURE.md, "SIP over TLS"), even when the issuer is in no product table.

export interface InterceptionWatch {
  /** One Table 2-1 tls/https unit ended with this outcome and certificate issuer. */
  report(outcome: string, issuer: string | undefined): void;
  /** The issuers that intercepted, once every Table 2-1 tls/https unit has ended. */
  readonly issuers: Promise<readonly string[]>;
}

export function watchInterception(expected: number): InterceptionWatch {
  const found = new Set<string>();
  let pending = expected;
  let settle: (issuers: readonly string[]) => void = () => {};
  const issuers = new Promise<readonly string[]>((resolve) => (settle = resolve));
  if (pending === 0) settle([]);
  return {
    report(outcome, issuer) {
      if (outcome === 'tls-intercepted' && issuer !== undefined) found.add(issuer);
      pending -= 1;
      if (pending === 0) settle([...found]);
    },
    issuers,
  };
}
