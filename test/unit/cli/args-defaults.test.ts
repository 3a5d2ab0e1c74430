// One source of the run defaults (common/run-defaults.ts): the CLI takes them when no flag is
// given, and the ARCHITECTURE's contract numbers are the ones written there.
import { describe, expect, it } from 'vitest';
import { RUN_DEFAULTS } from '../../../common/run-defaults';
import { parseCommandLine } from '../../../main/cli/args';
import { parsePorts } from '../../../common/net/ports';
import { plan } from '../../../main/engine/planner';
import { defaultProfile } from '../../../main/engine/profile-loader';
import { DEFAULT_OPTIONS } from '../../../common/options';

/**
 * Attempts the runner holds at once for the default profile with every option on: each port
 * of each address of a block, one per single target, one per media-sample block.
 */
function attemptsAtOnce(): number {
  const { profile, hash } = defaultProfile();
  const options = { ...DEFAULT_OPTIONS, legacy: true, china: true, customDomains: ['example.org'] };
  const planned = plan({ profile, profileHash: hash, options });
  let total = 0;
  for (const row of planned.rows.filter((r) => r.enabled))
    for (const probe of row.probes) {
      if (probe.kind === 'udp-bind' || probe.kind === 'udp-sample') {
        total += probe.kind === 'udp-bind' ? 1 : probe.targets.length;
        continue;
      }
      const ports = (parsePorts(probe.ports) ?? []).reduce((n, r) => n + r.to - r.from + 1, 0);
      for (const target of probe.targets) total += (target.hosts?.length ?? 1) * ports;
    }
  return total;
}

describe('run defaults', () => {
  it('are the CLI contract: 3000 ms per attempt, 10 s per run, 512 at once, a 3 s burst', () => {
    expect(RUN_DEFAULTS).toEqual({
      timeoutMs: 3000,
      deadlineMs: 10_000,
      concurrency: 512,
      qualitySeconds: 3,
    });
  });

  it("hold the default profile's attempts in one wave, with every option on", () => {
    // Six /28s × 14 addresses × STUN, SIP, SIP/TLS, HTTP and HTTPS, plus the legacy rows.
    const attempts = attemptsAtOnce();
    expect(attempts).toBeGreaterThan(400);
    expect(attempts).toBeLessThanOrEqual(RUN_DEFAULTS.concurrency);
  });

  it('are what `run` uses without flags, and flags override them', () => {
    expect(parseCommandLine(['run'])).toMatchObject(RUN_DEFAULTS);
    expect(parseCommandLine(['run', '--timeout-ms', '500'])).toMatchObject({
      ...RUN_DEFAULTS,
      timeoutMs: 500,
    });
  });
});
