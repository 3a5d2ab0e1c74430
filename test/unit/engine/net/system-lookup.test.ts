// The run's lookup child (main/engine/net/system-lookup.ts, lookup-child.ts): a real child,
// started by Node's fork from the child's own source built here, answers from this machine's
// hosts file (no query leaves the machine); closing the run ends what still waits and kills it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  childLookup,
  forkLookups,
  type LookupChild,
  type LookupSpawner,
} from '../../../../main/engine/net/system-lookup';

let dir: string;
let childFile: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nc-lookup-child-'));
  childFile = join(dir, 'lookup-child.cjs');
  await build({
    entryPoints: [resolve('main/engine/net/lookup-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: childFile,
    logLevel: 'error',
  });
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Node's fork spawner, remembering the children it started. */
function recordingFork(): { spawn: LookupSpawner; children: LookupChild[] } {
  const children: LookupChild[] = [];
  const fork = forkLookups(childFile);
  return {
    children,
    spawn: () => {
      const child = fork();
      children.push(child);
      return child;
    },
  };
}

describe('lookups in a child process', () => {
  it('answers from the system resolver in a child started at the first name, one per run', async () => {
    const { spawn, children } = recordingFork();
    const lookups = childLookup(spawn);
    expect(children).toHaveLength(0);
    const [first, second] = await Promise.all([
      lookups.lookup('localhost'),
      lookups.lookup('localhost'),
    ]);
    expect(first).toEqual(second);
    expect(first.ok && first.addresses).toContain('127.0.0.1');
    expect(children).toHaveLength(1);
    lookups.close();
  });

  it('hands on a child started ahead; one that ended before anyone listened says so at once', async () => {
    const lookups = childLookup(forkLookups(childFile, { prestart: true }));
    const answer = await lookups.lookup('localhost');
    expect(answer.ok && answer.addresses).toContain('127.0.0.1');
    lookups.close();
    const spare = forkLookups(childFile, { prestart: true })();
    spare.kill();
    await new Promise<void>((done) => spare.onExit(done));
    let late = false;
    spare.onExit(() => (late = true));
    expect(late).toBe(true);
  });

  it('ends every lookup still waiting when the run closes, and kills the child', async () => {
    let killed = 0;
    const silent: LookupSpawner = () => ({
      post: () => {},
      onMessage: () => {},
      onExit: () => {},
      kill: () => void killed++,
    });
    const lookups = childLookup(silent);
    const waiting = lookups.lookup('onsight.librestream.com');
    lookups.close();
    await expect(waiting).resolves.toEqual({ ok: false, code: 'ECANCELLED' });
    expect(killed).toBe(1);
    await expect(lookups.lookup('another.example')).resolves.toEqual({
      ok: false,
      code: 'ECHILD',
    });
  });

  it('ends the lookups of a child that died under them', async () => {
    let exit = () => {};
    const dying: LookupSpawner = () => ({
      post: () => {},
      onMessage: () => {},
      onExit: (listener) => (exit = listener),
      kill: () => {},
    });
    const lookups = childLookup(dying);
    const waiting = lookups.lookup('onsight.librestream.com');
    exit();
    await expect(waiting).resolves.toEqual({ ok: false, code: 'ECHILD' });
  });
});
