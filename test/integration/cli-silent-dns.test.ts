// A DNS server that never answers, inside a namespace of the test's own: the system resolver
// (getaddrinfo) cannot be cancelled, and the process cannot exit while one is pending (libuv
// joins its threads at exit), yet the CLI must end with its run, not 10 s later with glibc.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultDocument } from '../../common/results/schema';
import { runCliIn } from '../support/cli';
import { createSilentDnsNamespace, type Namespace } from '../support/netns';
import { needs } from '../support/tools';

describe('a DNS server that never answers', needs('root', 'nft'), () => {
  let ns: Namespace;
  beforeAll(() => {
    ns = createSilentDnsNamespace('nc-nodns');
  });
  afterAll(() => {
    ns?.remove();
  });

  it('reports dns-fail and exits with the run, not when glibc gives up', async () => {
    const result = await runCliIn(ns.name, [
      'run',
      '--json',
      '--only',
      '4.2',
      '--timeout-ms',
      '1000',
      '--deadline-ms',
      '3000',
    ]);
    expect(result.stderr).toBe('');
    const doc = JSON.parse(result.stdout) as ResultDocument;
    // Only a push row, which decides nothing on its own, and it could not be checked: exit 5.
    expect(doc.verdict.status).toBe('inconclusive');
    expect(result.code).toBe(5);
    const probes = doc.rows.flatMap((row) => row.probes);
    expect(probes.length).toBeGreaterThan(0);
    for (const probe of probes) expect(probe.outcome).toBe('dns-fail');
    // glibc's defaults alone would hold the process for 10 s (timeout 5 s, 2 attempts).
    expect(result.durationMs).toBeLessThan(3000 + 4000);
    expect(result.exitAfterOutputMs!).toBeLessThanOrEqual(300);
  });

  it("exits promptly after its result when a PAC file's dnsResolve waits on that server", async () => {
    const result = await runCliIn(ns.name, [
      'run',
      '--json',
      '--only',
      '2-1.1',
      '--pac',
      resolve('test/fixtures/pac/network-functions.pac'),
      '--timeout-ms',
      '1000',
      '--deadline-ms',
      '3000',
    ]);
    expect(result.stderr).toBe('');
    const doc = JSON.parse(result.stdout) as ResultDocument;
    expect(doc.proxy.source).toBe('pac');
    // Issue 12, part 5: within 300 ms of the result, not when glibc gives up (10 s).
    expect(result.exitAfterOutputMs!).toBeLessThanOrEqual(300);
  });
});
