// `watch` written wrongly (issue 20): exit 2, one line naming the mistake, then the usage,
// never a stack trace and never a packet (each is refused before the first run).
import { describe, expect, it } from 'vitest';
import { ENGLISH_ENV, runCli } from '../support/cli';

const firstLine = (text: string) => text.split('\n')[0];

describe('watch refuses what it cannot do, before sending anything', () => {
  it.each([
    [['--every', '10x'], '--every "10x": expected a duration from 1s to 1h, such as 10s, 2m or 1h'],
    [['--for', '0s'], '--for "0s": expected a duration from 1s to 24h, such as 10s, 2m or 1h'],
    [
      ['--every', '2s'],
      '--every 2s: sooner than an attempt times out (--timeout-ms 3000); give at least 3s',
    ],
    [['--json'], 'watch prints lines for a person, not JSON: a script can call run --json itself'],
    [['--report', 'out.html'], '--report belongs to run, not watch'],
  ])('watch %j', async (args, message) => {
    const result = await runCli(['watch', ...args]);
    expect(result.code).toBe(2);
    expect(firstLine(result.stderr)).toBe(`onsight-netcheck: ${message}`);
    expect(result.stderr).toContain('onsight-netcheck watch [selection]');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
  });

  it('--every and --for belong to watch alone', async () => {
    const run = await runCli(['run', '--every', '10s']);
    expect(run.code).toBe(2);
    expect(firstLine(run.stderr)).toBe('onsight-netcheck: --every belongs to watch');
    const plan = await runCli(['plan', '--json', '--for', '5m']);
    expect(firstLine(plan.stderr)).toBe('onsight-netcheck: --for belongs to watch');
  });

  it('says it in the chosen language', async () => {
    const result = await runCli(['watch', '--every', '1s', '--lang', 'fr'], { env: ENGLISH_ENV });
    expect(result.code).toBe(2);
    expect(firstLine(result.stderr)).toBe(
      'onsight-netcheck: --every 1s\u00a0: plus court que le délai d’une tentative (--timeout-ms 3000)\u00a0; indiquez au moins 3s',
    );
  });
});
