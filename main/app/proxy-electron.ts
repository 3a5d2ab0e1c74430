// The app's view of the proxy through Chromium: the operating system's proxy settings
// (session.resolveProxy: WPAD, PAC, manual settings, as the browser sees them) and an
// HTTPS check through Chromium's own network stack (net.request), which signs in to
// NTLM/Kerberos proxies with the user's Windows account and trusts the system store.
// The electron objects are passed in, so tests can hand in fakes.
import type { AuthInfo, ClientRequestConstructorOptions } from 'electron';
import type { ProxySignIn } from '../../common/ipc/contract';
import type { Outcome } from '../../common/outcomes';

export interface SessionLike {
  resolveProxy(url: string): Promise<string>;
}

/** Chromium's answer for a URL ("PROXY proxy.corp:8080; DIRECT"), for DiscoveryDeps.systemResolver. */
export function systemProxyResolver(
  session: SessionLike,
  timeoutMs: number,
): (url: string) => Promise<string> {
  return (url) => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      // WPAD discovery can take long on a network without it: the run must not wait for it.
      timer = setTimeout(
        () => reject(new Error(`no answer from the system proxy settings within ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    return Promise.race([session.resolveProxy(url), late]).finally(() => clearTimeout(timer));
  };
}

/** The parts of electron's ClientRequest the check uses. */
export interface RequestLike {
  on(event: 'response', listener: (response: ResponseLike) => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
  on(
    event: 'login',
    listener: (
      authInfo: AuthInfo,
      callback: (username?: string, password?: string) => void,
    ) => void,
  ): this;
  on(
    event: 'redirect',
    listener: (statusCode: number, method: string, redirectUrl: string) => void,
  ): this;
  end(): void;
  abort(): void;
}

export interface ResponseLike {
  statusCode: number;
  statusMessage: string;
  headers: Record<string, string | string[]>;
  on(event: 'data', listener: (chunk: Buffer) => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
}

export interface NetLike {
  request(options: ClientRequestConstructorOptions): RequestLike;
}

export interface ChromiumCheck {
  outcome: Outcome;
  detail: string;
  /** The HTTP status, when an answer came. */
  statusCode?: number;
  /** Chromium's error name ("ERR_TUNNEL_CONNECTION_FAILED"), when the request failed. */
  netError?: string;
  /** The scheme a proxy asked to sign in with ("ntlm", "negotiate", "basic"). */
  proxyAuthScheme?: string;
  server?: string;
}

// Chromium's net error names (net/base/net_error_list.h) in the outcome vocabulary.
// Certificate errors stay tls-error: whether the issuer is an inspection product is
// decided by the tls probe, which sees the chain.
const OUTCOME_OF_NET_ERROR: Record<string, Outcome> = {
  ERR_NAME_NOT_RESOLVED: 'dns-fail',
  ERR_NAME_RESOLUTION_FAILED: 'dns-fail',
  ERR_CONNECTION_REFUSED: 'refused',
  ERR_PROXY_CONNECTION_FAILED: 'refused',
  ERR_CONNECTION_TIMED_OUT: 'timeout',
  ERR_TIMED_OUT: 'timeout',
  ERR_CONNECTION_RESET: 'reset',
  ERR_CONNECTION_CLOSED: 'reset',
  ERR_CONNECTION_ABORTED: 'reset',
  ERR_EMPTY_RESPONSE: 'reset',
  ERR_ADDRESS_UNREACHABLE: 'unreachable',
  ERR_INTERNET_DISCONNECTED: 'unreachable',
  ERR_MANDATORY_PROXY_CONFIGURATION_FAILED: 'unreachable',
  ERR_NETWORK_ACCESS_DENIED: 'local-block',
  ERR_BLOCKED_BY_ADMINISTRATOR: 'local-block',
  ERR_TUNNEL_CONNECTION_FAILED: 'proxy-denied',
  ERR_PROXY_AUTH_REQUESTED: 'proxy-auth',
  ERR_PROXY_AUTH_UNSUPPORTED: 'proxy-auth',
  ERR_PROXY_AUTH_REQUESTED_WITH_NO_CONNECTION: 'proxy-auth',
  ERR_INVALID_AUTH_CREDENTIALS: 'proxy-auth',
  ERR_INVALID_RESPONSE: 'malformed',
  ERR_INVALID_HTTP_RESPONSE: 'malformed',
};

const WORDS_OF_OUTCOME: Partial<Record<Outcome, string>> = {
  'dns-fail': 'the name could not be resolved',
  refused: 'the connection was refused (by the server or by the proxy)',
  timeout: 'no answer in time',
  reset: 'the connection was cut',
  unreachable: 'the network or the proxy configuration could not be reached',
  'local-block': "this computer's own policy or firewall blocked the request",
  'proxy-denied': 'the proxy refused to open a tunnel',
  'proxy-auth':
    'the proxy asks to sign in and the account signed in on this computer was not accepted',
  'tls-error': 'the secure connection failed',
  malformed: 'the answer was not HTTP',
};

/** "net::ERR_TUNNEL_CONNECTION_FAILED" → ERR_TUNNEL_CONNECTION_FAILED. */
export function netErrorName(error: Error): string | undefined {
  return /\b(ERR_[A-Z0-9_]+)\b/.exec(error.message)?.[1];
}

export function outcomeOfNetError(name: string | undefined): Outcome {
  if (!name) return 'error';
  if (name in OUTCOME_OF_NET_ERROR) return OUTCOME_OF_NET_ERROR[name]!;
  if (
    name.startsWith('ERR_CERT_') ||
    name.startsWith('ERR_SSL_') ||
    name === 'ERR_BAD_SSL_CLIENT_AUTH_CERT'
  )
    return 'tls-error';
  return 'error';
}

export interface ChromiumCheckOptions {
  signal: AbortSignal;
  timeoutMs: number;
  /** Defaults to the default session (the system's proxy settings). */
  session?: ClientRequestConstructorOptions['session'];
  /** The window's sign-in dialog: Chromium answers its proxy's challenge with it, once. */
  signIn?: ProxySignIn;
}

/**
 * Whether Chromium's challenge comes from the proxy the sign-in was typed for ("PROXY
 * 198.18.0.33:3128"). AuthInfo names the host without brackets, as URLs do not.
 */
export function isSignInProxy(signIn: ProxySignIn, host: string, port: number): boolean {
  const bare = host.startsWith('[') ? host.slice(1, -1) : host;
  const authority = bare.includes(':') ? `[${bare}]:${port}` : `${bare}:${port}`;
  return signIn.proxy.slice(signIn.proxy.indexOf(' ') + 1) === authority;
}

/**
 * One GET through Chromium's stack: the answer's status (any status is a reply),
 * or the failure in the outcome vocabulary. Redirects are not followed, no cookies
 * are sent or kept, and the body is not read.
 */
export function chromiumHttpsCheck(
  net: NetLike,
  url: string,
  { signal, timeoutMs, session, signIn }: ChromiumCheckOptions,
): Promise<ChromiumCheck> {
  if (signal.aborted)
    return Promise.resolve({
      outcome: 'timeout',
      detail: 'the check was stopped before the request was sent',
    });
  const request = net.request({
    url,
    method: 'GET',
    redirect: 'manual',
    useSessionCookies: false,
    credentials: 'omit',
    cache: 'no-store',
    ...(session && { session }),
  });
  let proxyAuthScheme: string | undefined;
  /** The sign-in went to the proxy: a 407 after it means it was refused. */
  let signedIn = false;
  return new Promise<ChromiumCheck>((resolve) => {
    let done = false;
    const timer = setTimeout(onTimeout, timeoutMs);
    signal.addEventListener('abort', onTimeout, { once: true });

    function finish(result: ChromiumCheck, abort: boolean) {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onTimeout);
      if (abort) request.abort();
      resolve(proxyAuthScheme !== undefined ? { ...result, proxyAuthScheme } : result);
    }
    function onTimeout() {
      finish(
        {
          outcome: 'timeout',
          detail: `no answer from ${url} through the system's network stack within ${timeoutMs} ms`,
        },
        true,
      );
    }

    request.on('login', (authInfo, callback) => {
      // Chromium answers NTLM and Negotiate by itself with the signed-in account; it asks
      // here only when it has nothing to answer with. Cancelling surfaces the 407.
      if (authInfo.isProxy) proxyAuthScheme = authInfo.scheme.toLowerCase();
      // The user's sign-in, in whichever scheme the proxy chose (Chromium speaks Basic, Digest,
      // NTLM and Negotiate with it). Once only: asked again, the proxy refused it, and answering
      // again would loop until the timeout.
      if (
        authInfo.isProxy &&
        signIn &&
        !signedIn &&
        isSignInProxy(signIn, authInfo.host, authInfo.port)
      ) {
        signedIn = true;
        callback(signIn.username, signIn.password);
        return;
      }
      callback();
    });
    request.on('redirect', (statusCode) =>
      finish(
        { outcome: 'reply', statusCode, detail: `${url} answered ${statusCode} (a redirect)` },
        true,
      ),
    );
    request.on('response', (response) => {
      response.on('error', () => undefined);
      response.on('data', () => undefined);
      const server = headerOf(response.headers, 'server');
      const status = `${response.statusCode} ${response.statusMessage}`.trim();
      if (response.statusCode === 407) {
        const scheme = proxyAuthScheme ?? firstScheme(response.headers);
        finish(
          {
            outcome: 'proxy-auth',
            statusCode: 407,
            detail: `the proxy asks to sign in${scheme ? ` (${scheme})` : ''} and ${signedIn ? 'the user name and password given were' : 'the account signed in on this computer was'} not accepted: ${status}`,
            ...(scheme && { proxyAuthScheme: scheme }),
            ...(server && { server }),
          },
          true,
        );
        return;
      }
      finish(
        {
          outcome: 'reply',
          statusCode: response.statusCode,
          detail: `${url} answered ${status}`,
          ...(server && { server }),
        },
        true,
      );
    });
    request.on('error', (error) => {
      const netError = netErrorName(error);
      const outcome = outcomeOfNetError(netError);
      const words = WORDS_OF_OUTCOME[outcome] ?? 'the request failed';
      finish(
        {
          outcome,
          detail: `${url}: ${words} (${netError ?? error.message})`,
          ...(netError && { netError }),
        },
        false,
      );
    });
    request.end();
  });
}

function headerOf(headers: Record<string, string | string[]>, name: string): string | undefined {
  const value = Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
  return Array.isArray(value) ? value[0] : value;
}

function firstScheme(headers: Record<string, string | string[]>): string | undefined {
  const value = headerOf(headers, 'proxy-authenticate');
  return value ? /^\s*([A-Za-z0-9_-]+)/.exec(value)?.[1]?.toLowerCase() : undefined;
}
