// The `sip-options` probe kind (rows 2-2.2, 2-2.3, 2-3.4, 2-3.5): an OPTIONS request over
// TCP (5060) or TLS 1.2+ (5061). Any SIP status line proves the path is open, since a firewall
// or a SIP-unaware middlebox cannot make one up; the status only says what the server thinks of us.
import { randomBytes } from 'node:crypto';
import type { Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import type { ProbeDetail } from '../../../common/results/schema';
import { serverText } from '../../../common/text/server-text';
import { startAttemptBudget } from '../net/attempt-budget';
import { resolveTarget } from '../net/resolve-target';
import { describeFailure, outcomeOfErrorCode } from '../net/socket-errors';
import { connectTcp, whereOf } from '../net/tcp-connect';
import type { AttemptResult, ProbeContext, ProbeExecutor } from '../probe-types';
import { buildOptionsRequest, transactionIdsOf } from '../sip/message-builder';
import { firstHeader, headerValues, type SipResponse } from '../sip/response-parser';
import { runTransaction, type TransactionResult } from '../sip/transaction';
import { parseVia, readNat } from '../sip/via';
import { judgeSipCertificate } from '../tls/assess';
import { tlsHandshake, type TlsAnalysis } from '../tls/handshake';
import { secureContextFor } from '../tls/secure-contexts';
import { versionWords } from '../tls/handshake-errors';
import { tlsTargetOf } from './tls';
import { seconds } from '../../../common/i18n/en';

const USER_AGENT = 'onsight-netcheck';
const token = (bytes: number) => randomBytes(bytes).toString('hex');

export const sipOptionsProbe: ProbeExecutor = async (task, ctx) => {
  // Built before any connection starts (secure-contexts.ts): never inside a round trip.
  if (task.probe.secure === true)
    secureContextFor(ctx.extraCa, tlsTargetOf(task).minVersion ?? 'TLSv1.2');
  const budget = startAttemptBudget(ctx);
  const sockets: Array<Socket | TLSSocket> = [];
  try {
    const port = Number(task.port);
    const resolved = await resolveTarget(task.host, ctx);
    if (!resolved.ok) return resolved.result;
    const address = resolved.addresses[0];
    const where = whereOf(address, port);
    const failed = (
      outcome: AttemptResult['outcome'],
      message: string,
      errorCode?: string,
    ): AttemptResult => ({
      outcome,
      address,
      rttMs: null,
      detail: errorCode === undefined ? { message } : { message, errorCode },
    });

    const connected = await connectTcp(address, port, budget);
    if (!connected.ok) return failed(connected.outcome, connected.message, connected.errorCode);
    const tcp = connected.socket;
    sockets.push(tcp);
    const local = { address: tcp.localAddress ?? '', port: tcp.localPort ?? 0 };

    let stream: Socket | TLSSocket = tcp;
    let tls: TlsAnalysis | undefined;
    const secure = task.probe.secure === true;
    if (secure) {
      // SNI as the tls probe sends it: the profile's name, else the host when it is a name.
      const target = tlsTargetOf(task);
      const secured = await tlsHandshake(tcp, {
        ...target,
        minVersion: target.minVersion ?? 'TLSv1.2',
        extraCa: ctx.extraCa,
        signal: budget.signal,
        timeoutMs: budget.timeoutMs,
        where,
      });
      if (!secured.ok) return failed(secured.outcome, secured.message, secured.errorCode);
      stream = secured.socket;
      sockets.push(stream);
      tls = secured.analysis;
    }

    const params = {
      transport: secure ? ('TLS' as const) : ('TCP' as const),
      targetHost: task.host,
      targetPort: port,
      localAddress: local.address,
      localPort: local.port,
      branchId: token(8),
      fromTag: token(4),
      callId: token(8),
      cseq: 1,
      userAgent: USER_AGENT,
    };
    const answer = await runTransaction(stream, buildOptionsRequest(params), {
      ours: transactionIdsOf(params),
      timeoutMs: Math.max(0, budget.timeoutMs - budget.elapsedMs()),
      signal: budget.signal,
    });
    const result = resultOf(answer, { where, timeoutMs: budget.timeoutMs, local, tls });
    if (!tls) return { ...result, address };
    result.detail.tls = tlsDetailOf(tls);
    return { ...(await judged(result, tls, ctx, budget.signal)), address };
  } finally {
    for (const socket of sockets) socket.destroy();
    budget.dispose();
  }
};

interface Circumstances {
  where: string;
  timeoutMs: number;
  local: { address: string; port: number };
  tls: TlsAnalysis | undefined;
}

function resultOf(answer: TransactionResult, at: Circumstances): Omit<AttemptResult, 'address'> {
  const over = at.tls ? ` over ${versionWords(at.tls.version)}` : '';
  if ('discarded' in answer && answer.kind !== 'final' && answer.provisional.length === 0) {
    const [first] = answer.discarded;
    // Only answers to other transactions came: a status line that is not ours proves nothing
    // about the path (a canned "200 OK" passes no firewall test).
    if (first) {
      return {
        outcome: 'malformed',
        rttMs: null,
        detail: {
          message: `${at.where} answered${over}, but not to our request: ${answer.discarded.length === 1 ? 'a SIP response' : `${answer.discarded.length} SIP responses`} (the first "${first.status}") with another transaction's Via branch, Call-ID or CSeq, and none of ours within ${seconds(at.timeoutMs)}: a device in the path answers SIP by itself, or the server is broken`,
        },
      };
    }
  }
  switch (answer.kind) {
    case 'final':
      return replyOf(answer.response, answer.rttMs, at);
    case 'malformed':
      return {
        outcome: 'malformed',
        rttMs: answer.rttMs,
        detail: {
          message: `${at.where} answered${over}, but not with SIP (${answer.error.message}): another service listens there, or a device in the path rewrites the traffic`,
        },
      };
    case 'timeout':
    case 'aborted': {
      const provisional = answer.provisional.length > 0;
      return {
        outcome: 'timeout',
        rttMs: null,
        detail: {
          message: provisional
            ? `${at.where} answered${over} with a provisional SIP response but no final one within ${seconds(at.timeoutMs)}`
            : `${at.where} accepted the connection${over} but sent no SIP answer within ${seconds(at.timeoutMs)}: a firewall or SIP gateway in the path may swallow SIP, or the server ignores OPTIONS`,
        },
      };
    }
    case 'closed':
      return answer.partial
        ? {
            outcome: 'malformed',
            rttMs: null,
            detail: {
              message: `${at.where} closed the connection${over} in the middle of a SIP response`,
            },
          }
        : {
            outcome: 'reset',
            rttMs: null,
            detail: {
              message: `${at.where} accepted the connection${over} and then closed it without a SIP answer: typical of a firewall or intrusion-prevention system that filters SIP`,
            },
          };
    case 'socket-error': {
      const outcome = outcomeOfErrorCode(answer.code);
      const message =
        outcome === 'error'
          ? `the connection to ${at.where} failed: ${answer.message}`
          : describeFailure(outcome, at.where, at.timeoutMs, answer.code);
      return {
        outcome,
        rttMs: null,
        detail: answer.code ? { message, errorCode: answer.code } : { message },
      };
    }
  }
}

/** What each status class says beyond "the path is open" (RFC 3261 §21). */
function meaningOf(status: number): string {
  if (status < 300) return '';
  if (status < 400) return ': the path is open, the server redirects us elsewhere';
  if (status < 500) return ': the path is open, the server just does not know us';
  if (status < 600) return ': the path is open, the server reports a problem of its own';
  return ': the path is open, the server declines every request from us';
}

function replyOf(
  response: SipResponse,
  rttMs: number,
  at: Circumstances,
): Omit<AttemptResult, 'address'> {
  const topVia = headerValues(response, 'via')[0];
  const nat = readNat(
    topVia === undefined ? null : parseVia(topVia),
    at.local.address,
    at.local.port,
  );
  const software = firstHeader(response, 'server') ?? firstHeader(response, 'user-agent');
  const server = software === undefined ? undefined : serverText(software);
  const status = `${response.status}${response.reason ? ` ${response.reason}` : ''}`;
  const over = at.tls ? ` over ${versionWords(at.tls.version)}` : '';
  const natWords = nat.natDetected
    ? ` It saw us as ${nat.viaReceived ?? at.local.address}:${nat.viaRport ?? at.local.port}: a NAT is in the path.`
    : '';
  return {
    outcome: 'reply',
    rttMs,
    detail: {
      message: `SIP server answered ${status}${over} in ${rttMs} ms${meaningOf(response.status)}.${natWords}`,
      sip: {
        status: response.status,
        reason: response.reason,
        ...(server === undefined ? {} : { server }),
        ...nat,
      },
    },
  };
}

/**
 * The certificate judged (judgeSipCertificate): inspection fails whatever SIP said; any other
 * doubt warns a reply, unless the same issuer re-signed Librestream's HTTPS in this run (known
 * once Table 2-1's handshakes end, waited for within this attempt's own time).
 */
async function judged(
  result: Omit<AttemptResult, 'address'>,
  tls: TlsAnalysis,
  ctx: ProbeContext,
  signal: AbortSignal,
): Promise<Omit<AttemptResult, 'address'>> {
  let verdict = judgeSipCertificate(tls);
  if (verdict.kind === 'validates') return result;
  const issuer = tls.chain[0]?.issuer;
  if (verdict.kind === 'unvalidated' && ctx.sawInterception && issuer !== undefined) {
    const seen = await untilAborted(ctx.sawInterception(issuer), signal, false);
    if (seen)
      verdict = {
        kind: 'inspection',
        product: undefined,
        words: `the certificate comes from "${issuer}", the issuer that re-signed Librestream's HTTPS in this run: SSL inspection opens this connection too, and Onsight's SIP over TLS fails through it`,
      };
  }
  const said = result.detail.message ?? result.outcome;
  const message = `${said}${said.endsWith('.') ? '' : '.'} But ${verdict.words}.`;
  if (verdict.kind === 'inspection') {
    const { product } = verdict;
    return {
      ...result,
      outcome: 'tls-intercepted',
      detail: {
        ...result.detail,
        message,
        tls: { ...result.detail.tls, ...(product !== undefined && { inspectionProduct: product }) },
      },
    };
  }
  if (result.outcome !== 'reply') return result;
  return {
    ...result,
    status: 'warn',
    detail: { ...result.detail, message },
  };
}

/** `promise`'s value, or `fallback` once `signal` aborts first. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal, fallback: T): Promise<T> {
  if (signal.aborted) return Promise.resolve(fallback);
  return new Promise((resolve) => {
    const onAbort = () => resolve(fallback);
    signal.addEventListener('abort', onAbort, { once: true });
    void promise.then((value) => {
      signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
  });
}

/** The handshake as recorded for SIP: the facts (judged() adds what they mean). */
function tlsDetailOf(analysis: TlsAnalysis): NonNullable<ProbeDetail['tls']> {
  const leaf = analysis.chain[0];
  return {
    version: analysis.version,
    cipher: analysis.cipher,
    ...(analysis.sni === undefined ? {} : { sni: analysis.sni }),
    publiclyTrusted: analysis.chainValid,
    ...(analysis.authorizationError === undefined
      ? {}
      : { authorizationError: analysis.authorizationError }),
    ...(leaf
      ? {
          issuer: leaf.issuer,
          fingerprint256: leaf.fingerprint256,
          ...(leaf.issuerOrganization === undefined
            ? {}
            : { issuerOrganization: leaf.issuerOrganization }),
        }
      : {}),
    chain: analysis.chain,
  };
}
