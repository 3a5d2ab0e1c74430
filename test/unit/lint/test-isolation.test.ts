// Two rules of the test harness, checked on the test files' text. (1) Every project but 'app'
// runs its files in one module graph per worker (vitest.config.mts, isolate: false), so a file
// there must not mock or re-import modules: those belong in the 'app' project. (2)
// A test skipped for want of something says so through needs() (test/support/tools.ts), so the
// skip summary counts it and CI fails on it: no bare skipIf/runIf.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** This file quotes what it forbids, so it is left out. */
const SELF = join('test/unit/lint/test-isolation.test.ts');

const testFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.test\.tsx?$/.test(name))
    .map((name) => join(dir, name))
    .filter((file) => file !== SELF);

const MODULE_STATE =
  /\bvi\.(mock|doMock|unmock|resetModules|hoisted|stubGlobal|stubEnv)\(|await import\(/;
const BARE_SKIP = /\.(skipIf|runIf)\(/;

describe('the test files', () => {
  it("leave module state alone outside the 'app' project, where files share a module graph", () => {
    const shared = testFiles('test').filter(
      (file) =>
        !file.startsWith(join('test/unit/app')) &&
        file !== join('test/integration/proxy-route.test.ts') &&
        // jsdom files stay isolated (their own project), and fixtures run only when spawned.
        !file.startsWith(join('test/renderer/components')) &&
        !file.startsWith(join('test/fixtures')),
    );
    expect(shared.length).toBeGreaterThan(60);
    const offenders = shared.filter((file) => MODULE_STATE.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('skip for want of a tool only through needs()', () => {
    const all = testFiles('test');
    expect(all.length).toBeGreaterThan(80);
    const offenders = all.filter((file) => BARE_SKIP.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('would catch either (the patterns match what they forbid)', () => {
    expect(MODULE_STATE.test("vi.mock('electron', () => ({}));")).toBe(true);
    expect(MODULE_STATE.test("await import('../../../main/app/app');")).toBe(true);
    expect(BARE_SKIP.test('describe.skipIf(!hasCoturn())(')).toBe(true);
    expect(BARE_SKIP.test("describe('x', needs('turnserver'), () => {")).toBe(false);
  });
});
