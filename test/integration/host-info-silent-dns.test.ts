// "This computer and network" on a network whose DNS server never answers (the very networks
// this tool is run on), inside a namespace of the test's own: collecting it must not freeze
// the process (the app's window, every probe's timers) while a lookup waits.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSilentDnsNamespace, type Namespace } from '../support/netns';
import { needs } from '../support/tools';

/** Runs collectHostInfo() and reports the longest stall of the event loop meanwhile. */
const DRIVER = `
import { collectHostInfo } from ${JSON.stringify(resolve('main/engine/host-info.ts'))};
let last = performance.now();
let longest = 0;
const tick = setInterval(() => {
  const now = performance.now();
  longest = Math.max(longest, now - last);
  last = now;
}, 20);
collectHostInfo().then((info) => {
  clearInterval(tick);
  longest = Math.max(longest, performance.now() - last);
  console.log(JSON.stringify({ os: info.os, longestStallMs: Math.round(longest) }));
});
`;

describe('host info with a DNS server that never answers', needs('root', 'nft'), () => {
  let ns: Namespace;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nc-host-info-'));
    writeFileSync(join(dir, 'driver.ts'), DRIVER);
    await build({
      entryPoints: [join(dir, 'driver.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: join(dir, 'driver.cjs'),
      logLevel: 'error',
    });
    // /etc/hosts without this computer's name, as on many desktops: its full name
    // (`hostname -f`) must then come from DNS.
    ns = createSilentDnsNamespace('nc-hinfo', { hosts: '127.0.0.1 localhost\n' });
  });
  afterAll(() => {
    ns?.remove();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('names the operating system without stalling the event loop on a name lookup', async () => {
    const result = await ns.exec(process.execPath, [join(dir, 'driver.cjs')]);
    expect(result.stderr).toBe('');
    const { os, longestStallMs } = JSON.parse(result.stdout) as {
      os: string;
      longestStallMs: number;
    };
    expect(os).toMatch(/\(linux, /);
    // `hostname -f` run with execSync held it for glibc's 5 s × 2 tries.
    expect(longestStallMs).toBeLessThan(2000);
  });
});
