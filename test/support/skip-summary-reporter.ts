// The one summary at the end of a run: how many tests did not run for want of which tool, and
// the command that runs them. Under CI=true such a skip fails the run (exit 1), except for the
// Electron binary, which no CI machine of ours can download.
import type { Reporter, TestModule } from 'vitest/node';
import { SKIP_ALLOWED_IN_CI, TOOLS, type ToolName } from './tools';

const RUN_EVERYTHING = 'npm run test:all (as root on Debian 12: installs what is missing)';

interface SkipCount {
  tool: ToolName;
  tests: number;
}

/** Skipped tests per missing tool, most first; a test missing two tools counts under both. */
function countSkips(testModules: ReadonlyArray<TestModule>): {
  skipped: number;
  byTool: SkipCount[];
} {
  const byTool = new Map<ToolName, number>();
  let skipped = 0;
  for (const module of testModules) {
    for (const test of module.children.allTests('skipped')) {
      const missing = test.meta().missingTools;
      if (!missing?.length) continue;
      skipped += 1;
      for (const tool of missing) byTool.set(tool, (byTool.get(tool) ?? 0) + 1);
    }
  }
  const counts = [...byTool].map(([tool, tests]) => ({ tool, tests }));
  return {
    skipped,
    byTool: counts.sort((a, b) => b.tests - a.tests || (a.tool < b.tool ? -1 : 1)),
  };
}

function summaryLines(skipped: number, byTool: readonly SkipCount[]): string[] {
  if (skipped === 0) return [];
  const plural = (n: number) => `${n} test${n === 1 ? '' : 's'}`;
  return [
    `${plural(skipped)} skipped: this machine lacks what they need.`,
    ...byTool.map(({ tool, tests }) => `  ${tool} (${TOOLS[tool].source}): ${plural(tests)}`),
    `Run them with: ${RUN_EVERYTHING}`,
  ];
}

/** CI=true, CI=1 and the like; CI=false and CI=0 say it is not. */
const inCi = () => Boolean(process.env.CI) && !/^(false|0)$/i.test(process.env.CI ?? '');

export default class SkipSummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const { skipped, byTool } = countSkips(testModules);
    const lines = summaryLines(skipped, byTool);
    if (lines.length === 0) return;
    const refused = byTool.filter(({ tool }) => !SKIP_ALLOWED_IN_CI.includes(tool));
    const failing = inCi() && refused.length > 0;
    if (failing) {
      lines.push(
        `CI=true: failing the run, since CI must run every test but those needing ${SKIP_ALLOWED_IN_CI.join(', ')}; missing: ${refused.map(({ tool }) => tool).join(', ')}`,
      );
      process.exitCode = 1;
    }
    (failing ? process.stderr : process.stdout).write(`\n${lines.join('\n')}\n`);
  }
}
