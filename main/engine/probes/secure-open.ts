// Opening a TLS connection to a target, directly or through a proxy's CONNECT tunnel:
// what the `tls` probe judges and what the `https` probe sends its request over.
import { isIP } from 'node:net';
import type { SecureVersion, TLSSocket } from 'node:tls';
import type { Plan } from '../../../common/plan';
import type { AttemptBudget } from '../net/attempt-budget';
import { lookupThrough, resolveTarget } from '../net/resolve-target';
import { connectTcp, whereOf } from '../net/tcp-connect';
import type { AttemptResult, ProbeContext, ProbeTask } from '../probe-types';
import { openTunnel, type TunnelProxy, type TunnelProxyDetail } from '../proxy/connect-tunnel';
import { assessTls, type TlsAssessment } from '../tls/assess';
import { tlsHandshake, type TlsAnalysis } from '../tls/handshake';
import { secureContextFor } from '../tls/secure-contexts';

export interface TlsTarget {
  servername?: string;
  identity: string;
  minVersion?: 'TLSv1.2' | 'TLSv1.3';
}

/** SNI is the profile's name, else the host when it is a name (never an address: RFC 6066 §3). */
/**
 * The minimum TLS versions a plan's probes ask for (SIP over TLS at least 1.2, guide Table
 * 2-2), so that the runner builds their secure contexts before its clock starts. HTTPS may go
 * through a proxy's tunnel, whose own handshake takes the default context.
 */
export function minTlsVersionsOf(plan: Plan): Set<SecureVersion | undefined> {
  const versions = new Set<SecureVersion | undefined>();
  for (const row of plan.rows.filter((r) => r.enabled)) {
    for (const probe of row.probes) {
      if (probe.kind === 'tls' || probe.kind === 'https') versions.add(probe.minTlsVersion);
      if (probe.kind === 'https') versions.add(undefined);
      if (probe.kind === 'sip-options' && probe.secure === true)
        versions.add(probe.minTlsVersion ?? 'TLSv1.2');
    }
  }
  return versions;
}

export function tlsTargetOf(task: ProbeTask): TlsTarget {
  const servername = task.probe.sni ?? (isIP(task.host) ? undefined : task.host);
  const target: TlsTarget = { identity: servername ?? task.host };
  if (servername !== undefined) target.servername = servername;
  if (task.probe.minTlsVersion !== undefined) target.minVersion = task.probe.minTlsVersion;
  return target;
}

export interface SecuredOpen {
  ok: true;
  socket: TLSSocket;
  address: string;
  /** The handshake's own timing is `analysis.handshakeMs`. */
  analysis: TlsAnalysis;
  assessment: TlsAssessment;
  /** How the far end names it in messages ("127.0.0.1 port 443 through PROXY a:3128"). */
  where: string;
  /** The proxy the connection went through, with its answer to CONNECT. */
  proxy?: TunnelProxyDetail;
}

export type SecuredConnection = SecuredOpen | { ok: false; result: AttemptResult };

/**
 * Resolve, connect and handshake: what `tls` reports and what `https` builds on. Through a
 * proxy, the CONNECT names the target as the profile (or a mapping) gives it and the proxy
 * resolves it: inside many companies only the proxy can resolve outside names.
 */
export async function openSecured(
  task: ProbeTask,
  ctx: ProbeContext,
  budget: AttemptBudget,
  via?: TunnelProxy,
): Promise<SecuredConnection> {
  const port = Number(task.port);
  // The run's secure context is built now, before any connection of this attempt starts, so
  // its cost (once per run) never falls inside a measured round trip.
  secureContextFor(ctx.extraCa, tlsTargetOf(task).minVersion);
  let socket;
  let address: string;
  let where: string;
  let proxy: TunnelProxyDetail | undefined;
  if (via) {
    const tunnel = await openTunnel(via, task.host, port, {
      signal: budget.signal,
      timeoutMs: budget.timeoutMs,
      extraCa: ctx.extraCa,
      lookup: lookupThrough(ctx.resolve),
    });
    proxy = tunnel.proxy;
    address = task.host;
    where = `${whereOf(task.host, port)} through ${tunnel.proxy.via}`;
    if (!tunnel.ok) {
      return {
        ok: false,
        result: {
          outcome: tunnel.outcome,
          address: null,
          rttMs: null,
          detail: { message: tunnel.detail, proxy: { ...tunnel.proxy, path: 'proxy' } },
        },
      };
    }
    socket = tunnel.socket;
  } else {
    const resolved = await resolveTarget(task.host, ctx);
    if (!resolved.ok) return resolved;
    address = resolved.addresses[0];
    where = whereOf(address, port);
    const connected = await connectTcp(address, port, budget);
    if (!connected.ok) {
      const { outcome, errorCode, message } = connected;
      return {
        ok: false,
        result: { outcome, address, rttMs: null, detail: { message, errorCode } },
      };
    }
    socket = connected.socket;
  }
  const target = tlsTargetOf(task);
  const secured = await tlsHandshake(socket, {
    ...target,
    extraCa: ctx.extraCa,
    signal: budget.signal,
    timeoutMs: budget.timeoutMs,
    where,
  });
  if (!secured.ok) {
    const { outcome, errorCode, message } = secured;
    const detail = errorCode === undefined ? { message } : { message, errorCode };
    return {
      ok: false,
      result: {
        outcome,
        address,
        // The handshake did not complete: there is no round trip of it to report.
        rttMs: null,
        detail: proxy ? { ...detail, proxy: { ...proxy, path: 'proxy' } } : detail,
      },
    };
  }
  const assessment = assessTls(secured.analysis, {
    expectedIssuers: task.probe.expectedIssuers,
    extraCa: ctx.extraCa,
    identity: target.identity,
    where,
  });
  return {
    ok: true,
    socket: secured.socket,
    address,
    analysis: secured.analysis,
    assessment,
    where,
    ...(proxy && { proxy }),
  };
}
