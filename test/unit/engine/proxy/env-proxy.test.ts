import { describe, expect, it } from 'vitest';
import { matchNoProxy, proxyFromEnvironment } from '../../../../main/engine/proxy/env-proxy';
import { createProxyResolver, parseProxyChoice } from '../../../../main/engine/proxy/discovery';

const HTTPS = new URL('https://onsight.librestream.com/');

describe('proxyFromEnvironment', () => {
  it('is unset when no variable is', () => {
    expect(proxyFromEnvironment(HTTPS, {})).toEqual({ kind: 'unset' });
    expect(proxyFromEnvironment(HTTPS, { HTTPS_PROXY: '  ' })).toEqual({ kind: 'unset' });
  });

  it('reads HTTPS_PROXY in either case, lower case first', () => {
    expect(proxyFromEnvironment(HTTPS, { HTTPS_PROXY: 'http://upper:1' })).toMatchObject({
      variable: 'HTTPS_PROXY',
      entry: { host: 'upper' },
    });
    expect(
      proxyFromEnvironment(HTTPS, { https_proxy: 'http://lower:1', HTTPS_PROXY: 'http://upper:1' }),
    ).toMatchObject({
      variable: 'https_proxy',
      entry: { host: 'lower' },
    });
  });

  it('falls back to HTTP_PROXY for https:// URLs, as undici does, but not the reverse', () => {
    expect(proxyFromEnvironment(HTTPS, { HTTP_PROXY: 'proxy.corp:3128' })).toEqual({
      kind: 'proxy',
      variable: 'HTTP_PROXY',
      entry: { type: 'PROXY', host: 'proxy.corp', port: 3128 },
    });
    expect(
      proxyFromEnvironment(new URL('http://52.142.34.49/'), { HTTPS_PROXY: 'http://p:1' }),
    ).toEqual({ kind: 'unset' });
    expect(
      proxyFromEnvironment(new URL('http://52.142.34.49/'), { http_proxy: 'http://p:1' }),
    ).toMatchObject({ variable: 'http_proxy' });
  });

  it('is bypass when NO_PROXY (either case) names the host', () => {
    expect(
      proxyFromEnvironment(HTTPS, {
        HTTPS_PROXY: 'http://p:1',
        no_proxy: 'localhost,.librestream.com',
      }),
    ).toEqual({
      kind: 'bypass',
      variable: 'no_proxy',
      rule: '.librestream.com',
    });
    expect(proxyFromEnvironment(HTTPS, { HTTPS_PROXY: 'http://p:1', NO_PROXY: '*' })).toMatchObject(
      { kind: 'bypass', rule: '*' },
    );
  });

  it('is invalid, naming the variable, when it cannot be read', () => {
    expect(proxyFromEnvironment(HTTPS, { HTTPS_PROXY: 'ftp://p:21' })).toMatchObject({
      kind: 'invalid',
      variable: 'HTTPS_PROXY',
      message: expect.stringMatching(/^HTTPS_PROXY: "ftp:\/\/p:21" is not a proxy address/),
    });
  });
});

describe('matchNoProxy', () => {
  const match = (list: string, url: string) => matchNoProxy(list, new URL(url));

  it('matches a domain and every name below it, with or without a leading dot or *.', () => {
    for (const rule of [
      'librestream.com',
      '.librestream.com',
      '*.librestream.com',
      'LibreStream.COM.',
    ]) {
      expect(match(rule, 'https://onsight.librestream.com/')).toBe(rule);
      expect(match(rule, 'https://librestream.com/')).toBe(rule);
    }
    expect(match('librestream.com', 'https://notlibrestream.com/')).toBeUndefined();
    expect(match('stream.com', 'https://onsight.librestream.com/')).toBeUndefined();
  });

  it('matches * alone as everything', () => {
    expect(match('*', 'https://anything.example/')).toBe('*');
    expect(match('a.example, *', 'https://b.example/')).toBe('*');
  });

  it('matches addresses and IPv4 CIDR blocks', () => {
    expect(match('52.142.34.48/28', 'https://52.142.34.50/')).toBe('52.142.34.48/28');
    expect(match('52.142.34.48/28', 'https://52.142.34.64/')).toBeUndefined();
    expect(match('10.0.0.1', 'https://10.0.0.1/')).toBe('10.0.0.1');
    expect(match('[::1]', 'https://[::1]/')).toBe('[::1]');
  });

  it('matches host:port rules only on that port (443 by default for https)', () => {
    expect(match('onsight.librestream.com:443', 'https://onsight.librestream.com/')).toBe(
      'onsight.librestream.com:443',
    );
    expect(
      match('onsight.librestream.com:8443', 'https://onsight.librestream.com/'),
    ).toBeUndefined();
    expect(match('onsight.librestream.com:8443', 'https://onsight.librestream.com:8443/')).toBe(
      'onsight.librestream.com:8443',
    );
  });

  it('splits on commas and spaces and ignores empty rules', () => {
    expect(match(' , ,localhost  127.0.0.1,.corp ', 'https://x.corp/')).toBe('.corp');
    expect(match('', 'https://x.corp/')).toBeUndefined();
  });
});

describe('resolveProxy without PAC', () => {
  const url = 'https://onsight.librestream.com/';
  const resolve = (proxy: string, env: Record<string, string> = {}) => {
    const choice = parseProxyChoice(proxy);
    if (!choice.ok) throw new Error(choice.message);
    return createProxyResolver({ proxy: choice.choice }, { env }).resolveProxy(url);
  };

  it('--proxy URL is the flag source', async () => {
    expect(await resolve('http://proxy.corp:3128', { HTTPS_PROXY: 'http://ignored:1' })).toEqual({
      source: 'flag',
      sourceDetail: 'PROXY proxy.corp:3128, given by hand',
      entries: [{ type: 'PROXY', host: 'proxy.corp', port: 3128 }],
    });
  });

  it('--proxy direct goes direct, whatever the environment says', async () => {
    expect(await resolve('direct', { HTTPS_PROXY: 'http://ignored:1' })).toEqual({
      source: 'flag',
      sourceDetail: 'direct, given by hand',
      entries: [{ type: 'DIRECT' }],
    });
  });

  it('--proxy system in the CLI means the environment variables, then direct', async () => {
    expect(await resolve('system', { https_proxy: 'http://env-proxy:8080' })).toEqual({
      source: 'environment',
      sourceDetail: 'https_proxy',
      entries: [{ type: 'PROXY', host: 'env-proxy', port: 8080 }],
    });
    expect(
      await resolve('system', {
        HTTPS_PROXY: 'http://env-proxy:8080',
        NO_PROXY: '.librestream.com',
      }),
    ).toEqual({
      source: 'environment',
      sourceDetail: 'NO_PROXY rule ".librestream.com"',
      entries: [{ type: 'DIRECT' }],
    });
    expect(await resolve('system', {})).toEqual({
      source: 'none',
      sourceDetail: 'no proxy is configured',
      entries: [{ type: 'DIRECT' }],
    });
  });

  it('an unreadable variable goes direct and says so', async () => {
    expect(await resolve('system', { HTTPS_PROXY: 'http://proxy:8080/some/path' })).toMatchObject({
      source: 'environment',
      entries: [{ type: 'DIRECT' }],
      problem: expect.stringMatching(
        /^HTTPS_PROXY: .* a proxy address has no path; connecting directly instead$/,
      ),
    });
  });

  it('parseProxyChoice names a bad --proxy value in one sentence', () => {
    expect(parseProxyChoice('ftp://x')).toEqual({
      ok: false,
      message:
        '--proxy: "ftp://x" is not a proxy address: the scheme ftp is not a proxy scheme (http, https, socks4, socks5) (or use "direct" or "system")',
    });
    expect(parseProxyChoice(' DIRECT ')).toEqual({ ok: true, choice: { kind: 'direct' } });
  });
});
