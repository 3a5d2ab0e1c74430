// The `tcp` probe kind: does a TCP connection open? (Tables 2-2, 2-3 and section 4.)
import { cidrContains, parseCidr, parseIpv4 } from '../../../common/net/ipv4';
import { isIpv6, nat64Embedded } from '../../../common/net/ipv6';
import type { ProbeDetail } from '../../../common/results/schema';
import { startAttemptBudget } from '../net/attempt-budget';
import { resolveTarget } from '../net/resolve-target';
import { connectTcp, whereOf } from '../net/tcp-connect';
import type { AttemptResult, ProbeExecutor } from '../probe-types';

/**
 * Whether every IPv4 address lies inside the block (guide section 4: Apple's hosts live in
 * 17.0.0.0/8), a NAT64 address judged by the IPv4 address it carries. The guide names no IPv6
 * block, so other IPv6 answers are not judged; with nothing to judge, undefined.
 */
export function allInside(block: string, addresses: readonly string[]): boolean | undefined {
  const cidr = parseCidr(block);
  if (!cidr) return false;
  const judged = addresses.flatMap((address) => {
    if (!isIpv6(address)) return [parseIpv4(address)];
    const embedded = nat64Embedded(address);
    return embedded === null ? [] : [embedded];
  });
  if (judged.length === 0) return undefined;
  return judged.every((value) => value !== null && cidrContains(cidr, value));
}

export const tcpProbe: ProbeExecutor = async (task, ctx) => {
  const port = Number(task.port);
  // One budget for the whole attempt, the name's look-up included: a run costs one timeout.
  const budget = startAttemptBudget(ctx);
  try {
    const target = await resolveTarget(task.host, ctx);
    if (!target.ok) return target.result;
    const { addresses } = target;
    const address = addresses[0];
    const block = task.probe.expectInside;
    const inside = block === undefined ? undefined : allInside(block, addresses);
    const detail: ProbeDetail = {};
    if (addresses.length > 1 || address !== task.host) detail.resolvedAddresses = addresses;
    if (inside !== undefined) detail.insideExpectedBlock = inside;
    // DNS interception (a resolver that answers for the vendor's names itself) shows as an
    // address outside the vendor's own block.
    const outsideWords =
      inside === false
        ? `; but ${task.host} resolves to ${addresses.join(', ')}, outside ${block}: likely DNS interception`
        : '';

    const connected = await connectTcp(address, port, budget);
    if (!connected.ok) {
      return {
        outcome: connected.outcome,
        address,
        rttMs: null,
        detail: {
          ...detail,
          message: connected.message + outsideWords,
          errorCode: connected.errorCode,
        },
      };
    }
    connected.socket.destroy();
    const result: AttemptResult = {
      outcome: 'reply',
      address,
      rttMs: connected.rttMs,
      detail: {
        ...detail,
        message: `answered in ${connected.rttMs} ms by ${whereOf(address, port)}${outsideWords}`,
      },
    };
    if (inside === false) result.status = 'warn';
    return result;
  } finally {
    budget.dispose();
  }
};
