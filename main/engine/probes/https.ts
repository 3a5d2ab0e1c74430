// The `https` probe kind: a genuine TLS handshake, then a real HTTP/1.1 request (row 2-1.1:
// Onsight signs in over HTTPS; any HTTP status proves the path works end to end).
import { headerValue } from '../net/http-head';
import { exchangeHttpHead, hostHeader } from '../net/http-exchange';
import { startAttemptBudget } from '../net/attempt-budget';
import { whereOf } from '../net/tcp-connect';
import type { ProbeDetail } from '../../../common/results/schema';
import type { ProbeExecutor } from '../probe-types';
import { openSecured, tlsTargetOf } from './tls';

export const httpsProbe: ProbeExecutor = async (task, ctx) => {
  const budget = startAttemptBudget(ctx.signal, ctx.timeoutMs);
  try {
    const secured = await openSecured(task, ctx, budget);
    if (!secured.ok) return secured.result;
    const { socket, address, rttMs, assessment } = secured;
    // Interception is the finding: what the proxy would answer over HTTP proves nothing.
    if (assessment.outcome === 'tls-intercepted') {
      socket.destroy();
      return {
        outcome: assessment.outcome,
        address,
        rttMs,
        detail: { message: assessment.message, tls: assessment.detail },
      };
    }
    const port = Number(task.port);
    const where = whereOf(address, port);
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
      return { outcome: exchanged.outcome, address, rttMs, detail };
    }
    const { head } = exchanged;
    const server = headerValue(head, 'server');
    const http: NonNullable<ProbeDetail['http']> = { status: head.status };
    if (server !== undefined) http.server = server;
    return {
      outcome: 'reply',
      address,
      rttMs,
      detail: {
        message: `HTTPS answered "${head.status}${head.reason ? ` ${head.reason}` : ''}" to GET ${path} in ${budget.elapsedMs()} ms (${where}); ${assessment.message}`,
        tls: assessment.detail,
        http,
      },
    };
  } finally {
    budget.dispose();
  }
};
