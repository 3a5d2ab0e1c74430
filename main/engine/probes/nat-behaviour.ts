// The `nat-behaviour` probe kind (X.2, issue 18): from ONE local UDP socket, a Binding request
// to every STUN server that answered the guide's rows (each /28's answering address on 3478,
// and with `legacy` the 2-3.x server on 3478, 58024 and 58523), then the mapped addresses
// compared (stun/nat-classify.ts, RFC 4787 §4.1, RFC 5780 §4.3). One socket matters: a NAT's
// mapping belongs to the local address and port, so only one socket's answers can be compared.
import { isIP } from 'node:net';
import { networkInterfaces } from 'node:os';
import { EXTRA_TEXT, NAT_TEXT } from '../../../common/i18n/en';
import type { ProbeDetail } from '../../../common/results/schema';
import type { AttemptResult, ProbeExecutor, ServerEndpoint } from '../probe-types';
import { mappedAddressOf } from '../stun/codec';
import { classifyNat, type NatClassification } from '../stun/nat-classify';
import { runBindingTransaction } from '../stun/transaction';
import { openSharedUdp, sourceAddressTowards, type SharedUdpSocket } from '../stun/udp-adapter';

type NatDetail = NonNullable<ProbeDetail['nat']>;

export const natBehaviourProbe: ProbeExecutor = async (task, ctx) => {
  const servers = endpointsOf(task.servers ?? []);
  const first = servers[0]!;
  let socket: SharedUdpSocket;
  // The address the requests leave from (the routing table's choice towards the fastest
  // server; one interface serves all the servers of one site).
  let localAddress: string;
  try {
    localAddress = await sourceAddressTowards(first.address, first.port);
    socket = await openSharedUdp(isIP(first.address) === 6 ? 6 : 4);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EUNKNOWN';
    return {
      outcome: 'error',
      address: null,
      rttMs: null,
      status: 'unverified',
      detail: { message: NAT_TEXT.notSent(code), errorCode: code },
    };
  }
  let answers;
  try {
    // All at once: each server's answer is matched by its transaction id and its source.
    answers = await Promise.all(
      servers.map(async (server) => {
        const channel = socket.channelTo(server.address, server.port);
        try {
          const result = await runBindingTransaction(channel, {
            budgetMs: ctx.timeoutMs,
            signal: ctx.signal,
          });
          const mapped = result.kind === 'answer' ? mappedAddressOf(result.message) : undefined;
          return { server, mapped, rttMs: result.kind === 'answer' ? result.rttMs : null };
        } finally {
          channel.close();
        }
      }),
    );
  } finally {
    socket.close();
  }

  const observations = answers.map(({ server, mapped }) => ({
    serverAddress: server.address,
    serverPort: server.port,
    mappedAddress: mapped?.address ?? null,
    mappedPort: mapped?.port ?? null,
  }));
  const nat = classifyNat({
    localAddress,
    localPort: socket.localPort,
    interfaceAddresses: interfaceAddresses(),
    observations,
  });
  const detail: NatDetail = {
    localAddress,
    localPort: socket.localPort,
    servers: observations.map((o) => ({
      server: NAT_TEXT.server(o.serverAddress, o.serverPort),
      mappedAddress: o.mappedAddress,
      mappedPort: o.mappedPort,
    })),
    mapping: nat.mapping,
    portTested: nat.portTested,
    portPreserved: nat.portPreserved,
    translated: nat.translated,
    carrierGrade: nat.carrierGrade,
    publicAddress: nat.publicAddress,
  };
  const fastest = answers.find((a) => a.mapped !== undefined);
  // Stopped (a cancel): the servers that had not answered yet were not silent.
  if (ctx.signal.aborted)
    return {
      outcome: 'timeout',
      address: fastest?.server.address ?? null,
      rttMs: fastest?.rttMs ?? null,
      status: 'unverified',
      detail: { message: EXTRA_TEXT.stopped, nat: detail },
    };
  const { status, message } = judged(nat, localAddress, fastest?.mapped);
  return {
    outcome: fastest ? 'reply' : 'timeout',
    address: fastest?.server.address ?? null,
    rttMs: fastest?.rttMs ?? null,
    status,
    detail: { message, nat: detail },
  };
};

/**
 * Each server address and port once, of the fastest server's address family (one socket
 * speaks one family), fastest first as the runner lists them.
 */
function endpointsOf(servers: readonly ServerEndpoint[]): ServerEndpoint[] {
  const family = isIP(servers[0]?.address ?? '');
  const seen = new Set<string>();
  return servers.filter((server) => {
    const key = `${server.address} ${server.port}`;
    if (isIP(server.address) !== family || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function interfaceAddresses(): string[] {
  return Object.values(networkInterfaces()).flatMap((list) =>
    (list ?? []).map((entry) => entry.address),
  );
}

/** Pass: no NAT or an endpoint-independent one; warn: a mapping per server; else unverified. */
function judged(
  nat: NatClassification,
  localAddress: string,
  mapped: { address: string; port: number } | undefined,
): { status: AttemptResult['status']; message: string } {
  const notes = [
    ...(nat.translated ? [nat.portPreserved ? NAT_TEXT.portsKept : NAT_TEXT.portsChanged] : []),
    ...(nat.carrierGrade ? [NAT_TEXT.carrierGrade] : []),
  ];
  const withNotes = (main: string) => [main, ...notes].join('; ');
  if (nat.translated === false)
    return { status: 'pass', message: withNotes(NAT_TEXT.noNat(localAddress, nat.answered)) };
  switch (nat.mapping) {
    case 'endpoint-independent':
      // One mapping towards every server: the first answer's is everyone's.
      return {
        status: 'pass',
        message: withNotes(
          NAT_TEXT.endpointIndependent(mapped?.address ?? '', mapped?.port ?? 0, nat.answered),
        ),
      };
    case 'address-dependent':
    case 'address-and-port-dependent':
      return {
        status: 'warn',
        message: withNotes(
          NAT_TEXT.dependent(nat.mapping === 'address-and-port-dependent', nat.portTested),
        ),
      };
    case 'unknown':
      return { status: 'unverified', message: withNotes(NAT_TEXT.unknown(nat.answered)) };
  }
}
