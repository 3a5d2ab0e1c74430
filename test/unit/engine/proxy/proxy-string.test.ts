import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProxyEntry } from '../../../../common/proxy';
import { parseProxyList, parseProxyUrl } from '../../../../main/engine/proxy/proxy-string';

describe('parseProxyList (PAC results, Chromium proxy lists)', () => {
  it('reads entries in order, with their types', () => {
    expect(parseProxyList('PROXY a.corp:8080; PROXY b:3128; DIRECT')).toEqual({
      ok: true,
      entries: [
        { type: 'PROXY', host: 'a.corp', port: 8080 },
        { type: 'PROXY', host: 'b', port: 3128 },
        { type: 'DIRECT' },
      ],
      ignored: [],
    });
  });

  it('names HTTPS and SOCKS entries, with Chromium default ports when none is written', () => {
    const parsed = parseProxyList(
      'https secure.corp;SOCKS5 10.0.0.1:1081 ; socks s4; SOCKS4 s4b;PROXY plain',
    );
    expect(parsed).toMatchObject({
      ok: true,
      entries: [
        { type: 'HTTPS', host: 'secure.corp', port: 443 },
        { type: 'SOCKS5', host: '10.0.0.1', port: 1081 },
        { type: 'SOCKS', host: 's4', port: 1080 },
        { type: 'SOCKS4', host: 's4b', port: 1080 },
        { type: 'PROXY', host: 'plain', port: 80 },
      ],
    });
  });

  it('reads IPv6 proxies in brackets', () => {
    expect(parseProxyList('PROXY [2001:db8::1]:3128')).toMatchObject({
      ok: true,
      entries: [{ type: 'PROXY', host: '2001:db8::1', port: 3128 }],
    });
    expect(formatProxyEntry({ type: 'PROXY', host: '2001:db8::1', port: 3128 })).toBe(
      'PROXY [2001:db8::1]:3128',
    );
  });

  it('skips unreadable entries, as Chromium does, and names them', () => {
    expect(parseProxyList('PROXY good:1; FTP bad:2; PROXY :3; PROXY x:99999; DIRECT now')).toEqual({
      ok: true,
      entries: [{ type: 'PROXY', host: 'good', port: 1 }],
      ignored: ['FTP bad:2', 'PROXY :3', 'PROXY x:99999', 'DIRECT now'],
    });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['use the proxy please', 'no-valid-entry'],
    ['PROXY', 'no-valid-entry'],
    ['PROXY a b', 'no-valid-entry'],
    [';;;', 'no-valid-entry'],
    ['PROXY ' + 'a'.repeat(5000), 'no-valid-entry'],
  ])('%j is a typed error (%s)', (text, code) => {
    const parsed = parseProxyList(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.code).toBe(code);
  });

  it('takes any value (a PAC file may return a number) and never throws', () => {
    expect(parseProxyList(42)).toMatchObject({
      ok: false,
      error: { code: 'empty', message: expect.stringContaining('got number') },
    });
    expect(parseProxyList(null)).toMatchObject({ ok: false });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), (value) => {
        const parsed = parseProxyList(value);
        if (parsed.ok) expect(parsed.entries.length).toBeGreaterThan(0);
      }),
    );
  });

  it('reads back what formatProxyEntry writes', () => {
    const entry = fc.oneof(
      fc.constant({ type: 'DIRECT' as const }),
      fc.record({
        type: fc.constantFrom(
          'PROXY' as const,
          'HTTPS' as const,
          'SOCKS4' as const,
          'SOCKS5' as const,
          'SOCKS' as const,
        ),
        host: fc.domain(),
        port: fc.integer({ min: 1, max: 65535 }),
      }),
    );
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 5 }), (entries) => {
        expect(parseProxyList(entries.map(formatProxyEntry).join('; '))).toEqual({
          ok: true,
          entries,
          ignored: [],
        });
      }),
    );
  });
});

describe('parseProxyUrl (--proxy, HTTPS_PROXY)', () => {
  it.each([
    ['http://proxy.corp:3128', { type: 'PROXY', host: 'proxy.corp', port: 3128 }],
    ['proxy.corp:3128', { type: 'PROXY', host: 'proxy.corp', port: 3128 }],
    ['http://proxy.corp', { type: 'PROXY', host: 'proxy.corp', port: 80 }],
    ['http://proxy.corp:3128/', { type: 'PROXY', host: 'proxy.corp', port: 3128 }],
    ['https://proxy.corp', { type: 'HTTPS', host: 'proxy.corp', port: 443 }],
    ['socks5://127.0.0.1:1080', { type: 'SOCKS5', host: '127.0.0.1', port: 1080 }],
    ['socks://s', { type: 'SOCKS4', host: 's', port: 1080 }],
    ['http://[2001:db8::5]:8080', { type: 'PROXY', host: '2001:db8::5', port: 8080 }],
  ])('%s', (text, entry) => {
    expect(parseProxyUrl(text)).toEqual({ ok: true, entry });
  });

  it('keeps user name and password apart, decoded, and never prints them', () => {
    const parsed = parseProxyUrl('http://DOMAIN%5Calice:p%40ss@proxy:8080');
    expect(parsed).toEqual({
      ok: true,
      entry: {
        type: 'PROXY',
        host: 'proxy',
        port: 8080,
        credentials: { username: 'DOMAIN\\alice', password: 'p@ss' },
      },
    });
    if (parsed.ok) expect(formatProxyEntry(parsed.entry)).toBe('PROXY proxy:8080');
  });

  it.each([
    ['', 'empty'],
    ['ftp://proxy:21', 'bad-url'],
    ['http://proxy:8080/path', 'bad-url'],
    ['http://proxy:8080?x=1', 'bad-url'],
    ['http://:8080', 'bad-url'],
    ['http://proxy:99999', 'bad-url'],
    ['not a url at all', 'bad-url'],
  ])('%j is a typed error (%s)', (text, code) => {
    const parsed = parseProxyUrl(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.code).toBe(code);
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (text) => void parseProxyUrl(text)));
    fc.assert(fc.property(fc.webUrl(), (text) => void parseProxyUrl(text)));
  });
});
