// What `run` and `watch` share: the plan of a selection, the run's settings (its proxy, its
// CA files, Ctrl+C), and the table's style. One copy, so a watch's round checks exactly as
// `run` would.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { runPlan } from '../engine/runner';
import { plan as makePlan } from '../engine/planner';
import { collectHostInfo } from '../engine/host-info';
import { defaultProfile, loadProfileFile, type LoadedProfile } from '../engine/profile-loader';
import { TOOL_VERSION } from '../engine/version';
import { createProxyResolver } from '../engine/proxy/discovery';
import { childLookup, type LookupSpawner } from '../engine/net/system-lookup';
import { pacHostOver } from '../engine/proxy/pac';
import type { Plan } from '../../common/plan';
import type { RunEventListener } from '../../common/results/events';
import type { ResultDocument } from '../../common/results/schema';
import { CLI_TEXT } from '../../common/i18n';
import { InputError, type Command, type Selection } from './args';
import type { TableStyle } from './table';

/** Not a terminal (a pipe, a file, a CI log): lines as wide as an e-mail's. */
const DEFAULT_WIDTH = 80;

/** What the CLI's host gives it: the app's headless mode starts processes its own way. */
export interface CliDeps {
  /** LC_ALL, LC_MESSAGES and LANG (default: the process's). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Where the run's name lookups happen (main/engine/net/system-lookup.ts). */
  lookups?: LookupSpawner;
}

export function styleFor(
  out: NodeJS.WriteStream,
  width: number | undefined,
  colour: boolean,
): TableStyle {
  const terminal = out.isTTY === true;
  return {
    colour: colour && terminal && !process.env.NO_COLOR,
    width: width ?? (terminal && out.columns > 0 ? out.columns : DEFAULT_WIDTH),
  };
}

export const loadSelection = (selection: Selection): LoadedProfile =>
  selection.profileFile ? loadProfileFile(selection.profileFile) : defaultProfile();

/** The selection's plan; `only` narrows it further (a watch's round: the rows to check again). */
export function planOf(
  loaded: LoadedProfile,
  selection: Selection,
  qualitySeconds?: number,
  only: readonly string[] | undefined = selection.only,
): Plan {
  const known = new Set(loaded.profile.rows.map((r) => r.id));
  const unknown = only?.find((id) => !known.has(id));
  if (unknown)
    throw new InputError(CLI_TEXT.errors.unknownRow(unknown, loaded.profile.id, [...known]));
  return makePlan({
    profile: loaded.profile,
    profileHash: loaded.hash,
    options: selection.options,
    mappings: selection.mappings,
    reflectors: selection.reflectors,
    ...(only ? { only } : {}),
    ...(qualitySeconds !== undefined && { qualitySeconds }),
  });
}

export function planFor(
  selection: Selection,
  qualitySeconds?: number,
): { loaded: LoadedProfile; plan: Plan } {
  const loaded = loadSelection(selection);
  return { loaded, plan: planOf(loaded, selection, qualitySeconds) };
}

function readCaFiles(files: readonly string[]): string[] {
  return files.map((file) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      throw new InputError(CLI_TEXT.errors.caUnreadable(file, code));
    }
    if (!text.includes('-----BEGIN CERTIFICATE-----'))
      throw new InputError(CLI_TEXT.errors.caNotPem(file));
    return text;
  });
}

/** How a run checks: the flags `run` and `watch` share. */
export type RunFlags = Pick<
  Extract<Command, { name: 'run' }>,
  'proxy' | 'pac' | 'caFiles' | 'timeoutMs' | 'deadlineMs' | 'concurrency' | 'qualitySeconds'
>;

export interface Runner {
  /** One run of `plan`, with the same proxy, CA files and limits every time. */
  run(plan: Plan, onEvent?: RunEventListener): Promise<ResultDocument>;
  /** Aborted by Ctrl+C (SIGINT): the run under way stops, and so does whoever waits on it. */
  readonly interrupt: AbortSignal;
  /** Ends the proxy's PAC thread and look-ups, and gives SIGINT back. */
  close(): void;
}

/** Reads the CA files (a bad one is an InputError), and holds Ctrl+C until `close`. */
export function openRunner(flags: RunFlags, loaded: LoadedProfile, deps: CliDeps): Runner {
  const extraCa = readCaFiles(flags.caFiles);
  const interrupt = new AbortController();
  const onSigint = () => interrupt.abort();
  process.once('SIGINT', onSigint);
  // A PAC file's own look-ups, in a child that ends with the run like the run's own.
  const pacLookups = deps.lookups ? childLookup(deps.lookups) : undefined;
  // No system resolver here: "system" means HTTPS_PROXY/HTTP_PROXY/NO_PROXY, then direct.
  const proxy = createProxyResolver(
    {
      ...(flags.proxy !== undefined && { proxy: flags.proxy }),
      ...(flags.pac !== undefined && { pac: flags.pac }),
    },
    {
      timeoutMs: flags.timeoutMs,
      // The PAC sandbox's thread, built beside this bundle (scripts/build.mjs).
      pacWorkerFile: join(__dirname, 'pac-worker.cjs'),
      ...(pacLookups && { pacHost: pacHostOver(pacLookups, flags.timeoutMs) }),
    },
  );
  return {
    interrupt: interrupt.signal,
    run: (plan, onEvent) =>
      runPlan(
        plan,
        {
          timeoutMs: flags.timeoutMs,
          deadlineMs: flags.deadlineMs,
          concurrency: flags.concurrency,
          qualitySeconds: flags.qualitySeconds,
          extraCa,
          signal: interrupt.signal,
          toolVersion: TOOL_VERSION,
          profile: loaded.profile,
          host: collectHostInfo(),
          proxy,
          // Only the final document is printed: no provisional one at verdict-ready.
          provisional: false,
          ...(deps.lookups && { lookups: deps.lookups }),
        },
        onEvent,
      ),
    close() {
      proxy.close();
      pacLookups?.close();
      process.removeListener('SIGINT', onSigint);
    },
  };
}
