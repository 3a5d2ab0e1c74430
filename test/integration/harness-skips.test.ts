// The test harness itself (issue 15): a machine without turnserver runs what it can and ends
// with one summary of the skips; under CI=true the same skip fails the run, naming the tool.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needs } from '../support/tools';

const ROOT = resolve(import.meta.dirname, '../..');
const VITEST = join(ROOT, 'node_modules/vitest/vitest.mjs');
const CONFIG = join(ROOT, 'test/fixtures/harness/vitest.config.mts');

interface Run {
  code: number | null;
  output: string;
}

/** The fixture run by a fresh vitest with this PATH (and CI unset unless given). */
function runFixture(path: string, ci?: string): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: path, NO_COLOR: '1' };
  delete env.CI;
  delete env.VITEST;
  if (ci !== undefined) env.CI = ci;
  const child = spawn(process.execPath, [VITEST, 'run', '--config', CONFIG], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((done, reject) => {
    child.once('error', reject);
    child.once('close', (code) => done({ code, output }));
  });
}

describe('the skip summary', () => {
  let bare: string;
  beforeAll(() => {
    // A PATH holding node alone: no turnserver, nor anything else.
    bare = mkdtempSync(join(tmpdir(), 'nc-bare-path-'));
    symlinkSync(process.execPath, join(bare, 'node'));
  });
  afterAll(() => rmSync(bare, { recursive: true, force: true }));

  it('without turnserver: runs the rest, skips its suite cleanly and says how to run it', async () => {
    const { code, output } = await runFixture(bare);
    expect(output).not.toContain('ENOENT');
    expect(output).toMatch(/Tests\s+1 passed \| 2 skipped \(3\)/);
    expect(output).toContain('2 tests skipped: this machine lacks what they need.');
    expect(output).toContain('  turnserver (Debian package coturn): 2 tests');
    expect(output).toContain('Run them with: npm run test:all');
    expect(output).not.toContain('CI=true');
    expect(code).toBe(0);
  });

  it('without turnserver under CI=true: fails, naming the missing tool', async () => {
    const { code, output } = await runFixture(bare, 'true');
    expect(output).toContain('  turnserver (Debian package coturn): 2 tests');
    expect(output).toMatch(/CI=true: failing the run.*missing: turnserver$/m);
    expect(code).toBe(1);
  });

  it(
    'with turnserver on PATH: runs the suite, and says nothing of skips',
    needs('turnserver'),
    async () => {
      const { code, output } = await runFixture(process.env.PATH ?? '', 'true');
      expect(output).toMatch(/Tests\s+3 passed \(3\)/);
      expect(output).not.toContain('skipped');
      expect(code).toBe(0);
    },
  );
});
