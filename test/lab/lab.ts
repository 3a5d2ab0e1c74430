// The firewall lab (ARCHITECTURE.md, "Tests", 3): `up` builds two namespaces joined by a
// veth pair and starts real servers in one; `scenario NAME[/drop|/reject]` loads that
// scenario's firewall; `down` removes every trace. Run through lab.mjs, which bundles this.
import { execFileSync, spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { makeLabCertificates } from './certificates';
import { installCopies, tenfoldProfile } from './copies';
import { applyFirewall } from './firewall';
import { runHealthChecks } from './health';
import { findScenarioRun } from './scenarios';
import { coturnServer } from './servers/coturn';
import { dnsmasqServer } from './servers/dnsmasq';
import { kamailioServer } from './servers/kamailio';
import { nginxServer } from './servers/nginx';
import type { LabServer } from './servers/server';
import { squidServer } from './servers/squid';
import {
  CLIENT_ADDRESS,
  CLIENT_ETC,
  CLIENT_IF,
  CLIENT_NS,
  DEAD_RANGE_HOST,
  DNS_ADDRESS,
  LAB_RUN_ARGS,
  MEDIA_RANGE,
  NETNS_ETC,
  PREFIX,
  REFLECTOR_HOSTS,
  RUN_DIR,
  SERVER_ADDRESS,
  SERVER_HOST_ADDRESSES,
  SERVER_IF,
  SERVER_NS,
  SPARSE_NETWORK,
  STUN_PORT,
} from './topology';

const HEALTH_TIMEOUT_MS = 30_000;

const run = (command: string, args: string[]) =>
  execFileSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
const inNs = (namespace: string, command: string, args: string[]) =>
  run('ip', ['netns', 'exec', namespace, command, ...args]);

function namespaces(): string[] {
  return run('ip', ['netns', 'list'])
    .toString()
    .split('\n')
    .map((line) => line.split(' ')[0]!)
    .filter(Boolean);
}

function createNetwork(): void {
  for (const namespace of [CLIENT_NS, SERVER_NS]) {
    run('ip', ['netns', 'add', namespace]);
    run('ip', ['-n', namespace, 'link', 'set', 'lo', 'up']);
  }
  run(
    'ip',
    ['link', 'add', CLIENT_IF, 'netns', CLIENT_NS, 'type', 'veth'].concat([
      'peer',
      'name',
      SERVER_IF,
      'netns',
      SERVER_NS,
    ]),
  );
  // The /15 gives each side an on-link route to the whole lab and nothing beyond it.
  run('ip', ['-n', CLIENT_NS, 'addr', 'add', `${CLIENT_ADDRESS}/${PREFIX}`, 'dev', CLIENT_IF]);
  run('ip', ['-n', SERVER_NS, 'addr', 'add', `${SERVER_ADDRESS}/${PREFIX}`, 'dev', SERVER_IF]);
  for (const address of SERVER_HOST_ADDRESSES)
    run('ip', ['-n', SERVER_NS, 'addr', 'add', `${address}/32`, 'dev', SERVER_IF]);
  run('ip', ['-n', CLIENT_NS, 'link', 'set', CLIENT_IF, 'up']);
  run('ip', ['-n', SERVER_NS, 'link', 'set', SERVER_IF, 'up']);
  // The sparse blocks are routed, not on-link: the server namespace takes every packet for
  // them, answers on the addresses it owns and, forwarding nothing, drops the rest unseen.
  run('ip', ['-n', CLIENT_NS, 'route', 'add', SPARSE_NETWORK, 'via', SERVER_ADDRESS]);
  inNs(SERVER_NS, 'sysctl', ['-q', '-w', 'net.ipv4.ip_forward=0']);
  // Rejected UDP must come back as ICMP every time, or a REJECT scenario looks like silence.
  inNs(SERVER_NS, 'sysctl', ['-q', '-w', 'net.ipv4.icmp_ratelimit=0']);
  inNs(SERVER_NS, 'sysctl', ['-q', '-w', 'net.ipv4.icmp_msgs_per_sec=100000']);
  inNs(SERVER_NS, 'sysctl', ['-q', '-w', 'net.ipv4.icmp_msgs_burst=100000']);
  // A reflector answers STUN on every port of the media range: one redirect to coturn.
  // The dead host refuses TCP as a host without services would (nginx listens on every
  // address); its chain runs after a scenario's (priority filter), like a host behind it.
  const reflectors = REFLECTOR_HOSTS.join(', ');
  execFileSync('ip', ['netns', 'exec', SERVER_NS, 'nft', '-f', '-'], {
    input: `table ip nclab_nat {
  chain prerouting {
    type nat hook prerouting priority dstnat; policy accept;
    ip daddr { ${reflectors} } udp dport ${MEDIA_RANGE.from}-${MEDIA_RANGE.to} redirect to :${STUN_PORT}
  }
}
table ip nclab_hosts {
  chain input {
    type filter hook input priority filter + 10; policy accept;
    ip daddr ${DEAD_RANGE_HOST} meta l4proto tcp reject with tcp reset
  }
}
`,
  });
  mkdirSync(CLIENT_ETC, { recursive: true });
  // Short resolver timeouts: a lab with its DNS blocked must not hold the CLI for 10 s.
  writeFileSync(
    join(CLIENT_ETC, 'resolv.conf'),
    `nameserver ${DNS_ADDRESS}\noptions timeout:1 attempts:1\n`,
  );
}

function startServer(server: LabServer): void {
  for (const [file, content] of Object.entries(server.files)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  server.prepare?.();
  const log = openSync(join(RUN_DIR, `${server.name}.log`), 'a');
  // Detached: the servers outlive this command; `down` finds them by their namespace.
  const child = spawn('ip', ['netns', 'exec', SERVER_NS, server.command, ...server.args], {
    detached: true,
    stdio: ['ignore', log, log],
  });
  child.unref();
  closeSync(log);
}

async function waitHealthy(): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  for (;;) {
    let failing: string[];
    try {
      const out = execFileSync(
        'ip',
        ['netns', 'exec', CLIENT_NS, process.execPath, process.argv[1]!, 'health'],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      failing = (JSON.parse(out.toString()) as Array<{ name: string; ok: boolean; detail: string }>)
        .filter((c) => !c.ok)
        .map((c) => `${c.name}: ${c.detail}`);
    } catch (error) {
      const { stderr, status, signal } = error as {
        stderr?: Buffer;
        status?: number | null;
        signal?: string | null;
      };
      failing = [
        `health check did not run (exit ${status ?? signal}): ${(error as Error).message} ${stderr ?? ''}`,
      ];
    }
    if (failing.length === 0) return;
    if (Date.now() > deadline) {
      throw new Error(
        `the lab's servers did not all answer:\n  ${failing.join('\n  ')}\n(logs in ${RUN_DIR})`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export async function up(): Promise<void> {
  down();
  mkdirSync(RUN_DIR, { recursive: true });
  const certificates = makeLabCertificates(RUN_DIR);
  createNetwork();
  const servers = [
    dnsmasqServer(RUN_DIR),
    nginxServer(RUN_DIR, certificates.server),
    kamailioServer(RUN_DIR, certificates.server),
    coturnServer(RUN_DIR),
    squidServer(RUN_DIR, {
      corporateCa: {
        cert: certificates.corporateCa.certFile,
        key: certificates.corporateCa.keyFile,
      },
      originCa: certificates.labCa.certFile,
    }),
  ];
  for (const server of servers) startServer(server);
  await waitHealthy();
}

function pidsIn(namespace: string): number[] {
  if (!namespaces().includes(namespace)) return [];
  return run('ip', ['netns', 'pids', namespace]).toString().split('\n').filter(Boolean).map(Number);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Every process in the lab's namespaces was started by the lab: each is ended by its id. */
function stopProcesses(): void {
  const pids = [...pidsIn(SERVER_NS), ...pidsIn(CLIENT_NS)];
  for (const pid of pids) if (alive(pid)) process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 5000;
  while (pids.some(alive) && Date.now() < deadline) sleepSync(50);
  for (const pid of pids.filter(alive)) process.kill(pid, 'SIGKILL');
  while (pids.some(alive)) sleepSync(20);
}

export function down(): void {
  stopProcesses();
  for (const namespace of [CLIENT_NS, SERVER_NS])
    if (namespaces().includes(namespace)) run('ip', ['netns', 'delete', namespace]);
  rmSync(CLIENT_ETC, { recursive: true, force: true });
  // /etc/netns exists only for the lab on a machine like this one: leave nothing behind.
  if (existsSync(NETNS_ETC) && readdirSync(NETNS_ETC).length === 0)
    rmSync(NETNS_ETC, { recursive: true });
  rmSync(RUN_DIR, { recursive: true, force: true });
}

export function scenario(id: string): void {
  const selected = findScenarioRun(id);
  applyFirewall(selected.firewall, selected.action);
}

const USAGE = `usage: node test/lab/lab.mjs up | down | scenario NAME[/drop|/reject] | args NAME[/VARIANT] | health | copies PROFILE_FILE`;

async function main(argv: string[]): Promise<number> {
  const [command, name] = argv;
  switch (command) {
    case 'up':
      await up();
      return 0;
    case 'down':
      down();
      return 0;
    case 'scenario':
      if (!name) break;
      scenario(name);
      return 0;
    case 'args': {
      // The CLI arguments a scenario runs with (for bench.mjs and for a person at a shell).
      if (!name) break;
      const args = [...LAB_RUN_ARGS, ...findScenarioRun(name).args];
      process.stdout.write(`${JSON.stringify(args)}\n`);
      return 0;
    }
    case 'copies':
      // The benchmark's 10× profile, written to PROFILE_FILE, and the lab's routes for it.
      if (!name) break;
      writeFileSync(name, `${JSON.stringify(tenfoldProfile(), null, 2)}\n`);
      installCopies();
      return 0;
    case 'health':
      process.stdout.write(`${JSON.stringify(await runHealthChecks())}\n`);
      return 0;
  }
  process.stderr.write(`${USAGE}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`lab: ${error.message}\n`);
    process.exit(1);
  },
);
