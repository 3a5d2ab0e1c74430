// A real kamailio for SIP tests: loopback only, free ports, config and TLS key in a temp
// dir, run in the foreground so stopping the process stops its children too.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';

const KAMAILIO = '/usr/sbin/kamailio';
const MODULES = '/usr/lib/x86_64-linux-gnu/kamailio/modules/';

export function kamailioInstalled(): boolean {
  return existsSync(KAMAILIO) && existsSync(join(MODULES, 'tls.so'));
}

export interface Kamailio {
  /** OPTIONS → 200 OK over TCP. */
  tcpPort: number;
  /** OPTIONS → 200 OK over TLS 1.2+. */
  tlsPort: number;
  /** Every request → 404 Not Found over TCP. */
  notFoundPort: number;
  stop(): Promise<void>;
}

/** A port nobody listens on right now (bound and released by the kernel's choice). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

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

function config(dir: string, ports: { tcp: number; tls: number; notFound: number }): string {
  return `#!KAMAILIO
debug=2
log_stderror=yes
children=1
tcp_children=1
auto_aliases=no
disable_sctp=yes
enable_tls=yes
listen=tcp:127.0.0.1:${ports.tcp}
listen=tls:127.0.0.1:${ports.tls}
listen=tcp:127.0.0.1:${ports.notFound}
mpath="${MODULES}"
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

export async function startKamailio(): Promise<Kamailio> {
  const dir = mkdtempSync(join(tmpdir(), 'nc-kamailio-'));
  const { key, cert } = generateCertificate(dir, 'sip.test');
  writeFileSync(
    join(dir, 'tls.cfg'),
    `[server:default]\nmethod = TLSv1.2+\nverify_certificate = no\nrequire_certificate = no\nprivate_key = ${key}\ncertificate = ${cert}\n`,
  );
  const ports = { tcp: await freePort(), tls: await freePort(), notFound: await freePort() };
  writeFileSync(join(dir, 'kamailio.cfg'), config(dir, ports));
  const child = spawn(
    KAMAILIO,
    ['-f', join(dir, 'kamailio.cfg'), '-DD', '-E', '-m', '32', '-M', '8', '-Y', dir],
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
  try {
    await waitHealthy(child, ports, readFileSync(cert, 'utf8'));
  } catch (error) {
    await stop();
    throw new Error(`kamailio did not become healthy: ${(error as Error).message}\n${log}`, {
      cause: error,
    });
  }
  return { tcpPort: ports.tcp, tlsPort: ports.tls, notFoundPort: ports.notFound, stop };
}

/** Healthy = answers a hand-written OPTIONS with 200 on TCP and completes a TLS handshake. */
async function waitHealthy(
  child: ChildProcess,
  ports: { tcp: number; tls: number },
  certPem: string,
) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}`);
    const tcpOk = (await rawOptions(ports.tcp)).startsWith('SIP/2.0 200');
    if (tcpOk && (await tlsHandshakes(ports.tls, certPem))) return;
    if (Date.now() > deadline) throw new Error('no 200 to OPTIONS within 15 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Independent of the code under test: a fixed request, the raw bytes back. */
function rawOptions(port: number): Promise<string> {
  const request = [
    `OPTIONS sip:127.0.0.1:${port};transport=tcp SIP/2.0`,
    'Via: SIP/2.0/TCP 127.0.0.1:9;branch=z9hG4bKhealth',
    'Max-Forwards: 70',
    'From: <sip:health@127.0.0.1>;tag=h',
    `To: <sip:127.0.0.1:${port}>`,
    'Call-ID: health@127.0.0.1',
    'CSeq: 1 OPTIONS',
    'Content-Length: 0',
    '',
    '',
  ].join('\r\n');
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    let received = '';
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(received);
    };
    const timer = setTimeout(done, 1000);
    socket.on('connect', () => socket.write(request));
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      if (received.includes('\r\n\r\n')) done();
    });
    socket.on('error', done);
    socket.on('close', done);
  });
}

function tlsHandshakes(port: number, certPem: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = tls.connect({
      host: '127.0.0.1',
      port,
      ca: certPem,
      checkServerIdentity: () => undefined,
    });
    const done = (ok: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), 1000);
    socket.on('secureConnect', () => done(true));
    socket.on('error', () => done(false));
  });
}
