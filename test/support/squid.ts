// A real squid (Debian's squid-openssl) on 127.0.0.1 for proxy tests: one temp dir per
// instance with its own config, pid file, logs and certificate database, started in the
// foreground (-N) and stopped by the test. The config builders are plain functions so the
// lab can reuse them inside its namespaces.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closedLoopbackPort } from './loopback-server';

export const SQUID_BINARY = '/usr/sbin/squid';
export const SQUID_HELPERS = '/usr/lib/squid';
/** squid drops root privileges to this user (Debian's package creates it). */
export const SQUID_USER = 'proxy';

export function squidAvailable(): boolean {
  return existsSync(SQUID_BINARY) && existsSync(join(SQUID_HELPERS, 'security_file_certgen'));
}

export interface SquidBase {
  /** The instance's own folder: pid file, logs, certificates. */
  dir: string;
  /** Where squid listens for clients. */
  listen: string;
  /** Destination ports CONNECT may reach (squid's own default is 443 only). */
  connectPorts: readonly number[];
}

/** Lines every test instance shares: its own files, no cache, no traffic of its own. */
function commonLines({ dir }: SquidBase): string[] {
  return [
    `pid_filename ${join(dir, 'squid.pid')}`,
    `cache_log ${join(dir, 'cache.log')}`,
    `access_log stdio:${join(dir, 'access.log')}`,
    'cache_store_log none',
    `coredump_dir ${dir}`,
    'cache deny all',
    'cache_mem 8 MB',
    `cache_effective_user ${SQUID_USER}`,
    'visible_hostname netcheck-test-squid',
    // Never ask an outside resolver or pinger anything: names go to loopback and fail.
    'dns_nameservers 127.0.0.1',
    'pinger_enable off',
    'netdb_filename none',
    'shutdown_lifetime 0 seconds',
  ];
}

function accessLines({ connectPorts }: SquidBase, rules: string[]): string[] {
  return [
    'acl test_clients src 127.0.0.0/8',
    'acl test_connect method CONNECT',
    `acl test_ports port ${connectPorts.join(' ')}`,
    'http_access deny test_connect !test_ports',
    ...rules,
    'http_access deny all',
  ];
}

/** A plain CONNECT proxy for loopback clients. */
export function plainConnectConfig(base: SquidBase): string {
  return [
    `http_port ${base.listen}`,
    ...commonLines(base),
    ...accessLines(base, ['http_access allow test_clients']),
  ].join('\n');
}

/** A proxy that asks for a user name and password (Basic, checked by basic_ncsa_auth). */
export function basicAuthConfig(base: SquidBase & { htpasswdFile: string; realm: string }): string {
  return [
    `http_port ${base.listen}`,
    ...commonLines(base),
    `auth_param basic program ${join(SQUID_HELPERS, 'basic_ncsa_auth')} ${base.htpasswdFile}`,
    'auth_param basic children 1 startup=1 idle=1',
    `auth_param basic realm ${base.realm}`,
    'acl test_users proxy_auth REQUIRED',
    ...accessLines(base, ['http_access allow test_clients test_users']),
  ].join('\n');
}

/** A proxy whose policy refuses one destination address (squid answers 403). */
export function denyDestinationConfig(base: SquidBase & { deniedDestination: string }): string {
  return [
    `http_port ${base.listen}`,
    ...commonLines(base),
    ...accessLines(base, [
      `acl test_denied dst ${base.deniedDestination}`,
      'http_access deny test_denied',
      'http_access allow test_clients',
    ]),
  ].join('\n');
}

/**
 * SSL inspection: squid ends every tunnelled TLS connection and presents a certificate
 * for the destination, made on the fly and signed by `caCertFile` (the "corporate" CA),
 * with the subject the client asked for (peek at the SNI, then bump).
 */
export function sslBumpConfig(
  base: SquidBase & { caCertFile: string; caKeyFile: string; certDbDir: string },
): string {
  return [
    `http_port ${base.listen} ssl-bump generate-host-certificates=on dynamic_cert_mem_cache_size=4MB tls-cert=${base.caCertFile} tls-key=${base.caKeyFile}`,
    ...commonLines(base),
    `sslcrtd_program ${join(SQUID_HELPERS, 'security_file_certgen')} -s ${base.certDbDir} -M 4MB`,
    'sslcrtd_children 1 startup=1 idle=1',
    // The test is about re-signing, not about squid judging the origin: squid 5.7 fails
    // its own check of a loopback origin even given that origin's CA, so it is off.
    'tls_outgoing_options flags=DONT_VERIFY_PEER',
    'sslproxy_cert_error allow all',
    'acl test_step1 at_step SslBump1',
    'ssl_bump peek test_step1',
    'ssl_bump bump all',
    ...accessLines(base, ['http_access allow test_clients']),
  ].join('\n');
}

/** Makes the certificate database squid's certgen helper needs (before squid starts). */
export function initCertDb(certDbDir: string): void {
  execFileSync(join(SQUID_HELPERS, 'security_file_certgen'), ['-c', '-s', certDbDir, '-M', '4MB'], {
    stdio: 'pipe',
  });
}

/** An htpasswd line for basic_ncsa_auth (`openssl passwd -apr1` makes the hash). */
export function htpasswdLine(user: string, password: string): string {
  const hash = execFileSync('openssl', ['passwd', '-apr1', password], { encoding: 'utf8' }).trim();
  return `${user}:${hash}\n`;
}

export interface RunningSquid {
  port: number;
  dir: string;
  /** cache.log so far: what squid said about itself. */
  cacheLog(): string;
  stop(): Promise<void>;
}

export interface StartSquidOptions {
  /** Writes what the config refers to (htpasswd, CA files, cert db) into the instance's dir. */
  prepare?(dir: string): void;
  config(dir: string, port: number): string;
  startTimeoutMs?: number;
}

export const freePort = closedLoopbackPort;

export async function startSquid({
  prepare,
  config,
  startTimeoutMs = 20_000,
}: StartSquidOptions): Promise<RunningSquid> {
  if (!squidAvailable()) {
    throw new Error(
      `squid is needed for this test (apt-get install squid-openssl): ${SQUID_BINARY} not found`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'nc-squid-'));
  const port = await freePort();
  const confFile = join(dir, 'squid.conf');
  prepare?.(dir);
  writeFileSync(confFile, `${config(dir, port)}\n`);
  // squid writes its logs and pid file after dropping to the proxy user.
  if (process.getuid?.() === 0) execFileSync('chown', ['-R', `${SQUID_USER}:${SQUID_USER}`, dir]);
  const cacheLog = () =>
    existsSync(join(dir, 'cache.log')) ? readFileSync(join(dir, 'cache.log'), 'utf8') : '';

  const child = spawn(SQUID_BINARY, ['-N', '-f', confFile], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const running: RunningSquid = { port, dir, cacheLog, stop: () => stopSquid(child, exited, dir) };
  const deadline = Date.now() + startTimeoutMs;
  while (!(await listening(port))) {
    if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      const why = `squid did not start listening on 127.0.0.1:${port}:\n${output}\n${cacheLog()}`;
      await running.stop();
      throw new Error(why);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return running;
}

async function stopSquid(child: ChildProcess, exited: Promise<void>, dir: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(killer);
  }
  rmSync(dir, { recursive: true, force: true });
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export interface CaFiles {
  certFile: string;
  keyFile: string;
  cert: string;
}

/** A CA made with the openssl CLI: /O=<org>/CN=<cn>. */
export function makeCa(dir: string, name: string, org: string, cn: string): CaFiles {
  const certFile = join(dir, `${name}.pem`);
  const keyFile = join(dir, `${name}.key`);
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '2',
      '-subj',
      `/O=${org}/CN=${cn}`,
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ],
    { stdio: 'pipe' },
  );
  return { certFile, keyFile, cert: readFileSync(certFile, 'utf8') };
}

/** A server certificate for `cn` and 127.0.0.1, signed by `ca`. */
export function makeLeaf(
  dir: string,
  name: string,
  ca: CaFiles,
  cn: string,
): { key: string; cert: string } {
  const keyFile = join(dir, `${name}.key`);
  const csrFile = join(dir, `${name}.csr`);
  const certFile = join(dir, `${name}.pem`);
  const extFile = join(dir, `${name}.ext`);
  writeFileSync(
    extFile,
    [
      'basicConstraints=critical,CA:FALSE',
      'keyUsage=critical,digitalSignature,keyEncipherment',
      'extendedKeyUsage=serverAuth',
      `subjectAltName=DNS:${cn},IP:127.0.0.1`,
    ].join('\n'),
  );
  execFileSync(
    'openssl',
    [
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      csrFile,
      '-subj',
      `/CN=${cn}`,
    ],
    { stdio: 'pipe' },
  );
  execFileSync(
    'openssl',
    [
      'x509',
      '-req',
      '-in',
      csrFile,
      '-CA',
      ca.certFile,
      '-CAkey',
      ca.keyFile,
      '-CAcreateserial',
      '-days',
      '1',
      '-extfile',
      extFile,
      '-out',
      certFile,
    ],
    { stdio: 'pipe' },
  );
  return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') };
}
