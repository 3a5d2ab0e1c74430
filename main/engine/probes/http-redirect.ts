// The `http-redirect` probe kind: plain HTTP on port 80 answers, and sends browsers on to
// HTTPS (guide Table 2-2, Note 1: port 80 is only for redirects to 443).
import { locationKind } from '../../../common/net/redirect-location';
import type { ProbeDetail } from '../../../common/results/schema';
import { startAttemptBudget } from '../net/attempt-budget';
import { headerValue, type HttpResponseHead } from '../net/http-head';
import { exchangeHttpHead, hostHeader } from '../net/http-exchange';
import { resolveTarget } from '../net/resolve-target';
import { connectTcp, whereOf } from '../net/tcp-connect';
import type { ProbeExecutor } from '../probe-types';

/** Redirect statuses a browser follows for a GET (RFC 9110 §15.4). */
const REDIRECTS = new Set([301, 302, 307, 308]);

export type RedirectKind = 'https-here' | 'https-elsewhere' | 'other';

/**
 * Where a redirect sends browsers: HTTPS on the server asked (or on Librestream's own names),
 * HTTPS on another host, as a captive portal sends every request to its own login page, or
 * anything else (no redirect, plain HTTP, a relative location).
 */
export function redirectKind(head: HttpResponseHead, requestedHost: string): RedirectKind {
  const location = headerValue(head, 'location');
  if (!REDIRECTS.has(head.status) || location === undefined) return 'other';
  const kind = locationKind(location, requestedHost);
  return kind === 'https-here' || kind === 'https-elsewhere' ? kind : 'other';
}

export const httpRedirectProbe: ProbeExecutor = async (task, ctx) => {
  const port = Number(task.port);
  // One budget for the whole attempt, the name's look-up included: a run costs one timeout.
  const budget = startAttemptBudget(ctx);
  try {
    const resolved = await resolveTarget(task.host, ctx);
    if (!resolved.ok) return resolved.result;
    const address = resolved.addresses[0];
    const where = whereOf(address, port);
    const connected = await connectTcp(address, port, budget);
    if (!connected.ok) {
      const { outcome, errorCode, message } = connected;
      return { outcome, address, rttMs: null, detail: { message, errorCode } };
    }
    const { socket } = connected;
    const exchanged = await exchangeHttpHead(
      socket,
      { path: '/', host: hostHeader(task.host, port, 80) },
      { signal: budget.signal, timeoutMs: budget.timeoutMs, where },
    );
    socket.destroy();
    if (!exchanged.ok) {
      const detail: ProbeDetail = { message: exchanged.message };
      if (exchanged.errorCode !== undefined) detail.errorCode = exchanged.errorCode;
      return { outcome: exchanged.outcome, address, rttMs: null, detail };
    }
    // The round trip of what this kind checks: the HTTP request, not the connect before it.
    const { head, rttMs } = exchanged;
    const location = headerValue(head, 'location');
    const server = headerValue(head, 'server');
    const http: NonNullable<ProbeDetail['http']> = { status: head.status };
    if (server !== undefined) http.server = server;
    if (location !== undefined) http.location = location;
    const kind = redirectKind(head, task.host);
    if (kind === 'https-here') {
      return {
        outcome: 'reply',
        address,
        rttMs,
        detail: {
          message: `${where} redirects to ${location} (HTTP ${head.status}) in ${rttMs} ms`,
          http,
        },
      };
    }
    // Kept with its status and location: a login page here, or a redirect to one on another
    // host, is how captive portals show.
    return {
      outcome: 'reply',
      status: 'warn',
      address,
      rttMs,
      detail: {
        message:
          kind === 'https-elsewhere'
            ? `${where} redirects to HTTPS on another host (${location}): a captive portal or filtering proxy may answer port 80 instead of the server`
            : `${where} answered HTTP ${head.status}${location ? ` (to ${location})` : ''} without redirecting to HTTPS`,
        http,
      },
    };
  } finally {
    budget.dispose();
  }
};
