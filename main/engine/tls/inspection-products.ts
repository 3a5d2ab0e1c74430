// Naming the SSL-inspection product from the issuer of the certificate it forged, so the
// report can say which box to configure (guide Table 2-1: "Disable SSL inspection").
// Vendors put their name in the issuing CA's organisation or common name by default; an
// admin who renamed the CA gets no product name, only the issuer itself.

const PRODUCTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/zscaler/i, 'Zscaler'],
  [/forti(net|gate)/i, 'Fortinet FortiGate'],
  [/palo alto/i, 'Palo Alto Networks'],
  [/netskope/i, 'Netskope'],
  [/cisco umbrella|opendns/i, 'Cisco Umbrella'],
  [/sophos/i, 'Sophos'],
  [/check ?point/i, 'Check Point'],
  [/forcepoint|websense/i, 'Forcepoint'],
  [/barracuda/i, 'Barracuda'],
  [/blue ?coat|proxysg/i, 'Symantec (Blue Coat) ProxySG'],
  [/mcafee|skyhigh/i, 'McAfee / Skyhigh Web Gateway'],
  [/iboss/i, 'iboss'],
  [/watchguard/i, 'WatchGuard'],
  [/sonicwall/i, 'SonicWall'],
  [/kaspersky/i, 'Kaspersky (HTTPS scanning)'],
  [/avast|avg web/i, 'Avast / AVG (HTTPS scanning)'],
  [/\beset\b/i, 'ESET (HTTPS scanning)'],
  [/bitdefender/i, 'Bitdefender (HTTPS scanning)'],
];

/** The product whose name appears in the issuer, if any. */
export function inspectionProductOf(issuer: string): string | undefined {
  return PRODUCTS.find(([pattern]) => pattern.test(issuer))?.[1];
}
