// Issue 20, "Rules freshness", against real coturns with RFC 5780 on, in a namespace of this
// file's own (the lab's namespaces and servers are left alone, and nothing here needs them).
//
// Outside: the client dials the lab /28s the six Table 2-2 ranges are mapped to (198.18.9.0/24,
// local to the namespace), and an nftables DNAT hands every STUN request to a coturn that
// listens on 198.51.100.7 and 198.51.100.8 (TEST-NET-2, outside every range the profile lists
// and every mapped one). coturn answers from 198.51.100.7 port 3478 (RESPONSE-ORIGIN) and names
// 198.51.100.8 port 3479 as its OTHER-ADDRESS (its second listening address, port + 1: coturn
// 4.6.1's choice, seen in the captured answer of test/unit/engine/stun/rfc5780-vectors.ts).
// The connected socket still takes the answer: conntrack gives it back the address dialled.
//
// Inside: the six ranges mapped to 198.18.10.0/28 … 198.18.10.80/28, and a coturn listening on
// one address of each; RESPONSE-ORIGIN is the address dialled and OTHER-ADDRESS 198.18.10.17,
// an address of the second mapped block: nothing to say.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultDocument } from '../../common/results/schema';
import { ORIGIN_TEXT } from '../../common/i18n/en';
import type { DecodedCode } from '../../common/helpdesk/decoded-table';
import { CLI, ENGLISH_ENV, gaveResult } from '../support/cli';
import { startCoturn, type Coturn } from '../support/coturn';
import { createEmptyNamespace, type Namespace } from '../support/netns';
import { needs } from '../support/tools';
import { TABLE_2_2_RANGES } from '../support/guide-ranges';

/** Row 2-2.1's six blocks (Table 2-2). */
const RANGES = TABLE_2_2_RANGES;
const STUN_PORT = 3478;
/** Where the outside coturn listens: TEST-NET-2 (RFC 5737), listed nowhere. */
const OUTSIDE = ['198.51.100.7', '198.51.100.8'] as const;
/** The /24 the ranges are mapped to for the outside case; DNATed to OUTSIDE[0]. */
const DNAT_NETWORK = '198.18.9.0/24';
/** The /24 of the inside case: range i → 198.18.10.(16 i)/28, coturn on its first address. */
const INSIDE_NETWORK = '198.18.10.0/24';
const block = (third: number, i: number) => `198.18.${third}.${16 * i}/28`;
const INSIDE_HOSTS = RANGES.map((_, i) => `198.18.10.${16 * i + 1}`);

const mapsTo = (third: number) =>
  RANGES.flatMap((range, i) => ['--map', `${range}=${block(third, i)}`]);

describe(
  'a STUN server reporting its own address outside the mapped ranges (RFC 5780)',
  needs('root', 'nft', 'turnserver'),
  () => {
    let ns: Namespace;
    const coturns: Coturn[] = [];

    const cli = async (args: readonly string[]) => {
      const ran = await ns.exec(process.execPath, [CLI, ...args], {
        timeoutMs: 60_000,
        env: ENGLISH_ENV,
      });
      return ran;
    };
    const run = async (third: number): Promise<ResultDocument> => {
      const ran = await cli([
        'run',
        '--json',
        '--only',
        '2-2.1',
        ...mapsTo(third),
        '--timeout-ms',
        '2000',
        '--deadline-ms',
        '10000',
        '--quality-seconds',
        '0',
      ]);
      if (!gaveResult(ran.code))
        throw new Error(`the CLI gave no result (exit ${ran.code ?? ran.signal}): ${ran.stderr}`);
      return JSON.parse(ran.stdout) as ResultDocument;
    };
    const decoded = async (code: string): Promise<DecodedCode> => {
      const ran = await cli(['decode', code, '--json']);
      expect(ran.code, ran.stderr).toBe(0);
      return JSON.parse(ran.stdout) as DecodedCode;
    };

    beforeAll(async () => {
      ns = createEmptyNamespace('nc-origin');
      // A prefix on lo makes every address of it this namespace's own: the mapped blocks are
      // reachable, and addresses where nothing listens refuse (settling nothing, as in a block).
      for (const network of [DNAT_NETWORK, INSIDE_NETWORK])
        execFileSync('ip', ['-n', ns.name, 'addr', 'add', network, 'dev', 'lo']);
      for (const address of OUTSIDE)
        execFileSync('ip', ['-n', ns.name, 'addr', 'add', `${address}/32`, 'dev', 'lo']);
      execFileSync('ip', ['netns', 'exec', ns.name, 'nft', '-f', '-'], {
        input: [
          'table ip origin {',
          '  chain out {',
          '    type nat hook output priority -100; policy accept;',
          `    ip daddr ${DNAT_NETWORK} udp dport ${STUN_PORT} dnat to ${OUTSIDE[0]}:${STUN_PORT}`,
          '  }',
          '}',
          '',
        ].join('\n'),
        stdio: ['pipe', 'ignore', 'pipe'],
      });
      // Two or more listening addresses: coturn turns RFC 5780 on by itself.
      coturns.push(
        await startCoturn({ port: STUN_PORT, namespace: ns.name, listeningIps: [...OUTSIDE] }),
        await startCoturn({ port: STUN_PORT, namespace: ns.name, listeningIps: INSIDE_HOSTS }),
      );
    });

    afterAll(async () => {
      for (const coturn of coturns) await coturn.stop();
      ns?.remove();
    });

    it('outside: the probes carry the origin, the row passes and says so, the diagnosis and its decoded code recommend a newer guide', async () => {
      const result = await run(9);
      const row = result.rows.find((r) => r.id === '2-2.1')!;
      expect(row.probes).toHaveLength(RANGES.length);
      for (const probe of row.probes) {
        expect(probe.outcome, JSON.stringify(probe.detail)).toBe('reply');
        // The address dialled is one of its mapped block's.
        expect(probe.address).toMatch(/^198\.18\.9\.\d+$/);
        expect(probe.detail.stun).toMatchObject({
          responseOrigin: { address: OUTSIDE[0], port: STUN_PORT },
          otherAddress: { address: OUTSIDE[1], port: STUN_PORT + 1 },
          unlisted: [...OUTSIDE],
        });
      }
      // The path works: the row passes, and says what the server reported.
      expect(row.status).toBe('pass');
      expect(row.summary).toContain(
        ', but the server reports its own address as 198.51.100.7 and 198.51.100.8, outside the ranges the guide lists',
      );
      expect(result.diagnosis.recommended).toContain(ORIGIN_TEXT.recommended);
      // The code carries it (prefix 110): its decoding tells the same story, word for word.
      const code = result.helpdeskCode!;
      const read = await decoded(code);
      expect(read.diagnosis.recommended).toContain(ORIGIN_TEXT.recommended);
      expect(read.diagnosis).toEqual(result.diagnosis);
    });

    it('inside: the origin and the other address are addresses of mapped blocks, and nothing is said', async () => {
      const result = await run(10);
      const row = result.rows.find((r) => r.id === '2-2.1')!;
      expect(row.status).toBe('pass');
      for (const probe of row.probes) {
        expect(probe.outcome, JSON.stringify(probe.detail)).toBe('reply');
        expect(probe.detail.stun).toMatchObject({
          responseOrigin: { address: probe.address, port: STUN_PORT },
          otherAddress: { address: INSIDE_HOSTS[1], port: STUN_PORT + 1 },
        });
        expect(probe.detail.stun).not.toHaveProperty('unlisted');
      }
      expect(row.summary).not.toContain('outside the ranges');
      expect(result.diagnosis.recommended).not.toContain(ORIGIN_TEXT.recommended);
      const read = await decoded(result.helpdeskCode!);
      expect(read.diagnosis).toEqual(result.diagnosis);
    });
  },
);
