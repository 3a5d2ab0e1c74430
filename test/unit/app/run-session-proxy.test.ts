// The app's proxy setting per run: made from the options panel's choice, handed to the
// engine with the run, and closed (its PAC sandbox freed) once the run is over.
import { describe, expect, it } from 'vitest';
import type { ProxyResolution } from '../../../common/proxy';
import type { Plan } from '../../../common/plan';
import type { ResultDocument } from '../../../common/results/schema';
import { plan } from '../../../main/engine/planner';
import { defaultProfile } from '../../../main/engine/profile-loader';
import type { RunSettings } from '../../../main/engine/runner';
import { createEventQueue } from '../../../main/app/event-queue';
import { createRunSession, type RunProxy } from '../../../main/app/run-session';
import { DEFAULT_OPTIONS } from '../../../common/options';

describe('run session: the proxy of a run', () => {
  it('is made from the choice of that run, given to the engine, and closed after it', async () => {
    const made: Array<{ choice: string; closed: boolean }> = [];
    const seen: Array<RunSettings['proxy']> = [];
    let finishRun = () => {};
    const session = createRunSession(
      {
        profile: defaultProfile(),
        plan,
        settings: {
          timeoutMs: 100,
          deadlineMs: 1000,
          concurrency: 1,
          toolVersion: 'test',
          profile: defaultProfile().profile,
        },
        proxy: (choice): RunProxy => {
          const record = { choice, closed: false };
          made.push(record);
          return {
            resolveProxy: async (): Promise<ProxyResolution> => ({
              source: 'flag',
              sourceDetail: choice,
              entries: [{ type: 'DIRECT' }],
            }),
            close: () => {
              record.closed = true;
            },
          };
        },
        runPlan: (p: Plan, settings, onEvent) => {
          seen.push(settings.proxy);
          onEvent({ type: 'run-started', runId: crypto.randomUUID(), startedAt: '', plan: p });
          return new Promise<ResultDocument>((resolve) => {
            finishRun = () => resolve({} as ResultDocument);
          });
        },
      },
      createEventQueue(() => {}),
    );
    const runId = await session.start({
      options: { ...DEFAULT_OPTIONS, customDomains: [] },
      proxy: 'http://proxy.corp:3128',
    });
    expect(made).toEqual([{ choice: 'http://proxy.corp:3128', closed: false }]);
    expect(await seen[0]!.resolveProxy('https://onsight.librestream.com/')).toMatchObject({
      sourceDetail: 'http://proxy.corp:3128',
    });
    finishRun();
    await session.cancel(runId);
    await expect.poll(() => made[0]!.closed).toBe(true);
  });

  it("hands the window's sign-in to the run's proxy and Chromium check, and to a re-run's", async () => {
    const given: unknown[] = [];
    const signIn = { proxy: 'PROXY proxy.corp:3128', username: 'jane', password: 's3cret' };
    const session = createRunSession(
      {
        profile: defaultProfile(),
        plan,
        settings: {
          timeoutMs: 100,
          deadlineMs: 1000,
          concurrency: 1,
          toolVersion: 'test',
          profile: defaultProfile().profile,
        },
        proxy: (_choice, signInGiven): RunProxy => {
          given.push(['proxy', signInGiven]);
          return {
            resolveProxy: async (): Promise<ProxyResolution> => ({
              source: 'system',
              sourceDetail: 'system',
              entries: [{ type: 'DIRECT' }],
            }),
            close: () => undefined,
          };
        },
        chromiumCheck: (_choice, signInGiven) => {
          given.push(['chromium', signInGiven]);
          return async () => ({ outcome: 'reply', detail: 'ok' });
        },
        runPlan: async (p: Plan, _settings, onEvent) => {
          const runId = crypto.randomUUID();
          onEvent({ type: 'run-started', runId, startedAt: '', plan: p });
          return {} as ResultDocument;
        },
      },
      createEventQueue(() => {}),
    );
    const runId = await session.start({
      options: { ...DEFAULT_OPTIONS, customDomains: [] },
      proxy: 'system',
      signIn,
    });
    await session.cancel(runId);
    await expect.poll(() => session.rerun(runId, ['2-1.1']).then(() => true)).toBe(true);
    expect(given).toEqual([
      ['proxy', signIn],
      ['chromium', signIn],
      ['proxy', signIn],
      ['chromium', signIn],
    ]);
  });

  it('a proxy that cannot be made fails that start and leaves the window free to start again', async () => {
    let fail = true;
    const session = createRunSession(
      {
        profile: defaultProfile(),
        plan,
        settings: {
          timeoutMs: 100,
          deadlineMs: 1000,
          concurrency: 1,
          toolVersion: 'test',
          profile: defaultProfile().profile,
        },
        proxy: (): RunProxy => {
          if (fail) throw new Error('no proxy here');
          return {
            resolveProxy: async (): Promise<ProxyResolution> => ({
              source: 'flag',
              sourceDetail: 'system',
              entries: [{ type: 'DIRECT' }],
            }),
            close: () => undefined,
          };
        },
        runPlan: async (p: Plan, _settings, onEvent) => {
          onEvent({ type: 'run-started', runId: crypto.randomUUID(), startedAt: '', plan: p });
          return {} as ResultDocument;
        },
      },
      createEventQueue(() => {}),
    );
    const start = () =>
      session.start({ options: { ...DEFAULT_OPTIONS, customDomains: [] }, proxy: 'system' });
    await expect(start()).rejects.toThrow('no proxy here');
    fail = false;
    await expect(start()).resolves.toMatch(/^[0-9a-f-]{36}$/);
  });
});
