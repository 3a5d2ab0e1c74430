import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import defaultProfileJson from '../../common/profiles/onsight-default.json';
import { encodeHelpdeskCode } from '../../common/helpdesk/code';
import { diagnose, factsOf } from '../../common/diagnosis/diagnose';
import { DEFAULT_OPTIONS } from '../../common/options';
import { defaultProfile } from '../../main/engine/profile-loader';
import { runCli } from '../support/cli';
import { defaultRows } from '../support/results';

const dir = mkdtempSync(join(tmpdir(), 'netcheck-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const firstLine = (text: string) => text.split('\n')[0];

describe('bad input gives exit 2 and one line naming the problem, never a stack trace', () => {
  it('a malformed profile', async () => {
    const bad = structuredClone(defaultProfileJson) as {
      rows: Array<{ probes: Array<{ ports: string }> }>;
    };
    bad.rows[8]!.probes[0]!.ports = '15000-650000';
    const file = join(dir, 'bad-profile.json');
    writeFileSync(file, JSON.stringify(bad));
    const result = await runCli(['plan', '--json', '--profile', file]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      `profile ${file}: rows[8].probes[0].ports: "15000-650000" is not a port or port range (1-65535)`,
    );
    expect(result.stdout).toBe('');
  });

  it('a profile that is not JSON', async () => {
    const file = join(dir, 'not-json.json');
    writeFileSync(file, '{ rows: ');
    const result = await runCli(['run', '--profile', file]);
    expect(result.code).toBe(2);
    expect(firstLine(result.stderr)).toMatch(new RegExp(`^profile ${file}: not valid JSON`));
  });

  it('an unknown option', async () => {
    const result = await runCli(['run', '--colour']);
    expect(result.code).toBe(2);
    expect(firstLine(result.stderr)).toBe("onsight-netcheck: Unknown option '--colour'");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('a bad --only row id', async () => {
    const result = await runCli(['plan', '--json', '--only', '2-2.3,9-9.9']);
    expect(result.code).toBe(2);
    expect(firstLine(result.stderr)).toMatch(
      /^onsight-netcheck: --only: no row 9-9\.9 in profile onsight-default/,
    );
  });

  it('a bad --map, --timeout-ms and --option', async () => {
    const map = await runCli(['plan', '--json', '--map', '52.142.34.48/28']);
    expect(map.code).toBe(2);
    expect(firstLine(map.stderr)).toContain('--map "52.142.34.48/28": expected FROM=TO');
    const timeout = await runCli(['run', '--timeout-ms', '0']);
    expect(firstLine(timeout.stderr)).toContain('--timeout-ms "0": expected a whole number');
    const option = await runCli(['plan', '--json', '--option', 'teamlink=maybe']);
    expect(firstLine(option.stderr)).toContain(
      '--option teamlink=maybe: the value must be on or off',
    );
  });

  it('a --width the table cannot be drawn in', async () => {
    const result = await runCli(['decode', 'N0GJ-C5', '--width', '12']);
    expect(result.code).toBe(2);
    expect(firstLine(result.stderr)).toBe(
      'onsight-netcheck: --width "12": expected a whole number from 30 to 1000',
    );
  });

  it('--help fits 80 columns and gives an exit code to each verdict', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').filter((line) => line.length > 80)).toEqual([]);
    const exits = result.stdout.slice(result.stdout.indexOf('Exit codes'));
    for (const [code, words] of [
      [0, 'ready'],
      [1, 'not ready'],
      [4, 'TeamLink only'],
      [5, 'could not tell'],
      [2, 'bad usage'],
      [3, 'internal error'],
      [130, 'interrupted'],
    ] as const)
      expect(exits).toMatch(new RegExp(`\\b${code} ${words}\\b`));
  });

  it('--version names the app and the profile', async () => {
    const result = await runCli(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^onsight-netcheck \d+\.\d+\.\d+ \(profile onsight-default 400295-08-D r2, [0-9a-f]{8}\)$/m,
    );
  });
});

describe('plan --json', () => {
  it('prints the plan with disabled rows listed', async () => {
    const result = await runCli(['plan', '--json', '--option', 'teamlink=off']);
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout);
    expect(plan.options.teamlink).toBe(false);
    expect(plan.rows.find((r: { id: string }) => r.id === '2-3.1')).toMatchObject({
      enabled: false,
    });
    expect(plan.rows).toHaveLength(26);
  });
});

describe('decode', () => {
  it("turns a code back into the caller's diagnosis and the grouped table, and names a mistyped code", async () => {
    const loaded = defaultProfile();
    const input = {
      rows: defaultRows({ '2-2.3': 'fail', '2-2.4': 'unverified' }),
      options: DEFAULT_OPTIONS,
      host: null,
      partial: false,
    };
    const code = encodeHelpdeskCode(factsOf(input), loaded.profile);
    const good = await runCli(['decode', code.toLowerCase()]);
    expect(good.code).toBe(0);
    expect(good.stdout).toContain('Onsight will work here through TeamLink only');
    expect(good.stdout).toMatch(/^2-2\.3 +✖ Fail +Calls can be set up securely/m);
    // Its coverage mark too: silent media, inferred from STUN and SIP (issue 20).
    expect(good.stdout).toMatch(/^2-2\.4~ +\? Could not tell/m);
    // Off a terminal, wrapped at 80 columns, the list item hanging under its own text.
    expect(good.stdout).toMatch(
      /^Must fix:\n {2}- Allow outbound TCP 5061 (.*\n {4})+.*\(row 2-2\.3\)$/m,
    );
    expect(good.stdout.split('\n').filter((line) => line.length > 80)).toEqual([]);

    // --json: the diagnosis the run itself gave, field for field.
    const json = await runCli(['decode', code, '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).diagnosis).toEqual(diagnose(input, loaded.profile));

    const swapped = code.length > 2 ? code[1]! + code[0]! + code.slice(2) : code;
    const bad = await runCli(['decode', swapped === code ? `${code}0` : swapped]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/^onsight-netcheck: decode ".*": /);
  });
});
