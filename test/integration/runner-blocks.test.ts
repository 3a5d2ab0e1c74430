// Blocks as real cloud /28s are: servers on a few of the 14 addresses, nothing on the rest.
// 127.0.0.0/8 is all loopback on Linux, so a /28 of it gets real sockets: coturn on the live
// addresses, UDP sockets that read and never answer on the silent ones (silence, not ICMP),
// and nothing at all where an address must refuse. The runner runs the real probe kinds.
import { createSocket, type Socket } from 'node:dgram';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { DEFAULT_OPTIONS } from '../../common/options';
import type { ProbeResult, ResultDocument } from '../../common/results/schema';
import { plan } from '../../main/engine/planner';
import { profileFromJson } from '../../main/engine/profile-loader';
import { runPlan } from '../../main/engine/runner';
import { runCli } from '../support/cli';
import { startCoturn, type Coturn } from '../support/coturn';
import { closedUdpPort } from '../support/udp-servers';
import { needs } from '../support/tools';

// A /16 of loopback of this run's own, so that runs sharing the machine do not meet.
const NET = `127.${100 + Math.floor(Math.random() * 100)}.${Math.floor(Math.random() * 250)}`;
/** Live on .13 and .14 only; silent elsewhere. */
const SPARSE = `${NET}.0/28`;
/** Every address silent. */
const SILENT = `${NET}.16/28`;
/** .1 refuses (nothing bound), .2-.13 silent, .14 live. */
const REFUSING = `${NET}.32/28`;
const hostsOf = (base: number, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${NET}.${base + from + i}`);

type RowJson = Record<string, unknown>;
const row = (id: string, probe: RowJson): RowJson => ({
  id,
  table: '2-2',
  title: `row ${id}`,
  explanation: 'e',
  remediation: `Allow ${id}`,
  level: 'required',
  probes: [{ expectsReply: true, ...probe }],
});
const profileJson = (rows: RowJson[]) => ({
  id: 'blocks-test',
  version: '1',
  revision: 1,
  title: 'Sparse blocks on loopback',
  source: 'test',
  tables: [{ id: '2-2', title: 'T' }],
  rows,
});

async function run(rows: RowJson[], liveHoldMs?: number): Promise<ResultDocument> {
  const loaded = profileFromJson(profileJson(rows), 'blocks-test');
  const planned = plan({
    profile: loaded.profile,
    profileHash: loaded.hash,
    options: DEFAULT_OPTIONS,
  });
  return runPlan(planned, {
    timeoutMs: 800,
    deadlineMs: 4000,
    concurrency: 256,
    toolVersion: 'test',
    profile: loaded.profile,
    ...(liveHoldMs !== undefined && { liveHoldMs }),
  });
}
/** Long enough for the live address to be known on a loaded machine: STUN answers first. */
const SURE_HOLD_MS = 700;

const stateOf = (probe: ProbeResult, address: string) =>
  probe.detail.addresses?.find((a) => a.address === address)?.state;

function bindSilent(address: string, port: number): Promise<Socket> {
  const socket = createSocket('udp4');
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(port, address, () => resolve(socket));
  });
}

describe('the runner on sparse /28 blocks of loopback', needs('turnserver'), () => {
  let port = 0;
  let coturn: Coturn;
  let tcp: Server;
  let tcpPort = 0;
  const silent: Socket[] = [];
  beforeAll(async () => {
    port = await closedUdpPort();
    coturn = await startCoturn({
      port,
      listeningIps: [...hostsOf(0, 13, 14), ...hostsOf(32, 14, 14)],
    });
    for (const address of [...hostsOf(0, 1, 12), ...hostsOf(16, 1, 14), ...hostsOf(32, 2, 13)])
      silent.push(await bindSilent(address, port));
    // TCP: .14 of the sparse block listens; every other address refuses (RST).
    tcp = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => tcp.listen(0, `${NET}.14`, resolve));
    tcpPort = (tcp.address() as { port: number }).port;
    // The refusing block: on a port of its own, TCP listens on the live address (.46), and
    // on another only on .40, not on the live one.
    for (const address of [`${NET}.46`, `${NET}.40`]) {
      const server = createServer((socket) => socket.destroy());
      await new Promise<void>((resolve) => server.listen(0, address, resolve));
      liveTcp.push(server);
    }
  });
  const liveTcp: Server[] = [];
  const portOf = (server: Server) => (server.address() as { port: number }).port;
  afterAll(async () => {
    await coturn?.stop();
    for (const socket of silent) socket.close();
    tcp?.close();
    for (const server of liveTcp) server.close();
  });

  it('a block where only .13 and .14 live passes, answered by one of them; the silent ones were not needed', async () => {
    const doc = await run([
      row('2-2.1', { kind: 'stun', transport: 'udp', targets: [SPARSE], ports: String(port) }),
    ]);
    const probe = doc.rows[0]!.probes[0]!;
    expect(probe).toMatchObject({ outcome: 'reply', status: 'pass', target: SPARSE });
    expect(hostsOf(0, 13, 14)).toContain(probe.address);
    expect(stateOf(probe, probe.address!)).toBe('answered');
    for (const address of hostsOf(0, 1, 12)) expect(stateOf(probe, address)).toBe('not-needed');
    expect(doc.rows[0]!.summary).toBe(`${SPARSE} port ${port} answered by ${probe.address}`);
    expect(probe.startedAt).toBeTypeOf('number');
    expect(probe.finishedAt).toBeGreaterThanOrEqual(probe.startedAt!);
  });

  it('a block where every address is silent is silent, each address named silent', async () => {
    const doc = await run([
      row('2-2.1', { kind: 'stun', transport: 'udp', targets: [SILENT], ports: String(port) }),
    ]);
    const probe = doc.rows[0]!.probes[0]!;
    expect(probe).toMatchObject({ outcome: 'timeout', status: 'fail' });
    expect(probe.detail.addresses).toEqual(
      hostsOf(16, 1, 14).map((address) => ({ address, state: 'silent', outcome: 'timeout' })),
    );
    expect(doc.rows[0]!.status).toBe('fail');
  });

  it('an address that refuses ends nothing: another address of the block still answers', async () => {
    const doc = await run([
      row('2-2.1', { kind: 'stun', transport: 'udp', targets: [REFUSING], ports: String(port) }),
      row('2-2.6', { kind: 'tcp', transport: 'tcp', targets: [SPARSE], ports: String(tcpPort) }),
    ]);
    const [stun, connect] = doc.rows.map((r) => r.probes[0]!);
    expect(stun).toMatchObject({ outcome: 'reply', status: 'pass', address: `${NET}.46` });
    // .33 has nothing bound: ICMP port unreachable, unless .46 answered first.
    expect(['refused', 'not-needed']).toContain(stateOf(stun!, `${NET}.33`));
    expect(connect).toMatchObject({ outcome: 'reply', status: 'pass', address: `${NET}.14` });
    for (const address of hostsOf(0, 1, 13))
      expect(['refused', 'not-needed']).toContain(stateOf(connect!, address));
  });

  /** STUN on the refusing block (.46 answers), then TCP to `server`'s port on the same block. */
  const stunThenTcp = (server: Server) =>
    run(
      [
        row('2-2.1', { kind: 'stun', transport: 'udp', targets: [REFUSING], ports: String(port) }),
        row('2-2.6', {
          kind: 'tcp',
          transport: 'tcp',
          targets: [REFUSING],
          ports: String(portOf(server)),
        }),
      ],
      SURE_HOLD_MS,
    );

  it('connects to the live address (the one that answered STUN) alone when it answers', async () => {
    const doc = await stunThenTcp(liveTcp[0]!);
    const [stun, connect] = doc.rows.map((r) => r.probes[0]!);
    expect(stun).toMatchObject({ outcome: 'reply', address: `${NET}.46` });
    expect(connect).toMatchObject({ outcome: 'reply', status: 'pass', address: `${NET}.46` });
    // Every other address refuses TCP on this port: had one been tried, it would say so.
    for (const address of hostsOf(32, 1, 13)) expect(stateOf(connect!, address)).toBe('not-needed');
  });

  it('tries the other addresses once the live one refuses the port', async () => {
    const connect = (await stunThenTcp(liveTcp[1]!)).rows[1]!.probes[0]!;
    expect(connect).toMatchObject({ outcome: 'reply', status: 'pass', address: `${NET}.40` });
    expect(stateOf(connect, `${NET}.46`)).toBe('refused');
  });

  it("samples media only on the address that answered STUN, with the profile's whole sample", async () => {
    const doc = await run([
      row('2-2.1', { kind: 'stun', transport: 'udp', targets: [SPARSE], ports: String(port) }),
      row('2-2.4', {
        kind: 'udp-sample',
        transport: 'udp',
        targets: [SPARSE],
        ports: '40000-40100',
        sampleSize: 6,
        expectsReply: false,
      }),
    ]);
    const [stun, media] = doc.rows.map((r) => r.probes[0]!);
    expect(media!.address).toBe(stun!.address);
    expect(media!.detail.udpSample?.ports).toHaveLength(6);
    // The others were called off, or their two spread ports had already come back refused
    // (nothing listens on 40000-40100 there): never silent. The sample itself, six ports,
    // went to the live address alone (above).
    const others = media!.detail.addresses!.filter((a) => a.address !== stun!.address);
    for (const other of others) expect(['not-needed', 'refused']).toContain(other.state);
  });

  it('samples every address of a block with no live one, two ports each, within one timeout', async () => {
    const doc = await run([
      row('2-2.1', { kind: 'stun', transport: 'udp', targets: [SILENT], ports: String(port) }),
      row('2-2.4', {
        kind: 'udp-sample',
        transport: 'udp',
        targets: [SILENT],
        ports: '40000-40100',
        expectsReply: false,
      }),
    ]);
    const media = doc.rows[1]!.probes[0]!;
    const ports = media.detail.udpSample!.ports;
    expect(ports).toHaveLength(28);
    for (const address of hostsOf(16, 1, 14))
      expect(ports.filter((p) => p.address === address)).toHaveLength(2);
    expect(media.status).toBe('unverified');
    // Sent from the start alongside STUN, not after STUN's silence: one timeout, not two.
    expect(media.startedAt).toBeLessThan(100);
  });
});

describe('onsight-netcheck run --json on a sparse block', needs('turnserver'), () => {
  let port = 0;
  let coturn: Coturn;
  const silent: Socket[] = [];
  const block = `${NET}.64/28`;
  /** The profile's own name for it; --map points it at the loopback block. */
  const profileBlock = `${NET}.240/28`;
  beforeAll(async () => {
    port = await closedUdpPort();
    coturn = await startCoturn({ port, listeningIps: hostsOf(64, 13, 14) });
    for (const address of hostsOf(64, 1, 12)) silent.push(await bindSilent(address, port));
  });
  afterAll(async () => {
    await coturn?.stop();
    for (const socket of silent) socket.close();
  });

  it('prints nothing on stderr and passes the row, naming the address that answered', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nc-blocks-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'profile.json');
    const stun = { kind: 'stun', transport: 'udp', targets: [profileBlock], ports: String(port) };
    const media = {
      kind: 'udp-sample',
      transport: 'udp',
      targets: [profileBlock],
      ports: '40000-40100',
      expectsReply: false,
    };
    writeFileSync(file, JSON.stringify(profileJson([row('2-2.1', stun), row('2-2.4', media)])));
    const result = await runCli([
      'run',
      '--json',
      '--profile',
      file,
      '--only',
      '2-2.1,2-2.4',
      '--map',
      `${profileBlock}=${block}`,
      '--timeout-ms',
      '800',
    ]);
    expect(result.stderr).toBe('');
    expect(result.signal).toBeNull();
    const doc = JSON.parse(result.stdout) as ResultDocument;
    const probe = doc.rows[0]!.probes[0]!;
    expect(probe).toMatchObject({ status: 'pass', mappedFrom: profileBlock, target: block });
    expect(hostsOf(64, 13, 14)).toContain(probe.address);
    expect(doc.rows[0]!.summary).toBe(`${profileBlock} port ${port} answered by ${probe.address}`);
    expect(doc.rows[1]!.probes[0]!.address).toBe(probe.address);
  });
});
