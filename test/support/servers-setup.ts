// Servers shared by the whole integration run, started once (vitest globalSetup) where this
// machine has them, their ports handed to the tests with `provide`: a squid start costs about
// 1.5 s, and the proxy tests needed nine. Each is stopped by its own PID at the end.
import { inject } from 'vitest';
import type { TestProject } from 'vitest/node';
import { startTestProxy, type TestProxy } from './squid';
import { missingTools } from './tools';

declare module 'vitest' {
  interface ProvidedContext {
    /** The shared squid, or null where squid or openssl is missing (those tests skip). */
    testProxy: TestProxy | null;
  }
}

export default async function startSharedServers(
  project: TestProject,
): Promise<() => Promise<void>> {
  const proxy = missingTools(['squid', 'openssl']).length === 0 ? await startTestProxy() : null;
  project.provide('testProxy', proxy?.proxy ?? null);
  return async () => {
    await proxy?.stop();
  };
}

/** The shared proxy, inside a suite gated by needs('squid', 'openssl'). */
export function testProxy(): TestProxy {
  const proxy = inject('testProxy');
  if (!proxy) throw new Error('the shared squid did not start (see test/support/servers-setup.ts)');
  return proxy;
}
