// dnsmasq answers the lab's names: every name under a listed domain gets that domain's
// host (dnsmasq's `address=/domain/ip` matches the domain and all names below it).
import { join } from 'node:path';
import { DNS_ADDRESS, DNS_NAMES } from '../topology';
import type { LabServer } from './server';

export function dnsmasqServer(dir: string): LabServer {
  const conf = join(dir, 'dnsmasq.conf');
  const lines = [
    // Nothing upstream: a name the lab does not know gets NXDOMAIN, never an outside query.
    'no-resolv',
    'no-hosts',
    'no-poll',
    'bind-interfaces',
    `listen-address=${DNS_ADDRESS}`,
    // Debian's dnsmasq-base drops to a "dnsmasq" user the package does not always create.
    'user=nobody',
    'group=nogroup',
    'pid-file=',
    'log-facility=-',
    ...DNS_NAMES.map(([domain, address]) => `address=/${domain}/${address}`),
  ];
  return {
    name: 'dnsmasq',
    command: 'dnsmasq',
    args: ['--keep-in-foreground', `--conf-file=${conf}`],
    files: { [conf]: `${lines.join('\n')}\n` },
  };
}
