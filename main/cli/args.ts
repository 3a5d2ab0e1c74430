// The command line of ARCHITECTURE.md's CLI contract, parsed into a typed command.
// Every mistake becomes one UsageError sentence; nothing here touches the network.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import {
  DEFAULT_OPTIONS,
  parseMapping,
  runOptionsSchema,
  type Mapping,
  type RunOptions,
} from '../../common/options';
import { isTargetSpec } from '../../common/profile/schema';
import { describeZodError } from '../../common/zod-issue';
import { QUALITY_SECONDS, RUN_DEFAULTS } from '../../common/run-defaults';
import { parseProxyChoice, type ProxyChoice } from '../engine/proxy/discovery';

/** A mistake in how the command is written: the message is followed by the usage. */
export class UsageError extends Error {}
/** A well-formed command whose input is wrong (a code, a file, a row id): the message alone. */
export class InputError extends Error {}

export const USAGE = `Usage:
  onsight-netcheck run  [selection] [--proxy URL|direct|system] [--pac URL|FILE]
                        [--ca FILE]... [--reflector TARGET]... [--timeout-ms N]
                        [--deadline-ms N] [--concurrency N]
                        [--quality-seconds N] [--json] [--width N]
                        [--report FILE.html|.json|.txt]
                        [--include-computer-details]
  onsight-netcheck plan [selection] --json
  onsight-netcheck decode CODE [--profile FILE] [--json] [--width N]
  onsight-netcheck --version | --help
Selection:
  --profile FILE  --option teamlink=on|off,legacy,china  --custom-domain HOST...
  --only ROW,...  --map FROM=TO...  --override FILE
--width N: wrap lines at N columns (default: the terminal's width, or 80).
--quality-seconds N: the call-quality burst of row X.1 (default 3; 0: off).
Exit codes of run (changed after 0.1, where 1 meant every verdict but ready):
  0 ready            1 not ready         4 TeamLink only     5 could not tell
  2 bad usage, profile, file or code     3 internal error    130 interrupted
plan, decode, --help and --version exit 0, or 2 or 3 as above.`;

export interface Selection {
  profileFile?: string;
  options: RunOptions;
  only?: string[];
  mappings: Mapping[];
  reflectors: string[];
}

export type Command =
  | { name: 'help' }
  | { name: 'version' }
  | { name: 'plan'; selection: Selection; json: boolean }
  | { name: 'decode'; code: string; profileFile?: string; json: boolean; width?: number }
  | {
      name: 'run';
      selection: Selection;
      json: boolean;
      /** `--proxy`; absent means "system" (in the CLI: the environment variables, then direct). */
      proxy?: ProxyChoice;
      /** `--pac URL|FILE`, as typed. */
      pac?: string;
      caFiles: string[];
      timeoutMs: number;
      deadlineMs: number;
      concurrency: number;
      /** X.1's burst in seconds; 0 plans the row as skipped. */
      qualitySeconds: number;
      report?: string;
      /** Computer name, user name and local addresses in the --report file. */
      includeComputerDetails: boolean;
      /** `--width`: the columns to wrap at, instead of the terminal's (or 80). */
      width?: number;
    };

const OPTION_SPEC = {
  profile: { type: 'string' },
  option: { type: 'string', multiple: true },
  'custom-domain': { type: 'string', multiple: true },
  only: { type: 'string' },
  proxy: { type: 'string' },
  pac: { type: 'string' },
  map: { type: 'string', multiple: true },
  override: { type: 'string' },
  ca: { type: 'string', multiple: true },
  reflector: { type: 'string', multiple: true },
  'timeout-ms': { type: 'string' },
  'deadline-ms': { type: 'string' },
  concurrency: { type: 'string' },
  'quality-seconds': { type: 'string' },
  report: { type: 'string' },
  'include-computer-details': { type: 'boolean' },
  json: { type: 'boolean' },
  width: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Flags that only make sense for `run`. */
const RUN_ONLY = [
  'proxy',
  'pac',
  'ca',
  'timeout-ms',
  'deadline-ms',
  'concurrency',
  'quality-seconds',
  'report',
  'reflector',
  'width',
] as const;

function bounded(flag: string, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new UsageError(
      `--${flag} ${JSON.stringify(value)}: expected a whole number from ${min} to ${max}`,
    );
  }
  return Number(value);
}

function positiveInt(
  flag: string,
  value: string | undefined,
  fallback: number,
  max: number,
): number {
  return value === undefined ? fallback : bounded(flag, value, 1, max);
}

/** The same bound as the app's (common/run-defaults.ts). */
const MAX_QUALITY_SECONDS = QUALITY_SECONDS.max;

/** The table's id and status columns and a word beside them (main/cli/table.ts). */
const MIN_WIDTH = 30;
const MAX_WIDTH = 1000;

const ON_OFF: Record<string, boolean> = {
  on: true,
  off: false,
  true: true,
  false: false,
  yes: true,
  no: false,
};

function parseOptionFlags(values: readonly string[]): RunOptions {
  const options: RunOptions = { ...DEFAULT_OPTIONS, customDomains: [] };
  for (const item of values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean)) {
    const [name, raw = 'on'] = item.split('=', 2) as [string, string?];
    const value = ON_OFF[raw.toLowerCase()];
    if (value === undefined) throw new UsageError(`--option ${item}: the value must be on or off`);
    if (name !== 'teamlink' && name !== 'legacy' && name !== 'china') {
      throw new UsageError(
        `--option ${item}: unknown option "${name}" (known: teamlink, legacy, china)`,
      );
    }
    options[name] = value;
  }
  return options;
}

const overrideFileSchema = z.strictObject({
  mappings: z.array(z.strictObject({ from: z.string(), to: z.string() })).optional(),
  reflectors: z.array(z.string()).optional(),
});

function readOverride(file: string): { mappings: Mapping[]; reflectors: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`--override ${file}: ${(error as Error).message}`);
  }
  const parsed = overrideFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new UsageError(`--override ${file}: ${describeZodError(parsed.error)}`);
  }
  const mappings = (parsed.data.mappings ?? []).map(({ from, to }) => {
    const mapping = parseMapping(`${from}=${to}`);
    if (!mapping.ok)
      throw new UsageError(`--override ${file}: ${mapping.message.replace(/^--map /, 'mapping ')}`);
    return mapping.mapping;
  });
  return { mappings, reflectors: parsed.data.reflectors ?? [] };
}

export function parseCommandLine(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: OPTION_SPEC,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!.replace(/\. To specify.*$/, ''));
  }
  const { values, positionals } = parsed;
  if (values.help) return { name: 'help' };
  if (values.version) return { name: 'version' };
  const [name, ...rest] = positionals;
  const width =
    values.width === undefined
      ? {}
      : { width: bounded('width', values.width, MIN_WIDTH, MAX_WIDTH) };
  if (name === undefined) throw new UsageError('a command is needed: run, plan or decode');
  if (name === 'decode') {
    if (rest.length !== 1) throw new UsageError('decode takes exactly one CODE');
    return {
      name: 'decode',
      code: rest[0]!,
      json: values.json === true,
      ...(values.profile ? { profileFile: values.profile } : {}),
      ...width,
    };
  }
  if (name !== 'run' && name !== 'plan')
    throw new UsageError(`unknown command "${name}" (known: run, plan, decode)`);
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
  if (name === 'plan') {
    const misplaced = RUN_ONLY.find((flag) => values[flag] !== undefined);
    if (misplaced) throw new UsageError(`--${misplaced} belongs to run, not plan`);
  }

  const options = parseOptionFlags(values.option ?? []);
  options.customDomains = values['custom-domain'] ?? [];
  const checked = runOptionsSchema.safeParse(options);
  if (!checked.success)
    throw new UsageError(`--custom-domain: ${checked.error.issues[0]!.message}`);

  const override = values.override
    ? readOverride(values.override)
    : { mappings: [], reflectors: [] };
  const mappings = [...override.mappings];
  for (const text of values.map ?? []) {
    const mapping = parseMapping(text);
    if (!mapping.ok) throw new UsageError(mapping.message);
    mappings.push(mapping.mapping);
  }
  const reflectors = [...override.reflectors, ...(values.reflector ?? [])];
  const badReflector = reflectors.find((r) => !isTargetSpec(r));
  if (badReflector)
    throw new UsageError(
      `--reflector ${JSON.stringify(badReflector)}: not a host name, address or CIDR block`,
    );
  const only = values.only
    ?.split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  if (only && only.length === 0)
    throw new UsageError('--only needs at least one row id, e.g. --only 2-2.3');

  const selection: Selection = {
    ...(values.profile ? { profileFile: values.profile } : {}),
    options: checked.data,
    ...(only ? { only } : {}),
    mappings,
    reflectors,
  };
  if (name === 'plan') return { name: 'plan', selection, json: values.json ?? false };
  let proxy: ProxyChoice | undefined;
  if (values.proxy !== undefined) {
    const parsed = parseProxyChoice(values.proxy);
    if (!parsed.ok) throw new UsageError(parsed.message);
    proxy = parsed.choice;
  }
  // A PAC file is a proxy setting of its own: with a fixed one as well, which would win?
  if (values.pac !== undefined && proxy !== undefined && proxy.kind !== 'system')
    throw new UsageError(
      `--pac and --proxy ${values.proxy} cannot be used together: give one proxy setting`,
    );
  if (values.pac !== undefined && values.pac.trim() === '')
    throw new UsageError('--pac needs a URL or a file');
  return {
    name: 'run',
    selection,
    json: values.json ?? false,
    ...(proxy !== undefined ? { proxy } : {}),
    ...(values.pac !== undefined ? { pac: values.pac } : {}),
    caFiles: values.ca ?? [],
    timeoutMs: positiveInt('timeout-ms', values['timeout-ms'], RUN_DEFAULTS.timeoutMs, 120_000),
    deadlineMs: positiveInt('deadline-ms', values['deadline-ms'], RUN_DEFAULTS.deadlineMs, 600_000),
    concurrency: positiveInt('concurrency', values.concurrency, RUN_DEFAULTS.concurrency, 4096),
    qualitySeconds:
      values['quality-seconds'] === undefined
        ? RUN_DEFAULTS.qualitySeconds
        : bounded('quality-seconds', values['quality-seconds'], 0, MAX_QUALITY_SECONDS),
    ...(values.report !== undefined ? { report: values.report } : {}),
    includeComputerDetails: values['include-computer-details'] ?? false,
    ...width,
  };
}
