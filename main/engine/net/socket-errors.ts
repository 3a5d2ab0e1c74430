// System socket errors → the outcome vocabulary, shared by every TCP and UDP adapter.
import type { Outcome } from '../../../common/outcomes';

const OUTCOME_OF_CODE: Record<string, Outcome> = {
  ECONNREFUSED: 'refused',
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  ETIMEDOUT: 'timeout',
  // A firewall on this computer refuses the send before a packet leaves (Linux netfilter
  // OUTPUT drop/reject, macOS pf, Windows Filtering Platform).
  EPERM: 'local-block',
  EACCES: 'local-block',
  EHOSTUNREACH: 'unreachable',
  ENETUNREACH: 'unreachable',
  EHOSTDOWN: 'unreachable',
  ENETDOWN: 'unreachable',
  EADDRNOTAVAIL: 'unreachable',
  ENOTFOUND: 'dns-fail',
  EAI_AGAIN: 'dns-fail',
  EAI_NONAME: 'dns-fail',
};

export function outcomeOfErrorCode(code: string | undefined): Outcome {
  return (code && OUTCOME_OF_CODE[code]) || 'error';
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/** Plain words for the person reading the row; `where` is e.g. "52.142.34.50 port 5061". */
export function describeFailure(outcome: Outcome, where: string, timeoutMs: number): string {
  switch (outcome) {
    case 'refused':
      return `${where} refused the connection: nothing listens there, or a firewall rejects it`;
    case 'timeout':
      return `no answer from ${where} after ${seconds(timeoutMs)}: likely blocked by a firewall`;
    case 'reset':
      return `${where} cut the connection (reset): typical of an intrusion-prevention system or a filtering proxy`;
    case 'local-block':
      return `this computer's own firewall stopped the packet to ${where}`;
    case 'unreachable':
      // ENETUNREACH is a missing route here; EHOSTUNREACH is often a router or firewall's ICMP
      // "unreachable" or "administratively prohibited" (RFC 1812 §5.2.7.1).
      return `${where} cannot be reached: no route to it from this network, or a router or firewall on the way answered "unreachable"`;
    default:
      return `${outcome} from ${where}`;
  }
}
