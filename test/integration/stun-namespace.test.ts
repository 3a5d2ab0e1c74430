// The `stun` probe inside test namespaces, where nftables rules can be set without touching
// this machine's firewall: a local firewall (output drop or reject) and an input drop.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import type { ProbeTask } from '../../main/engine/probe-types';
import { canCreateNamespaces, createEmptyNamespace, type Namespace } from '../support/netns';
import { runProbeInNamespace } from '../support/run-in-namespace';
import { hasCoturn, startCoturn, type Coturn } from '../support/coturn';

const COTURN_PORT = 3478;

const task = (port: number): ProbeTask => ({
  probe: {
    id: 'TEST#stun',
    rowId: 'TEST',
    kind: 'stun',
    transport: 'udp',
    targets: [{ target: '127.0.0.1' }],
    ports: String(port),
    expectsReply: true,
  },
  target: { target: '127.0.0.1' },
  host: '127.0.0.1',
  port,
});

const runStun = (ns: Namespace, timeoutMs = 1500) =>
  runProbeInNamespace(ns, {
    module: 'main/engine/probes/stun.ts',
    exportName: 'stunProbe',
    task: task(COTURN_PORT),
    timeoutMs,
  });

function nft(ns: Namespace, script: string) {
  execFileSync('ip', ['netns', 'exec', ns.name, 'nft', '-f', '-'], { input: script });
}

describe.skipIf(!(canCreateNamespaces() && hasCoturn()) && !process.env.CI)(
  'stun probe in a namespace with nftables',
  () => {
    let ns: Namespace;
    let coturn: Coturn;
    beforeAll(async () => {
      ns = createEmptyNamespace('nc-stun');
      coturn = await startCoturn({ port: COTURN_PORT, namespace: ns.name });
    });
    afterAll(async () => {
      await coturn?.stop();
      ns?.remove();
    });

    const setRules = (rules: string) => nft(ns, `flush ruleset\ntable inet probe {\n${rules}\n}\n`);

    it('reply with no rule', async () => {
      setRules('');
      const result = await runStun(ns);
      expect(result.outcome).toBe('reply');
      expect(result.detail.stun?.mappedAddress).toBe('127.0.0.1');
    });

    it('local-block: an output drop fails the send with EPERM', async () => {
      setRules(`chain out { type filter hook output priority 0; udp dport ${COTURN_PORT} drop; }`);
      const result = await runStun(ns);
      expect(result.outcome).toBe('local-block');
      expect(result.detail.errorCode).toBe('EPERM');
      expect(result.detail.stun?.transmissions).toBe(1);
    });

    it('local-block: an output reject fails the send (EPERM) before its ICMP error reaches a read', async () => {
      // On Linux the rejected send returns EPERM and the locally made ICMP port-unreachable is
      // reported on the next read as ECONNREFUSED: the EPERM must win.
      setRules(
        `chain out { type filter hook output priority 0; udp dport ${COTURN_PORT} reject; }`,
      );
      const result = await runStun(ns);
      expect(result.outcome).toBe('local-block');
      expect(result.detail.errorCode).toBe('EPERM');
    });

    it('timeout: an input drop in front of a live coturn', async () => {
      setRules(`chain in { type filter hook input priority 0; udp dport ${COTURN_PORT} drop; }`);
      const result = await runStun(ns);
      expect(result.outcome).toBe('timeout');
      expect(result.detail.stun?.transmissions).toBeGreaterThanOrEqual(2);
    });

    it('refused: an input reject (ICMP port unreachable) in front of a live coturn', async () => {
      setRules(`chain in { type filter hook input priority 0; udp dport ${COTURN_PORT} reject; }`);
      const result = await runStun(ns);
      expect(result.outcome).toBe('refused');
      expect(result.detail.errorCode).toBe('ECONNREFUSED');
    });
  },
);
