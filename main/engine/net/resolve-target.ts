// The first step of every probe that contacts a host: the run's shared DNS answer for it.
// Probes contact the first address, in the operating system's order (both families, RFC 6724
// sorting), as Onsight's own first connection would; they do not race the families.
import { DNS_TEXT } from '../../../common/i18n/en';
import type { AttemptResult, ProbeContext } from '../probe-types';

export type TargetAddresses =
  { ok: true; addresses: [string, ...string[]] } | { ok: false; result: AttemptResult };

const dnsFail = (message: string, errorCode: string): TargetAddresses => ({
  ok: false,
  result: { outcome: 'dns-fail', address: null, rttMs: null, detail: { message, errorCode } },
});

export async function resolveTarget(host: string, ctx: ProbeContext): Promise<TargetAddresses> {
  const answer = await ctx.resolve(host);
  if (!answer.ok) return dnsFail(answer.message, answer.errorCode);
  const [first, ...rest] = answer.addresses;
  if (first === undefined) return dnsFail(DNS_TEXT.noAddress(host), 'ENODATA');
  return { ok: true, addresses: [first, ...rest] };
}
