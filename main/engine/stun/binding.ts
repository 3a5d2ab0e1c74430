// A Binding request to one address and port: socket, transaction, and the socket closed again.
import { nextStartTurn, type StartLane } from '../net/turns';
import { openConnectedUdp } from './udp-adapter';
import {
  runBindingTransaction,
  type TransactionOptions,
  type TransactionResult,
} from './transaction';

export async function stunBinding(
  address: string,
  port: number,
  options: Omit<TransactionOptions, 'firstSlotTaken'> & { lane?: StartLane },
): Promise<TransactionResult> {
  const { pace, sendBy, signal, lane } = options;
  // A paced request comes at its first slot, which its caller took and waited for before
  // this holds a socket (udp-sample.ts takes a sample's slots at once): a sample of 1024
  // ports must not keep 1024 sockets open while most of them wait their turn.
  // The first datagram waits for a turn of its own (net/turns.ts), so that the run's other
  // starts never sit between its send and the reading of its answer; a paced one in a lane
  // with room of its own (PACED_PER_TURN): every host's slots fall on the same 10 ms grid, so
  // one timer phase would otherwise open and send a socket for every sampled host at once
  // (a 10× run's media samples: 100-170 ms without a turn of the event loop, issue 12).
  await nextStartTurn(pace ? 'paced' : lane, signal);
  if (signal.aborted) return { kind: 'not-sent', transmissions: 0 };
  // The slot was granted by `sendBy`; a turn that came later would send a request whose
  // budget no longer fits before the run's end (the transaction checks only unpaced ones).
  if (pace && sendBy !== undefined && performance.now() > sendBy)
    return { kind: 'not-sent', transmissions: 0 };
  let channel;
  try {
    channel = await openConnectedUdp(address, port);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EUNKNOWN';
    return { kind: 'socket-error', code, during: 'send', transmissions: 0 };
  }
  try {
    return await runBindingTransaction(channel, { ...options, firstSlotTaken: pace !== undefined });
  } finally {
    channel.close();
  }
}
