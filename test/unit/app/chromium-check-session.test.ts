// The Chromium-stack check of a run goes through that run's proxy: a proxy typed in the options
// panel is set on a session of its own (the default session, the system's, is left alone).
import { describe, expect, it, vi } from 'vitest';
import type { ClientRequestConstructorOptions, ProxyConfig, Session } from 'electron';

// The module takes electron's objects as arguments: loading electron itself is a bug.
vi.mock('electron', () => {
  throw new Error('chromium-check-session must not load electron itself');
});

import { chromiumCheckFactory } from '../../../main/app/chromium-check-session';
import type { NetLike, RequestLike } from '../../../main/app/proxy-electron';
import { createEventQueue } from '../../../main/app/event-queue';
import { createRunSession } from '../../../main/app/run-session';
import type { RunSettings } from '../../../main/engine/runner';
import { plan } from '../../../main/engine/planner';
import { defaultProfile } from '../../../main/engine/profile-loader';
import { DEFAULT_OPTIONS } from '../../../common/options';
import type { ResultDocument } from '../../../common/results/schema';

const URL = 'https://onsight.librestream.com/oamrestapi/api/ping';

/** A `net` that answers 200 to every request and records the options it was given. */
function fakeNet() {
  const calls: ClientRequestConstructorOptions[] = [];
  const net: NetLike = {
    request(options) {
      calls.push(options);
      const listeners = new Map<string, (...args: unknown[]) => void>();
      const request = {
        on(event: string, listener: (...args: unknown[]) => void) {
          listeners.set(event, listener);
          return request;
        },
        end() {
          queueMicrotask(() =>
            listeners.get('response')?.({
              statusCode: 200,
              statusMessage: 'OK',
              headers: {},
              on: () => undefined,
            }),
          );
        },
        abort: () => undefined,
      };
      return request as unknown as RequestLike;
    },
  };
  return { net, calls };
}

/** `session.fromPartition` over fake sessions that record the proxy set on them. */
function fakePartitions() {
  const sessions = new Map<string, { partition: string; proxies: ProxyConfig[] }>();
  const fromPartition = vi.fn((partition: string) => {
    let found = sessions.get(partition);
    if (!found) {
      const created = {
        partition,
        proxies: [] as ProxyConfig[],
        setProxy: async (config: ProxyConfig) => void created.proxies.push(config),
      };
      sessions.set(partition, created);
      found = created;
    }
    return found as unknown as Session;
  });
  return { fromPartition, sessions };
}

const check = () => ({ signal: AbortSignal.timeout(5000), timeoutMs: 5000 });

describe('chromiumCheckFactory', () => {
  it('sends the check of a typed proxy through a session whose proxy is that one', async () => {
    const { net, calls } = fakeNet();
    const { fromPartition, sessions } = fakePartitions();
    const hook = chromiumCheckFactory({ net, fromPartition })('http://user:pw@proxy.corp:3128');
    expect(await hook(URL, check())).toMatchObject({ outcome: 'reply' });
    const [session] = [...sessions.values()];
    // The password stays out of Chromium's settings: Chromium signs in by itself (NTLM/Negotiate).
    expect(session!.proxies).toEqual([{ proxyRules: 'http://proxy.corp:3128' }]);
    expect(session!.partition).not.toMatch(/^persist:/);
    expect(calls[0]!.session).toBe(session);
  });

  it('keeps one session per proxy, set once, across runs', async () => {
    const { net } = fakeNet();
    const { fromPartition, sessions } = fakePartitions();
    const forRun = chromiumCheckFactory({ net, fromPartition });
    await forRun('https://proxy.corp:8443')(URL, check());
    await forRun('https://proxy.corp:8443')(URL, check());
    await forRun('http://other.corp:8080')(URL, check());
    expect([...sessions.values()].map((s) => s.proxies)).toEqual([
      [{ proxyRules: 'https://proxy.corp:8443' }],
      [{ proxyRules: 'http://other.corp:8080' }],
    ]);
  });

  it('leaves the system proxy to the default session, untouched', async () => {
    const { net, calls } = fakeNet();
    const { fromPartition } = fakePartitions();
    const hook = chromiumCheckFactory({ net, fromPartition })('system');
    expect(await hook(URL, check())).toMatchObject({ outcome: 'reply' });
    expect(fromPartition).not.toHaveBeenCalled();
    expect(calls[0]).not.toHaveProperty('session');
  });

  it("answers the proxy's login with the window's sign-in, typed proxy or the system's", async () => {
    const signIn = { proxy: 'PROXY proxy.corp:3128', username: 'jane', password: 's3cret' };
    for (const choice of ['system', 'http://proxy.corp:3128']) {
      const answers: unknown[][] = [];
      const net: NetLike = {
        request() {
          const listeners = new Map<string, (...args: unknown[]) => void>();
          const request = {
            on(event: string, listener: (...args: unknown[]) => void) {
              listeners.set(event, listener);
              return request;
            },
            end() {
              queueMicrotask(() =>
                listeners.get('login')?.(
                  { isProxy: true, scheme: 'basic', host: 'proxy.corp', port: 3128, realm: '' },
                  (...args: unknown[]) => {
                    answers.push(args);
                    listeners.get('response')?.({
                      statusCode: 200,
                      statusMessage: 'OK',
                      headers: {},
                      on: () => undefined,
                    });
                  },
                ),
              );
            },
            abort: () => undefined,
          };
          return request as unknown as RequestLike;
        },
      };
      const { fromPartition } = fakePartitions();
      const hook = chromiumCheckFactory({ net, fromPartition })(choice, signIn);
      expect(await hook(URL, check()), choice).toMatchObject({ outcome: 'reply' });
      expect(answers, choice).toEqual([['jane', 's3cret']]);
    }
  });

  it('goes direct when the user chose "direct"', async () => {
    const { net, calls } = fakeNet();
    const { fromPartition, sessions } = fakePartitions();
    await chromiumCheckFactory({ net, fromPartition })('direct')(URL, check());
    const [session] = [...sessions.values()];
    expect(session!.proxies).toEqual([{ mode: 'direct' }]);
    expect(calls[0]!.session).toBe(session);
  });
});

describe('run session: the Chromium check of a run', () => {
  it('is made from that run’s proxy choice and handed to the engine', async () => {
    const choices: string[] = [];
    const seen: Array<RunSettings['chromiumCheck']> = [];
    const hook: NonNullable<RunSettings['chromiumCheck']> = async () => ({
      outcome: 'reply',
      detail: 'ok',
    });
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
        chromiumCheck: (choice) => {
          choices.push(choice);
          return hook;
        },
        runPlan: async (p, settings, onEvent) => {
          seen.push(settings.chromiumCheck);
          onEvent({ type: 'run-started', runId: crypto.randomUUID(), startedAt: '', plan: p });
          return {} as ResultDocument;
        },
      },
      createEventQueue(() => {}),
    );
    await session.start({
      options: { ...DEFAULT_OPTIONS, customDomains: [] },
      proxy: 'http://proxy.corp:3128',
    });
    expect(choices).toEqual(['http://proxy.corp:3128']);
    expect(seen).toEqual([hook]);
  });
});
