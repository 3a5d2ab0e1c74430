// Row 3-1.1 (guide Table 3-1): Onsight sends RTP from local UDP ports 6000-6200 and, "if
// these ports are in use by other applications", from higher ones. Every port of the range
// is bound once and released, and the holders of taken ports are named from the OS's own
// socket table (local-ports/owners.ts says how, per platform).
import { formatPortRange, parsePorts } from '../../../common/net/ports';
import type { ProbeDetail } from '../../../common/results/schema';
import type { AttemptResult, ProbeContext, ProbeExecutor } from '../probe-types';
import { bindSweep, type SweepResult } from '../local-ports/bind-sweep';
import { lookupUdpOwners, ownerMethod, type OwnerLookup } from '../local-ports/owners';

type UdpBindDetail = NonNullable<ProbeDetail['udpBind']>;
type TakenPort = UdpBindDetail['taken'][number];

export const udpBindProbe: ProbeExecutor = (task, ctx) =>
  checkLocalUdpPorts(String(task.port), ctx, process.platform);

export async function checkLocalUdpPorts(
  spec: string,
  ctx: Pick<ProbeContext, 'signal' | 'timeoutMs'>,
  platform: NodeJS.Platform,
): Promise<AttemptResult> {
  const ranges = parsePorts(spec);
  if (!ranges)
    return {
      outcome: 'error',
      address: null,
      rttMs: null,
      detail: { message: `"${spec}" is not a port range` },
    };
  const ports = ranges.flatMap((r) =>
    Array.from({ length: r.to - r.from + 1 }, (_, i) => r.from + i),
  );
  const lookup = { platform, signal: ctx.signal, timeoutMs: ctx.timeoutMs };

  let table: OwnerLookup | null = null;
  let sweep: SweepResult;
  let method: string;
  let address: string;
  if (platform === 'win32') {
    // Binding 0.0.0.0 would make Windows Defender Firewall ask the user to "allow access":
    // the OS table decides, a loopback bind only cross-checks it. The table is read first so
    // that this probe's own sockets do not show up in it.
    address = '127.0.0.1';
    method = `${ownerMethod(platform)}; bind ${address} as a cross-check`;
    table = await lookupUdpOwners(ranges, lookup);
    sweep = await bindSweep(ports, address, ctx.signal);
  } else {
    address = '0.0.0.0';
    method = `bind ${address}; owners from ${ownerMethod(platform)}`;
    sweep = await bindSweep(ports, address, ctx.signal);
    if (sweep.complete && sweep.failed.length > 0) table = await lookupUdpOwners(ranges, lookup);
  }

  const taken = takenPorts(sweep, table, platform === 'win32');
  const takenSet = new Set(taken.map((t) => t.port));
  // Counted from the binds that succeeded, so a sweep cut short does not report untried ports free.
  const free = sweep.free.filter((port) => !takenSet.has(port)).length;
  const udpBind: UdpBindDetail = { total: ports.length, free, method, taken };
  if (!sweep.complete) {
    return {
      outcome: 'timeout',
      status: 'unverified',
      address,
      rttMs: null,
      detail: { message: `stopped before every UDP port of ${spec} was checked`, udpBind },
    };
  }
  if (taken.length === 0) {
    return {
      outcome: 'reply',
      status: 'pass',
      address,
      rttMs: null,
      detail: {
        message: `all ${ports.length} UDP ports ${ranges.map(formatPortRange).join(', ')} are free on this computer`,
        udpBind,
      },
    };
  }
  const codes = new Map(sweep.failed.map((f) => [f.port, f.code]));
  const why = table?.error ? ` (${table.error})` : '';
  return {
    outcome: 'in-use',
    status: udpBind.free === 0 ? 'fail' : 'warn',
    address,
    rttMs: null,
    detail: {
      message: `${taken.length} of ${ports.length} ports are taken by ${holders(taken, codes)}${why}; Onsight moves to higher ports`,
      errorCode: sweep.failed[0]?.code,
      udpBind,
    },
  };
}

/**
 * Taken: every port the bind refused, plus on Windows every port the table lists (there the
 * loopback bind cannot see a holder of another address). Each is named after the first
 * socket on that port whose owner the table knows.
 */
function takenPorts(
  sweep: SweepResult,
  table: OwnerLookup | null,
  tableCounts: boolean,
): TakenPort[] {
  const sockets = table?.sockets ?? [];
  const ports = new Set(sweep.failed.map((f) => f.port));
  if (tableCounts) for (const socket of sockets) ports.add(socket.port);
  return [...ports]
    .sort((a, b) => a - b)
    .map((port) => {
      const owner = sockets.find((s) => s.port === port && s.pid !== undefined);
      const taken: TakenPort = { port };
      if (owner?.pid !== undefined) taken.pid = owner.pid;
      if (owner?.process !== undefined) taken.process = owner.process;
      taken.thisProcess = owner?.pid === process.pid;
      return taken;
    });
}

/** "node (pid 4321), rapportd (pid 512)": each holder once, in port order. */
function holders(taken: readonly TakenPort[], codes: ReadonlyMap<number, string>): string {
  const names = new Set<string>();
  for (const t of taken) {
    if (t.pid !== undefined) names.add(`${t.process ?? 'an unnamed process'} (pid ${t.pid})`);
    // EACCES: the system keeps the port for itself (e.g. a Windows excluded port range).
    else if (codes.get(t.port) === 'EACCES') names.add('the system (reserved ports)');
    else names.add('a program this check could not name');
  }
  return [...names].join(', ');
}
