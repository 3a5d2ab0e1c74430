// A scenario's firewall: nftables rules in one table of their own, either in front of the
// servers (the server namespace's input hook: silent drops and remote rejects, as a site
// firewall behaves) or on the client itself (its output hook: a host firewall, which the
// client's sockets see as EPERM, `local-block`).
import { execFileSync } from 'node:child_process';
import { CLIENT_NS, SERVER_IF, SERVER_NS } from './topology';

export type FirewallPlace = 'server-ingress' | 'client-output';
export type FirewallAction = 'drop' | 'reject';

export interface Firewall {
  at: FirewallPlace;
  /** nftables rule bodies; `@ACTION@` becomes the variant's verdict statement. */
  rules: string[];
}

const TABLE = 'inet nclab_fw';

function nft(namespace: string, script: string): void {
  execFileSync('ip', ['netns', 'exec', namespace, 'nft', '-f', '-'], {
    input: script,
    stdio: ['pipe', 'ignore', 'pipe'],
  });
}

/** The table as nft would load it (exported for the report when a scenario fails). */
export function firewallScript(firewall: Firewall, action: FirewallAction): string {
  const rules = firewall.rules.map((rule) => rule.replaceAll('@ACTION@', action));
  // Only what arrives from the client is filtered: squid's own connections to the origin
  // servers cross the server namespace's loopback and must not meet the site firewall.
  const chain =
    firewall.at === 'server-ingress'
      ? ['chain input {', '  type filter hook input priority filter; policy accept;'].concat(
          rules.map((rule) => `  iifname "${SERVER_IF}" ${rule}`),
        )
      : ['chain output {', '  type filter hook output priority filter; policy accept;'].concat(
          rules.map((rule) => `  ${rule}`),
        );
  return [`table ${TABLE} {`, ...chain.map((line) => `  ${line}`), '  }', '}', ''].join('\n');
}

/** Removes every scenario table, then loads this one (none for an open network). */
export function applyFirewall(firewall: Firewall | null, action: FirewallAction): void {
  // Declaring the table first makes the delete succeed whether or not it existed.
  for (const namespace of [CLIENT_NS, SERVER_NS])
    nft(namespace, `table ${TABLE}\ndelete table ${TABLE}\n`);
  if (!firewall) return;
  nft(firewall.at === 'server-ingress' ? SERVER_NS : CLIENT_NS, firewallScript(firewall, action));
}
