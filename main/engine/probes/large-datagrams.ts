// The `large-datagrams` probe kind (X.4, issue 18): does this network carry UDP datagrams as
// large as video sends? One Binding request per size of the profile's `datagramSizes`, each
// padded to that many bytes of UDP payload (codec.ts, FILLER_ATTRIBUTE), to the fastest STUN
// server of row 2-2.1, whose small request got through in this run. Each is a whole STUN
// transaction with its retransmissions (RFC 8489 §6.2.1) within the run's timeout; any answer
// with its transaction id proves that size arrived. The answers stay small, so only the way
// out is tested: the MTU of the way back is not known.
import { isIP } from 'node:net';
import { LARGE_DATAGRAM_TEXT } from '../../../common/i18n/en';
import type { ProbeStatus } from '../../../common/outcomes';
import type { ProbeDetail } from '../../../common/results/schema';
import type { ProbeExecutor } from '../probe-types';
import { stunBinding } from '../stun/binding';
import { readTransaction } from './stun';

type SizeResult = NonNullable<ProbeDetail['largeDatagrams']>['sizes'][number];

/** Ethernet's MTU, the common one on the way (RFC 894); above it, a datagram is fragmented. */
const ETHERNET_MTU = 1500;
/** IP and UDP headers in front of the payload: 20 + 8 bytes, or 40 + 8 over IPv6. */
const headerBytes = (address: string) => (isIP(address) === 6 ? 48 : 28);

export const largeDatagramsProbe: ProbeExecutor = async (task, ctx) => {
  // The runner calls an extra check only with a server that answered its rows (probe-types.ts).
  const { address, port } = task.servers![0]!;
  const server = `${address} port ${port}`;
  const sizes = task.probe.datagramSizes ?? [];
  // All at once, each on its own socket: a size's loss never delays another's answer.
  const results = await Promise.all(
    sizes.map(async (bytes): Promise<SizeResult> => {
      const result = await stunBinding(address, port, {
        budgetMs: ctx.timeoutMs,
        signal: ctx.signal,
        padTo: bytes,
      });
      const read = readTransaction(result, `${address} UDP port ${port}`, ctx.timeoutMs);
      const stopped = result.kind === 'aborted' || result.kind === 'not-sent';
      return {
        bytes,
        fragmented: bytes + headerBytes(address) > ETHERNET_MTU,
        // A transaction cut short by a cancel proves nothing: not-sent, as the runner says.
        outcome: stopped ? 'not-sent' : read.outcome,
        rttMs: read.rttMs,
        transmissions: result.transmissions,
        answerBytes: result.kind === 'answer' ? result.bytes : null,
        ...(read.detail.errorCode !== undefined && { errorCode: read.detail.errorCode }),
      };
    }),
  );
  const { status, message } = judge(results, server);
  const first = results.find((r) => r.outcome === 'reply') ?? results[0];
  return {
    outcome: first?.outcome ?? 'not-sent',
    address,
    rttMs: first?.rttMs ?? null,
    status,
    detail: { message, largeDatagrams: { server, sizes: results } },
  };
};

/** Pass when every size was answered; a lost size warns (the small request of 2-2.1 got through). */
function judge(
  results: readonly SizeResult[],
  server: string,
): { status: ProbeStatus; message: string } {
  const bytesOf = (list: readonly SizeResult[]) => list.map((r) => r.bytes);
  const answered = results.filter((r) => r.outcome === 'reply');
  const stopped = results.filter((r) => r.outcome === 'not-sent');
  const lost = results.filter((r) => r.outcome !== 'reply' && r.outcome !== 'not-sent');
  if (lost.length === 0 && stopped.length === 0)
    return { status: 'pass', message: LARGE_DATAGRAM_TEXT.passed(bytesOf(answered), server) };
  const whole = lost.filter((r) => !r.fragmented);
  const fragmented = lost.filter((r) => r.fragmented);
  const parts = [
    ...(whole.length > 0 ? [LARGE_DATAGRAM_TEXT.lostWhole(bytesOf(whole))] : []),
    ...(fragmented.length > 0 ? [LARGE_DATAGRAM_TEXT.lostFragmented(bytesOf(fragmented))] : []),
    ...(answered.length > 0 ? [LARGE_DATAGRAM_TEXT.arrived(bytesOf(answered), server)] : []),
    ...(stopped.length > 0 ? [LARGE_DATAGRAM_TEXT.stopped(bytesOf(stopped))] : []),
  ];
  // Only a stop: what never had its time proves nothing either way.
  if (lost.length === 0) return { status: 'unverified', message: parts.join('; ') };
  return { status: 'warn', message: `${LARGE_DATAGRAM_TEXT.dropped} (${parts.join('; ')})` };
}
