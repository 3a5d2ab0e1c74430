// The network the end-to-end journey checks: real servers on 127.0.0.1 and a test profile
// whose rows point at them, so some rows pass for real (HTTPS, TLS with a test CA, STUN from
// coturn, a TCP listener) and some fail for real (closed ports answer with a reset: refused).
import { createServer as createHttpsServer } from 'node:https';
import { connect, createServer, type Server, type Socket } from 'node:net';
import type { Profile } from '../../../common/profile/schema';
import { profileFromJson, type LoadedProfile } from '../../../main/engine/profile-loader';
import { startCoturn, type Coturn } from '../../support/coturn';
import {
  closedLoopbackPort,
  listenOnLoopback,
  type Listening,
} from '../../support/loopback-server';
import { createTlsFixtures, TEST_HOST, type TlsFixtures } from '../../support/tls-fixtures';
import { answerSipOptions } from '../../support/sip-answer';
import { closedUdpPort } from '../../support/udp-servers';

/** The rows as the guide numbers them, so the verdict rules apply as in the real profile. */
export const ROWS = {
  https: '2-1.1',
  /** Behind the gate: "Checking" for as long as the test holds it. */
  gatedTls: '2-1.2',
  stun: '2-2.1',
  sipRefused: '2-2.2',
  sipTlsRefused: '2-2.3',
  tcpOpen: '2-2.6',
  /** Refused in the first run; the test opens its port before "Re-run failed rows". */
  push: '4.1',
} as const;

/**
 * A TCP relay to the TLS server that holds every connection (accepted, silent: the client
 * waits for a ServerHello) until released; holding again makes new connections wait.
 */
export interface Gate {
  port: number;
  release(): void;
  hold(): void;
  /** Connections waiting right now. */
  waiting(): number;
}

export interface TestNetwork {
  profile: LoadedProfile;
  /** The test CA, passed to the engine as extraCa (like the CLI's --ca). */
  extraCa: string;
  gate: Gate;
  /** Starts a listener on the port row 4.1 found closed. */
  openPushPort(): Promise<void>;
  /** Starts a SIP server (200 OK to OPTIONS) on the port row 2-2.2 found closed. */
  openSipPort(): Promise<void>;
  close(): Promise<void>;
}

function startGate(upstreamPort: number, track: (server: Server) => Promise<Listening>) {
  /** Held connections, each with what lets it through. */
  const waiting = new Map<Socket, () => void>();
  let released = false;
  const relay = (client: Socket, sent: Buffer[]) => {
    const upstream = connect(upstreamPort, '127.0.0.1');
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.write(Buffer.concat(sent));
    client.pipe(upstream).pipe(client);
  };
  const server = createServer((client) => {
    client.on('error', () => {});
    if (released) return relay(client, []);
    // Reading (rather than leaving the socket paused) is what notices the client giving up.
    const sent: Buffer[] = [];
    const hold = (chunk: Buffer) => sent.push(chunk);
    client.on('data', hold);
    client.once('close', () => waiting.delete(client));
    waiting.set(client, () => {
      client.off('data', hold);
      relay(client, sent);
    });
  });
  return track(server).then((listening): Gate => ({
    port: listening.port,
    release() {
      released = true;
      for (const letThrough of waiting.values()) letThrough();
      waiting.clear();
    },
    hold() {
      released = false;
    },
    waiting: () => waiting.size,
  }));
}

function testProfile(ports: {
  https: number;
  gate: number;
  stun: number;
  tcpOpen: number;
  refused: [number, number];
  push: number;
}): Profile {
  const tcp = (port: number) => ({
    kind: 'tcp' as const,
    transport: 'tcp' as const,
    targets: ['127.0.0.1'],
    ports: String(port),
    expectsReply: true,
  });
  const tls = (port: number) => ({
    ...tcp(port),
    kind: 'tls' as const,
    sni: TEST_HOST,
    minTlsVersion: 'TLSv1.2' as const,
  });
  const row = (
    id: string,
    table: Profile['rows'][number]['table'],
    title: string,
    level: Profile['rows'][number]['level'],
    probe: Profile['rows'][number]['probes'][number],
  ) => ({
    id,
    table,
    title,
    explanation: `End-to-end test row: ${title}.`,
    remediation: `Open ${probe.transport.toUpperCase()} ${probe.ports} to ${probe.targets.join(', ')}.`,
    level,
    probes: [probe],
  });
  return {
    id: 'e2e-loopback',
    version: 'e2e-1',
    revision: 1,
    title: 'End-to-end test profile: servers on 127.0.0.1',
    source: 'test/renderer/e2e/test-network.ts',
    tables: [
      { id: '2-1', title: 'Web and HTTPS (Table 2-1)' },
      { id: '2-2', title: 'Onsight SIP and media (Table 2-2)' },
      { id: '4', title: 'Push notifications (section 4)' },
    ],
    rows: [
      row(ROWS.https, '2-1', 'Secure web traffic (HTTPS) to Librestream', 'required', {
        ...tls(ports.https),
        kind: 'https',
        path: '/oamrestapi/api/ping',
      }),
      row(ROWS.gatedTls, '2-1', 'No SSL inspection of Librestream traffic', 'required', {
        ...tls(ports.gate),
      }),
      row(ROWS.stun, '2-2', 'STUN (UDP) to the SIP servers', 'required-if-teamlink', {
        ...tcp(ports.stun),
        kind: 'stun',
        transport: 'udp',
      }),
      row(ROWS.sipRefused, '2-2', 'SIP signalling (TCP)', 'required', {
        ...tcp(ports.refused[0]),
        kind: 'sip-options',
      }),
      row(ROWS.sipTlsRefused, '2-2', 'Secure SIP (TLS 1.2 or newer)', 'required', {
        ...tcp(ports.refused[1]),
        kind: 'sip-options',
        secure: true,
        minTlsVersion: 'TLSv1.2',
      }),
      row(
        ROWS.tcpOpen,
        '2-2',
        'HTTPS port to the SIP servers (TCP)',
        'required',
        tcp(ports.tcpOpen),
      ),
      row(ROWS.push, '4', 'Apple push notifications (TCP)', 'optional', tcp(ports.push)),
    ],
  };
}

export async function startTestNetwork(): Promise<TestNetwork> {
  const servers: Listening[] = [];
  const track = async (server: Server) => {
    const listening = await listenOnLoopback(server);
    servers.push(listening);
    return listening;
  };
  /** A port a row found closed, opened now: whoever fixes the firewall between two runs. */
  const listenOn = async (port: number, serve: (socket: Socket) => void) => {
    const accepted: Socket[] = [];
    const server = createServer((socket) => {
      accepted.push(socket);
      serve(socket);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    servers.push({
      port,
      accepted,
      close: () =>
        new Promise<void>((resolve) => {
          for (const socket of accepted) socket.destroy();
          server.close(() => resolve());
        }),
    });
  };
  let fixtures: TlsFixtures | undefined;
  let coturn: Coturn | undefined;
  const close = async () => {
    await Promise.all(servers.map((s) => s.close()));
    await coturn?.stop();
    fixtures?.remove();
  };
  try {
    fixtures = createTlsFixtures();
    const https = await track(
      createHttpsServer(
        { key: fixtures.leaf.key, cert: fixtures.leaf.cert },
        (_request, response) => {
          response.writeHead(200, { 'content-type': 'text/plain', connection: 'close' });
          response.end('pong');
        },
      ),
    );
    const gate = await startGate(https.port, track);
    const tcpOpen = await track(createServer((socket) => socket.end()));
    coturn = await startCoturn({ port: await closedUdpPort() });
    const refused: [number, number] = [await closedLoopbackPort(), await closedLoopbackPort()];
    const push = await closedLoopbackPort();
    const profile = profileFromJson(
      testProfile({
        https: https.port,
        gate: gate.port,
        stun: coturn.port,
        tcpOpen: tcpOpen.port,
        refused,
        push,
      }),
      'e2e test profile',
    );
    return {
      profile,
      extraCa: fixtures.testCa.cert,
      gate,
      openPushPort: () =>
        listenOn(push, (socket) => {
          socket.on('error', () => {});
          socket.end();
        }),
      openSipPort: () =>
        listenOn(refused[0], (socket) => answerSipOptions(socket, 'SIP/2.0 200 OK')),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
