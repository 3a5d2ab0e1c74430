// The first step of every probe that contacts a host: the run's shared DNS answer for it.
// Probes contact the first address, in the operating system's order (both families, RFC 6724
// sorting), as Onsight's own first connection would; they do not race the families.
import { DNS_TEXT } from '../../../common/i18n/en';
import type { Outcome } from '../../../common/outcomes';
import { isIP, type LookupFunction } from 'node:net';
import type { AttemptResult, ProbeContext, Resolution } from '../probe-types';

export type TargetAddresses =
  { ok: true; addresses: [string, ...string[]] } | { ok: false; result: AttemptResult };

/**
 * A failed look-up's outcome: the network's DNS, unless this tool's own look-up process failed
 * (ECHILD: it died or could not start), which is an internal error, never the site's DNS.
 */
export const failedLookupOutcome = (errorCode: string): Outcome =>
  errorCode === 'ECHILD' ? 'error' : 'dns-fail';

const dnsFail = (message: string, errorCode: string): TargetAddresses => ({
  ok: false,
  result: {
    outcome: failedLookupOutcome(errorCode),
    address: null,
    rttMs: null,
    detail: { message, errorCode },
  },
});

export async function resolveTarget(host: string, ctx: ProbeContext): Promise<TargetAddresses> {
  const answer = await ctx.resolve(host);
  if (!answer.ok) return dnsFail(answer.message, answer.errorCode);
  const [first, ...rest] = answer.addresses;
  if (first === undefined) return dnsFail(DNS_TEXT.noAddress(host), 'ENODATA');
  return { ok: true, addresses: [first, ...rest] };
}

/**
 * The run's resolver as net's `lookup` option, for a socket that must dial a name itself (a
 * proxy given by name): its look-up then ends with the run like every other.
 */
export function lookupThrough(resolve: (host: string) => Promise<Resolution>): LookupFunction {
  return (hostname, options, callback) => {
    void resolve(hostname).then((answer) => {
      const addresses = answer.ok ? answer.addresses : [];
      if (addresses.length === 0) {
        // ETIMEOUT (the run's own budget) reads as getaddrinfo's "try again": dns-fail.
        const code = answer.ok
          ? 'ENOTFOUND'
          : answer.errorCode === 'ETIMEOUT'
            ? 'EAI_AGAIN'
            : answer.errorCode;
        const error: NodeJS.ErrnoException = Object.assign(
          new Error(answer.ok ? DNS_TEXT.noAddress(hostname) : answer.message),
          { code },
        );
        callback(error, '', 0);
        return;
      }
      if (options.all)
        (callback as unknown as (e: null, all: { address: string; family: number }[]) => void)(
          null,
          addresses.map((address) => ({ address, family: isIP(address) })),
        );
      else callback(null, addresses[0]!, isIP(addresses[0]!));
    });
  };
}
