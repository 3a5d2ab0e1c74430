// What the CLI says and how soon it exits when the site's DNS server misbehaves, against a
// DNS server of the test's own (test/support/dns-test-server.mjs) inside a namespace the test
// creates, which the system resolver (glibc, reading the namespace's resolv.conf) asks. A
// look-up glibc keeps going (a silent server; a truncated answer, after which it waits on TCP
// for 120 s) must not hold the process once the verdict is out (issue 12, part 5), and a
// server's SERVFAIL, REFUSED or NXDOMAIN, which getaddrinfo reports only as EAI_AGAIN or
// ENOTFOUND, is named.
import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultDocument } from '../../common/results/schema';
import { runCliIn } from '../support/cli';
import { createEmptyNamespace, type Namespace } from '../support/netns';
import { needs } from '../support/tools';

const SERVERS = {
  truncated: '198.18.53.1',
  silent: '198.18.53.2',
  servfail: '198.18.53.3',
  refused: '198.18.53.4',
  nxdomain: '198.18.53.5',
} as const;
type Behaviour = keyof typeof SERVERS;
/** The bound: the process ends at most this long after it printed its result. */
const EXIT_BOUND_MS = 300;

describe('the CLI against misbehaving DNS servers', needs('root'), () => {
  let ns: Namespace;
  let server: ChildProcess;
  let etc: string;

  beforeAll(async () => {
    ns = createEmptyNamespace('nc-dnsans');
    etc = `/etc/netns/${ns.name}`;
    for (const address of Object.values(SERVERS))
      execFileSync('ip', ['-n', ns.name, 'addr', 'add', `${address}/32`, 'dev', 'lo']);
    server = spawn(
      'ip',
      [
        'netns',
        'exec',
        ns.name,
        process.execPath,
        resolve('test/support/dns-test-server.mjs'),
        ...Object.entries(SERVERS).map(([behaviour, address]) => `${behaviour}=${address}`),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((ready, fail) => {
      server.stdout!.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('ready')) ready();
      });
      server.on('exit', (code) => fail(new Error(`the DNS test server ended (${code})`)));
    });
  });
  afterAll(() => {
    server?.kill('SIGKILL');
    ns?.remove();
    if (etc) rmSync(etc, { recursive: true, force: true });
    if (readdirSync('/etc/netns').length === 0) rmSync('/etc/netns', { recursive: true });
  });

  /** One run of row 2-1.1 (onsight.librestream.com) with `behaviour`'s server as the only one. */
  async function runWith(behaviour: Behaviour) {
    mkdirSync(etc, { recursive: true });
    writeFileSync(`${etc}/resolv.conf`, `nameserver ${SERVERS[behaviour]}\n`);
    const ran = await runCliIn(ns.name, [
      'run',
      '--json',
      '--only',
      '2-1.1',
      '--timeout-ms',
      '1500',
      '--deadline-ms',
      '4000',
    ]);
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(1);
    const doc = JSON.parse(ran.stdout) as ResultDocument;
    const probes = doc.rows.find((row) => row.id === '2-1.1')!.probes;
    expect(probes.length).toBeGreaterThan(0);
    for (const probe of probes) expect(probe.outcome).toBe('dns-fail');
    return { ran, messages: probes.map((probe) => probe.detail.message ?? '') };
  }

  it('exits promptly after its result when the DNS server is silent', async () => {
    const { ran, messages } = await runWith('silent');
    for (const message of messages) expect(message).toMatch(/no DNS server answered in time/);
    expect(ran.exitAfterOutputMs).not.toBeNull();
    expect(ran.exitAfterOutputMs!).toBeLessThanOrEqual(EXIT_BOUND_MS);
  });

  it('exits promptly after its result while glibc waits on TCP after a truncated answer', async () => {
    const { ran, messages } = await runWith('truncated');
    for (const message of messages) expect(message).toMatch(/no DNS server answered in time/);
    expect(ran.exitAfterOutputMs!).toBeLessThanOrEqual(EXIT_BOUND_MS);
    // glibc alone would hold the process for 120 s.
    expect(ran.durationMs).toBeLessThan(4000 + 4000);
  });

  it('names a SERVFAIL', async () => {
    const { messages } = await runWith('servfail');
    for (const message of messages)
      expect(message).toContain(`the DNS server ${SERVERS.servfail} answered SERVFAIL`);
  });

  it('names a REFUSED', async () => {
    const { messages } = await runWith('refused');
    for (const message of messages)
      expect(message).toContain(`the DNS server ${SERVERS.refused} answered REFUSED`);
  });

  it('names an NXDOMAIN', async () => {
    const { ran, messages } = await runWith('nxdomain');
    for (const message of messages)
      expect(message).toContain(`the DNS server ${SERVERS.nxdomain} answered NXDOMAIN`);
    expect(ran.exitAfterOutputMs!).toBeLessThanOrEqual(EXIT_BOUND_MS);
  });
});
