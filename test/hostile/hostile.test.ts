// The hostile-server suite (issue 13): the CLI against misbehaving servers (servers.mjs), each
// case on an address of its own inside a namespace this suite creates (loopback only, no
// route anywhere), the profile's targets mapped onto it. Every case must finish by the
// deadline + 2 s with a result and an empty stderr, no row that may not pass may pass, and
// each outcome must name the cause (cases.ts). Prints "N cases, 0 hangs, 0 false passes,
// 0 crashes". Part of `npm run test:lab` (root and namespaces).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultDocument } from '../../common/results/schema';
import { CLI, VERDICT_EXIT_CODES } from '../support/cli';
import { createEmptyNamespace, type Namespace } from '../support/netns';
import { makeCa, makeLeaf } from '../support/squid';
import { needs } from '../support/tools';
import {
  HOSTILE_CASES,
  rowTargets,
  type CertName,
  type DnsBehaviour,
  type HostileCase,
} from './cases';

const SERVERS = resolve(__dirname, 'servers.mjs');
const DNS_SERVER = resolve(__dirname, '../support/dns-test-server.mjs');
/** Issue 12: the process exits within 300 ms of its last output, DNS stuck or not. */
const EXIT_AFTER_OUTPUT_MS = 300;
/** Generous for a loaded 2-core CI machine: a TLS handshake must never time out for load. */
const TIMEOUT_MS = 2000;
const DEADLINE_MS = 4000;
/** Issue 13: every case finishes by the run's deadline plus 2 s. */
const hangAfterMs = (hostile: HostileCase) => (hostile.limits?.deadlineMs ?? DEADLINE_MS) + 2000;
const WEB_NAMES = 'DNS:onsight.librestream.com,DNS:sip.librestream.com,DNS:*.librestream.com';

const addressOf = (index: number) => `198.18.200.${index + 1}`;

interface Tally {
  cases: number;
  hangs: string[];
  falsePasses: string[];
  crashes: string[];
  wrongCauses: string[];
}
const tally: Tally = { cases: 0, hangs: [], falsePasses: [], crashes: [], wrongCauses: [] };

function cliArgs(hostile: HostileCase, address: string, caFile: string, json: boolean): string[] {
  // With a misbehaving DNS server, the names are left for the system resolver to ask it.
  const targets = hostile.dns ? [] : [...new Set(hostile.only.flatMap(rowTargets))];
  return [
    'run',
    ...(json ? ['--json'] : []),
    '--only',
    hostile.only.join(','),
    ...targets.flatMap((target) => ['--map', `${target}=${address}`]),
    // Table 2-3's legacy rows (2-3.1, 2-3.5) are probed only with the legacy option.
    '--option',
    'teamlink=on,legacy',
    '--ca',
    caFile,
    '--timeout-ms',
    String(hostile.limits?.timeoutMs ?? TIMEOUT_MS),
    '--deadline-ms',
    String(hostile.limits?.deadlineMs ?? DEADLINE_MS),
    ...(hostile.args ?? []).map((arg) => arg.replaceAll('@ADDRESS@', address)),
  ];
}

/** What went wrong with one case, each sentence naming the case and the row. */
function judge(
  hostile: HostileCase,
  result: ResultDocument,
): { falsePass: string[]; wrong: string[] } {
  const falsePass: string[] = [];
  const wrong: string[] = [];
  for (const [rowId, truth] of Object.entries(hostile.expect)) {
    const row = result.rows.find((r) => r.id === rowId);
    if (!row) {
      wrong.push(`${hostile.id}, row ${rowId}: not in the result`);
      continue;
    }
    if (!truth.status.includes(row.status)) {
      const line = `${hostile.id}, row ${rowId}: expected ${truth.status.join(' or ')}, observed ${row.status} (${row.summary})`;
      (row.status === 'pass' ? falsePass : wrong).push(line);
    }
    const outcomes = row.probes.map((probe) => probe.outcome);
    if (truth.outcomes && !outcomes.every((outcome) => truth.outcomes!.includes(outcome)))
      wrong.push(
        `${hostile.id}, row ${rowId}: expected outcomes ${truth.outcomes.join(' or ')}, observed ${[...new Set(outcomes)].join(', ')}`,
      );
    const messages = row.probes.map((probe) => probe.detail.message ?? '');
    if (truth.message && !messages.some((message) => truth.message!.test(message)))
      wrong.push(`${hostile.id}, row ${rowId}: no probe says ${truth.message}: ${messages[0]}`);
  }
  if (hostile.proxyProblem) {
    const problems = result.proxy?.problems ?? [];
    if (!problems.some((problem) => hostile.proxyProblem!.test(problem)))
      wrong.push(
        `${hostile.id}: the proxy section does not say ${hostile.proxyProblem}: ${problems.join('; ') || 'nothing'}`,
      );
  }
  return { falsePass, wrong };
}

/** Starts `args` in `namespace` and waits for its "ready" line. */
async function startReady(namespace: string, args: readonly string[]): Promise<ChildProcess> {
  const child = spawn('ip', ['netns', 'exec', namespace, process.execPath, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((ready, failed) => {
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && ready());
    child.once('exit', (code) => failed(new Error(`${args[0]} exited ${code}: ${stderr}`)));
  });
  return child;
}

/** A namespace of the case's own whose only DNS server (on loopback) behaves as `dns` says. */
async function dnsNamespace(dns: DnsBehaviour): Promise<{ ns: Namespace; close(): void }> {
  const ns = createEmptyNamespace('nc-hdns');
  const etc = `/etc/netns/${ns.name}`;
  const server = '198.18.53.1';
  await ns.exec('ip', ['addr', 'add', `${server}/32`, 'dev', 'lo']);
  mkdirSync(etc, { recursive: true });
  // glibc's defaults (5 s, 2 attempts): a misbehaving server is met as it is on site.
  writeFileSync(`${etc}/resolv.conf`, `nameserver ${server}\n`);
  const child = await startReady(ns.name, [DNS_SERVER, `${dns}=${server}`]);
  return {
    ns,
    close: () => {
      child.kill('SIGKILL');
      ns.remove();
      rmSync(etc, { recursive: true, force: true });
    },
  };
}

describe('hostile servers', needs('root', 'openssl'), () => {
  let ns: Namespace;
  let scratch: string;
  let etc: string;
  let servers: ChildProcess | undefined;
  let caFile: string;

  beforeAll(async () => {
    ns = createEmptyNamespace('nc-hostile');
    scratch = mkdtempSync(join(tmpdir(), 'nc-hostile-'));
    // Any look-up the suite did not plan is refused at once, inside the namespace.
    etc = `/etc/netns/${ns.name}`;
    mkdirSync(etc, { recursive: true });
    writeFileSync(`${etc}/resolv.conf`, 'nameserver 127.0.0.1\noptions timeout:1 attempts:1\n');

    const ca = makeCa(scratch, 'test-ca', 'Onsight Hostile Test', 'Onsight Hostile Test Root CA');
    caFile = ca.certFile;
    // Named as Zscaler names its own CA, so the inspection table recognises it.
    const zscaler = makeCa(scratch, 'zscaler', 'Zscaler Inc.', 'Zscaler Intermediate Root CA');
    const selfSigned = makeCa(scratch, 'self-signed', 'Hostile', 'onsight.librestream.com');
    // An inspecting gateway no product table knows.
    const gateway = makeCa(scratch, 'gateway', 'Northwind Traders', 'Northwind Traffic Gateway');
    const certs: Record<CertName, { key: string; cert: string }> = {
      trusted: makeLeaf(scratch, 'trusted', ca, 'onsight.librestream.com', WEB_NAMES),
      zscaler: makeLeaf(scratch, 'zscaler-leaf', zscaler, 'onsight.librestream.com', WEB_NAMES),
      'self-signed': { key: readFileSync(selfSigned.keyFile, 'utf8'), cert: selfSigned.cert },
      'wrong-name': makeLeaf(scratch, 'wrong-name', ca, 'other.example', 'DNS:other.example'),
      gateway: makeLeaf(scratch, 'gateway-leaf', gateway, 'onsight.librestream.com', WEB_NAMES),
    };
    const config = {
      certs,
      servers: HOSTILE_CASES.flatMap((hostile, index) =>
        hostile.servers.map((server) => ({ ...server, address: addressOf(index) })),
      ),
    };
    for (const index of HOSTILE_CASES.keys())
      await ns.exec('ip', ['addr', 'add', `${addressOf(index)}/32`, 'dev', 'lo']);
    const configFile = join(scratch, 'servers.json');
    writeFileSync(configFile, JSON.stringify(config));
    servers = await startReady(ns.name, [SERVERS, configFile]);
  }, 60_000);

  afterAll(() => {
    servers?.kill('SIGKILL');
    ns?.remove();
    rmSync(etc, { recursive: true, force: true });
    if (readdirSync('/etc/netns').length === 0) rmSync('/etc/netns', { recursive: true });
    rmSync(scratch, { recursive: true, force: true });
    console.log(
      `hostile servers: ${tally.cases} cases, ${tally.hangs.length} hangs, ${tally.falsePasses.length} false passes, ${tally.crashes.length} crashes, ${tally.wrongCauses.length} wrong causes`,
    );
  });

  HOSTILE_CASES.forEach((hostile, index) => {
    it.concurrent(`${hostile.id}: ${hostile.title}`, async () => {
      const address = addressOf(index);
      const own = hostile.dns ? await dnsNamespace(hostile.dns) : undefined;
      const ran = await (own?.ns ?? ns)
        .exec(process.execPath, [CLI, ...cliArgs(hostile, address, caFile, true)], {
          timeoutMs: 20_000,
        })
        .finally(() => own?.close());
      tally.cases += 1;
      const problems: string[] = [];
      if (
        ran.durationMs > hangAfterMs(hostile) ||
        (ran.exitAfterOutputMs ?? Infinity) > EXIT_AFTER_OUTPUT_MS
      ) {
        tally.hangs.push(hostile.id);
        problems.push(
          `${hostile.id}: the process ran ${ran.durationMs} ms (deadline + 2 s: ${hangAfterMs(hostile)} ms) and exited ${ran.exitAfterOutputMs} ms after its output`,
        );
      }
      let result: ResultDocument | undefined;
      try {
        result = JSON.parse(ran.stdout) as ResultDocument;
      } catch {
        // no document: a crash, reported below
      }
      if (!result || ran.code !== VERDICT_EXIT_CODES[result.verdict.status] || ran.stderr !== '') {
        tally.crashes.push(hostile.id);
        problems.push(
          `${hostile.id}: exit ${ran.code ?? ran.signal}, stderr: ${ran.stderr.slice(0, 300) || 'empty'}`,
        );
      }
      if (result) {
        const { falsePass, wrong } = judge(hostile, result);
        if (falsePass.length > 0) tally.falsePasses.push(hostile.id);
        if (wrong.length > 0) tally.wrongCauses.push(hostile.id);
        problems.push(...falsePass, ...wrong);
      }
      if (hostile.cleanText) {
        // The table, and the text report with every probe's sentence in full.
        const report = join(scratch, `${hostile.id}.txt`);
        const text = await ns.exec(
          process.execPath,
          [CLI, ...cliArgs(hostile, address, caFile, false), '--report', report],
          { timeoutMs: 20_000 },
        );
        for (const [face, output] of [
          ['table', text.stdout],
          ['text report', readFileSync(report, 'utf8')],
        ] as const) {
          // eslint-disable-next-line no-control-regex -- control bytes are what this looks for
          const control = /[\x00-\x08\x0b-\x1f\x7f]/.exec(output);
          if (control)
            problems.push(
              `${hostile.id}: the ${face} carries the server's control bytes: ${JSON.stringify(output.slice(Math.max(0, control.index - 40), control.index + 40))}`,
            );
        }
      }
      expect(problems).toEqual([]);
    });
  });
});
