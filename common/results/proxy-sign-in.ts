// Which proxy asked the check for a password (issue 17, the sign-in dialog): read from the
// result the diagnosis decided on, so the window asks only when the diagnosis says the proxy's
// password is what stopped the check, and names the proxy and the sign-in methods it offered.
import type { ResultDocument } from './schema';

export interface ProxySignInRequest {
  /** The proxy as the result names it ("PROXY 198.18.0.33:3128"): the sign-in is for it alone. */
  proxy: string;
  /** Its address for a person ("198.18.0.33:3128"). */
  address: string;
  /** The schemes of its Proxy-Authenticate challenges (RFC 9110 §11.7.1), as it offered them. */
  schemes: string[];
}

export function proxySignInRequest(
  result: Pick<ResultDocument, 'diagnosis' | 'rows'>,
): ProxySignInRequest | null {
  if (result.diagnosis.cause !== 'proxy-sign-in') return null;
  const deciding = new Set(result.diagnosis.rows);
  const asked = result.rows
    .filter((row) => deciding.has(row.id))
    .flatMap((row) => row.probes)
    .filter((probe) => probe.outcome === 'proxy-auth' && probe.status === 'unverified')
    .flatMap((probe) => (probe.detail.proxy ? [probe.detail.proxy] : []));
  const first = asked[0];
  if (!first) return null;
  // One dialog, for one proxy: a PAC file that sends names to several asks for each in turn.
  const same = asked.filter((proxy) => proxy.via === first.via);
  return {
    proxy: first.via,
    address: addressOf(first.via),
    schemes: [...new Set(same.flatMap((proxy) => proxy.authSchemes ?? []))],
  };
}

/** "PROXY 198.18.0.33:3128" → "198.18.0.33:3128" (common/proxy.ts, formatProxyEntry). */
function addressOf(via: string): string {
  const space = via.indexOf(' ');
  return space < 0 ? via : via.slice(space + 1);
}
