// One squid with three personalities, told apart by the address the client dials (squid's
// `localip` ACL): a plain CONNECT proxy, an SSL-inspecting one that re-signs every tunnel
// with a "corporate" CA (ssl-bump), and one that asks for a password (Basic).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import {
  htpasswdLine,
  initCertDb,
  SQUID_BINARY,
  SQUID_HELPERS,
  SQUID_USER,
} from '../../support/squid';
import { DNS_ADDRESS, LAB_NETWORK, PROXY, PROXY_USER } from '../topology';
import type { LabServer } from './server';

export interface SquidFiles {
  /** The CA squid signs bumped connections with. */
  corporateCa: { cert: string; key: string };
  /** The CA squid checks the origin servers against (the lab CA). */
  originCa: string;
}

export function squidServer(dir: string, files: SquidFiles): LabServer {
  const conf = join(dir, 'squid.conf');
  const home = join(dir, 'squid');
  const certDb = join(home, 'certdb');
  const htpasswd = join(home, 'htpasswd');
  const text = [
    `http_port ${PROXY.plain}:${PROXY.port}`,
    `http_port ${PROXY.auth}:${PROXY.port}`,
    `http_port ${PROXY.bump}:${PROXY.port} ssl-bump generate-host-certificates=on dynamic_cert_mem_cache_size=4MB tls-cert=${files.corporateCa.cert} tls-key=${files.corporateCa.key}`,
    `pid_filename ${join(home, 'squid.pid')}`,
    `cache_log ${join(home, 'cache.log')}`,
    `access_log stdio:${join(home, 'access.log')}`,
    'cache_store_log none',
    `coredump_dir ${home}`,
    'cache deny all',
    'cache_mem 8 MB',
    `cache_effective_user ${SQUID_USER}`,
    'visible_hostname nclab-proxy',
    `dns_nameservers ${DNS_ADDRESS}`,
    'pinger_enable off',
    'netdb_filename none',
    'shutdown_lifetime 0 seconds',
    `sslcrtd_program ${join(SQUID_HELPERS, 'security_file_certgen')} -s ${certDb} -M 4MB`,
    'sslcrtd_children 2 startup=1 idle=1',
    // Like a browser, squid only bumps an origin it trusts: the lab's own CA.
    `tls_outgoing_options cafile=${files.originCa}`,
    `auth_param basic program ${join(SQUID_HELPERS, 'basic_ncsa_auth')} ${htpasswd}`,
    'auth_param basic children 1 startup=1 idle=1',
    'auth_param basic realm Onsight lab proxy',
    `acl lab_clients src ${LAB_NETWORK}`,
    'acl lab_connect method CONNECT',
    'acl lab_tls_ports port 443',
    `acl via_auth localip ${PROXY.auth}`,
    'acl lab_users proxy_auth REQUIRED',
    'http_access deny lab_connect !lab_tls_ports',
    'http_access deny !lab_clients',
    // The last ACL of a denying line is the auth one: squid answers 407 with its challenge.
    'http_access deny via_auth !lab_users',
    'http_access allow lab_clients',
    'http_access deny all',
    'acl step1 at_step SslBump1',
    'ssl_bump peek step1',
    'ssl_bump stare all',
    'ssl_bump bump all',
  ];
  return {
    name: 'squid',
    command: SQUID_BINARY,
    args: ['-N', '-f', conf],
    files: {
      [conf]: `${text.join('\n')}\n`,
      [htpasswd]: htpasswdLine(PROXY_USER.name, PROXY_USER.password),
    },
    prepare() {
      // security_file_certgen refuses to start without its database, which squid's
      // unprivileged user must own, as the logs and pid file it writes.
      initCertDb(certDb);
      execFileSync('chown', ['-R', `${SQUID_USER}:${SQUID_USER}`, home]);
    },
  };
}
