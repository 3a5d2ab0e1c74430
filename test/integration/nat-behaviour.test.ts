// The `nat-behaviour` executor (X.2) against real sockets on loopback: STUN peers on
// 127.0.0.1 and 127.0.0.2 that report the source they saw, or a made-up public address and
// port per peer, as a NAT in the path would make them see. Each peer logs the source address
// and port of every request it got: that log is the ground truth for "one local socket".
import { createSocket, type Socket } from 'node:dgram';
import { afterEach, describe, expect, it } from 'vitest';
import { EXTRA_TEXT } from '../../common/i18n/en';
import { probeDetailSchema } from '../../common/results/schema';
import type { ServerEndpoint } from '../../main/engine/probe-types';
import { natBehaviourProbe } from '../../main/engine/probes/nat-behaviour';
import { decode, encode, METHOD_BINDING } from '../../main/engine/stun/codec';
import { loopbackContext, probeTask } from '../support/probe-task';

interface StunPeer {
  address: string;
  port: number;
  /** "address port" of every request's source. */
  sources: string[];
  socket: Socket;
}

/**
 * A Binding responder on `address`. `mapped` turns the source it saw into the one it
 * reports (identity: no NAT); null: it never answers.
 */
async function stunPeer(
  address: string,
  mapped: ((from: { address: string; port: number }) => { address: string; port: number }) | null,
): Promise<StunPeer> {
  const socket = createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, address, resolve));
  const peer: StunPeer = { address, port: socket.address().port, sources: [], socket };
  socket.on('message', (bytes, from) => {
    peer.sources.push(`${from.address} ${from.port}`);
    const request = decode(bytes);
    if (!request.ok || !mapped) return;
    const seen = mapped(from);
    const answer = encode({
      class: 'success',
      method: METHOD_BINDING,
      transactionId: request.message.transactionId,
      attributes: [{ type: 'xor-mapped-address', family: 4, ...seen }],
    });
    socket.send(answer, from.port, from.address);
  });
  peers.push(peer);
  return peer;
}

let peers: StunPeer[] = [];
afterEach(() => {
  for (const peer of peers) peer.socket.close();
  peers = [];
});

const task = (servers: StunPeer[]) => {
  const base = probeTask('nat-behaviour', '127.0.0.1', 3478, {
    transport: 'udp',
    serversOf: ['2-2.1'],
  });
  const endpoints: ServerEndpoint[] = servers.map((peer) => ({
    rowId: '2-2.1',
    probe: base.probe,
    address: peer.address,
    port: peer.port,
    rttMs: 1,
  }));
  return { ...base, servers: endpoints };
};

const same = ({ address, port }: { address: string; port: number }) => ({ address, port });

describe('nat-behaviour on loopback', () => {
  it('no NAT: every peer saw this computer itself, from one socket: pass', async () => {
    const a = await stunPeer('127.0.0.1', same);
    const b = await stunPeer('127.0.0.2', same);
    const c = await stunPeer('127.0.0.2', same);
    const result = await natBehaviourProbe(task([a, b, c]), loopbackContext());
    const nat = result.detail.nat!;
    // The peers' own logs: one request each, all from the same address and port.
    const sources = [...a.sources, ...b.sources, ...c.sources];
    expect(sources).toHaveLength(3);
    expect(new Set(sources)).toEqual(new Set([`127.0.0.1 ${nat.localPort}`]));
    expect(nat).toMatchObject({
      localAddress: '127.0.0.1',
      mapping: 'endpoint-independent',
      portTested: true,
      translated: false,
      portPreserved: true,
    });
    expect(result.status).toBe('pass');
    expect(result.detail.message).toContain('no NAT');
    expect(() => probeDetailSchema.parse(result.detail)).not.toThrow();
  });

  it('a public port per server (as a symmetric NAT makes servers see): warn', async () => {
    const a = await stunPeer('127.0.0.1', () => ({ address: '203.0.113.7', port: 40001 }));
    const b = await stunPeer('127.0.0.2', () => ({ address: '203.0.113.7', port: 40002 }));
    const result = await natBehaviourProbe(task([a, b]), loopbackContext());
    expect(result.detail.nat).toMatchObject({
      mapping: 'address-dependent',
      portTested: false,
      translated: true,
      portPreserved: false,
      publicAddress: '203.0.113.7',
    });
    expect(result.status).toBe('warn');
    expect(result.detail.message).toContain('at least address-dependent');
  });

  it('one public address and port towards both: endpoint-independent, pass', async () => {
    const a = await stunPeer('127.0.0.1', () => ({ address: '203.0.113.7', port: 40001 }));
    const b = await stunPeer('127.0.0.2', () => ({ address: '203.0.113.7', port: 40001 }));
    const result = await natBehaviourProbe(task([a, b]), loopbackContext());
    expect(result.detail.nat).toMatchObject({ mapping: 'endpoint-independent', translated: true });
    expect(result.status).toBe('pass');
    expect(result.detail.message).toContain('203.0.113.7 port 40001');
  });

  it('only one server answers (the other is silent): unknown, unverified', async () => {
    const a = await stunPeer('127.0.0.1', () => ({ address: '203.0.113.7', port: 40001 }));
    const b = await stunPeer('127.0.0.2', null);
    const result = await natBehaviourProbe(task([a, b]), loopbackContext({ timeoutMs: 1200 }));
    // RFC 8489 retransmissions at 0 and 500 ms reached the silent one (budget 1.2 s).
    expect(b.sources.length).toBe(2);
    expect(result.detail.nat?.servers).toEqual([
      { server: `127.0.0.1 port ${a.port}`, mappedAddress: '203.0.113.7', mappedPort: 40001 },
      { server: `127.0.0.2 port ${b.port}`, mappedAddress: null, mappedPort: null },
    ]);
    expect(result.detail.nat?.mapping).toBe('unknown');
    expect(result.status).toBe('unverified');
    expect(result.outcome).toBe('reply');
  });

  it('stopped with one server still to answer: "stopped", the answer it had kept', async () => {
    const a = await stunPeer('127.0.0.1', same);
    const b = await stunPeer('127.0.0.2', null);
    const cancel = new AbortController();
    setTimeout(() => cancel.abort(), 200);
    const result = await natBehaviourProbe(
      task([a, b]),
      loopbackContext({ timeoutMs: 3000, signal: cancel.signal }),
    );
    expect(result).toMatchObject({
      outcome: 'timeout',
      status: 'unverified',
      address: '127.0.0.1',
      detail: { message: EXTRA_TEXT.stopped },
    });
    expect(result.detail.nat?.servers.map((s) => s.mappedAddress)).toEqual(['127.0.0.1', null]);
  });

  it('nobody answers: a timeout, unverified', async () => {
    const a = await stunPeer('127.0.0.1', null);
    const result = await natBehaviourProbe(task([a]), loopbackContext({ timeoutMs: 600 }));
    expect(result.outcome).toBe('timeout');
    expect(result.status).toBe('unverified');
    expect(result.detail.nat?.translated).toBeNull();
  });
});
