// A command in a real pseudo-terminal of a chosen size: a tmux server of its own (its own
// socket, no configuration file), so tests see what a person would, cursor movements and all.
// What comes back: the final screen with the history above it (tmux's own rendering of every
// byte, terminal-wrapped lines joined back so an overlong one shows), the raw byte stream
// the command wrote, and its exit code.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface TerminalRun {
  /** Every line the terminal shows or has scrolled into its history, after the command ended. */
  screen: string[];
  /** What the command wrote, escapes and all. */
  raw: string;
  code: number;
}

const quote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;

/** Runs `argv` in a `columns` × `rows` terminal, and waits for it to end. */
export async function runInTerminal(
  argv: readonly string[],
  { columns, rows, timeoutMs = 60_000 }: { columns: number; rows: number; timeoutMs?: number },
): Promise<TerminalRun> {
  const dir = mkdtempSync(join(tmpdir(), 'netcheck-tty-'));
  const socket = `netcheck-${randomBytes(4).toString('hex')}`;
  const tmux = (...args: string[]) =>
    execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    }).toString();
  const [go, rc, raw] = ['go', 'rc', 'raw'].map((name) => join(dir, name)) as [
    string,
    string,
    string,
  ];
  // The command waits until the pane's output is piped to `raw`, so no byte is missed, and the
  // shell stays afterwards, so the screen can still be read.
  writeFileSync(
    join(dir, 'run.sh'),
    `while [ ! -e ${quote(go)} ]; do sleep 0.02; done\n${argv.map(quote).join(' ')}\necho $? > ${quote(rc)}\nexec sleep 600\n`,
  );
  try {
    tmux(
      'new-session',
      '-d',
      '-s',
      'check',
      '-x',
      String(columns),
      '-y',
      String(rows),
      `sh ${quote(join(dir, 'run.sh'))}`,
    );
    tmux('set-option', '-g', 'history-limit', '5000');
    tmux('pipe-pane', '-t', 'check', '-o', `cat > ${quote(raw)}`);
    writeFileSync(go, '');
    const started = Date.now();
    while (!existsSync(rc)) {
      if (Date.now() - started > timeoutMs)
        throw new Error(`${argv.join(' ')}: no end after ${timeoutMs} ms`);
      await sleep(50);
    }
    // The pipe's copy may trail the screen by a moment.
    await sleep(200);
    const screen = tmux('capture-pane', '-p', '-J', '-S', '-', '-E', '-', '-t', 'check')
      .split('\n')
      .map((line) => line.trimEnd());
    while (screen.length > 0 && screen.at(-1) === '') screen.pop();
    return {
      screen,
      raw: readFileSync(raw, 'utf8'),
      code: Number(readFileSync(rc, 'utf8').trim()),
    };
  } finally {
    try {
      tmux('kill-server');
    } catch {
      // already gone with its last session
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Control sequences (CSI: colour, cursor movement, erase) and carriage returns removed. */
// eslint-disable-next-line no-control-regex -- escapes are what this removes
export const plainText = (text: string) => text.replace(/\x1b\[[0-9;?]*[A-Za-z]|\r/g, '');
