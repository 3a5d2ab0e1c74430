// A real coturn for tests: STUN only, on 127.0.0.1 of this machine or of a test namespace,
// with its own pid file and log in a temp dir; proved to answer before a test relies on it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stunBinding } from '../../main/engine/stun/binding';
import { execIn } from './netns';
import { toolPath } from './tools';

export interface Coturn {
  port: number;
  auxPorts: number[];
  /** Everything coturn logged so far (for failure messages). */
  log(): string;
  stop(): Promise<void>;
}

/** One Binding request from plain Node to `port` `ip`, for health checks inside a namespace (exit 0 on an answer). */
const PING_SCRIPT = `
const s = require('node:dgram').createSocket('udp4');
const b = Buffer.alloc(20); b.writeUInt16BE(1, 0); b.writeUInt32BE(0x2112a442, 4);
require('node:crypto').randomFillSync(b, 8);
const t = setTimeout(() => { s.close(); process.exit(1); }, 300);
s.on('message', () => { clearTimeout(t); s.close(); process.exit(0); });
s.on('error', () => { clearTimeout(t); s.close(); process.exit(1); });
s.connect(Number(process.argv[1]), process.argv[2], () => s.send(b));
`;

async function answers(
  port: number,
  namespace: string | undefined,
  ip = '127.0.0.1',
): Promise<boolean> {
  if (namespace)
    return (
      (await execIn(namespace, process.execPath, ['-e', PING_SCRIPT, String(port), ip])).code === 0
    );
  const result = await stunBinding(ip, port, {
    budgetMs: 300,
    signal: new AbortController().signal,
  });
  return result.kind === 'answer';
}

export async function startCoturn({
  port,
  auxPorts = [],
  namespace,
  listeningIps = ['127.0.0.1'],
}: {
  port: number;
  auxPorts?: number[];
  /** The loopback addresses it listens on (127.0.0.0/8 is all loopback): a block's live hosts. */
  listeningIps?: string[];
  /** Runs coturn inside this namespace (its own 127.0.0.1, or the addresses given it there). */
  namespace?: string;
}): Promise<Coturn> {
  // Found before spawning: a missing binary is an error naming its package, never ENOENT.
  const turnserver = toolPath('turnserver');
  const dir = mkdtempSync(join(tmpdir(), 'nc-coturn-'));
  const args = [
    '-n',
    '--no-cli',
    '--stun-only',
    '--no-tls',
    '--no-dtls',
    ...listeningIps.map((ip) => `--listening-ip=${ip}`),
    `--listening-port=${port}`,
    ...auxPorts.map((aux) => `--aux-server=127.0.0.1:${aux}`),
    '--log-file=stdout',
    '--simple-log',
    `--pidfile=${join(dir, 'turnserver.pid')}`,
    `--userdb=${join(dir, 'turndb')}`,
  ];
  const child: ChildProcess = namespace
    ? spawn('ip', ['netns', 'exec', namespace, turnserver, ...args], {
        stdio: ['ignore', 'pipe', 'pipe'],
      })
    : spawn(turnserver, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
    rmSync(dir, { recursive: true, force: true });
  };

  for (let tries = 0; tries < 50; tries++) {
    if (child.exitCode !== null) break;
    const ready = await Promise.all([
      ...[port, ...auxPorts].map((p) => answers(p, namespace, listeningIps[0])),
      ...listeningIps.slice(1).map((ip) => answers(port, namespace, ip)),
    ]);
    if (ready.every(Boolean)) return { port, auxPorts, log: () => log, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`coturn did not answer STUN on ${listeningIps.join(', ')}:${port}:\n${log}`);
}
