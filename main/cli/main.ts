import { join } from 'node:path';
// `onsight-netcheck`: run the checks, list the plan, or decode a helpdesk code.
import { readFileSync } from 'node:fs';
import { runPlan } from '../engine/runner';
import { plan as makePlan } from '../engine/planner';
import { collectHostInfo } from '../engine/host-info';
import {
  defaultProfile,
  loadProfileFile,
  ProfileError,
  type LoadedProfile,
} from '../engine/profile-loader';
import { TOOL_NAME, TOOL_VERSION } from '../engine/version';
import { createProxyResolver } from '../engine/proxy/discovery';
import { childLookup, type LookupSpawner } from '../engine/net/system-lookup';
import { pacHostOver } from '../engine/proxy/pac';
import type { Plan } from '../../common/plan';
import {
  InputError,
  parseCommandLine,
  UsageError,
  languageFlag,
  usage,
  type Command,
  type Selection,
} from './args';
import { formatVerdict, pendingRow, type TableStyle } from './table';
import { liveTable } from './live-table';
import { EXIT, exitCodeFor } from './exit-codes';
import { decodeCode, decodeToText } from './decode';
import type { DecodedCode } from '../../common/helpdesk/decoded-table';
import { reportWriterFor, writeReport } from './report-file';
import {
  CLI_TEXT,
  currentLanguage,
  inLanguage,
  LANGUAGE_TEXT,
  setLanguage,
} from '../../common/i18n';
import { chooseLanguage, LANGUAGES } from '../../common/i18n/languages';
import { localised } from '../../common/results/assemble';
import { withTexts } from '../../common/results/texts';
import { wrap } from '../../common/reports/wrap';

/** Not a terminal (a pipe, a file, a CI log): lines as wide as an e-mail's. */
const DEFAULT_WIDTH = 80;

function styleFor(out: NodeJS.WriteStream, width: number | undefined, colour: boolean): TableStyle {
  const terminal = out.isTTY === true;
  return {
    colour: colour && terminal && !process.env.NO_COLOR,
    width: width ?? (terminal && out.columns > 0 ? out.columns : DEFAULT_WIDTH),
  };
}

function planFor(
  selection: Selection,
  qualitySeconds?: number,
): { loaded: LoadedProfile; plan: Plan } {
  const loaded = selection.profileFile ? loadProfileFile(selection.profileFile) : defaultProfile();
  const known = new Set(loaded.profile.rows.map((r) => r.id));
  const unknown = selection.only?.find((id) => !known.has(id));
  if (unknown)
    throw new InputError(CLI_TEXT.errors.unknownRow(unknown, loaded.profile.id, [...known]));
  const plan = makePlan({
    profile: loaded.profile,
    profileHash: loaded.hash,
    options: selection.options,
    mappings: selection.mappings,
    reflectors: selection.reflectors,
    ...(selection.only ? { only: selection.only } : {}),
    ...(qualitySeconds !== undefined && { qualitySeconds }),
  });
  return { loaded, plan };
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

/** What the CLI's host gives it: the app's headless mode starts processes its own way. */
export interface CliDeps {
  /** LC_ALL, LC_MESSAGES and LANG (default: the process's). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Where the run's name lookups happen (main/engine/net/system-lookup.ts). */
  lookups?: LookupSpawner;
}

async function run(
  command: Extract<Command, { name: 'run' }>,
  out: NodeJS.WriteStream,
  deps: CliDeps,
): Promise<number> {
  const { loaded, plan } = planFor(command.selection, command.qualitySeconds);
  const extraCa = readCaFiles(command.caFiles);
  const reportWriter = command.report === undefined ? undefined : reportWriterFor(command.report);
  const terminal = out.isTTY === true && !command.json;
  const style = styleFor(out, command.width, !command.json);
  const table = command.json
    ? undefined
    : liveTable(out, plan.rows.map(pendingRow), style, terminal);

  const interrupt = new AbortController();
  let interrupted = false;
  const onSigint = () => {
    interrupted = true;
    interrupt.abort();
  };
  process.once('SIGINT', onSigint);
  // A PAC file's own look-ups, in a child that ends with the run like the run's own.
  const pacLookups = deps.lookups ? childLookup(deps.lookups) : undefined;
  // No system resolver here: "system" means HTTPS_PROXY/HTTP_PROXY/NO_PROXY, then direct.
  const proxy = createProxyResolver(
    {
      ...(command.proxy !== undefined && { proxy: command.proxy }),
      ...(command.pac !== undefined && { pac: command.pac }),
    },
    {
      timeoutMs: command.timeoutMs,
      // The PAC sandbox's thread, built beside this bundle (scripts/build.mjs).
      pacWorkerFile: join(__dirname, 'pac-worker.cjs'),
      ...(pacLookups && { pacHost: pacHostOver(pacLookups, command.timeoutMs) }),
    },
  );
  try {
    const result = await runPlan(
      plan,
      {
        timeoutMs: command.timeoutMs,
        deadlineMs: command.deadlineMs,
        concurrency: command.concurrency,
        qualitySeconds: command.qualitySeconds,
        extraCa,
        signal: interrupt.signal,
        toolVersion: TOOL_VERSION,
        profile: loaded.profile,
        host: collectHostInfo(),
        proxy,
        ...(deps.lookups && { lookups: deps.lookups }),
      },
      (event) => {
        if (event.type === 'row-updated') table?.update(event.row);
      },
    );
    if (command.report !== undefined && reportWriter) {
      writeReport(command.report, reportWriter, {
        result,
        profile: loaded.profile,
        includeComputerDetails: command.includeComputerDetails,
        ...(command.englishCopy !== undefined && { englishCopy: command.englishCopy }),
      });
    }
    if (command.json) {
      out.write(`${JSON.stringify(withTexts(result, loaded.profile), null, 2)}\n`);
    } else {
      table?.finish(result.rows);
      out.write(
        `\n${formatVerdict(localised(result, loaded.profile), loaded.profile, style).join('\n')}\n`,
      );
    }
    // With --json stdout carries the document alone and stderr stays empty (a script reads
    // both): the script named the report file itself.
    if (command.report !== undefined && !command.json) {
      const notice = wrap(CLI_TEXT.reportWritten(command.report), style.width, '', '  ');
      out.write(`\n${notice.join('\n')}\n`);
    }
    if (interrupted) return EXIT.interrupted;
    return exitCodeFor(result.verdict.status);
  } finally {
    proxy.close();
    pacLookups?.close();
    process.removeListener('SIGINT', onSigint);
  }
}

/**
 * `decode --json`: as a run's JSON, language-neutral (issue 19): the English reading, with the
 * agent's language's words under `texts` when it is not English.
 */
function decodedJson(decoded: DecodedCode, code: string, loaded: LoadedProfile) {
  if (currentLanguage() === 'en') return decoded;
  const { notice, diagnosis, tables } = decoded;
  const english = inLanguage('en', () => decodeCode(code, loaded));
  return { ...english, texts: { language: currentLanguage(), notice, diagnosis, tables } };
}

export async function main(
  argv: readonly string[],
  out = process.stdout,
  err = process.stderr,
  deps: CliDeps = {},
): Promise<number> {
  // First, so that every word after it, a mistake's too, is in the chosen language.
  const choice = chooseLanguage(languageFlag(argv), deps.env ?? process.env);
  setLanguage(choice.language);
  // With --json stderr stays empty: a script reads it.
  if ('unavailable' in choice && !argv.includes('--json'))
    err.write(`${TOOL_NAME}: ${LANGUAGE_TEXT.notAvailable(choice.unavailable, LANGUAGES)}\n`);
  try {
    const command = parseCommandLine(argv);
    switch (command.name) {
      case 'help':
        out.write(`${usage()}\n`);
        return 0;
      case 'version': {
        const { profile, hash } = defaultProfile();
        const about = CLI_TEXT.version(profile.id, profile.version, profile.revision, hash);
        out.write(`${TOOL_NAME} ${TOOL_VERSION} ${about}\n`);
        return 0;
      }
      case 'plan': {
        const { plan } = planFor(command.selection);
        if (!command.json) throw new UsageError(CLI_TEXT.errors.planJsonOnly);
        out.write(`${JSON.stringify(plan, null, 2)}\n`);
        return 0;
      }
      case 'decode': {
        const loaded = command.profileFile
          ? loadProfileFile(command.profileFile)
          : defaultProfile();
        const style = styleFor(out, command.width, !command.json);
        // In the agent's language first: a mistyped code is said in it.
        const decoded = decodeCode(command.code, loaded);
        out.write(
          command.json
            ? `${JSON.stringify(decodedJson(decoded, command.code, loaded), null, 2)}\n`
            : `${decodeToText(decoded, loaded, style).join('\n')}\n`,
        );
        return 0;
      }
      case 'run':
        return await run(command, out, deps);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      err.write(`${TOOL_NAME}: ${error.message}\n${usage()}\n`);
      return EXIT.usage;
    }
    if (error instanceof InputError) {
      err.write(`${TOOL_NAME}: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof ProfileError) {
      err.write(`${error.message}\n`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    err.write(`${TOOL_NAME}: ${CLI_TEXT.errors.internal(message)}\n`);
    return EXIT.internal;
  }
}
