// A real kamailio for SIP tests: on loopback (free ports) or inside a namespace the test
// created, config and TLS key in a temp dir, run in the foreground so stopping the process
// stops its children too.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closedLoopbackPort } from './loopback-server';
import { KAMAILIO_MODULES, toolPath } from './tools';

export interface Kamailio {
  address: string;
  /** OPTIONS → 200 OK over TCP. */
  tcpPort: number;
  /** OPTIONS → 200 OK over TLS 1.2+. */
  tlsPort: number;
  /** Every request → 404 Not Found over TCP. */
  notFoundPort: number;
  stop(): Promise<void>;
}

export const freePort = closedLoopbackPort;

/** A self-signed key and certificate made by the `openssl` CLI. */
export function generateCertificate(
  dir: string,
  commonName: string,
): { key: string; cert: string } {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '2',
      '-subj',
      `/CN=${commonName}`,
    ],
    { stdio: 'ignore' },
  );
  return { key, cert };
}

function config(
  dir: string,
  address: string,
  ports: { tcp: number; tls: number; notFound: number },
): string {
  return `#!KAMAILIO
debug=2
log_stderror=yes
children=1
tcp_children=1
auto_aliases=no
disable_sctp=yes
enable_tls=yes
listen=tcp:${address}:${ports.tcp}
listen=tls:${address}:${ports.tls}
listen=tcp:${address}:${ports.notFound}
mpath="${KAMAILIO_MODULES}"
loadmodule "sl.so"
loadmodule "pv.so"
loadmodule "textops.so"
loadmodule "tls.so"
modparam("tls", "config", "${join(dir, 'tls.cfg')}")
request_route {
  if ($Rp == ${ports.notFound}) { sl_send_reply("404", "Not Found"); exit; }
  if (is_method("OPTIONS")) { sl_send_reply("200", "OK"); exit; }
  sl_send_reply("405", "Method Not Allowed");
}
`;
}

export interface KamailioOptions {
  /** Runs kamailio inside this network namespace (created by the test). */
  namespace?: string;
  /** The address to listen on; 127.0.0.1 unless in a namespace. */
  address?: string;
}

const HEALTH_SCRIPT = join(__dirname, 'sip-health.mjs');

export async function startKamailio(options: KamailioOptions = {}): Promise<Kamailio> {
  const kamailio = toolPath('kamailio');
  const address = options.address ?? '127.0.0.1';
  const dir = mkdtempSync(join(tmpdir(), 'nc-kamailio-'));
  const { key, cert } = generateCertificate(dir, 'sip.test');
  writeFileSync(
    join(dir, 'tls.cfg'),
    `[server:default]\nmethod = TLSv1.2+\nverify_certificate = no\nrequire_certificate = no\nprivate_key = ${key}\ncertificate = ${cert}\n`,
  );
  // A namespace of the test's own has every port free: use the real SIP ports there.
  const ports = options.namespace
    ? { tcp: 5060, tls: 5061, notFound: 5062 }
    : { tcp: await freePort(), tls: await freePort(), notFound: await freePort() };
  writeFileSync(join(dir, 'kamailio.cfg'), config(dir, address, ports));
  const inNamespace = (command: string, args: string[]): [string, string[]] =>
    options.namespace
      ? ['ip', ['netns', 'exec', options.namespace, command, ...args]]
      : [command, args];

  // `ip netns exec` execs the command in place, so this pid is kamailio's own.
  const child = spawn(
    ...inNamespace(kamailio, [
      '-f',
      join(dir, 'kamailio.cfg'),
      '-DD',
      '-E',
      '-m',
      '32',
      '-M',
      '8',
      '-Y',
      dir,
    ]),
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr!.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-8000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(killer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const health = await new Promise<{ ok: boolean; stderr: string }>((resolve) => {
    execFile(
      ...inNamespace(process.execPath, [
        HEALTH_SCRIPT,
        address,
        String(ports.tcp),
        String(ports.tls),
      ]),
      { timeout: 20_000 },
      (error, _stdout, stderr) => resolve({ ok: error === null, stderr }),
    );
  });
  if (!health.ok) {
    await stop();
    throw new Error(`kamailio did not become healthy: ${health.stderr}\n${log}`);
  }
  return { address, tcpPort: ports.tcp, tlsPort: ports.tls, notFoundPort: ports.notFound, stop };
}
