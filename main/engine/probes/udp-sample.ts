// The `udp-sample` kind (rows 2-2.4 and 2-4.1, UDP 15000-65000): STUN Binding requests to a
// sample of the media range. Outside a call no media server listens there, so silence proves
// nothing, unless the target is a known reflector (`--reflector`: answers STUN on every port).
import { addressStateOf, type Outcome, type ProbeStatus } from '../../../common/outcomes';
import { setMaxListeners } from 'node:events';
import { parsePorts } from '../../../common/net/ports';
import type { ProbeDetail } from '../../../common/results/schema';
import type { AttemptResult, ProbeExecutor } from '../probe-types';
import { stunBinding } from '../stun/binding';
import { pacerFor, takeSlot, untilSlot } from '../stun/pacer';
import type { TransactionResult } from '../stun/transaction';
import { samplePorts, spreadOrder, summariseRanges } from '../stun/port-sample';
import { transactionOutcome } from './stun';
import { resolveTarget } from '../net/resolve-target';
import { STOPPED } from '../net/stopped';
import { nextStartTurn } from '../net/turns';
import { STOPPED_TEXT } from '../../../common/i18n/en';

export const DEFAULT_SAMPLE_SIZE = 32;
/**
 * Ports per address when no address of a block is known to be live: 14 × 2 datagrams spread
 * over the range instead of 14 × 32, inside the same one-timeout budget.
 */
export const PORTS_PER_ADDRESS = 2;
/** How long before its last moment a port must be sent (see `sendBy`). */
const SEND_MARGIN_MS = 50;
/**
 * The least a sampled port waits for its answer after its own send, as a share of the attempt
 * timeout. A sample is one attempt: its ports share the attempt's end, counted from the first
 * send, so pacing (100 packets/s: 32 ports span 310 ms) does not stretch a dropped run past one
 * timeout; a port sent later still waits at least this long (STUN answers take milliseconds,
 * and RFC 8489 §6.2.1's retransmissions, from 500 ms apart, fit several times).
 */
const LEAST_PORT_SHARE = 0.8;

export const NOT_A_PROOF =
  'no server answers on these ports outside a call; this does not prove the range is blocked';

type PortResult = NonNullable<ProbeDetail['udpSample']>['ports'][number];

/** A port whose slot came after its latest send time, or whose sample was stopped first. */
const NOT_SENT: TransactionResult = { kind: 'not-sent', transmissions: 0 };

function sampleReading(
  ports: readonly PortResult[],
  reflector: boolean,
  where: string,
  ranges: { answeredRanges: string[]; silentRanges: string[] },
  spread: boolean,
): { outcome: Outcome; status: ProbeStatus; message: string } {
  const count = (outcome: Outcome) => ports.filter((p) => p.outcome === outcome).length;
  const answered = count('reply');
  // Ports the deadline kept from being sent prove nothing either way: they are counted apart.
  const total = ports.length - count('not-sent');
  if (total === 0) {
    return {
      outcome: 'not-sent',
      status: 'unverified',
      message: STOPPED_TEXT.noPortSent(where),
    };
  }
  if (answered > 0) {
    // Any STUN answer from any port proves that UDP in this range gets through both ways.
    // Spread over a block, a silent port may be an address with no server: no blocked range.
    if (reflector && !spread && answered < total) {
      return {
        outcome: 'reply',
        status: 'warn',
        message: `${ranges.silentRanges.join(', ')} silent, ${ranges.answeredRanges.join(', ')} answered (${answered} of ${total} sampled ports of ${where}; the edges lie somewhere between sampled ports): part of the media range is blocked`,
      };
    }
    return {
      outcome: 'reply',
      status: 'pass',
      message: `${answered} of ${total} sampled ports of ${where} answered STUN: UDP in this range gets through`,
    };
  }
  if (count('local-block') > 0) {
    return {
      outcome: 'local-block',
      status: 'fail',
      message: `this computer's own firewall stopped UDP to ${where} (${count('local-block')} of ${total} sampled ports)`,
    };
  }
  if (count('malformed') > 0) {
    // Something came back, so the path is open; but it was not the STUN answer we asked for.
    return {
      outcome: 'malformed',
      status: 'warn',
      message: `${where} answered on ${count('malformed')} of ${total} sampled ports with something that is not STUN: UDP gets through, but the answer could not be read`,
    };
  }
  // Spread over a block, the addresses with no server are silent whatever the firewall does:
  // the refusals are the block's own answer (as for a block's single ports, engine/block.ts).
  const refused = count('refused');
  const spreadRefused = spread && refused > 0 && refused + count('timeout') === total;
  if (refused === total || spreadRefused) {
    const which = spreadRefused
      ? `${refused} of ${total} sampled ports of ${where} (the others silent)`
      : `every sampled port of ${where}`;
    return reflector
      ? {
          outcome: 'refused',
          status: 'fail',
          message: `${which} answered "port unreachable" (ICMP), although this reflector should answer STUN on the whole range`,
        }
      : {
          outcome: 'refused',
          status: 'unverified',
          message: `${which} answered "port unreachable" (ICMP): the host is reachable, but ${NOT_A_PROOF}`,
        };
  }
  if (count('unreachable') > 0) {
    return {
      outcome: 'unreachable',
      status: 'fail',
      message: `${where} cannot be reached: no route to it from this network`,
    };
  }
  return reflector
    ? {
        outcome: 'timeout',
        status: 'fail',
        message: `no sampled port of ${where} answered, although this reflector answers STUN on the whole range: the range is blocked`,
      }
    : {
        outcome: 'timeout',
        status: 'unverified',
        message: `no sampled port of ${where} answered: ${NOT_A_PROOF}`,
      };
}

/** What became of each address of a spread sample: any answer makes it `answered`. */
function addressesOfSpread(
  hosts: readonly string[],
  ports: readonly PortResult[],
): NonNullable<ProbeDetail['addresses']> {
  return hosts.map((address) => {
    const own = ports.filter((p) => p.address === address);
    const outcome =
      own.find((p) => p.outcome === 'reply')?.outcome ??
      own.find((p) => p.outcome !== 'timeout')?.outcome ??
      'timeout';
    return { address, state: addressStateOf(outcome), outcome };
  });
}

export const udpSampleProbe: ProbeExecutor = async (task, ctx): Promise<AttemptResult> => {
  const ranges = parsePorts(String(task.port));
  if (!ranges) {
    return {
      outcome: 'error',
      address: null,
      rttMs: null,
      detail: { message: `not a port range: ${task.port}` },
    };
  }
  const spread = task.spreadOver;
  const began = performance.now();
  let hosts: readonly string[];
  let sample: number[];
  if (spread && spread.length > 0) {
    // A spread is needed only while no address of the block is known to be live: it starts
    // after the run's other starts, by when a STUN answer has usually called it off (its
    // ports are then `not-sent`, below).
    await nextStartTurn('last', ctx.signal);
    hosts = spread;
    // Laid out in order and dealt round robin, each address gets ports across the range.
    sample = samplePorts(ranges, spread.length * PORTS_PER_ADDRESS);
  } else {
    const target = await resolveTarget(task.host, ctx);
    if (!target.ok) return target.result;
    hosts = [target.addresses[0]];
    sample = samplePorts(ranges, task.probe.sampleSize ?? DEFAULT_SAMPLE_SIZE);
  }
  const addressOf = new Map(sample.map((port, i) => [port, hosts[i % hosts.length]!]));
  // Every port's transaction listens to this signal: more than Node's default of ten, by design.
  const sampling = new AbortController();
  setMaxListeners(sample.length + 1, sampling.signal);
  const stop = () => sampling.abort(STOPPED);
  if (ctx.signal.aborted) stop();
  else ctx.signal.addEventListener('abort', stop, { once: true });
  // Each port's budget starts when its request leaves (at 100 packets/s, port 1024 leaves
  // about 10 s after port 1). A request is sent only if its whole budget fits before the
  // run's deadline; the rest are `not-sent`, never counted as silence (issue 12).
  // A margin for a pacing timer that fires late and a socket that takes a moment to open: a
  // port sent at the very last moment would end a few ms before the run, racing its deadline.
  const leastMs = Math.round(ctx.timeoutMs * LEAST_PORT_SHARE);
  const sendBy =
    ctx.deadlineAt === undefined ? undefined : ctx.deadlineAt - leastMs - SEND_MARGIN_MS;
  // A spread waits for the run's other starts (above); that wait is part of its one attempt,
  // so its end counts from the attempt's start, not from its first send.
  let sampleEnd: number | undefined = spread ? began + ctx.timeoutMs : undefined;
  const budgetFrom = (sentAt: number) => {
    sampleEnd ??= sentAt + ctx.timeoutMs;
    return Math.max(leastMs, sampleEnd - sentAt);
  };
  const portResult = (port: number, address: string, result: TransactionResult): PortResult => {
    const own = { port, ...transactionOutcome(result) };
    return spread ? { ...own, address } : own;
  };
  // Slots are taken at once, in spread order so that a partial send still covers the range
  // (reported in port order). Each port's request is made only when its slot comes, one wait
  // at a time: a 10× run's samples kept 3840 ports waiting, each with a timer, a promise and a
  // listener, long enough to be promoted to the old heap (issue 12, peak RSS). A stable sort
  // keeps the slots' order where two hosts' slots fall at the same time.
  const slotted = spreadOrder(sample)
    .map((port) => {
      const address = addressOf.get(port)!;
      return { port, address, slot: takeSlot(address, sendBy) };
    })
    .sort((a, b) => (a.slot ?? Infinity) - (b.slot ?? Infinity));
  const requests: Array<Promise<PortResult>> = [];
  for (const { port, address, slot } of slotted) {
    if (slot !== null) await untilSlot(slot, sampling.signal);
    if (slot === null || sampling.signal.aborted) {
      requests.push(Promise.resolve(portResult(port, address, NOT_SENT)));
      continue;
    }
    const request = stunBinding(address, port, {
      budgetMs: budgetFrom,
      signal: sampling.signal,
      pace: pacerFor(address),
      ...(sendBy !== undefined && { sendBy }),
    });
    requests.push(request.then((result) => portResult(port, address, result)));
  }
  const sent = await Promise.all(requests);
  ctx.signal.removeEventListener('abort', stop);
  const ports = sent.sort((a, b) => a.port - b.port);
  const reflector = (task.probe.reflectors ?? []).some(
    (r) => r === task.target.target || r === task.host || hosts.includes(r),
  );
  const span = { from: ranges[0]!.from, to: ranges[ranges.length - 1]!.to };
  const summary = summariseRanges(
    span,
    ports.flatMap((p) =>
      p.outcome === 'not-sent' ? [] : [{ port: p.port, answered: p.outcome === 'reply' }],
    ),
  );
  const where = spread
    ? `the ${hosts.length} addresses of ${task.host} UDP ${String(task.port)}`
    : `${hosts[0]!} UDP ${String(task.port)}`;
  const reading = sampleReading(ports, reflector, where, summary, spread !== undefined);
  const { outcome, status } = reading;
  const notSent = ports.filter((p) => p.outcome === 'not-sent').length;
  const message =
    notSent > 0 && outcome !== 'not-sent'
      ? STOPPED_TEXT.somePortsNotSent(reading.message, notSent)
      : reading.message;
  const rtts = ports.flatMap((p) => (p.rttMs === null ? [] : [p.rttMs]));
  return {
    outcome,
    status,
    address: spread ? (ports.find((p) => p.outcome === 'reply')?.address ?? null) : hosts[0]!,
    rttMs: rtts.length > 0 ? Math.min(...rtts) : null,
    detail: {
      message,
      ...(spread ? { addresses: addressesOfSpread(hosts, ports) } : {}),
      udpSample: {
        ports,
        answered: ports.filter((p) => p.outcome === 'reply').length,
        reflector,
        ...summary,
      },
    },
  };
};
