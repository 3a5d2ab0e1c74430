// The app's run session (main/app/run-session.ts, Electron left out: it is plain Node) with the
// real engine, inside a namespace of the test's own whose DNS server never answers. The first
// run leaves look-ups glibc keeps going (10 s by its defaults) for the four push names, as many
// as libuv has threads; the second run's one name is in the namespace's /etc/hosts and must
// resolve at once (issue 12, part 5). The control: the same two runs with look-ups in the app's
// own process, where the stuck ones hold every thread and the second run's name times out.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSilentDnsNamespace, type Namespace } from '../support/netns';
import { needs } from '../support/tools';

/** An address of no one's, behind no route: the probe to it ends `unreachable` at once. */
const HOSTS_ADDRESS = '198.18.9.9';

const DRIVER = `
import { join } from 'node:path';
import { createRunSession } from ${JSON.stringify(resolve('main/app/run-session.ts'))};
import { runPlan } from ${JSON.stringify(resolve('main/engine/runner.ts'))};
import { plan } from ${JSON.stringify(resolve('main/engine/planner.ts'))};
import { defaultProfile } from ${JSON.stringify(resolve('main/engine/profile-loader.ts'))};
import { forkLookups } from ${JSON.stringify(resolve('main/engine/net/system-lookup.ts'))};
import { DEFAULT_OPTIONS } from ${JSON.stringify(resolve('common/options.ts'))};

const inChild = process.argv[2] === 'child';
const loaded = defaultProfile();
const finished = [];
const session = createRunSession(
  {
    profile: loaded,
    runPlan,
    plan,
    settings: {
      timeoutMs: 1000,
      deadlineMs: 2000,
      concurrency: 256,
      toolVersion: 'test',
      profile: loaded.profile,
      ...(inChild ? { lookups: forkLookups(join(__dirname, 'lookup-child.cjs')) } : {}),
    },
  },
  { push: (event) => event.type === 'run-finished' && finished.push(event.result) },
);
const ended = (count) =>
  new Promise((done) => {
    const tick = setInterval(() => {
      if (finished.length >= count) {
        clearInterval(tick);
        done();
      }
    }, 10);
  });
const first = await session.start({ options: DEFAULT_OPTIONS, proxy: 'direct' });
await ended(1);
await session.rerun(first, ['2-1.1']);
await ended(2);
const stuck = finished[0].rows.filter((row) => row.id === '4.1' || row.id === '4.2');
const row = finished[1].rows.find((r) => r.id === '2-1.1');
console.log(JSON.stringify({
  first: stuck.flatMap((r) => r.probes.map((p) => p.outcome)),
  second: row.probes.map((p) => ({ outcome: p.outcome, address: p.address })),
}));
// In-process look-ups still stuck would hold even process.exit() (libuv joins its threads).
if (inChild) process.exit(0);
else process.kill(process.pid, 'SIGKILL');
`;

describe('a run after one whose look-ups are stuck', needs('root', 'nft'), () => {
  let ns: Namespace;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nc-stuck-'));
    writeFileSync(join(dir, 'driver.mts'), DRIVER);
    const common: BuildOptions = {
      bundle: true,
      platform: 'node',
      target: 'node20',
      logLevel: 'error',
      external: ['electron'],
    };
    await build({
      ...common,
      entryPoints: [join(dir, 'driver.mts')],
      format: 'esm',
      outfile: join(dir, 'driver.mjs'),
      banner: {
        js: "import { createRequire } from 'node:module'; import { fileURLToPath } from 'node:url'; import { dirname } from 'node:path'; const require = createRequire(import.meta.url); const __dirname = dirname(fileURLToPath(import.meta.url));",
      },
    });
    await build({
      ...common,
      entryPoints: [resolve('main/engine/net/lookup-child.ts')],
      format: 'cjs',
      outfile: join(dir, 'lookup-child.cjs'),
    });
    ns = createSilentDnsNamespace('nc-stuck', {
      hosts: `127.0.0.1 localhost\n${HOSTS_ADDRESS} onsight.librestream.com\n`,
    });
  });
  afterAll(() => {
    ns?.remove();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function twoRuns(where: 'child' | 'in-process') {
    const ran = await ns.exec(process.execPath, [join(dir, 'driver.mjs'), where]);
    expect(ran.stderr).toBe('');
    return JSON.parse(ran.stdout) as {
      first: string[];
      second: Array<{ outcome: string; address: string | null }>;
    };
  }

  it('resolves its names at once when look-ups run in a child each run kills', async () => {
    const { first, second } = await twoRuns('child');
    expect(first.length).toBeGreaterThanOrEqual(4);
    for (const outcome of first) expect(outcome).toBe('dns-fail');
    expect(second.length).toBeGreaterThan(0);
    for (const probe of second)
      expect(probe).toEqual({ outcome: 'unreachable', address: HOSTS_ADDRESS });
  });

  it('(control) waits behind the stuck look-ups when they run in its own process', async () => {
    const { second } = await twoRuns('in-process');
    for (const probe of second) expect(probe.outcome).toBe('dns-fail');
  });
});
