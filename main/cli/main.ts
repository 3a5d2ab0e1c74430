// `onsight-netcheck`: run the checks, watch them, list the plan, decode a helpdesk code or
// compare two results.
import {
  defaultProfile,
  loadProfileFile,
  ProfileError,
  type LoadedProfile,
} from '../engine/profile-loader';
import { TOOL_NAME, TOOL_VERSION } from '../engine/version';
import {
  InputError,
  parseCommandLine,
  UsageError,
  languageFlag,
  usage,
  type Command,
} from './args';
import { formatVerdict, pendingRow } from './table';
import { liveTable } from './live-table';
import { liveCoverage } from '../../common/results/live-coverage';
import { EXIT, exitCodeFor } from './exit-codes';
import { decodeCode, decodeToText } from './decode';
import { diffOutput } from './diff';
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
import { openRunner, planFor, styleFor, type CliDeps } from './run-setup';
import { watch } from './watch';
import { writeJson } from './json-out';

export type { CliDeps } from './run-setup';

async function run(
  command: Extract<Command, { name: 'run' }>,
  out: NodeJS.WriteStream,
  deps: CliDeps,
): Promise<number> {
  const { loaded, plan } = planFor(command.selection, command.qualitySeconds);
  const runner = openRunner(command, loaded, deps);
  try {
    const reportWriter = command.report === undefined ? undefined : reportWriterFor(command.report);
    const terminal = out.isTTY === true && !command.json;
    const style = styleFor(out, command.width, !command.json);
    const table = command.json
      ? undefined
      : liveTable(out, plan.rows.map(pendingRow), style, terminal);
    // Each row with its coverage mark once settled: a short terminal prints a row only once.
    // Only a table needs it (--json prints the assembled result alone, at the end).
    const covered = table && liveCoverage(loaded.profile, plan);
    const result = await runner.run(plan, (event) => {
      if (table && covered && event.type === 'row-updated')
        covered(event.row).forEach((row) => table.update(row));
    });
    if (command.report !== undefined && reportWriter) {
      writeReport(command.report, reportWriter, {
        result,
        profile: loaded.profile,
        includeComputerDetails: command.includeComputerDetails,
        ...(command.englishCopy !== undefined && { englishCopy: command.englishCopy }),
      });
    }
    if (command.json) {
      writeJson(out, withTexts(result, loaded.profile));
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
    if (runner.interrupt.aborted) return EXIT.interrupted;
    return exitCodeFor(result.verdict.status);
  } finally {
    runner.close();
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
        writeJson(out, plan);
        return 0;
      }
      case 'decode': {
        const loaded = command.profileFile
          ? loadProfileFile(command.profileFile)
          : defaultProfile();
        const style = styleFor(out, command.width, !command.json);
        // In the agent's language first: a mistyped code is said in it.
        const decoded = decodeCode(command.code, loaded);
        if (command.json) writeJson(out, decodedJson(decoded, command.code, loaded));
        else out.write(`${decodeToText(decoded, loaded, style).join('\n')}\n`);
        return 0;
      }
      case 'diff': {
        const loaded = command.profileFile
          ? loadProfileFile(command.profileFile)
          : defaultProfile();
        const sides = { before: command.before, after: command.after };
        out.write(
          diffOutput(sides, loaded, command.json, styleFor(out, command.width, !command.json)),
        );
        return 0;
      }
      case 'run':
        return await run(command, out, deps);
      case 'watch':
        return await watch(command, out, deps);
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
