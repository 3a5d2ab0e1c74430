// The import boundaries of ARCHITECTURE.md ("Layout") are enforced by lint: prove each rule
// bites, on source text placed (virtually) in each folder.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('lint boundaries', () => {
  it('keeps electron out of the engine and common/', async () => {
    const source = "import { app } from 'electron';\nexport const a = app;\n";
    expect(await importErrors('main/engine/probe.ts', source)).toHaveLength(1);
    expect(await importErrors('common/thing.ts', source)).toHaveLength(1);
    expect(await importErrors('main/app/thing.ts', source)).toHaveLength(0);
  });

  it('keeps Node built-ins out of common/ and the renderer', async () => {
    const source = "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n";
    expect(await importErrors('common/thing.ts', source)).toHaveLength(1);
    expect(await importErrors('renderer/thing.tsx', source)).toHaveLength(1);
    expect(await importErrors('main/engine/thing.ts', source)).toHaveLength(0);
  });

  it('keeps the renderer away from main/', async () => {
    const source = "import { runPlan } from '../main/engine/runner';\nexport const r = runPlan;\n";
    expect(await importErrors('renderer/thing.tsx', source)).toHaveLength(1);
  });
});
