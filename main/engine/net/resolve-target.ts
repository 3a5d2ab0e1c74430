// The first step of every TCP-based probe: the run's shared DNS answer for the host.
import type { AttemptResult, ProbeContext } from '../probe-types';

export type TargetAddresses =
  { ok: true; addresses: [string, ...string[]] } | { ok: false; result: AttemptResult };

export async function resolveTarget(host: string, ctx: ProbeContext): Promise<TargetAddresses> {
  const answer = await ctx.resolve(host);
  if (!answer.ok) {
    return {
      ok: false,
      result: {
        outcome: 'dns-fail',
        address: null,
        rttMs: null,
        detail: { message: answer.message, errorCode: answer.errorCode },
      },
    };
  }
  const [first, ...rest] = answer.addresses;
  if (first === undefined) {
    return {
      ok: false,
      result: {
        outcome: 'dns-fail',
        address: null,
        rttMs: null,
        detail: { message: `${host} resolves to no IPv4 address`, errorCode: 'ENODATA' },
      },
    };
  }
  return { ok: true, addresses: [first, ...rest] };
}
