// The proxy Chromium would use for a URL: the operating system's setting, PAC included, as
// the user's browser sees it. The CLI reads the environment instead; the app asks Chromium.
import { session, type Session } from 'electron';
import { parseProxyList, type ProxyListParse } from '../engine/proxy/proxy-string';

/**
 * Resolves the system proxy for `url` through `session.resolveProxy`, whose answer is a
 * PAC-style list ("PROXY proxy.corp:3128; DIRECT"), parsed by the engine's own parser.
 */
export async function resolveSystemProxy(
  url: string,
  from: Pick<Session, 'resolveProxy'> = session.defaultSession,
): Promise<ProxyListParse> {
  return parseProxyList(await from.resolveProxy(url));
}
