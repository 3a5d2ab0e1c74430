// A Binding request to one address and port: socket, transaction, and the socket closed again.
import { openConnectedUdp } from './udp-adapter';
import {
  runBindingTransaction,
  type TransactionOptions,
  type TransactionResult,
} from './transaction';

export async function stunBinding(
  address: string,
  port: number,
  options: TransactionOptions,
): Promise<TransactionResult> {
  let channel;
  try {
    channel = await openConnectedUdp(address, port);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EUNKNOWN';
    return { kind: 'socket-error', code, during: 'send', transmissions: 0 };
  }
  try {
    return await runBindingTransaction(channel, options);
  } finally {
    channel.close();
  }
}
