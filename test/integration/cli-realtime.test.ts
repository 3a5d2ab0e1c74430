// Issue 3's end-to-end check: the CLI runs a STUN row and SIP rows against real third-party
// servers (coturn, kamailio) on loopback, then against the same ports with the servers gone.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCoturn, type Coturn } from '../support/coturn';
import { freePort, startKamailio, type Kamailio } from '../support/kamailio';
import { runCli } from '../support/cli';
import type { ResultDocument } from '../../common/results/schema';
import { needs } from '../support/tools';

const DEADLINE_MS = 4000;

function profileFile(stunPort: number, sip: Kamailio): string {
  const row = (id: string, title: string, probe: Record<string, unknown>) => ({
    id,
    table: '2-2',
    title,
    explanation: 'e',
    remediation: `Allow ${title}`,
    level: 'required',
    probes: [{ targets: ['127.0.0.1'], expectsReply: true, ...probe }],
  });
  const profile = {
    id: 'realtime-test',
    version: '1',
    revision: 1,
    title: 'Real-time rows against loopback servers',
    source: 'test',
    tables: [{ id: '2-2', title: 'Onsight SIP and media (Table 2-2)' }],
    rows: [
      row('2-2.1', 'STUN', { kind: 'stun', transport: 'udp', ports: String(stunPort) }),
      row('2-2.2', 'SIP', { kind: 'sip-options', transport: 'tcp', ports: String(sip.tcpPort) }),
      row('2-2.3', 'SIP over TLS', {
        kind: 'sip-options',
        transport: 'tcp',
        ports: String(sip.tlsPort),
        secure: true,
        minTlsVersion: 'TLSv1.2',
      }),
    ],
  };
  const file = join(mkdtempSync(join(tmpdir(), 'netcheck-realtime-')), 'profile.json');
  writeFileSync(file, JSON.stringify(profile));
  return file;
}

const run = async (file: string) => {
  const result = await runCli([
    'run',
    '--json',
    '--profile',
    file,
    '--only',
    '2-2.1,2-2.2,2-2.3',
    '--timeout-ms',
    '1500',
    '--deadline-ms',
    String(DEADLINE_MS),
  ]);
  // The process ended by itself (no kill): nothing was left holding the event loop.
  expect(result.signal).toBeNull();
  expect(result.stderr).toBe('');
  return { code: result.code, doc: JSON.parse(result.stdout) as ResultDocument };
};

describe(
  'onsight-netcheck run --only <STUN row>,<SIP rows> against coturn and kamailio',
  needs('turnserver', 'kamailio', 'openssl'),
  () => {
    let coturn: Coturn;
    let kamailio: Kamailio;
    let file: string;
    beforeAll(async () => {
      coturn = await startCoturn({ port: await freePort() });
      kamailio = await startKamailio();
      file = profileFile(coturn.port, kamailio);
    });
    afterAll(async () => {
      await coturn.stop();
      await kamailio.stop();
      rmSync(dirname(file), { recursive: true, force: true });
    });

    it('passes while the servers answer, with the mapped address and the SIP status', async () => {
      const { code, doc } = await run(file);
      const row = (id: string) => doc.rows.find((r) => r.id === id)!;
      expect(row('2-2.1')).toMatchObject({ status: 'pass', probes: [{ outcome: 'reply' }] });
      expect(row('2-2.1').probes[0]!.detail.stun?.mappedAddress).toBe('127.0.0.1');
      expect(row('2-2.2')).toMatchObject({ status: 'pass', probes: [{ outcome: 'reply' }] });
      expect(row('2-2.2').probes[0]!.detail.sip).toMatchObject({ status: 200 });
      expect(row('2-2.3').probes[0]!.detail.tls?.version).toMatch(/^TLSv1\.[23]$/);
      expect(doc.verdict).toMatchObject({ status: 'ready', partial: true });
      expect(code).toBe(0);
    });

    it('fails with the right outcome once the servers are gone, and still ends on its own', async () => {
      await coturn.stop();
      await kamailio.stop();
      const { code, doc } = await run(file);
      const outcomes = Object.fromEntries(
        doc.rows.map((r) => [r.id, [r.status, r.probes[0]?.outcome]]),
      );
      expect(outcomes).toEqual({
        '2-2.1': ['fail', 'refused'],
        '2-2.2': ['fail', 'refused'],
        '2-2.3': ['fail', 'refused'],
      });
      expect(doc.durationMs).toBeLessThan(DEADLINE_MS);
      // Only direct call rows fail, and TeamLink is on: calls go over HTTPS (exit 4).
      expect(doc.verdict.status).toBe('teamlink-only');
      expect(code).toBe(4);
    });
  },
);
