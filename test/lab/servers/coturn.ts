// coturn answers STUN (RFC 8489 Binding) on 3478 of every SIP and media host, and on the
// legacy server's extra ports 58024 and 58523 (Table 2-3) through aux servers. The media
// range reaches it through the namespace's redirect rule (lab.ts), not through extra ports.
import { join } from 'node:path';
import {
  LEGACY_SIP_HOST,
  LEGACY_STUN_AUX_PORTS,
  SERVER_ADDRESS,
  STUN_HOSTS,
  STUN_PORT,
} from '../topology';
import type { LabServer } from './server';

export function coturnServer(dir: string): LabServer {
  return {
    name: 'coturn',
    command: 'turnserver',
    args: [
      '-n',
      '--no-cli',
      '--stun-only',
      '--no-tls',
      '--no-dtls',
      // With two or more listening addresses coturn turns RFC 5780 on, and names its second
      // (port + 1) as OTHER-ADDRESS in every answer: the legacy server's, an address both
      // overrides map, so the lab's servers report no address the profile does not list
      // (issue 20; test/lab/response-origin.test.ts sets up one that does).
      ...[
        STUN_HOSTS[0]!,
        LEGACY_SIP_HOST,
        ...STUN_HOSTS.slice(1).filter((h) => h !== LEGACY_SIP_HOST),
      ].map((host) => `--listening-ip=${host}`),
      // nftables' redirect hands the packet to the interface's primary address.
      `--listening-ip=${SERVER_ADDRESS}`,
      `--listening-port=${STUN_PORT}`,
      ...LEGACY_STUN_AUX_PORTS.map((port) => `--aux-server=${LEGACY_SIP_HOST}:${port}`),
      '--log-file=stdout',
      '--simple-log',
      `--pidfile=${join(dir, 'turnserver.pid')}`,
      `--userdb=${join(dir, 'turndb')}`,
    ],
    files: {},
  };
}
