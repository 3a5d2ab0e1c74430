// Who may talk to main, and what the window may load (ARCHITECTURE.md, "Security posture").
import type { Session, WebContents } from 'electron';

export interface RendererOrigin {
  /** The built renderer page as the window loads it: app://renderer/index.html. */
  pageUrl: string;
  /** The Vite dev server, only when the app is not packaged. */
  devServerUrl?: string;
}

/**
 * The policy behind the renderer's own <meta> tag, sent again as a header by the app://
 * handler (app-scheme.ts; a second line of defence should the page ever lose its tag). Its
 * 'self' is app://renderer, that is out/renderer and nothing else on the disk. React sets styles through the CSSOM, which CSP
 * does not govern, so no 'unsafe-inline' is needed.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The page a URL points at, without query or fragment (the renderer may use either). */
function pageOf(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

/**
 * Builds the sender check every IPC handler runs first: only the app's own page (or, in
 * development, the Vite dev server) may call main. Anything else, such as a frame that
 * navigated away or a page loaded by mistake, is refused.
 */
export function trustedSenderCheck(
  origin: RendererOrigin,
): (frameUrl: string | undefined) => boolean {
  const rendererPage = pageOf(new URL(origin.pageUrl));
  const rendererOrigin = new URL(origin.pageUrl).protocol;
  const devOrigin = origin.devServerUrl ? new URL(origin.devServerUrl).origin : undefined;
  return (frameUrl) => {
    if (!frameUrl) return false;
    let url: URL;
    try {
      url = new URL(frameUrl);
    } catch {
      return false;
    }
    if (url.protocol === rendererOrigin) return pageOf(url) === rendererPage;
    return devOrigin !== undefined && url.origin === devOrigin;
  };
}

/**
 * Schemes the renderer may load from besides the dev server: its own app:// files and inline
 * images (the PDF window prints a data: page). Not file:, which would reach every local file.
 */
const LOCAL_SCHEMES = new Set(['app:', 'data:', 'blob:', 'devtools:']);

export function isLocalRequest(requestUrl: string, devServerUrl?: string): boolean {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return false;
  }
  if (LOCAL_SCHEMES.has(url.protocol)) return true;
  if (!devServerUrl) return false;
  // Vite's hot reload talks over a WebSocket on the same host and port.
  const dev = new URL(devServerUrl);
  return url.host === dev.host && ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol);
}

type PolicySession = Pick<
  Session,
  'webRequest' | 'setPermissionRequestHandler' | 'setPermissionCheckHandler'
>;

/**
 * Session-wide rules: no permission is ever granted (the app needs no camera, location or
 * notifications), and pages load no remote content.
 */
export function applySessionPolicy(session: PolicySession, devServerUrl?: string): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    // Requests without a page are main's own (the later Chromium-stack checks through `net`):
    // only what a page asks for is held to "local content only".
    const fromPage = details.webContentsId !== undefined;
    callback({ cancel: fromPage && !isLocalRequest(details.url, devServerUrl) });
  });
}

type LockableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Every page stays where it is: no navigation away, no new windows, no <webview>. The
 * renderer has no links out; anything trying to leave is a bug or an attack.
 */
export function lockDownContents(contents: LockableContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
