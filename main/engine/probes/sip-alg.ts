// The `sip-alg` probe kind (X.3, issue 18): one OPTIONS on TCP 5060 with this computer's own
// address as the Via's sent-by and no `rport`, the same request over TLS 5061 as the control
// (no ALG reads inside TLS), both to one server that answered rows 2-2.2 and 2-2.3 in this
// run; sip/alg-comparison.ts reads the two answers.
import { randomBytes } from 'node:crypto';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { EXTRA_TEXT, SIP_ALG_TEXT } from '../../../common/i18n/en';
import { startAttemptBudget, type AttemptBudget } from '../net/attempt-budget';
import { connectTcp } from '../net/tcp-connect';
import type { AttemptResult, ProbeContext, ProbeExecutor, ServerEndpoint } from '../probe-types';
import { compareAlg, type AlgLeg } from '../sip/alg-comparison';
import {
  buildOptionsRequest,
  copiedHeadersOf,
  transactionIdsOf,
  type OptionsRequestParams,
} from '../sip/message-builder';
import { headerValues, type SipResponse } from '../sip/response-parser';
import { runTransaction, type TransactionResult } from '../sip/transaction';
import { parseVia } from '../sip/via';
import { openSecured } from './secure-open';

const USER_AGENT = 'onsight-netcheck';
const token = (bytes: number) => randomBytes(bytes).toString('hex');

export const sipAlgProbe: ProbeExecutor = async (task, ctx) => {
  const servers = task.servers ?? [];
  const secure = servers.filter((s) => s.probe.secure === true);
  const plain = servers.find(
    (s) => s.probe.secure !== true && secure.some((t) => t.address === s.address),
  );
  const control = plain && secure.find((t) => t.address === plain.address);
  if (!plain || !control) {
    const [plainRow, secureRow] = task.probe.serversOf ?? [];
    return {
      outcome: 'not-sent',
      address: null,
      rttMs: null,
      status: 'unverified',
      detail: { message: SIP_ALG_TEXT.noCommonServer(plainRow ?? '', secureRow ?? '') },
    };
  }
  const [plainLeg, controlLeg] = await Promise.all([
    plainOptions(plain, ctx),
    controlOptions(control, ctx),
  ]);
  const comparison = compareAlg(plainLeg.leg, controlLeg.leg);
  // Stopped (a cancel): a leg cut short is no evidence, and "no final answer within 3 s"
  // would be untrue of it.
  if (ctx.signal.aborted)
    return {
      outcome: 'timeout',
      address: plain.address,
      rttMs: plainLeg.rttMs,
      status: 'unverified',
      detail: { message: EXTRA_TEXT.stopped, sipAlg: comparison },
    };
  const headline = {
    alg: SIP_ALG_TEXT.found,
    none: SIP_ALG_TEXT.none,
    'could-not-tell': SIP_ALG_TEXT.couldNotTell,
  }[comparison.finding];
  const status = ({ alg: 'warn', none: 'pass', 'could-not-tell': 'unverified' } as const)[
    comparison.finding
  ];
  const answered = plainLeg.leg.answer.kind === 'response';
  const result: AttemptResult = {
    outcome: answered ? 'reply' : plainLeg.outcome,
    address: plain.address,
    rttMs: plainLeg.rttMs,
    status,
    detail: {
      message: `${headline} (${comparison.evidence.join('; ')})`,
      sipAlg: comparison,
    },
  };
  return result;
};

interface LegRun {
  leg: AlgLeg;
  /** The plain leg's outcome when it has no answer (the row's outcome then). */
  outcome: AttemptResult['outcome'];
  rttMs: number | null;
}

/** A leg's connection: open, or why not in the run's words. */
type LegConnection =
  { ok: true; socket: Socket } | { ok: false; message: string; outcome: AttemptResult['outcome'] };

/** One leg: its connection within one attempt's budget, then one OPTIONS exchange on it. */
async function runLeg(
  server: ServerEndpoint,
  ctx: ProbeContext,
  transport: 'TCP' | 'TLS',
  open: (budget: AttemptBudget) => Promise<LegConnection>,
): Promise<LegRun> {
  // Two legs, each with a budget of its own: not `ctx.endAttempt`, which ends the attempt.
  const budget = startAttemptBudget({ signal: ctx.signal, timeoutMs: ctx.timeoutMs });
  try {
    const opened = await open(budget);
    if (!opened.ok)
      return unanswered(paramsFor(server, transport, '', 0), opened.message, opened.outcome);
    try {
      return await exchange(opened.socket, server, transport, budget, {
        address: opened.socket.localAddress ?? '',
        port: opened.socket.localPort ?? 0,
      });
    } finally {
      opened.socket.destroy();
    }
  } finally {
    budget.dispose();
  }
}

const plainOptions = (server: ServerEndpoint, ctx: ProbeContext) =>
  runLeg(server, ctx, 'TCP', (budget) => connectTcp(server.address, server.port, budget));

const controlOptions = (server: ServerEndpoint, ctx: ProbeContext) =>
  runLeg(server, ctx, 'TLS', async (budget): Promise<LegConnection> => {
    // As row 2-2.3 opened it: its SNI and minimum TLS version, the run's trusted roots.
    const task = {
      probe: server.probe,
      target: { target: server.address },
      host: server.address,
      port: server.port,
    };
    const opened = await openSecured(task, ctx, budget);
    if (opened.ok) return opened;
    const { outcome, detail } = opened.result;
    return { ok: false, message: detail.message ?? outcome, outcome };
  });

function paramsFor(
  server: ServerEndpoint,
  transport: 'TCP' | 'TLS',
  localAddress: string,
  localPort: number,
): OptionsRequestParams {
  return {
    transport,
    targetHost: server.address,
    targetPort: server.port,
    // The socket's own address: behind a NAT, the private one an ALG looks for.
    localAddress,
    localPort,
    branchId: token(8),
    fromTag: token(4),
    callId: token(8),
    cseq: 1,
    userAgent: USER_AGENT,
    rport: false,
  };
}

const unanswered = (
  params: OptionsRequestParams,
  why: string,
  outcome: AttemptResult['outcome'],
): LegRun => ({
  leg: { sent: copiedHeadersOf(params), answer: { kind: 'none', why } },
  outcome,
  rttMs: null,
});

async function exchange(
  stream: Duplex,
  server: ServerEndpoint,
  transport: 'TCP' | 'TLS',
  budget: AttemptBudget,
  local: { address: string; port: number },
): Promise<LegRun> {
  const params = paramsFor(server, transport, local.address, local.port);
  const ids = transactionIdsOf(params);
  const answer = await runTransaction(stream, buildOptionsRequest(params), {
    ours: ids,
    timeoutMs: Math.max(0, budget.timeoutMs - budget.elapsedMs()),
    signal: budget.signal,
  });
  const answered = (response: SipResponse, rttMs: number | null): LegRun => ({
    leg: { sent: copiedHeadersOf(params), answer: { kind: 'response', response } },
    outcome: 'reply',
    rttMs,
  });
  if (answer.kind === 'final') return answered(answer.response, answer.rttMs);
  // An ALG that rewrites the Call-ID (ours names the private address) and leaves it so makes
  // the answer look like another transaction's (response-match.ts): our branch still shows
  // it is ours, and the comparison names the change.
  const rewritten =
    'discarded' in answer
      ? answer.discarded.find((r) => {
          const via = headerValues(r, 'via')[0];
          return (
            r.status >= 200 && via !== undefined && parseVia(via)?.params['branch'] === ids.branch
          );
        })
      : undefined;
  if (rewritten) return answered(rewritten, null);
  const [why, outcome] = whyNone(answer, budget.timeoutMs);
  return unanswered(params, why, outcome);
}

function whyNone(
  answer: Exclude<TransactionResult, { kind: 'final' }>,
  timeoutMs: number,
): [string, AttemptResult['outcome']] {
  switch (answer.kind) {
    case 'timeout':
    case 'aborted':
      return [SIP_ALG_TEXT.noFinal(timeoutMs), 'timeout'];
    case 'closed':
      return [SIP_ALG_TEXT.closedEarly, 'reset'];
    case 'malformed':
      return [answer.error.message, 'malformed'];
    case 'socket-error':
      return [answer.message, 'error'];
  }
}
