// The `udp-sample` probe inside a test namespace with a real coturn: coturn's aux ports in a
// range, a reflector made of an nftables redirect of the whole media range to coturn (with
// part of it dropped), silence, ICMP refusals and a local firewall.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import type { AttemptResult, ProbeTask } from '../../main/engine/probe-types';
import { NOT_A_PROOF } from '../../main/engine/probes/udp-sample';
import { createEmptyNamespace, type Namespace } from '../support/netns';
import { runProbeInNamespace } from '../support/run-in-namespace';
import { startCoturn, type Coturn } from '../support/coturn';
import { needs } from '../support/tools';

const STUN_PORT = 3478;
const AUX_PORTS = [20000, 20100];

const task = (range: string, reflectors: string[] = []): ProbeTask => ({
  probe: {
    id: 'TEST#udp-sample',
    rowId: 'TEST',
    kind: 'udp-sample',
    transport: 'udp',
    targets: [{ target: '127.0.0.1' }],
    ports: range,
    expectsReply: false,
    sampleSize: 32,
    reflectors,
  },
  target: { target: '127.0.0.1' },
  host: '127.0.0.1',
  port: range,
});

/** The media range sent to coturn, like a server answering STUN on every port; `dropped` never arrives. */
const reflectorRules = (dropped: string) => `
  chain out { type nat hook output priority -100; ip daddr 127.0.0.1 udp dport 15000-65000 redirect to :${STUN_PORT}; }
  chain in { type filter hook input priority 0; meta l4proto udp ct original proto-dst ${dropped} drop; }`;

describe('udp-sample probe in a namespace', needs('root', 'nft', 'turnserver'), () => {
  let ns: Namespace;
  let coturn: Coturn;
  beforeAll(async () => {
    ns = createEmptyNamespace('nc-udps');
    coturn = await startCoturn({ port: STUN_PORT, auxPorts: AUX_PORTS, namespace: ns.name });
  });
  afterAll(async () => {
    await coturn?.stop();
    ns?.remove();
  });

  const setRules = (rules: string) =>
    execFileSync('ip', ['netns', 'exec', ns.name, 'nft', '-f', '-'], {
      input: `flush ruleset\ntable ip probe {\n${rules}\n}\n`,
    });
  const sample = (range: string, reflectors: string[] = []): Promise<AttemptResult> =>
    runProbeInNamespace(ns, {
      module: 'main/engine/probes/udp-sample.ts',
      exportName: 'udpSampleProbe',
      task: task(range, reflectors),
      timeoutMs: 1500,
    });

  it("answers from coturn's aux ports at both ends of a range: reply, pass", async () => {
    setRules('');
    const result = await sample('20000-20100');
    expect(result.outcome).toBe('reply');
    expect(result.status).toBe('pass');
    const detail = result.detail.udpSample!;
    expect(detail.ports).toHaveLength(32);
    expect(detail.answered).toBe(2);
    expect(detail.reflector).toBe(false);
    expect(detail.ports.filter((p) => p.outcome === 'reply').map((p) => p.port)).toEqual(AUX_PORTS);
    expect(
      detail.ports.filter((p) => p.outcome !== 'reply').every((p) => p.outcome === 'refused'),
    ).toBe(true);
  });

  it('a reflector with 30001-65000 dropped: warn, naming the silent sub-range', async () => {
    setRules(reflectorRules('30001-65000'));
    const result = await sample('15000-65000', ['127.0.0.1']);
    expect(result.outcome).toBe('reply');
    expect(result.status).toBe('warn');
    const detail = result.detail.udpSample!;
    expect(detail.reflector).toBe(true);
    const answered = detail.ports.filter((p) => p.outcome === 'reply').map((p) => p.port);
    const silent = detail.ports.filter((p) => p.outcome !== 'reply');
    expect(answered.every((p) => p <= 30000)).toBe(true);
    expect(silent.every((p) => p.port > 30000 && p.outcome === 'timeout')).toBe(true);
    const lastAnswered = Math.max(...answered);
    expect(detail.answeredRanges).toEqual([`15000-${lastAnswered}`]);
    expect(detail.silentRanges).toEqual([`${lastAnswered + 1}-65000`]);
    expect(result.detail.message).toContain(
      `${lastAnswered + 1}-65000 silent, 15000-${lastAnswered} answered`,
    );
  });

  it('the same partial pattern from a host not known as a reflector: any answer passes', async () => {
    setRules(reflectorRules('30001-65000'));
    const result = await sample('15000-65000');
    expect(result.outcome).toBe('reply');
    expect(result.status).toBe('pass');
  });

  it('a reflector silent everywhere: timeout, fail', async () => {
    setRules(reflectorRules('15000-65000'));
    const result = await sample('15000-65000', ['127.0.0.1']);
    expect(result.outcome).toBe('timeout');
    expect(result.status).toBe('fail');
    expect(result.detail.udpSample?.silentRanges).toEqual(['15000-65000']);
  });

  it('a host not known as a reflector, silent everywhere: timeout, unverified', async () => {
    setRules(reflectorRules('15000-65000'));
    const result = await sample('15000-65000');
    expect(result.outcome).toBe('timeout');
    expect(result.status).toBe('unverified');
    expect(result.detail.message).toContain(NOT_A_PROOF);
  });

  it('every port refused by ICMP from a host not known as a reflector: refused, unverified', async () => {
    setRules('');
    const result = await sample('40000-45000');
    expect(result.outcome).toBe('refused');
    expect(result.status).toBe('unverified');
    expect(result.detail.udpSample?.ports.every((p) => p.outcome === 'refused')).toBe(true);
    expect(result.detail.message).toContain('port unreachable');
    expect(result.detail.message).toContain(NOT_A_PROOF);
  });

  it("this computer's firewall drops the range on output: local-block, fail", async () => {
    setRules('chain out { type filter hook output priority 0; udp dport 15000-65000 drop; }');
    const result = await sample('15000-65000');
    expect(result.outcome).toBe('local-block');
    expect(result.status).toBe('fail');
  });

  it('no route to the host: unreachable, fail', async () => {
    setRules('');
    // TEST-NET-1 inside a namespace that has only loopback: nothing can leave.
    const result = await runProbeInNamespace(ns, {
      module: 'main/engine/probes/udp-sample.ts',
      exportName: 'udpSampleProbe',
      task: { ...task('15000-65000'), host: '192.0.2.1', target: { target: '192.0.2.1' } },
      timeoutMs: 1500,
    });
    expect(result.outcome).toBe('unreachable');
    expect(result.status).toBe('fail');
  });
});
