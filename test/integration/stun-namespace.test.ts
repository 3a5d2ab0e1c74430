// The `stun` probe inside test namespaces, where nftables rules can be set without touching
// this machine's firewall: a local firewall (output drop or reject), input drop and reject,
// and an address without a route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import type { ProbeTask } from '../../main/engine/probe-types';
import { createEmptyNamespace, type Namespace } from '../support/netns';
import { runProbeInNamespace } from '../support/run-in-namespace';
import { startCoturn, type Coturn } from '../support/coturn';
import { needs } from '../support/tools';

const COTURN_PORT = 3478;

const task = (host: string, port: number): ProbeTask => ({
  probe: {
    id: 'TEST#stun',
    rowId: 'TEST',
    kind: 'stun',
    transport: 'udp',
    targets: [{ target: host }],
    ports: String(port),
    expectsReply: true,
  },
  target: { target: host },
  host,
  port,
});

const runStun = (ns: Namespace, host = '127.0.0.1') =>
  runProbeInNamespace(ns, {
    module: 'main/engine/probes/stun.ts',
    exportName: 'stunProbe',
    task: task(host, COTURN_PORT),
    timeoutMs: 1500,
  });

function nft(ns: Namespace, script: string) {
  execFileSync('ip', ['netns', 'exec', ns.name, 'nft', '-f', '-'], { input: script });
}

describe('stun probe in a namespace with nftables', needs('root', 'nft', 'turnserver'), () => {
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
    setRules(`chain out { type filter hook output priority 0; udp dport ${COTURN_PORT} reject; }`);
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

  it('unreachable: no route to the address (the namespace has only loopback)', async () => {
    setRules('');
    // 192.0.2.0/24 is TEST-NET-1; without a route, connect(2) fails before a packet leaves.
    const result = await runStun(ns, '192.0.2.1');
    expect(result.outcome).toBe('unreachable');
    expect(result.detail.errorCode).toBe('ENETUNREACH');
  });
});
