// The `stun` probe kind (rows 2-2.1, 2-3.1..2-3.3): one Binding request (RFC 8489) to a UDP port.
// A success tells the path is open both ways and shows the address the server saw: this
// network's public address.
import { serverText } from '../../../common/text/server-text';
import type { Outcome } from '../../../common/outcomes';
import type { ProbeDetail } from '../../../common/results/schema';
import { describeFailure, outcomeOfErrorCode } from '../net/socket-errors';
import type { ProbeExecutor } from '../probe-types';
import { findAttribute, mappedAddressOf, serverAddressesOf } from '../stun/codec';
import { isUnlisted } from '../../../common/net/listed-ranges';
import type { Cidr } from '../../../common/net/ipv4';
import { stunBinding } from '../stun/binding';
import type { TransactionResult } from '../stun/transaction';
import { resolveTarget } from '../net/resolve-target';
import { STOPPED_TEXT } from '../../../common/i18n/en';

export interface ReadTransaction {
  outcome: Outcome;
  rttMs: number | null;
  detail: ProbeDetail;
}

const sent = (n: number) => (n === 1 ? '1 request sent' : `${n} requests sent`);

/** One transaction's result in the outcome vocabulary; `where` is e.g. "192.0.2.1 UDP port 3478". */
export function readTransaction(
  result: TransactionResult,
  where: string,
  budgetMs: number,
): ReadTransaction {
  switch (result.kind) {
    case 'answer': {
      const { message } = result;
      const mapped = mappedAddressOf(message);
      const software = findAttribute(message, 'software')?.value;
      const error = findAttribute(message, 'error-code');
      const { responseOrigin, otherAddress } = serverAddressesOf(message);
      const stun = {
        ...(mapped ? { mappedAddress: mapped.address, mappedPort: mapped.port } : {}),
        ...(software !== undefined ? { software: serverText(software) } : {}),
        ...(message.class === 'error' && error ? { errorCode: error.code } : {}),
        transmissions: result.transmissions,
        ...(responseOrigin
          ? { responseOrigin: { address: responseOrigin.address, port: responseOrigin.port } }
          : {}),
        ...(otherAddress
          ? { otherAddress: { address: otherAddress.address, port: otherAddress.port } }
          : {}),
      };
      // An error response still proves that STUN reaches the server and comes back.
      const text =
        message.class === 'error'
          ? `${where} answered STUN with error ${error ? `${error.code} ${serverText(error.reason)}` : '(no code)'}`
          : mapped
            ? `${where} answered STUN: this computer is seen as ${mapped.address} port ${mapped.port}`
            : `${where} answered STUN without a mapped address`;
      return { outcome: 'reply', rttMs: result.rttMs, detail: { message: text, stun } };
    }
    case 'malformed':
      return {
        outcome: 'malformed',
        rttMs: null,
        detail: {
          message: `${where} answered with something that is not STUN (${result.reason})`,
          stun: { transmissions: result.transmissions },
        },
      };
    case 'socket-error': {
      const outcome = outcomeOfErrorCode(result.code);
      const text =
        outcome === 'refused'
          ? `${where} answered "port unreachable" (ICMP): nothing listens there, or a firewall rejects it`
          : describeFailure(outcome, where, budgetMs);
      return {
        outcome,
        rttMs: null,
        detail: {
          message: text,
          errorCode: result.code,
          stun: { transmissions: result.transmissions },
        },
      };
    }
    case 'not-sent':
      return {
        outcome: 'not-sent',
        rttMs: null,
        detail: {
          message: STOPPED_TEXT.notSent(where),
          stun: { transmissions: 0 },
        },
      };
    case 'timeout':
    case 'aborted':
      return {
        outcome: 'timeout',
        rttMs: null,
        detail: {
          message: `${describeFailure('timeout', where, budgetMs)} (${sent(result.transmissions)})`,
          stun: { transmissions: result.transmissions },
        },
      };
  }
}

/**
 * A transaction's outcome and round trip alone: what `readTransaction` gives them, without
 * its words and details. A media sample keeps no more per port, and reading each of its
 * thousands of answers in full was a large part of a 10× run's garbage (issue 12, peak RSS).
 */
export function transactionOutcome(result: TransactionResult): {
  outcome: Outcome;
  rttMs: number | null;
} {
  switch (result.kind) {
    case 'answer':
      return { outcome: 'reply', rttMs: result.rttMs };
    case 'malformed':
      return { outcome: 'malformed', rttMs: null };
    case 'socket-error':
      return { outcome: outcomeOfErrorCode(result.code), rttMs: null };
    case 'not-sent':
      return { outcome: 'not-sent', rttMs: null };
    case 'timeout':
    case 'aborted':
      return { outcome: 'timeout', rttMs: null };
  }
}

export const stunProbe: ProbeExecutor = async (task, ctx) => {
  const target = await resolveTarget(task.host, ctx);
  if (!target.ok) return target.result;
  const [address] = target.addresses;
  const port = Number(task.port);
  // First among the run's starts: its answer names a block's live address, which the block's
  // media sample and its other ports wait for (runner.ts).
  const result = await stunBinding(address, port, {
    budgetMs: ctx.timeoutMs,
    signal: ctx.signal,
    lane: 'first',
  });
  const read = readTransaction(result, `${address} UDP port ${port}`, ctx.timeoutMs);
  return { address, ...read, detail: withUnlisted(read.detail, address, ctx.listed) };
};

/**
 * The rows' STUN (2-2.1, 2-3.x) judges the addresses the server reports as its own against
 * the ranges the profile lists. Only here: a media sample's answers may come from reflectors
 * a redirect hands the range to (the lab's, a relay's), which report their own addresses.
 */
function withUnlisted(
  detail: ProbeDetail,
  dialled: string,
  listed: readonly Cidr[] | undefined,
): ProbeDetail {
  const { stun } = detail;
  if (!stun || !listed) return detail;
  const reported = [stun.responseOrigin, stun.otherAddress].flatMap((a) => (a ? [a.address] : []));
  const unlisted = [...new Set(reported.filter((a) => isUnlisted(a, dialled, listed)))];
  return unlisted.length > 0 ? { ...detail, stun: { ...stun, unlisted } } : detail;
}
