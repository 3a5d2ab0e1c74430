// A real squid (Debian's squid-openssl) on 127.0.0.1 for proxy tests: ONE instance for the
// whole run (test/support/servers-setup.ts starts it), since each start costs about 1.5 s. It
// listens on one port per personality (plain, Basic sign-in, two refusing policies, ssl-bump),
// told apart by squid's `myportname` ACL, with its own config, pid file, logs and certificate
// database in a temp dir, run in the foreground (-N) and stopped by PID. The helpers below
// (CA files, htpasswd, cert db) are also what the lab's squid uses inside its namespaces.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closedLoopbackPort } from './loopback-server';
import { SQUID_HELPERS, toolPath } from './tools';

export { SQUID_HELPERS } from './tools';
export const SQUID_BINARY = '/usr/sbin/squid';
/** squid drops root privileges to this user (Debian's package creates it). */
export const SQUID_USER = 'proxy';

/** The ports of the shared test proxy, by personality, and what the tests need to know of it. */
export interface TestProxy {
  /** A plain CONNECT proxy. */
  plain: number;
  /** Asks for a user name and password (Basic): `user` and `password`. */
  auth: number;
  /** Refuses every destination on 127.0.0.2 (403), tunnels to the rest. */
  denyOther: number;
  /** Refuses every destination on 127.0.0.1 (403). */
  denyLocal: number;
  /** SSL inspection: re-signs every tunnel with `corporateCa`. */
  bump: number;
  user: string;
  password: string;
  realm: string;
  /** The PEM of the "corporate" CA the ssl-bump port signs with. */
  corporateCaCert: string;
}

export const CORPORATE_ORG = 'Zscaler Inc.';
export const CORPORATE_CN = 'Zscaler Root CA (netcheck test)';
const PERSONALITIES = ['plain', 'auth', 'denyOther', 'denyLocal', 'bump'] as const;

/**
 * The shared proxy's config. CONNECT may reach any unprivileged port (the tests' origins
 * listen on ephemeral ones) and no privileged one, so port 25 is refused with a 403. The
 * ssl-bump port ends every tunnelled TLS connection and presents a certificate for the
 * destination, made on the fly and signed by the corporate CA, with the subject the client
 * asked for (peek at the SNI, then bump).
 */
function testProxyConfig(dir: string, ports: TestProxy, ca: CaFiles): string {
  const certDb = join(dir, 'ssl_db');
  return [
    ...PERSONALITIES.filter((name) => name !== 'bump').map(
      (name) => `http_port 127.0.0.1:${ports[name]} name=${name}`,
    ),
    `http_port 127.0.0.1:${ports.bump} name=bump ssl-bump generate-host-certificates=on dynamic_cert_mem_cache_size=4MB tls-cert=${ca.certFile} tls-key=${ca.keyFile}`,
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
    `sslcrtd_program ${join(SQUID_HELPERS, 'security_file_certgen')} -s ${certDb} -M 4MB`,
    'sslcrtd_children 1 startup=1 idle=1',
    // The test is about re-signing, not about squid judging the origin: squid 5.7 fails
    // its own check of a loopback origin even given that origin's CA, so it is off.
    'tls_outgoing_options flags=DONT_VERIFY_PEER',
    'sslproxy_cert_error allow all',
    'acl test_step1 at_step SslBump1',
    'ssl_bump peek test_step1',
    'ssl_bump bump all',
    `auth_param basic program ${join(SQUID_HELPERS, 'basic_ncsa_auth')} ${join(dir, 'htpasswd')}`,
    'auth_param basic children 1 startup=1 idle=1',
    `auth_param basic realm ${ports.realm}`,
    'acl test_clients src 127.0.0.0/8',
    'acl test_connect method CONNECT',
    'acl test_ports port 1024-65535',
    'acl test_users proxy_auth REQUIRED',
    'acl via_auth myportname auth',
    'acl via_deny_other myportname denyOther',
    'acl via_deny_local myportname denyLocal',
    'acl other_host dst 127.0.0.2',
    'acl local_host dst 127.0.0.1',
    'http_access deny test_connect !test_ports',
    'http_access deny !test_clients',
    // The last ACL of a denying line is the auth one: squid answers 407 with its challenge.
    'http_access deny via_auth !test_users',
    'http_access deny via_deny_other other_host',
    'http_access deny via_deny_local local_host',
    'http_access allow test_clients',
    'http_access deny all',
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

export interface RunningProxy {
  proxy: TestProxy;
  /** cache.log so far: what squid said about itself. */
  cacheLog(): string;
  stop(): Promise<void>;
}

export const freePort = closedLoopbackPort;

/** Starts the shared test proxy and waits until every one of its ports accepts connections. */
export async function startTestProxy(startTimeoutMs = 20_000): Promise<RunningProxy> {
  // Found before spawning: a missing binary is an error naming its package, never ENOENT.
  const squid = toolPath('squid');
  const dir = mkdtempSync(join(tmpdir(), 'nc-squid-'));
  const ca = makeCa(dir, 'corporate-ca', CORPORATE_ORG, CORPORATE_CN);
  const proxy: TestProxy = {
    plain: await freePort(),
    auth: await freePort(),
    denyOther: await freePort(),
    denyLocal: await freePort(),
    bump: await freePort(),
    user: 'alice',
    password: 's3cret',
    realm: 'Netcheck test proxy',
    corporateCaCert: ca.cert,
  };
  writeFileSync(join(dir, 'htpasswd'), htpasswdLine(proxy.user, proxy.password));
  initCertDb(join(dir, 'ssl_db'));
  const confFile = join(dir, 'squid.conf');
  writeFileSync(confFile, `${testProxyConfig(dir, proxy, ca)}\n`);
  // squid writes its logs and pid file after dropping to the proxy user.
  if (process.getuid?.() === 0) execFileSync('chown', ['-R', `${SQUID_USER}:${SQUID_USER}`, dir]);
  const cacheLog = () =>
    existsSync(join(dir, 'cache.log')) ? readFileSync(join(dir, 'cache.log'), 'utf8') : '';

  const child = spawn(squid, ['-N', '-f', confFile], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const running: RunningProxy = { proxy, cacheLog, stop: () => stopSquid(child, exited, dir) };
  const ports = PERSONALITIES.map((name) => proxy[name]);
  const deadline = Date.now() + startTimeoutMs;
  while (!(await Promise.all(ports.map(listening))).every(Boolean)) {
    if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      const why = `squid did not start listening on 127.0.0.1:${ports.join(', ')}:\n${output}\n${cacheLog()}`;
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

/** A server certificate for `cn` (and 127.0.0.1 unless `altNames` says otherwise), signed by `ca`. */
export function makeLeaf(
  dir: string,
  name: string,
  ca: CaFiles,
  cn: string,
  altNames = `DNS:${cn},IP:127.0.0.1`,
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
      `subjectAltName=${altNames}`,
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
