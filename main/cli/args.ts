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
import { KEEP_CHECKING_DEFAULTS, roundIntervalMs } from '../../common/results/keep-checking-pace';
import { parseProxyChoice, type ProxyChoice } from '../engine/proxy/discovery';
import { CLI_TEXT, DIFF_TEXT, WATCH_TEXT } from '../../common/i18n';

/** Read when a mistake is met, so they speak the chosen language. */
const E = CLI_TEXT.errors;

/** A mistake in how the command is written: the message is followed by the usage. */
export class UsageError extends Error {}
/** A well-formed command whose input is wrong (a code, a file, a row id): the message alone. */
export class InputError extends Error {}

/** The usage, in the language the CLI speaks (common/i18n). */
export const usage = (): string => CLI_TEXT.usage;

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
      name: 'diff';
      /** As typed: a result file's path or a helpdesk code (main/cli/diff.ts tells which). */
      before: string;
      after: string;
      profileFile?: string;
      json: boolean;
      width?: number;
    }
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
      /** `--english-copy on|off`: the report's English copy (default: on unless English). */
      englishCopy?: boolean;
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
  'english-copy': { type: 'string' },
  'include-computer-details': { type: 'boolean' },
  json: { type: 'boolean' },
  width: { type: 'string' },
  /** Read before the rest (languageFlag), so that a mistake is told in the chosen language. */
  lang: { type: 'string' },
  every: { type: 'string' },
  for: { type: 'string' },
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
  'english-copy',
  'reflector',
  'width',
] as const;

function bounded(flag: string, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new UsageError(E.wholeNumber(flag, value, min, max));
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

function onOff(flag: string, value: string): boolean {
  const on = ON_OFF[value.toLowerCase()];
  if (on === undefined) throw new UsageError(E.onOff(flag, value));
  return on;
}

function parseOptionFlags(values: readonly string[]): RunOptions {
  const options: RunOptions = { ...DEFAULT_OPTIONS, customDomains: [] };
  for (const item of values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean)) {
    const [name, raw = 'on'] = item.split('=', 2) as [string, string?];
    const value = ON_OFF[raw.toLowerCase()];
    if (value === undefined) throw new UsageError(E.optionValue(item));
    if (name !== 'teamlink' && name !== 'legacy' && name !== 'china') {
      throw new UsageError(E.unknownOption(item, name, ['teamlink', 'legacy', 'china']));
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
    throw new UsageError(E.override(file, (error as Error).message));
  }
  const parsed = overrideFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new UsageError(E.override(file, describeZodError(parsed.error)));
  }
  const mappings = (parsed.data.mappings ?? []).map(({ from, to }) => {
    const mapping = parseMapping(`${from}=${to}`);
    if (!mapping.ok)
      throw new UsageError(E.override(file, mapping.message.replace(/^--map /, 'mapping ')));
    return mapping.mapping;
  });
  return { mappings, reflectors: parsed.data.reflectors ?? [] };
}

export function parseCommandLine(argv: readonly string[]): Command | WatchCommand {
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
  if (name === undefined) throw new UsageError(E.noCommand);
  if (name === 'decode') {
    if (rest.length !== 1) throw new UsageError(E.decodeOneCode);
    return {
      name: 'decode',
      code: rest[0]!,
      json: values.json === true,
      ...(values.profile ? { profileFile: values.profile } : {}),
      ...width,
    };
  }
  if (name === 'diff') {
    if (rest.length !== 2) throw new UsageError(DIFF_TEXT.errors.count);
    return {
      name: 'diff',
      before: rest[0]!,
      after: rest[1]!,
      json: values.json === true,
      ...(values.profile ? { profileFile: values.profile } : {}),
      ...width,
    };
  }
  if (name !== 'run' && name !== 'plan' && name !== 'watch')
    throw new UsageError(E.unknownCommand(name));
  if (rest.length > 0) throw new UsageError(E.unexpectedArgument(rest[0]!));
  if (name === 'watch') refuseInWatch(values);
  else {
    const misplaced = WATCH_ONLY.find((flag) => values[flag] !== undefined);
    if (misplaced) throw new UsageError(WATCH_TEXT.errors.watchOnly(misplaced));
  }
  if (name === 'plan') {
    const misplaced = RUN_ONLY.find((flag) => values[flag] !== undefined);
    if (misplaced) throw new UsageError(E.runOnly(misplaced));
  }

  const options = parseOptionFlags(values.option ?? []);
  options.customDomains = values['custom-domain'] ?? [];
  const checked = runOptionsSchema.safeParse(options);
  if (!checked.success) throw new UsageError(E.customDomain(checked.error.issues[0]!.message));

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
  if (badReflector) throw new UsageError(E.reflector(badReflector));
  const only = values.only
    ?.split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  if (only && only.length === 0) throw new UsageError(E.onlyEmpty);

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
    throw new UsageError(E.pacWithProxy(values.proxy ?? ''));
  if (values.pac !== undefined && values.pac.trim() === '') throw new UsageError(E.pacEmpty);
  const run: Extract<Command, { name: 'run' }> = {
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
    ...(values['english-copy'] !== undefined && {
      englishCopy: onOff('english-copy', values['english-copy']),
    }),
    includeComputerDetails: values['include-computer-details'] ?? false,
    ...width,
  };
  return name === 'watch' ? watchCommand(run, values) : run;
}

/**
 * `--lang X` or `--lang=X`, found before the command line is parsed: a mistake in the rest is
 * then told in that language. The last one wins, as with every other flag.
 */
export function languageFlag(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--') break;
    // A missing value (the next option, or nothing) is parseArgs's usage error, not a language.
    if (arg === '--lang' && i + 1 < argv.length && !argv[i + 1]!.startsWith('-'))
      found = argv[(i += 1)];
    else if (arg.startsWith('--lang=') && arg.length > '--lang='.length)
      found = arg.slice('--lang='.length);
  }
  return found;
}

/**
 * `watch` (issue 20): run's selection and flags, and its pace. Lines for a person: no report
 * and no JSON (a script runs `run --json` on a schedule of its own).
 */
export interface WatchCommand extends Omit<
  Extract<Command, { name: 'run' }>,
  'name' | 'json' | 'report' | 'englishCopy' | 'includeComputerDetails'
> {
  name: 'watch';
  /** `--every`: from the start of one round to the start of the next. */
  everyMs: number;
  /** `--for`: from the start of the first run; then the last verdict's exit code. */
  forMs: number;
}

/** Flags that only make sense for `watch`. */
const WATCH_ONLY = ['every', 'for'] as const;
/** `run`'s flags that `watch` has no use for: it writes no report, and lines, not JSON. */
const NOT_IN_WATCH = ['report', 'english-copy', 'include-computer-details', 'json'] as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTION_SPEC }>>['values'];

function refuseInWatch(values: Values): void {
  const misplaced = NOT_IN_WATCH.find((flag) => values[flag] !== undefined);
  if (misplaced === 'json') throw new UsageError(WATCH_TEXT.errors.json);
  if (misplaced) throw new UsageError(WATCH_TEXT.errors.notInWatch(misplaced));
}

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 60 * 60_000 };
/** The longest of each, as typed: an hour between rounds, a working day's watch. */
const MAX_EVERY = '1h';
const MAX_FOR = '24h';

/** "10s", "90s", "2m", "1h": a whole number and a unit, from 1 s up to `max` (typed alike). */
export function parseDuration(flag: string, text: string, max: string): number {
  const ms = (typed: string) => {
    const match = /^(\d{1,6})([smh])$/.exec(typed);
    return match ? Number(match[1]) * UNIT_MS[match[2]!]! : 0;
  };
  const value = ms(text);
  if (value < 1000 || value > ms(max))
    throw new UsageError(WATCH_TEXT.errors.duration(flag, text, max));
  return value;
}

function watchCommand(run: Extract<Command, { name: 'run' }>, values: Values): WatchCommand {
  const {
    name: _n,
    json: _j,
    report: _r,
    englishCopy: _e,
    includeComputerDetails: _i,
    ...flags
  } = run;
  // A round sooner than an attempt could time out would find nothing new: the default follows
  // a longer --timeout-ms; an --every that asks for less is refused rather than quietly
  // slowed, so the pace printed is the pace asked for.
  const floorS = Math.ceil(run.timeoutMs / 1000);
  const everyMs =
    values.every === undefined
      ? roundIntervalMs(KEEP_CHECKING_DEFAULTS.everyMs, floorS * 1000)
      : parseDuration('every', values.every, MAX_EVERY);
  if (everyMs < run.timeoutMs)
    throw new UsageError(
      WATCH_TEXT.errors.everyBelowTimeout(values.every!, run.timeoutMs, `${floorS}s`),
    );
  const forMs =
    values.for === undefined
      ? KEEP_CHECKING_DEFAULTS.forMs
      : parseDuration('for', values.for, MAX_FOR);
  return { ...flags, name: 'watch', everyMs, forMs };
}
