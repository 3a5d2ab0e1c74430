// The packaged app's command-line mode, for IT administrators without Node: the RunAsNode fuse is
// off, so the app cannot double as Node, but `"Onsight Network Check" --cli run --json` runs the
// same engine through the same `main` as `onsight-netcheck`, without a window, and prints
// exactly what the CLI prints.
//
// Windows: the app is a GUI-subsystem program. Electron itself attaches it to the parent
// process's console at start-up (unless ELECTRON_NO_ATTACH_CONSOLE is set), and leaves
// redirected handles (`> result.json`, pipes) alone, so stdout and stderr reach the caller.
// An interactive cmd.exe does not wait for a GUI program, so its prompt returns at once: use
// `start "" /wait ...` (or a .cmd script, or PowerShell's `Start-Process -Wait -NoNewWindow`)
// to wait and read the exit code (README, "Releases and installers").
import type { App } from 'electron';
import { parseCommandLine } from '../cli/args';

export const CLI_SWITCH = '--cli';

/**
 * The CLI's arguments when the app was started with `--cli`, otherwise undefined. Packaged,
 * argv is [executable, ...arguments]; in development (`electron .`) [electron, app folder, ...].
 * Everything after `--cli` belongs to the CLI; switches before it are Chromium's.
 */
export function headlessArgv(argv: readonly string[], isPackaged: boolean): string[] | undefined {
  const args = argv.slice(isPackaged ? 1 : 2);
  const at = args.indexOf(CLI_SWITCH);
  return at === -1 ? undefined : args.slice(at + 1);
}

type Stdout = typeof process.stdout;
type Stderr = typeof process.stderr;

export type CliMain = (argv: readonly string[], out: Stdout, err: Stderr) => Promise<number>;

export interface HeadlessDeps {
  app: Pick<App, 'exit'> & { dock?: Pick<NonNullable<App['dock']>, 'hide'> };
  /** `main` of main/cli/main.ts. */
  cli: CliMain;
  stdout: Stdout;
  stderr: Stderr;
  /** process.versions.electron: `--version` adds it, as the About box does. */
  electronVersion: string | undefined;
}

function asksForVersion(argv: readonly string[]): boolean {
  try {
    return parseCommandLine(argv).name === 'version';
  } catch {
    return false;
  }
}

/** Resolves once everything written so far has been handed to the operating system. */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => stream.write('', () => resolve()));
}

/** Runs the CLI, then ends the app with its exit code once stdout and stderr have drained. */
export async function runHeadless(argv: readonly string[], deps: HeadlessDeps): Promise<number> {
  // macOS would otherwise show a Dock icon for as long as the run takes.
  deps.app.dock?.hide();
  const code = await deps.cli(argv, deps.stdout, deps.stderr);
  if (code === 0 && deps.electronVersion && asksForVersion(argv))
    deps.stdout.write(`Electron ${deps.electronVersion}\n`);
  await Promise.all([drained(deps.stdout), drained(deps.stderr)]);
  // Electron keeps running without windows until told: exit explicitly, with the CLI's code.
  deps.app.exit(code);
  return code;
}
