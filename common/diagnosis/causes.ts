// The closed vocabulary of causes (ARCHITECTURE.md, "Diagnosis"). The order is frozen: the
// helpdesk code carries a cause by its position, so causes are only ever appended.
export const CAUSES = [
  /** Nothing to report: every required rule is open. */
  'none',
  /** No usable connection: no interface with an address, or no route to any target. */
  'no-network',
  /** Names do not resolve while the network is up. */
  'dns',
  /** A hotel or guest Wi-Fi login page answers in place of the internet. */
  'captive-portal',
  /** The web proxy asks for a password the check cannot give. */
  'proxy-sign-in',
  /** The web proxy refuses to connect to Librestream. */
  'proxy-denied',
  /** Librestream's HTTPS is opened and re-signed on the way (row 2-1.2). */
  'ssl-inspection',
  /** A public certificate out of its dates by this computer's clock. */
  'clock',
  /** HTTPS to Librestream (Table 2-1) is blocked. */
  'web-blocked',
  /** This computer's own firewall or security software blocks Onsight. */
  'local-firewall',
  /** Direct calls (Tables 2-2, 2-3, 2-4) are blocked. */
  'direct-blocked',
  /** Other programs hold the local UDP ports 6000-6200 (Table 3-1). */
  'local-ports-taken',
  /** Rows that decide the result could not be confirmed or refuted. */
  'unverified',
  /** Ready, but part of the media range did not get through. */
  'media-partly-blocked',
  /** Ready, but some of Onsight's servers did not answer a required check. */
  'partly-blocked',
  /** Ready, but Apple or Google push (section 4) is blocked. */
  'push-blocked',
  /** Ready, but another optional rule (TCP 80 redirects, row 2-2.5) is blocked. */
  'optional-blocked',
  /**
   * An IPv6-only network (NAT64/DNS64): names resolve to IPv6 only and the guide's IPv4
   * addresses have no route (issue 12, part 8).
   */
  'ipv6-only',
] as const;
export type Cause = (typeof CAUSES)[number];
