// Thin adapter around execFile for the owner tables (lsof, netstat, tasklist).
import { execFile } from 'node:child_process';

export interface CommandOutput {
  stdout: string;
  /** The exit code; lsof exits 1 when nothing matched, which is an answer, not a failure. */
  code: number;
}

/** Rejects only when the command could not run or was stopped (abort, timeout). */
export function runCommand(
  file: string,
  args: readonly string[],
  { signal, timeoutMs }: { signal: AbortSignal; timeoutMs: number },
): Promise<CommandOutput> {
  return new Promise((resolve, reject) => {
    // windowsHide: a console window must not flash up in front of the person running the check.
    execFile(
      file,
      args,
      { signal, timeout: timeoutMs, windowsHide: true, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout) => {
        if (!error) return resolve({ stdout, code: 0 });
        if (typeof error.code === 'number' && !error.killed)
          return resolve({ stdout, code: error.code });
        reject(error);
      },
    );
  });
}
