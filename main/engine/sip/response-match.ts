// Is this response an answer to our request? (RFC 3261 §17.1.3, §8.1.3.3.) Pure and total.
// A stream may carry a response to some other transaction, or a canned status line a device
// sends to anyone; only the identifiers we chose, copied back (§8.2.6.2), make it ours.
import type { TransactionIds } from './message-builder';
import { firstHeader, headerValues, type SipResponse } from './response-parser';
import { parseVia } from './via';

const CSEQ = /^([0-9]{1,10})\s+(\S+)$/;

export function answersRequest(response: SipResponse, ours: TransactionIds): boolean {
  const vias = headerValues(response, 'via');
  // §8.1.3.3: a response with more than one Via value was meant for a proxy, not for us.
  if (vias.length !== 1) return false;
  // §17.1.3: the top Via's branch matches the request's (compared as sent: we chose it).
  if (parseVia(vias[0]!)?.params['branch'] !== ours.branch) return false;
  // §17.1.3: CSeq's method matches the request's (methods are case-sensitive, §7.1), and
  // its number too (§8.1.3.3's CSeq, the one a UAS copies, §8.2.6.2).
  const cseq = CSEQ.exec(firstHeader(response, 'cseq') ?? '');
  if (!cseq || Number(cseq[1]) !== ours.cseq || cseq[2] !== ours.method) return false;
  // §8.1.1.4: Call-IDs are compared byte by byte.
  return firstHeader(response, 'call-id') === ours.callId;
}
