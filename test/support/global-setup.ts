// Tests that run the CLI as a process need it built; esbuild makes this a fraction of a second.
import { execFileSync } from 'node:child_process';

export default function buildCli(): void {
  execFileSync(process.execPath, ['scripts/build.mjs', 'cli'], { stdio: 'inherit' });
}
