// The packaged app's `--cli` mode: which arguments reach the CLI, that the output is the CLI's
// own (compared with the built `onsight-netcheck`), and the entry's wiring with Electron faked.
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main as cliMain } from '../../../main/cli/main';
import { headlessArgv, runHeadless } from '../../../main/app/headless';
import { runCli } from '../../support/cli';

const fake = vi.hoisted(() => ({
  exit: vi.fn(),
  hideDock: vi.fn(),
  windows: 0,
  singleInstanceLock: vi.fn(() => true),
}));

vi.mock('electron', () => ({
  app: {
    isPackaged: true,
    enableSandbox: vi.fn(),
    on: vi.fn(),
    exit: fake.exit,
    quit: vi.fn(),
    dock: { hide: fake.hideDock },
    requestSingleInstanceLock: fake.singleInstanceLock,
    whenReady: () => new Promise(() => {}),
  },
  BrowserWindow: class {
    constructor() {
      fake.windows += 1;
    }
  },
  clipboard: {},
  dialog: {},
  ipcMain: {},
  Menu: {},
  session: {},
}));

type Stdout = typeof process.stdout;

/** A stdout/stderr stand-in that keeps what was written (not a TTY, like a pipe). */
function sink() {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream: stream as unknown as Stdout, text: () => text };
}

async function headless(argv: string[], electronVersion: string | undefined = '45.5.0') {
  const [out, err] = [sink(), sink()];
  const app = { exit: vi.fn(), dock: { hide: vi.fn() } };
  const code = await runHeadless(argv, {
    app,
    cli: cliMain,
    stdout: out.stream,
    stderr: err.stream as unknown as typeof process.stderr,
    electronVersion,
  });
  return { code, stdout: out.text(), stderr: err.text(), app };
}

describe('headlessArgv', () => {
  it('takes everything after --cli, from the packaged and the development command line', () => {
    const args = ['run', '--json', '--only', '2-1.1'];
    expect(headlessArgv(['/opt/app/onsight-network-check', '--cli', ...args], true)).toEqual(args);
    expect(headlessArgv(['/usr/bin/electron', '.', '--cli', ...args], false)).toEqual(args);
  });

  it('leaves Chromium switches before --cli to Chromium', () => {
    expect(headlessArgv(['app', '--enable-logging', '--cli', 'plan', '--json'], true)).toEqual([
      'plan',
      '--json',
    ]);
  });

  it('is undefined without --cli, so the window opens', () => {
    expect(headlessArgv(['app'], true)).toBeUndefined();
    expect(headlessArgv(['electron', '.', 'run'], false)).toBeUndefined();
    // The development app folder is not an argument, even if it were called --cli.
    expect(headlessArgv(['electron', '--cli'], false)).toBeUndefined();
  });

  it('passes an empty argument list on, for the CLI to explain its usage', () => {
    expect(headlessArgv(['app', '--cli'], true)).toEqual([]);
  });
});

describe('runHeadless', () => {
  it('prints exactly what onsight-netcheck prints, and exits with its code', async () => {
    const [app, cli] = await Promise.all([
      headless(['plan', '--json']),
      runCli(['plan', '--json']),
    ]);
    expect(app.stdout).toBe(cli.stdout);
    expect(app.stderr).toBe(cli.stderr);
    expect(app.code).toBe(cli.code);
    expect(app.code).toBe(0);
    expect(app.app.exit).toHaveBeenCalledWith(0);
    expect(JSON.parse(app.stdout)).toHaveProperty('rows');
  });

  it('reports bad usage as the CLI does: exit code 2, the message on stderr', async () => {
    const [app, cli] = await Promise.all([
      headless(['run', '--no-such-flag']),
      runCli(['run', '--no-such-flag']),
    ]);
    expect(app.code).toBe(2);
    expect(app.stderr).toBe(cli.stderr);
    expect(app.stdout).toBe('');
    expect(app.app.exit).toHaveBeenCalledWith(2);
  });

  it('adds the Electron version to --version', async () => {
    const [app, cli] = await Promise.all([headless(['--version']), runCli(['--version'])]);
    expect(app.stdout).toBe(`${cli.stdout}Electron 45.5.0\n`);
    expect(app.stdout).toMatch(/^onsight-netcheck \S+ \(profile .+\)\nElectron 45\.5\.0\n$/);
  });

  it('hides the Dock icon on macOS for the length of the run', async () => {
    const { app } = await headless(['--help']);
    expect(app.dock.hide).toHaveBeenCalledOnce();
  });
});

describe('the app entry with --cli', () => {
  const argv = process.argv;
  afterAll(() => {
    process.argv = argv;
    vi.restoreAllMocks();
  });

  it('runs the CLI without a window or the single-instance lock, then exits', async () => {
    let written = '';
    vi.spyOn(process.stdout, 'write').mockImplementation(((
      chunk: string | Uint8Array,
      ...rest: unknown[]
    ) => {
      written += chunk.toString();
      const done = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
      done?.();
      return true;
    }) as typeof process.stdout.write);
    process.argv = ['/opt/Onsight Network Check/onsight-network-check', '--cli', '--version'];
    await import('../../../main/app/app');
    await vi.waitFor(() => expect(fake.exit).toHaveBeenCalledWith(0));
    expect(written).toMatch(/^onsight-netcheck \S+ \(profile .+\)\n/);
    expect(fake.windows).toBe(0);
    expect(fake.singleInstanceLock).not.toHaveBeenCalled();
    expect(fake.hideDock).toHaveBeenCalledOnce();
  });
});
