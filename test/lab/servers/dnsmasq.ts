// dnsmasq answers the lab's names: every name under a listed domain gets that domain's
// host (dnsmasq's `address=/domain/ip` matches the domain and all names below it).
import { join } from 'node:path';
import { DNS_ADDRESS, DNS_NAMES } from '../topology';
import type { LabServer } from './server';

/**
 * `listen` is the server's address; `answer` turns a name's lab IPv4 host into the record
 * dnsmasq gives (the IPv6-only lab listens on IPv6 and answers NAT64 addresses,
 * ipv6-only.test.ts).
 */
export function dnsmasqServer(
  dir: string,
  {
    listen = DNS_ADDRESS,
    answer = (ipv4: string) => ipv4,
  }: { listen?: string; answer?: (ipv4: string) => string } = {},
): LabServer {
  const conf = join(dir, 'dnsmasq.conf');
  const lines = [
    // Nothing upstream: a name the lab does not know gets NXDOMAIN, never an outside query.
    'no-resolv',
    'no-hosts',
    'no-poll',
    'bind-interfaces',
    `listen-address=${listen}`,
    // Debian's dnsmasq-base drops to a "dnsmasq" user the package does not always create.
    'user=nobody',
    'group=nogroup',
    'pid-file=',
    'log-facility=-',
    ...DNS_NAMES.map(([domain, address]) => `address=/${domain}/${answer(address)}`),
  ];
  return {
    name: 'dnsmasq',
    command: 'dnsmasq',
    args: ['--keep-in-foreground', `--conf-file=${conf}`],
    files: { [conf]: `${lines.join('\n')}\n` },
  };
}
