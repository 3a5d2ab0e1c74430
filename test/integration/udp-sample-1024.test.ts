// The schema's largest sample (1024 ports) against a real STUN reflector on 127.0.0.1: one
// socket per port, every fifth port reads and never answers. Ground truth is what each port
// received, counted on the reflector's own sockets: a port reported silent must have been
// sent and left unanswered, a port never sent must say so (issue 12, part 4).
import { setMaxListeners } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProbeTask } from '../../main/engine/probe-types';
import { udpSampleProbe } from '../../main/engine/probes/udp-sample';
import { loopbackContext } from '../support/probe-task';
import { answeringUdpPeer, type UdpPeer } from '../support/udp-servers';

const SAMPLE = 1024;
const TIMEOUT_MS = 800;

/**
 * A Binding success response written by hand (RFC 8489 §5, §6.3.3): class success, method
 * Binding (0x0101), no attributes, the magic cookie, and the request's transaction id.
 */
const bindingSuccess = (request: Buffer): Buffer | null => {
  if (request.length < 20 || request.readUInt16BE(0) !== 0x0001) return null;
  const answer = Buffer.alloc(20);
  answer.writeUInt16BE(0x0101, 0);
  answer.writeUInt16BE(0, 2);
  answer.writeUInt32BE(0x2112a442, 4);
  request.copy(answer, 8, 8, 20);
  return answer;
};

describe('udp-sample with 1024 ports (the schema maximum) on loopback', () => {
  const peers = new Map<number, UdpPeer>();
  const muted = new Set<number>();
  let spec = '';

  beforeAll(async () => {
    for (let i = 0; i < SAMPLE; i++) {
      const mute = i % 5 === 4;
      const peer = await answeringUdpPeer(mute ? null : bindingSuccess);
      peers.set(peer.port, peer);
      if (mute) muted.add(peer.port);
    }
    spec = [...peers.keys()].sort((a, b) => a - b).join(',');
  });
  afterAll(async () => {
    await Promise.all([...peers.values()].map((peer) => peer.close()));
  });

  const task = (): ProbeTask => ({
    probe: {
      id: 'TEST#udp-sample',
      rowId: 'TEST',
      kind: 'udp-sample',
      transport: 'udp',
      targets: [{ target: '127.0.0.1' }],
      ports: spec,
      expectsReply: false,
      sampleSize: SAMPLE,
    },
    target: { target: '127.0.0.1' },
    host: '127.0.0.1',
    port: spec,
  });

  const received = () => new Map([...peers].map(([port, peer]) => [port, peer.received]));

  /** A run whose deadline is `deadlineMs` away, as the runner gives it. */
  const run = (deadlineMs: number) => {
    const before = received();
    const signal = AbortSignal.timeout(deadlineMs);
    // One listener per sampled port, as on the runner's signal (which lifts the limit too).
    setMaxListeners(0, signal);
    return udpSampleProbe(
      task(),
      loopbackContext({
        timeoutMs: TIMEOUT_MS,
        deadlineAt: performance.now() + deadlineMs,
        signal,
      }),
    ).then((result) => {
      const after = received();
      const got = (port: number) => after.get(port)! - before.get(port)!;
      return { result, got };
    });
  };

  it('with time for every port (10.24 s of sending at 100 packets/s): none is called silent falsely', async () => {
    const { result, got } = await run(SAMPLE * 10 + TIMEOUT_MS + 2000);
    const ports = result.detail.udpSample!.ports;
    expect(ports).toHaveLength(SAMPLE);
    for (const { port, outcome } of ports) {
      expect(got(port), `port ${port} was sent`).toBeGreaterThan(0);
      expect(outcome, `port ${port}`).toBe(muted.has(port) ? 'timeout' : 'reply');
    }
    expect(result.outcome).toBe('reply');
    expect(result.detail.udpSample!.answered).toBe(SAMPLE - muted.size);
  }, 30_000);

  it('with a deadline 4 s away: the ports it could not send are not tried, never silent', async () => {
    const { result, got } = await run(4000);
    const ports = result.detail.udpSample!.ports;
    expect(ports).toHaveLength(SAMPLE);
    const notSent = ports.filter((p) => p.outcome === 'not-sent');
    for (const { port, outcome } of ports) {
      if (got(port) === 0) expect(outcome, `port ${port} was never sent`).toBe('not-sent');
      else expect(outcome, `port ${port}`).toBe(muted.has(port) ? 'timeout' : 'reply');
    }
    // 3.2 s of sending at 100 packets/s: about 320 sent, the rest not tried.
    expect(notSent.length).toBeGreaterThan(SAMPLE / 2);
    expect(notSent.length).toBeLessThan(SAMPLE - 100);
    // The ports that went spread over the whole list, not only its lower end.
    const sentPorts = ports.filter((p) => p.outcome !== 'not-sent').map((p) => p.port);
    const sorted = [...peers.keys()].sort((a, b) => a - b);
    expect(Math.max(...sentPorts)).toBeGreaterThan(sorted[Math.floor(SAMPLE * 0.9)]!);
    expect(result.detail.message).toContain(`${notSent.length} more sampled ports not tried`);
  }, 30_000);
});
