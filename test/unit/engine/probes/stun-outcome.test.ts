import { describe, expect, it } from 'vitest';
import { readTransaction, transactionOutcome } from '../../../../main/engine/probes/stun';
import { METHOD_BINDING } from '../../../../main/engine/stun/codec';
import type { TransactionResult } from '../../../../main/engine/stun/transaction';

// A media sample keeps only each port's outcome and round trip (transactionOutcome); they
// must be the ones the full reading gives, for every way a transaction ends.
const RESULTS: TransactionResult[] = [
  {
    kind: 'answer',
    message: {
      class: 'success',
      method: METHOD_BINDING,
      transactionId: new Uint8Array(12),
      attributes: [{ type: 'xor-mapped-address', family: 4, address: '192.0.2.7', port: 40000 }],
    },
    rttMs: 1.7,
    transmissions: 2,
    bytes: 32,
  },
  { kind: 'malformed', reason: 'no STUN magic cookie', transmissions: 1 },
  { kind: 'socket-error', code: 'ECONNREFUSED', during: 'receive', transmissions: 1 },
  { kind: 'socket-error', code: 'EPERM', during: 'send', transmissions: 1 },
  { kind: 'socket-error', code: 'ENETUNREACH', during: 'send', transmissions: 0 },
  { kind: 'timeout', transmissions: 7 },
  { kind: 'aborted', transmissions: 3 },
  { kind: 'not-sent', transmissions: 0 },
];

describe('transactionOutcome', () => {
  it.each(
    RESULTS.map((result) => [`${result.kind} ${JSON.stringify(result).slice(0, 60)}`, result]),
  )('gives the outcome and round trip readTransaction gives: %s', (_name, result) => {
    const read = readTransaction(result, '192.0.2.7 UDP port 40000', 3000);
    expect(transactionOutcome(result)).toEqual({ outcome: read.outcome, rttMs: read.rttMs });
  });

  it('tells the ends apart (the reading above is not one outcome for all)', () => {
    const outcomes = new Set(RESULTS.map((result) => transactionOutcome(result).outcome));
    expect(outcomes).toEqual(
      new Set([
        'reply',
        'malformed',
        'refused',
        'local-block',
        'unreachable',
        'timeout',
        'not-sent',
      ]),
    );
  });
});
