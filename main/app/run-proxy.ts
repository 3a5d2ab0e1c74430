// The proxy of one run in the app, from the options panel's choice: "system" is the operating
// system's setting as Chromium sees it (session.resolveProxy), "direct" none, a URL that proxy.
// A sign-in from the window's dialog goes to the one proxy it was typed for.
import type { ProxySignIn, StartOptions } from '../../common/ipc/contract';
import { formatProxyEntry, type ProxyEntry } from '../../common/proxy';
import { createProxyResolver, parseProxyChoice } from '../engine/proxy/discovery';
import { systemProxyResolver, type SessionLike } from './proxy-electron';
import type { RunProxy } from './run-session';

/**
 * Throws for a typed proxy the engine cannot use (a path, a bad host name: the contract's URL
 * check is looser than the engine's), so the start fails with the reason. Checking through the
 * system's proxy instead would answer a question the user did not ask.
 */
export function appRunProxy(
  choice: StartOptions['proxy'],
  systemSession: SessionLike,
  timeoutMs: number,
  signIn?: ProxySignIn,
): RunProxy {
  const parsed = parseProxyChoice(choice);
  // The parser words its message for the CLI's flag; the app has a field, not a flag.
  if (!parsed.ok) throw new Error(parsed.message.replace(/^--proxy: /, ''));
  const resolver = createProxyResolver(
    { proxy: parsed.choice },
    { systemResolver: systemProxyResolver(systemSession, timeoutMs), timeoutMs },
  );
  return signIn ? proxyWithSignIn(resolver, signIn) : resolver;
}

/**
 * The entries that name the sign-in's proxy carry its user name and password (they replace one
 * typed into the address: the dialog is asked only when that one was refused). Every other proxy
 * a PAC file or the system names gets none: a password goes only where it was typed for.
 */
export function proxyWithSignIn(resolver: RunProxy, signIn: ProxySignIn): RunProxy {
  const credentials = { username: signIn.username, password: signIn.password };
  const withCredentials = (entry: ProxyEntry): ProxyEntry =>
    entry.type !== 'DIRECT' && formatProxyEntry(entry) === signIn.proxy
      ? { ...entry, credentials }
      : entry;
  return {
    async resolveProxy(url) {
      const resolution = await resolver.resolveProxy(url);
      return { ...resolution, entries: resolution.entries.map(withCredentials) };
    },
    close: () => resolver.close(),
  };
}
