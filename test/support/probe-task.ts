// Builds the task and context a probe executor receives, for tests that call one directly.
import { isIP } from 'node:net';
import type { ProbeKind } from '../../common/outcomes';
import type { PlannedProbe } from '../../common/plan';
import type { ProbeContext, ProbeTask } from '../../main/engine/probe-types';

export function probeTask(
  kind: ProbeKind,
  host: string,
  port: number,
  settings: Partial<PlannedProbe> = {},
): ProbeTask {
  const probe: PlannedProbe = {
    id: `TEST#${kind}`,
    rowId: 'TEST',
    kind,
    transport: 'tcp',
    targets: [{ target: host }],
    ports: String(port),
    expectsReply: true,
    ...settings,
  };
  return { probe, target: { target: host }, host, port };
}

/**
 * A context whose resolver answers addresses only: on this machine a name must never reach
 * the system resolver (ARCHITECTURE.md, "Safety"); real lookups run inside a namespace.
 */
export function loopbackContext(settings: Partial<ProbeContext> = {}): ProbeContext {
  return {
    signal: new AbortController().signal,
    timeoutMs: 3000,
    extraCa: [],
    resolve: async (host) =>
      isIP(host)
        ? { ok: true, addresses: [host] }
        : {
            ok: false,
            errorCode: 'ENOTFOUND',
            message: `test resolver: ${host} is not an address`,
          },
    ...settings,
  };
}
