// The built CLI (scripts/build.mjs) is ASCII from end to end: V8 keeps a script's source for
// the process's life, at two bytes a character once one is not Latin-1 (issue 12, peak RSS).
// The build escapes what esbuild leaves (comments, regular expressions): the escaped bundle
// must still speak Japanese and Chinese as the sources do.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inLanguage } from '../../common/i18n';
import { decodeCode } from '../../main/cli/decode';
import { defaultProfile } from '../../main/engine/profile-loader';
import { runCli } from '../support/cli';
import { SECURE_SIP_FAILS } from '../support/codes';

const OUT = resolve('out/cli');

// Secure SIP (2-2.3) fails: one change line, ending in the row's own words and its number.
const CODE = SECURE_SIP_FAILS;

describe('the built CLI', () => {
  it('is ASCII in every file it runs', () => {
    const bundles = readdirSync(OUT).filter((name) => name.endsWith('.cjs'));
    expect(bundles).toEqual(
      expect.arrayContaining(['index.cjs', 'lookup-child.cjs', 'pac-worker.cjs']),
    );
    for (const name of bundles) {
      const outside = readFileSync(join(OUT, name), 'utf8').match(/[^\t\n\r -~]/g) ?? [];
      expect({ name, outside: [...new Set(outside)] }).toEqual({ name, outside: [] });
    }
  });

  it.each(['ja', 'zh-CN'] as const)(
    'writes the %s change lines as the sources do (their full stops taken off)',
    async (language) => {
      const expected = inLanguage(language, () => decodeCode(CODE, defaultProfile()));
      const result = await runCli(['decode', CODE, '--json', '--lang', language]);
      expect(result.code).toBe(0);
      const { texts } = JSON.parse(result.stdout);
      expect(expected.diagnosis.mustFix).toHaveLength(1);
      expect(texts.diagnosis.mustFix).toEqual(expected.diagnosis.mustFix);
      // The regular expression the escape rewrote (`[.。]$`) took the sentence's own stop off.
      expect(texts.diagnosis.mustFix[0]).not.toMatch(/。（/);
    },
  );
});
