// The `https` probe kind: a genuine TLS handshake, then a real HTTP/1.1 request (row 2-1.1:
// Onsight signs in over HTTPS; any HTTP status proves the path works end to end).
import { headerValue } from '../net/http-head';
import { exchangeHttpHead, hostHeader } from '../net/http-exchange';
import type { ProbeDetail } from '../../../common/results/schema';
import type { AttemptResult, ProbeContext, ProbeExecutor, ProbeTask } from '../probe-types';
import { tlsTargetOf } from './secure-open';
import { proxyUrlOf, routeSecured, type SecuredStep } from './secure-route';
import { versionWords } from '../tls/handshake-errors';

const request =
  (task: ProbeTask): SecuredStep =>
  async ({ socket, address, analysis, assessment, where }, budget) => {
    // Interception (or a certificate out of its dates) is the finding: what would answer over
    // HTTP on a connection that cannot be trusted proves nothing.
    if (assessment.outcome !== 'reply') {
      socket.destroy();
      // No request was sent: the handshake is the last round trip this attempt made.
      return {
        outcome: assessment.outcome,
        address,
        rttMs: analysis.handshakeMs,
        detail: { message: assessment.message, tls: assessment.detail },
      };
    }
    const port = Number(task.port);
    const path = task.probe.path ?? '/';
    const exchanged = await exchangeHttpHead(
      socket,
      { path, host: hostHeader(tlsTargetOf(task).identity, port, 443) },
      { signal: budget.signal, timeoutMs: budget.timeoutMs, where },
    );
    socket.destroy();
    if (!exchanged.ok) {
      const detail: ProbeDetail = { message: exchanged.message, tls: assessment.detail };
      if (exchanged.errorCode !== undefined) detail.errorCode = exchanged.errorCode;
      return { outcome: exchanged.outcome, address, rttMs: null, detail };
    }
    // The round trip of the HTTP request itself (over the open TLS connection).
    const { head, rttMs } = exchanged;
    const server = headerValue(head, 'server');
    const http: NonNullable<ProbeDetail['http']> = { status: head.status };
    if (server !== undefined) http.server = server;
    return {
      outcome: 'reply',
      address,
      rttMs,
      detail: {
        message: `HTTPS answered "${head.status}${head.reason ? ` ${head.reason}` : ''}" in ${rttMs} ms (${where}, ${versionWords(assessment.detail.version ?? 'TLS')}, not inspected)`,
        tls: assessment.detail,
        http,
      },
    };
  };

/**
 * The raw tunnel met a proxy that wants a password. In the app, Chromium's own stack signs
 * in with the user's account as Onsight does (NTLM/Negotiate): if it gets through, the row
 * passes; the CLI has no such stack and the row stays unverified (issue 4).
 */
async function throughChromium(
  task: ProbeTask,
  ctx: ProbeContext,
  result: AttemptResult,
): Promise<AttemptResult> {
  if (result.outcome !== 'proxy-auth' || !ctx.chromiumCheck) return result;
  const url = new URL(task.probe.path ?? '/', proxyUrlOf(task)).href;
  const check = await ctx.chromiumCheck(url, { signal: ctx.signal, timeoutMs: ctx.timeoutMs });
  const proxy = { ...result.detail.proxy!, chromiumOutcome: check.outcome };
  if (check.outcome !== 'reply') {
    return {
      ...result,
      detail: {
        ...result.detail,
        message: `${result.detail.message ?? 'the proxy asks to sign in'}; through this computer's own network stack: ${check.detail}`,
        proxy,
      },
    };
  }
  return {
    outcome: 'reply',
    status: 'pass',
    address: result.address,
    rttMs: null,
    detail: {
      ...result.detail,
      message: `the proxy signs you in automatically: ${check.detail} through this computer's own network stack (the check's own connection was asked for a password: ${result.detail.message ?? 'proxy-auth'})`,
      proxy,
    },
  };
}

export const httpsProbe: ProbeExecutor = async (task, ctx) =>
  throughChromium(task, ctx, await routeSecured(task, ctx, request(task)));
