// "One copy of each idea" (issue 11): result assembly, the re-run merge, the verdict, the
// diagnosis, the change request and the helpdesk code's encoding live once, in common/, and
// nothing outside common/ calls their parts except through the one assembly
// (common/results/assemble.ts). Copies too short for `duplicates` to see are caught here.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const PRODUCT_DIRS = ['main', 'renderer', 'preload'];

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

/** Modules whose exports only the assembly may call, with the names that stay open to all. */
const PARTS: Record<string, readonly string[]> = {
  'common/results/change-request': [],
  'common/diagnosis/verdict': ['effectiveLevel'],
  'common/diagnosis/cause': [],
  'common/diagnosis/describe': [],
  'common/diagnosis/diagnose': [],
  'common/helpdesk/code': [],
};

/** The names each import statement of a file takes from each module. */
function importsOf(text: string): Array<{ module: string; names: string[] }> {
  const found: Array<{ module: string; names: string[] }> = [];
  for (const match of text.matchAll(/import\s+(type\s+)?([^;]*?)\s+from\s+'([^']+)'/g)) {
    if (match[1]) continue;
    const names = [...(match[2] ?? '').matchAll(/(?:^|[{,\s])(?!type\s)(\w+)(?=\s*(?:,|}|as|$))/g)]
      .map((m) => m[1]!)
      .filter((name) => name !== 'type');
    found.push({ module: match[3]!, names });
  }
  return found;
}

function violations(file: string, text: string): string[] {
  const out: string[] = [];
  for (const { module, names } of importsOf(text)) {
    const part = Object.keys(PARTS).find((p) => module.endsWith(p));
    if (!part) continue;
    for (const name of names.filter((n) => !PARTS[part]!.includes(n)))
      out.push(`${file} imports ${name} from ${part}`);
  }
  // A second merge or verdict written by hand.
  for (const [, name] of text.matchAll(
    /function\s+(mergeRerun|computeVerdict|verdictOf|diagnose)\b/g,
  ))
    out.push(`${file} defines its own ${name}`);
  return out;
}

describe('one result assembly, one merge, one verdict, one change request, one code', () => {
  it('nothing outside common/ calls their parts directly', () => {
    const found = PRODUCT_DIRS.flatMap(sources).flatMap((file) =>
      violations(file, readFileSync(join(ROOT, file), 'utf8')),
    );
    expect(found).toEqual([]);
  });

  it('the check bites: a direct call of each part is named', () => {
    const sample = [
      "import { changeRequest } from '../../common/results/change-request';",
      "import { verdictOf, effectiveLevel } from '../../common/diagnosis/verdict';",
      "import { encodeHelpdeskCode } from '../../common/helpdesk/code';",
      "import { diagnose } from '../../common/diagnosis/diagnose';",
      'function mergeRerun() {}',
    ].join('\n');
    expect(violations('main/app/x.ts', sample)).toEqual([
      'main/app/x.ts imports changeRequest from common/results/change-request',
      'main/app/x.ts imports verdictOf from common/diagnosis/verdict',
      'main/app/x.ts imports encodeHelpdeskCode from common/helpdesk/code',
      'main/app/x.ts imports diagnose from common/diagnosis/diagnose',
      'main/app/x.ts defines its own mergeRerun',
    ]);
  });
});
