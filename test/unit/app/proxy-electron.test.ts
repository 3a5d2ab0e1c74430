// The Electron adapters with electron faked: what Chromium reports becomes the outcome
// vocabulary, and the system's proxy answer feeds resolveProxy.
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClientRequestConstructorOptions } from 'electron';

// The adapters take electron's objects as arguments; loading the real module in Node
// would try to fetch a binary, so any import of it fails loudly here.
vi.mock('electron', () => {
  throw new Error('proxy-electron must not load electron itself');
});

import {
  chromiumHttpsCheck,
  outcomeOfNetError,
  systemProxyResolver,
  type NetLike,
} from '../../../main/app/proxy-electron';
import { createProxyResolver } from '../../../main/engine/proxy/discovery';

class FakeRequest extends EventEmitter {
  aborted = false;
  ended = false;
  end() {
    this.ended = true;
  }
  abort() {
    this.aborted = true;
  }
}

class FakeResponse extends EventEmitter {
  constructor(
    public statusCode: number,
    public statusMessage: string,
    public headers: Record<string, string | string[]> = {},
  ) {
    super();
  }
}

/** A fake `net` whose request plays `script` once the request is ended. */
function fakeNet(script: (request: FakeRequest) => void) {
  const calls: ClientRequestConstructorOptions[] = [];
  const requests: FakeRequest[] = [];
  const net: NetLike = {
    request(options) {
      calls.push(options);
      const request = new FakeRequest();
      requests.push(request);
      const end = request.end.bind(request);
      request.end = () => {
        end();
        queueMicrotask(() => script(request));
      };
      return request;
    },
  };
  return { net, calls, requests };
}

const options = () => ({ signal: AbortSignal.timeout(5000), timeoutMs: 5000 });
const URL = 'https://onsight.librestream.com/oamrestapi/api/ping';

afterEach(() => vi.useRealTimers());

describe('chromiumHttpsCheck', () => {
  it('is a reply with the status, sending no cookies and following no redirect', async () => {
    const { net, calls, requests } = fakeNet((r) =>
      r.emit('response', new FakeResponse(200, 'OK', { Server: ['nginx'] })),
    );
    const result = await chromiumHttpsCheck(net, URL, options());
    expect(result).toEqual({
      outcome: 'reply',
      statusCode: 200,
      detail: `${URL} answered 200 OK`,
      server: 'nginx',
    });
    expect(calls[0]).toMatchObject({
      url: URL,
      method: 'GET',
      redirect: 'manual',
      useSessionCookies: false,
      credentials: 'omit',
    });
    expect(requests[0]!.aborted).toBe(true);
  });

  it('counts a redirect as a reply', async () => {
    const { net } = fakeNet((r) => r.emit('redirect', 302, 'GET', 'https://elsewhere/'));
    expect(await chromiumHttpsCheck(net, URL, options())).toMatchObject({
      outcome: 'reply',
      statusCode: 302,
    });
  });

  it('is proxy-auth naming the scheme when the proxy asks and Chromium has no account to answer with', async () => {
    let cancelledWith: unknown[] | undefined;
    const { net } = fakeNet((r) => {
      r.emit(
        'login',
        { isProxy: true, scheme: 'NTLM', host: 'proxy.corp', port: 8080, realm: '' },
        (...args: unknown[]) => {
          cancelledWith = args;
        },
      );
      r.emit(
        'response',
        new FakeResponse(407, 'Proxy Authentication Required', { server: 'BlueCoat' }),
      );
    });
    const result = await chromiumHttpsCheck(net, URL, options());
    expect(cancelledWith).toEqual([]);
    expect(result).toMatchObject({
      outcome: 'proxy-auth',
      statusCode: 407,
      proxyAuthScheme: 'ntlm',
      server: 'BlueCoat',
    });
    expect(result.detail).toContain('(ntlm)');
  });

  describe("with the window's sign-in (issue 17)", () => {
    const signIn = { proxy: 'PROXY proxy.corp:8080', username: 'jane', password: 's3cret' };
    const challenge = (host: string, scheme = 'Basic') => ({
      isProxy: true,
      scheme,
      host,
      port: 8080,
      realm: 'corp',
    });

    it("answers its proxy's challenge with it, in the scheme the proxy chose, and passes", async () => {
      const answers: unknown[][] = [];
      const { net } = fakeNet((r) => {
        r.emit('login', challenge('proxy.corp', 'NTLM'), (...args: unknown[]) => {
          answers.push(args);
          r.emit('response', new FakeResponse(200, 'OK'));
        });
      });
      const result = await chromiumHttpsCheck(net, URL, { ...options(), signIn });
      expect(answers).toEqual([['jane', 's3cret']]);
      expect(result).toMatchObject({ outcome: 'reply', statusCode: 200 });
      expect(JSON.stringify(result)).not.toContain('s3cret');
    });

    it('answers once: asked again, the proxy refused it, and the check says so', async () => {
      const answers: unknown[][] = [];
      const { net } = fakeNet((r) => {
        const ask = () =>
          r.emit('login', challenge('proxy.corp'), (...args: unknown[]) => {
            answers.push(args);
            // Chromium asks again after a refused sign-in; a cancel ends in the 407.
            if (args.length > 0) ask();
            else r.emit('response', new FakeResponse(407, 'Proxy Authentication Required'));
          });
        ask();
      });
      const result = await chromiumHttpsCheck(net, URL, { ...options(), signIn });
      expect(answers).toEqual([['jane', 's3cret'], []]);
      expect(result).toMatchObject({ outcome: 'proxy-auth', proxyAuthScheme: 'basic' });
      expect(result.detail).toContain('the user name and password given were not accepted');
    });

    it.each([
      ['another proxy', challenge('other.corp')],
      ['a server, not a proxy', { ...challenge('proxy.corp'), isProxy: false }],
    ])('gives nothing to %s', async (_name, info) => {
      const answers: unknown[][] = [];
      const { net } = fakeNet((r) =>
        r.emit('login', info, (...args: unknown[]) => {
          answers.push(args);
          r.emit('response', new FakeResponse(401, 'Unauthorized'));
        }),
      );
      await chromiumHttpsCheck(net, URL, { ...options(), signIn });
      expect(answers).toEqual([[]]);
    });

    it('matches an IPv6 proxy, which Chromium names without brackets', async () => {
      const answers: unknown[][] = [];
      const { net } = fakeNet((r) =>
        r.emit('login', { ...challenge('2001:db8::3'), port: 3128 }, (...args: unknown[]) => {
          answers.push(args);
          r.emit('response', new FakeResponse(200, 'OK'));
        }),
      );
      await chromiumHttpsCheck(net, URL, {
        ...options(),
        signIn: { ...signIn, proxy: 'PROXY [2001:db8::3]:3128' },
      });
      expect(answers).toEqual([['jane', 's3cret']]);
    });
  });

  it('reads the scheme from Proxy-Authenticate when no login event came', async () => {
    const { net } = fakeNet((r) =>
      r.emit(
        'response',
        new FakeResponse(407, 'Proxy Authentication Required', {
          'proxy-authenticate': 'Negotiate',
        }),
      ),
    );
    expect(await chromiumHttpsCheck(net, URL, options())).toMatchObject({
      outcome: 'proxy-auth',
      proxyAuthScheme: 'negotiate',
    });
  });

  it.each([
    ['net::ERR_TUNNEL_CONNECTION_FAILED', 'proxy-denied'],
    ['net::ERR_PROXY_CONNECTION_FAILED', 'refused'],
    ['net::ERR_NAME_NOT_RESOLVED', 'dns-fail'],
    ['net::ERR_CONNECTION_TIMED_OUT', 'timeout'],
    ['net::ERR_CONNECTION_RESET', 'reset'],
    ['net::ERR_CERT_AUTHORITY_INVALID', 'tls-error'],
    ['net::ERR_SSL_PROTOCOL_ERROR', 'tls-error'],
    ['net::ERR_NETWORK_ACCESS_DENIED', 'local-block'],
    ['net::ERR_SOMETHING_NEW', 'error'],
  ])('maps %s to %s', async (message, outcome) => {
    const { net, requests } = fakeNet((r) => r.emit('error', new Error(message)));
    const result = await chromiumHttpsCheck(net, URL, options());
    expect(result.outcome).toBe(outcome);
    expect(result.netError).toBe(message.slice('net::'.length));
    expect(result.detail).toContain(message.slice('net::'.length));
    expect(requests[0]!.aborted).toBe(false);
  });

  it('times out and aborts the request when nothing comes', async () => {
    vi.useFakeTimers();
    const { net, requests } = fakeNet(() => undefined);
    const pending = chromiumHttpsCheck(net, URL, {
      signal: new AbortController().signal,
      timeoutMs: 3000,
    });
    await vi.advanceTimersByTimeAsync(3000);
    expect(await pending).toMatchObject({ outcome: 'timeout' });
    expect(requests[0]!.aborted).toBe(true);
  });

  it('stops when the run is cancelled', async () => {
    const controller = new AbortController();
    const { net, requests } = fakeNet(() => controller.abort());
    expect(
      await chromiumHttpsCheck(net, URL, { signal: controller.signal, timeoutMs: 60_000 }),
    ).toMatchObject({ outcome: 'timeout' });
    expect(requests[0]!.aborted).toBe(true);
    expect(
      await chromiumHttpsCheck(net, URL, { signal: controller.signal, timeoutMs: 60_000 }),
    ).toMatchObject({ outcome: 'timeout' });
    expect(requests).toHaveLength(1);
  });
});

describe('outcomeOfNetError', () => {
  it('is error for an unknown or missing name', () => {
    expect(outcomeOfNetError(undefined)).toBe('error');
    expect(outcomeOfNetError('ERR_CERT_COMMON_NAME_INVALID')).toBe('tls-error');
  });
});

describe('systemProxyResolver', () => {
  it("feeds Chromium's answer to resolveProxy as the system source", async () => {
    const session = { resolveProxy: vi.fn(async () => 'PROXY proxy.corp:8080; DIRECT') };
    const resolver = createProxyResolver(
      {},
      {
        systemResolver: systemProxyResolver(session, 1000),
        env: { HTTPS_PROXY: 'http://ignored:1' },
      },
    );
    expect(await resolver.resolveProxy('https://onsight.librestream.com/')).toEqual({
      source: 'system',
      sourceDetail: "this computer's proxy settings",
      entries: [{ type: 'PROXY', host: 'proxy.corp', port: 8080 }, { type: 'DIRECT' }],
    });
    expect(session.resolveProxy).toHaveBeenCalledWith('https://onsight.librestream.com/');
    resolver.close();
  });

  it('falls back to DIRECT, saying why, when the system never answers', async () => {
    vi.useFakeTimers();
    const session = { resolveProxy: () => new Promise<string>(() => undefined) };
    const resolver = createProxyResolver(
      {},
      { systemResolver: systemProxyResolver(session, 2000) },
    );
    const pending = resolver.resolveProxy('https://onsight.librestream.com/');
    await vi.advanceTimersByTimeAsync(2000);
    const resolution = await pending;
    expect(resolution.entries).toEqual([{ type: 'DIRECT' }]);
    expect(resolution.problem).toBe(
      'the system proxy settings could not be read: no answer from the system proxy settings within 2000 ms; connecting directly instead',
    );
  });
});
