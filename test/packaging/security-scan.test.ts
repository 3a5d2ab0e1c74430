// The triage rule of `npm run scan` (scripts/security-scan.cjs) and the triage file itself.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './builder-config';

interface Issue {
  id: string;
  severity: string;
  manualReview: boolean;
  file: string;
}
interface Entry {
  id: string;
  file: string;
  reason?: string;
}
const { triage } = createRequire(__filename)('../../scripts/security-scan.cjs') as {
  triage(issues: Issue[], accepted: Entry[]): { unexplained: Issue[]; stale: Entry[] };
};

const finding = (severity: string, manualReview = false): Issue => ({
  id: 'LIMIT_NAVIGATION_GLOBAL_CHECK',
  severity,
  manualReview,
  file: 'main/app.js',
});
const acceptance = (reason?: string): Entry => ({
  id: 'LIMIT_NAVIGATION_GLOBAL_CHECK',
  file: 'main/app.js',
  ...(reason === undefined ? {} : { reason }),
});

describe('security scan triage', () => {
  it('fails a high or medium finding nobody explained', () => {
    for (const severity of ['HIGH', 'MEDIUM'])
      expect(triage([finding(severity)], []).unexplained).toEqual([finding(severity)]);
  });

  it('fails a low finding that asks for manual review, and lets a plain low one pass', () => {
    expect(triage([finding('LOW', true)], []).unexplained).toHaveLength(1);
    expect(triage([finding('LOW'), finding('INFORMATIONAL')], []).unexplained).toEqual([]);
  });

  it('accepts a finding only with a reason', () => {
    expect(triage([finding('HIGH')], [acceptance('handled in security.ts')]).unexplained).toEqual(
      [],
    );
    expect(triage([finding('HIGH')], [acceptance('  ')]).unexplained).toHaveLength(1);
    expect(triage([finding('HIGH')], [acceptance()]).unexplained).toHaveLength(1);
  });

  it('reports an accepted entry that matches no finding any more', () => {
    expect(triage([], [acceptance('was fixed')]).stale).toEqual([acceptance('was fixed')]);
  });

  it('.electronegativity.json gives a one-line reason for every entry', () => {
    const config = JSON.parse(readFileSync(join(ROOT, '.electronegativity.json'), 'utf8')) as {
      excludedChecks: Array<{ reason: string }>;
      accepted: Array<{ reason: string }>;
    };
    for (const entry of [...config.excludedChecks, ...config.accepted])
      expect(entry.reason).toMatch(/^[^\n]{10,}$/);
  });
});
