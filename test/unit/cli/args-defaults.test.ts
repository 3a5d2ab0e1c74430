// One source of the run defaults (common/run-defaults.ts): the CLI takes them when no flag is
// given, and the ARCHITECTURE's contract numbers are the ones written there.
import { describe, expect, it } from 'vitest';
import { RUN_DEFAULTS } from '../../../common/run-defaults';
import { parseCommandLine } from '../../../main/cli/args';

describe('run defaults', () => {
  it('are the CLI contract: 3000 ms per attempt, 10 s per run, 256 at once', () => {
    expect(RUN_DEFAULTS).toEqual({ timeoutMs: 3000, deadlineMs: 10_000, concurrency: 256 });
  });

  it('are what `run` uses without flags, and flags override them', () => {
    expect(parseCommandLine(['run'])).toMatchObject(RUN_DEFAULTS);
    expect(parseCommandLine(['run', '--timeout-ms', '500'])).toMatchObject({
      ...RUN_DEFAULTS,
      timeoutMs: 500,
    });
  });
});
