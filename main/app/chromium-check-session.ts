// The Chromium-stack HTTPS check (proxy-electron.ts) of one run goes through the proxy that run
// uses. "system" is the default session's (session.resolveProxy: what the browser sees); a proxy
// the user typed, or "direct", is set on an in-memory session of its own, so the default session
// the window loads from is never changed. The electron objects are passed in (tests fake them).
import type { ProxyConfig, Session } from 'electron';
import type { ProxySignIn, StartOptions } from '../../common/ipc/contract';
import type { ProxyEntry } from '../../common/proxy';
import type { ChromiumCheckHook } from '../engine/probe-types';
import { parseProxyChoice } from '../engine/proxy/discovery';
import { chromiumHttpsCheck, type NetLike } from './proxy-electron';

export interface ChromiumCheckDeps {
  net: NetLike;
  /** electron's `session.fromPartition`. */
  fromPartition(partition: string): Session;
}

/** Chromium's proxy schemes (net/proxy_resolution/proxy_config.h, "proxyRules") per entry type. */
const CHROMIUM_SCHEME: Record<Exclude<ProxyEntry['type'], 'DIRECT'>, string> = {
  PROXY: 'http',
  HTTPS: 'https',
  SOCKS: 'socks5',
  SOCKS5: 'socks5',
  SOCKS4: 'socks4',
};

/**
 * The session settings for a choice, or undefined for the system's. A typed user:password is
 * left out: Chromium's proxyRules carry none, and the check exists to let Chromium sign in with
 * the computer's own account (NTLM/Negotiate) where the engine's Basic credentials were refused.
 */
function proxyConfigOf(choice: StartOptions['proxy']): ProxyConfig | undefined {
  const parsed = parseProxyChoice(choice);
  // Unparseable: the run's own proxy (run-proxy.ts) refuses it before any check is made.
  if (!parsed.ok || parsed.choice.kind === 'system') return undefined;
  if (parsed.choice.kind === 'direct') return { mode: 'direct' };
  const { entry } = parsed.choice;
  if (entry.type === 'DIRECT') return { mode: 'direct' };
  const host = entry.host.includes(':') ? `[${entry.host}]` : entry.host;
  return { proxyRules: `${CHROMIUM_SCHEME[entry.type]}://${host}:${entry.port}` };
}

/**
 * Makes the check hook of one run from its proxy choice and the window's sign-in, if any (its
 * proxy's `login` challenge is answered with it). Sessions are kept per proxy setting (one
 * partition each, its proxy set once), so runs never change a session another run uses.
 */
export function chromiumCheckFactory(
  deps: ChromiumCheckDeps,
): (choice: StartOptions['proxy'], signIn?: ProxySignIn) => ChromiumCheckHook {
  const sessions = new Map<string, Promise<Session>>();
  const sessionFor = (config: ProxyConfig): Promise<Session> => {
    const key = config.proxyRules ?? config.mode ?? '';
    let ready = sessions.get(key);
    if (!ready) {
      // No "persist:" prefix: an in-memory session, nothing written to the user's profile.
      const session = deps.fromPartition(`netcheck-proxy:${key}`);
      ready = session.setProxy(config).then(() => session);
      // A failed setProxy is not kept: the next run tries again.
      ready.catch(() => sessions.delete(key));
      sessions.set(key, ready);
    }
    return ready;
  };

  return (choice, signIn) => {
    const config = proxyConfigOf(choice);
    const signed = signIn ? { signIn } : {};
    if (!config)
      return (url, options) => chromiumHttpsCheck(deps.net, url, { ...options, ...signed });
    return async (url, options) => {
      let session: Session;
      try {
        session = await sessionFor(config);
      } catch (error) {
        return {
          outcome: 'error',
          detail: `the proxy ${config.proxyRules ?? config.mode} could not be set for this computer's own network stack: ${error instanceof Error ? error.message : String(error)}`,
        };
      }
      return chromiumHttpsCheck(deps.net, url, { ...options, ...signed, session });
    };
  };
}
