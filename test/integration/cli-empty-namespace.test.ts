// The real profile (Librestream's, Apple's and Google's addresses) runs only inside an empty
// namespace: loopback alone, no route out, so every probe ends at once and nothing leaves.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { createEmptyNamespace, type Namespace } from '../support/netns';
import { runCliIn } from '../support/cli';
import { resultDocumentJsonSchema } from '../../common/results/json-schema';
import type { ResultDocument } from '../../common/results/schema';
import { needs } from '../support/tools';

const published = JSON.parse(readFileSync('common/schema/result.schema.json', 'utf8'));

describe('the default profile in an empty network namespace', needs('root'), () => {
  let ns: Namespace;
  beforeAll(() => {
    ns = createEmptyNamespace();
  });
  afterAll(() => ns.remove());

  it('ends within its deadline, never passes a row that needs a remote host, and exits 1', async () => {
    const result = await runCliIn(ns.name, [
      'run',
      '--json',
      '--option',
      'legacy,china',
      '--custom-domain',
      'connect.example.com',
      '--deadline-ms',
      '10000',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.durationMs).toBeLessThan(10_000 + 5_000);
    const doc = JSON.parse(result.stdout) as ResultDocument;
    expect(doc.verdict.status).not.toBe('ready');
    for (const row of doc.rows) {
      const remote = row.probes.some((p) => p.kind !== 'udp-bind');
      if (remote) {
        expect(row.status, row.id).not.toBe('pass');
        expect(['fail', 'unverified'], row.id).toContain(row.status);
      }
      // No route (addresses) and no resolver (names): all an empty namespace can produce. The
      // extra checks (table X) had no server to go to, so they sent nothing.
      for (const probe of row.probes.filter((p) => p.kind !== 'udp-bind')) {
        const possible = row.table === 'X' ? ['not-sent'] : ['unreachable', 'dns-fail'];
        expect(possible, `${row.id} ${probe.target}`).toContain(probe.outcome);
      }
    }
    const outcomes = new Set(doc.rows.flatMap((r) => r.probes.map((p) => p.outcome)));
    expect(outcomes).toContain('dns-fail');
    // Nothing left the computer: the story is "not connected", and no firewall rule is asked for.
    expect(doc.diagnosis).toMatchObject({
      cause: 'no-network',
      headline: 'This computer is not connected to a network',
      mustFix: [],
      recommended: [],
    });
    expect(doc.changeRequest).toEqual([]);
  });

  it('prints a --json document that validates against the published JSON Schema', async () => {
    const result = await runCliIn(ns.name, ['run', '--json', '--deadline-ms', '5000']);
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(published);
    const doc = JSON.parse(result.stdout);
    const valid = validate(doc);
    expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
    // The schema is strict enough to tell: the same document with a made-up row status fails.
    const broken = structuredClone(doc);
    broken.rows[0].status = 'maybe';
    expect(validate(broken)).toBe(false);
    expect(validate.errors).toContainEqual(
      expect.objectContaining({ instancePath: '/rows/0/status' }),
    );
  });

  it('prints a table with a symbol and a word for every row when stdout is not a terminal', async () => {
    const result = await runCliIn(ns.name, ['run', '--deadline-ms', '5000']);
    expect(result.code).toBe(1);
    const rowLines = result.stdout.split('\n').filter((line) => /^\d-?\d?\.?\d/.test(line));
    expect(rowLines).toHaveLength(22);
    expect(result.stdout).toMatch(/^2-2\.3 +(✖ Fail|\? Could not tell) /m);
    expect(result.stdout).not.toContain('\x1b[');
  });
});

describe('--report', needs('root'), () => {
  let ns: Namespace;
  beforeAll(() => {
    ns = createEmptyNamespace();
  });
  afterAll(() => ns.remove());

  it('writes the report in the format of the extension, without the computer details unless asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netcheck-report-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const text = join(dir, 'result.txt');
    const html = join(dir, 'result.html');
    const plain = await runCliIn(ns.name, ['run', '--deadline-ms', '5000', '--report', text]);
    expect(plain.code).toBe(1);
    const report = readFileSync(text, 'utf8');
    expect(report).toContain('This computer is not connected to a network');
    expect(report.split('\n').every((line) => line.length <= 80)).toBe(true);
    expect(report).not.toContain(hostname());
    const detailed = await runCliIn(ns.name, [
      'run',
      '--deadline-ms',
      '5000',
      '--report',
      html,
      '--include-computer-details',
    ]);
    expect(detailed.code).toBe(1);
    const page = readFileSync(html, 'utf8');
    expect(page).toMatch(/^<!doctype html>/i);
    expect(page).toContain(hostname());
    expect(page).not.toContain('<script');
  });

  it('refuses a format it cannot write before running anything', async () => {
    const result = await runCliIn(ns.name, ['run', '--report', '/tmp/result.pdf']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      'onsight-netcheck: --report /tmp/result.pdf: PDF reports are saved from the desktop app; use .html, .json or .txt',
    );
  });
});

describe('the published JSON Schema', () => {
  it('is the one generated from the zod types (run `npm run schema` after changing them)', () => {
    expect(published).toEqual(JSON.parse(JSON.stringify(resultDocumentJsonSchema())));
  });
});
