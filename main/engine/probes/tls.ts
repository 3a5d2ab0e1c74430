// The `tls` probe kind: the handshake completes, at the minimum version, with the site's
// own certificate (rows 2-1.2 "No SSL inspection", and TLS on 5061 for SIP).
import { isIP } from 'node:net';
import type { TLSSocket } from 'node:tls';
import type { AttemptBudget } from '../net/attempt-budget';
import { startAttemptBudget } from '../net/attempt-budget';
import { resolveTarget } from '../net/resolve-target';
import { connectTcp, whereOf } from '../net/tcp-connect';
import type { AttemptResult, ProbeContext, ProbeExecutor, ProbeTask } from '../probe-types';
import { assessTls, type TlsAssessment } from '../tls/assess';
import { tlsHandshake, type TlsAnalysis } from '../tls/handshake';

export interface TlsTarget {
  servername?: string;
  identity: string;
  minVersion?: 'TLSv1.2' | 'TLSv1.3';
}

/** SNI is the profile's name, else the host when it is a name (never an address: RFC 6066 §3). */
export function tlsTargetOf(task: ProbeTask): TlsTarget {
  const servername = task.probe.sni ?? (isIP(task.host) ? undefined : task.host);
  const target: TlsTarget = { identity: servername ?? task.host };
  if (servername !== undefined) target.servername = servername;
  if (task.probe.minTlsVersion !== undefined) target.minVersion = task.probe.minTlsVersion;
  return target;
}

export type SecuredConnection =
  | {
      ok: true;
      socket: TLSSocket;
      address: string;
      rttMs: number;
      analysis: TlsAnalysis;
      assessment: TlsAssessment;
    }
  | { ok: false; result: AttemptResult };

/** Resolve, connect and handshake: what `tls` reports and what `https` builds on. */
export async function openSecured(
  task: ProbeTask,
  ctx: ProbeContext,
  budget: AttemptBudget,
): Promise<SecuredConnection> {
  const port = Number(task.port);
  const resolved = await resolveTarget(task.host, ctx);
  if (!resolved.ok) return resolved;
  const address = resolved.addresses[0];
  const where = whereOf(address, port);
  const connected = await connectTcp(address, port, budget);
  if (!connected.ok) {
    const { outcome, errorCode, message } = connected;
    return { ok: false, result: { outcome, address, rttMs: null, detail: { message, errorCode } } };
  }
  const target = tlsTargetOf(task);
  const secured = await tlsHandshake(connected.socket, {
    ...target,
    extraCa: ctx.extraCa,
    signal: budget.signal,
    timeoutMs: budget.timeoutMs,
    where,
  });
  if (!secured.ok) {
    const { outcome, errorCode, message } = secured;
    const detail = errorCode === undefined ? { message } : { message, errorCode };
    return { ok: false, result: { outcome, address, rttMs: connected.rttMs, detail } };
  }
  const assessment = assessTls(secured.analysis, {
    expectedIssuers: task.probe.expectedIssuers,
    identity: target.identity,
    where,
  });
  return {
    ok: true,
    socket: secured.socket,
    address,
    rttMs: connected.rttMs,
    analysis: secured.analysis,
    assessment,
  };
}

export const tlsProbe: ProbeExecutor = async (task, ctx) => {
  const budget = startAttemptBudget(ctx.signal, ctx.timeoutMs);
  try {
    const secured = await openSecured(task, ctx, budget);
    if (!secured.ok) return secured.result;
    secured.socket.destroy();
    const { outcome, message, detail } = secured.assessment;
    return {
      outcome,
      address: secured.address,
      rttMs: secured.rttMs,
      detail: { message, tls: detail },
    };
  } finally {
    budget.dispose();
  }
};
