// Did something in the path rewrite SIP on TCP 5060? (X.3, issue 18.) Pure and total: the
// headers we sent and what came back over TCP 5060 and over TLS 5061 in, a finding out.
//
// Both requests carry this computer's own (private) address as the Via's sent-by and no
// `rport`. RFC 3261 §18.2.1: a server adds `received` with the packet's source address when
// it differs from sent-by, so behind a NAT both answers should carry it. A SIP ALG rewrites
// sent-by to the public address on the way out (nothing differs then, no `received`) and may
// restore it on the answer: Linux's SIP helper, tried against kamailio, leaves no other sign.
// No ALG can read inside TLS, so the TLS answer shows what an untouched request gets.
import { SIP_ALG_TEXT } from '../../../common/i18n/en';
import type { CopiedHeaders } from './message-builder';
import { firstHeader, headerValues, type SipResponse } from './response-parser';
import { parseVia } from './via';

export type AlgFinding = 'none' | 'alg' | 'could-not-tell';

/** One of the two requests: what we sent, and its final answer or why there was none. */
export interface AlgLeg {
  sent: CopiedHeaders;
  answer: { kind: 'response'; response: SipResponse } | { kind: 'none'; why: string };
}

export interface LegReading {
  status: number | null;
  /** The `received` the server put in our Via. */
  received: string | null;
  /** An `rport` value in our Via (we asked for none). */
  rport: number | null;
  /** From, To (but for the server's tag), Call-ID and CSeq came back byte-identical. */
  headersIntact: boolean | null;
}

export interface AlgComparison {
  finding: AlgFinding;
  evidence: string[];
  plain: LegReading;
  control: LegReading;
}

interface Read extends LegReading {
  /** Headers that came back other than sent ("From", "Via sent-by", ...). */
  changed: string[];
}

export function compareAlg(plain: AlgLeg, control: AlgLeg): AlgComparison {
  const p = readLeg(plain);
  const c = readLeg(control);
  const done = (finding: AlgFinding, evidence: string[]): AlgComparison => ({
    finding,
    evidence,
    plain: legOf(p),
    control: legOf(c),
  });
  const T = SIP_ALG_TEXT;
  if (plain.answer.kind === 'none' || control.answer.kind === 'none') {
    const evidence = [plain, control].flatMap((leg, i) =>
      leg.answer.kind === 'none' ? [T.noAnswer(i === 0 ? 'plain' : 'control', leg.answer.why)] : [],
    );
    return done('could-not-tell', evidence);
  }
  // The server itself changes what it should copy: nothing can be read from a difference.
  if (c.changed.length > 0) return done('could-not-tell', [T.controlChanged(c.changed)]);
  if (p.changed.length > 0) return done('alg', [T.plainChanged(p.changed)]);
  if (p.rport !== null && c.rport === null) return done('alg', [T.rportAdded(p.rport)]);
  if (c.received === null) return done('could-not-tell', [T.controlWithoutReceived]);
  if (p.received === null) return done('alg', [T.receivedMissing(c.received)]);
  return done('none', [T.bothReceived(p.received, c.received)]);
}

function legOf(read: Read): LegReading {
  const { status, received, rport, headersIntact } = read;
  return { status, received, rport, headersIntact };
}

function readLeg(leg: AlgLeg): Read {
  if (leg.answer.kind === 'none')
    return {
      status: null,
      received: null,
      rport: null,
      headersIntact: null,
      changed: [],
    };
  const { response } = leg.answer;
  const { sent } = leg;
  const topVia = headerValues(response, 'via')[0];
  const via = topVia === undefined ? null : parseVia(topVia);
  const rportText = via?.params['rport'];
  const changed: string[] = [];
  if (firstHeader(response, 'from') !== sent.from) changed.push('From');
  if (!sameTo(firstHeader(response, 'to'), sent.to)) changed.push('To');
  if (firstHeader(response, 'call-id') !== sent.callId) changed.push('Call-ID');
  if (firstHeader(response, 'cseq') !== sent.cseq) changed.push('CSeq');
  const headersIntact = changed.length === 0;
  // The Via comes back as sent, but for the `received` and `rport` the server may add.
  if (topVia === undefined || withoutServerParams(topVia) !== sent.via) changed.push('Via');
  return {
    status: response.status,
    received: via?.params['received'] || null,
    rport: rportText && /^[0-9]{1,5}$/.test(rportText) ? Number(rportText) : null,
    headersIntact,
    changed,
  };
}

/** RFC 3261 §8.2.6.2: the server's To is ours with its own tag added, when ours had none. */
function sameTo(received: string | undefined, sent: string): boolean {
  if (received === undefined) return false;
  if (received === sent) return true;
  return received.startsWith(`${sent};`) && /^;\s*tag=[^;\s]+$/i.test(received.slice(sent.length));
}

/** The Via value without the `received` and `rport` parameters (RFC 3261 §18.2.1, RFC 3581). */
function withoutServerParams(via: string): string {
  return via.replace(/\s*;\s*(received|rport)(\s*=\s*[^;]*)?/gi, '').trim();
}
