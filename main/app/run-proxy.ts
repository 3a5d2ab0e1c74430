// The proxy of one run in the app, from the options panel's choice: "system" is the operating
// system's setting as Chromium sees it (session.resolveProxy), "direct" none, a URL that proxy.
import type { StartOptions } from '../../common/ipc/contract';
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
): RunProxy {
  const parsed = parseProxyChoice(choice);
  // The parser words its message for the CLI's flag; the app has a field, not a flag.
  if (!parsed.ok) throw new Error(parsed.message.replace(/^--proxy: /, ''));
  return createProxyResolver(
    { proxy: parsed.choice },
    { systemResolver: systemProxyResolver(systemSession, timeoutMs), timeoutMs },
  );
}
