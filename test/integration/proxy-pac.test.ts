// PAC files through resolveProxy: from a file, a file:// URL and an http:// URL served on
// loopback; evaluated in the QuickJS sandbox; broken ones fall back to DIRECT and say so.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createProxyResolver, type ProxyResolver } from '../../main/engine/proxy/discovery';
import type { PacHost } from '../../main/engine/proxy/pac';
import { PAC_WORKER } from '../support/cli';

const FIXTURES = resolve(__dirname, '../fixtures/pac');
const fixture = (name: string) => join(FIXTURES, name);

// No PAC evaluated here may ask the system resolver about a name (it would query an
// outside server): every lookup goes through this table.
const offlineHost = (addresses: Record<string, string>, myIp = '192.0.2.10'): PacHost => ({
  lookup: async (host) => addresses[host] ?? null,
  myIpAddress: () => myIp,
});

const resolvers: ProxyResolver[] = [];
function resolverFor(
  pac: string,
  host: PacHost = offlineHost({}),
  timeoutMs = 3000,
): ProxyResolver {
  const resolver = createProxyResolver(
    { pac },
    { pacHost: host, timeoutMs, env: {}, pacWorkerFile: PAC_WORKER },
  );
  resolvers.push(resolver);
  return resolver;
}
afterAll(() => resolvers.forEach((r) => r.close()));

describe('a PAC file that sends *.librestream.com through a proxy', () => {
  it('is honoured for Librestream hosts, with source pac', async () => {
    const resolution = await resolverFor(fixture('librestream.pac')).resolveProxy(
      'https://onsight.librestream.com/',
    );
    expect(resolution).toEqual({
      source: 'pac',
      sourceDetail: `PAC at ${pathToFileURL(fixture('librestream.pac')).href}`,
      entries: [{ type: 'PROXY', host: '127.0.0.1', port: 3128 }, { type: 'DIRECT' }],
    });
  });

  it('goes direct for other hosts', async () => {
    const resolver = resolverFor(pathToFileURL(fixture('librestream.pac')).href);
    const resolution = await resolver.resolveProxy('https://www.apple.com/');
    expect(resolution.source).toBe('pac');
    expect(resolution.entries).toEqual([{ type: 'DIRECT' }]);
    expect(resolution.problem).toBeUndefined();
  });

  it('answers many URLs from one compiled file', async () => {
    const resolver = resolverFor(fixture('librestream.pac'));
    const hosts = ['a.librestream.com', 'b.librestream.com', 'librestream.com', 'example.org'];
    const results = await Promise.all(hosts.map((h) => resolver.resolveProxy(`https://${h}/`)));
    expect(results.map((r) => r.entries[0]!.type)).toEqual(['PROXY', 'PROXY', 'DIRECT', 'DIRECT']);
  });
});

describe('a PAC file served over http on loopback', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/proxy.pac') {
        response.setHeader('content-type', 'application/x-ns-proxy-autoconfig');
        response.end(readFileSync(fixture('librestream.pac')));
      } else {
        response.statusCode = 404;
        response.end('not here');
      }
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('is fetched and honoured', async () => {
    const resolution = await resolverFor(`${base}/proxy.pac`).resolveProxy(
      'https://onsight.librestream.com/',
    );
    expect(resolution.sourceDetail).toBe(`PAC at ${base}/proxy.pac`);
    expect(resolution.entries[0]).toEqual({ type: 'PROXY', host: '127.0.0.1', port: 3128 });
  });

  it('falls back to DIRECT when the server has no PAC file, naming the status', async () => {
    const resolution = await resolverFor(`${base}/missing.pac`).resolveProxy(
      'https://onsight.librestream.com/',
    );
    expect(resolution.entries).toEqual([{ type: 'DIRECT' }]);
    expect(resolution.problem).toBe(
      `the PAC file at ${base}/missing.pac could not be fetched: the server answered 404 Not Found; connecting directly instead`,
    );
  });
});

describe('a broken PAC file falls back to DIRECT with a clear message', () => {
  const url = 'https://onsight.librestream.com/';
  const cases: Array<[string, RegExp]> = [
    [
      'throws.pac',
      /threw an error for https:\/\/onsight\.librestream\.com\/: ReferenceError: .*lookUpCorporateProxy/,
    ],
    [
      'garbage.pac',
      /returned garbage for https:\/\/onsight\.librestream\.com\/: "use the proxy please" is not a proxy list/,
    ],
    [
      'not-a-string.pac',
      /returned garbage .*: expected a proxy list such as "PROXY host:port; DIRECT", got number/,
    ],
    ['syntax-error.pac', /is not valid JavaScript with a FindProxyForURL function/],
    ['no-such-file.pac', /could not be read: ENOENT/],
  ];
  it.each(cases)('%s', async (name, message) => {
    const resolution = await resolverFor(fixture(name)).resolveProxy(url);
    expect(resolution.source).toBe('pac');
    expect(resolution.entries).toEqual([{ type: 'DIRECT' }]);
    expect(resolution.problem).toMatch(message);
    expect(resolution.problem).toMatch(
      /^the PAC file at file:\/\/.*; connecting directly instead$/,
    );
  });

  it('endless.pac is stopped at the time budget', async () => {
    const resolver = resolverFor(fixture('endless.pac'), offlineHost({}), 300);
    const resolution = await resolver.resolveProxy(url);
    expect(resolution.entries).toEqual([{ type: 'DIRECT' }]);
    expect(resolution.problem).toMatch(
      /did not answer for https:\/\/onsight\.librestream\.com\/ within 300 ms/,
    );
    // The sandbox stays usable for the next URL (and is stopped again).
    expect((await resolver.resolveProxy('https://other.librestream.com/')).problem).toMatch(
      /within 300 ms/,
    );
  });
});

describe('the PAC functions that ask this computer', () => {
  const host = offlineHost(
    { 'intranet.corp': '10.1.2.3', 'onsight.librestream.com': '52.142.34.50' },
    '192.168.50.7',
  );

  it('go through the injected lookup and local address, never the network, and print nothing', async () => {
    const log = vi.spyOn(console, 'log');
    const resolver = resolverFor(fixture('network-functions.pac'), host);
    expect((await resolver.resolveProxy('https://intranet.corp/')).entries).toEqual([
      { type: 'DIRECT' },
    ]);
    expect((await resolver.resolveProxy('https://onsight.librestream.com/')).entries).toEqual([
      { type: 'HTTPS', host: 'office-proxy.example', port: 443 },
      { type: 'SOCKS5', host: 'socks.example', port: 1080 },
    ]);
    expect((await resolver.resolveProxy('https://unknown.example/')).entries).toEqual([
      { type: 'PROXY', host: 'unresolved.example', port: 8080 },
    ]);
    expect(log).not.toHaveBeenCalled();
    log.mockRestore();
  });

  it('see another local address as another office', async () => {
    const resolver = resolverFor(fixture('network-functions.pac'), {
      ...host,
      myIpAddress: () => '172.16.0.9',
    });
    expect((await resolver.resolveProxy('https://onsight.librestream.com/')).entries).toEqual([
      { type: 'PROXY', host: 'other-proxy.example', port: 8080 },
    ]);
  });
});

// Issue 13, defect 5: QuickJS ran on the run's own thread, so a looping PAC file froze every
// probe's timers, the top-level code had a fixed 5 s whatever the flags said, time spent
// awaiting a look-up was not counted, and evaluations queued with no cut-off.
describe('a hostile PAC file never holds the run', () => {
  const url = 'https://onsight.librestream.com/';

  it('runs off the event loop: timers fire while a looping FindProxyForURL runs', async () => {
    const resolver = resolverFor(fixture('endless.pac'), offlineHost({}), 1500);
    // Loaded first, so the loop below is the evaluation itself.
    await resolverFor(fixture('librestream.pac')).resolveProxy(url);
    const evaluation = resolver.resolveProxy(url).then(() => 'evaluation');
    const timer = new Promise((resolve) => setTimeout(() => resolve('timer'), 50));
    expect(await Promise.race([evaluation, timer])).toBe('timer');
    expect((await evaluation) && (await resolver.resolveProxy(url)).problem).toMatch(
      /within 1500 ms/,
    );
  });

  it('gives a looping top level the budget of the flags, not a fixed 5 s', async () => {
    const resolution = await resolverFor(
      fixture('top-level-loop.pac'),
      offlineHost({}),
      400,
    ).resolveProxy(url);
    expect(resolution.entries).toEqual([{ type: 'DIRECT' }]);
    expect(resolution.problem).toMatch(/did not finish loading within 400 ms; connecting directly/);
  });

  it('counts a look-up that never answers against the evaluation', async () => {
    const stuck: PacHost = { lookup: () => new Promise(() => {}), myIpAddress: () => '192.0.2.1' };
    const resolution = await resolverFor(fixture('waits-on-lookup.pac'), stuck, 400).resolveProxy(
      url,
    );
    expect(resolution.entries).toEqual([{ type: 'DIRECT' }]);
    expect(resolution.problem).toMatch(
      /did not answer for https:\/\/onsight\.librestream\.com\/ within 400 ms/,
    );
  });

  it("does not count a URL's wait behind other URLs against the file (review of issue 13)", async () => {
    // Each look-up answers "does not resolve" after 400 ms: three URLs take 1.2 s in turn.
    const slow: PacHost = {
      lookup: () => new Promise((resolve) => setTimeout(() => resolve(null), 400)),
      myIpAddress: () => '192.0.2.1',
    };
    const resolver = resolverFor(fixture('waits-on-lookup.pac'), slow, 1000);
    const hosts = ['a', 'b', 'c'].map((h) => `https://${h}.librestream.com/`);
    const resolutions = await Promise.all(hosts.map((h) => resolver.resolveProxy(h)));
    for (const resolution of resolutions) {
      expect(resolution.problem).toBeUndefined();
      expect(resolution.entries).toEqual([{ type: 'PROXY', host: '127.0.0.1', port: 3128 }]);
    }
  });

  it('cuts off queued evaluations with the first: five URLs cost one budget, not five', async () => {
    const resolver = resolverFor(fixture('endless.pac'), offlineHost({}), 1000);
    const started = performance.now();
    const hosts = ['a', 'b', 'c', 'd', 'e'].map((h) => `https://${h}.librestream.com/`);
    const resolutions = await Promise.all(hosts.map((h) => resolver.resolveProxy(h)));
    // Queued one after another, the five would end after 5 s.
    expect(performance.now() - started).toBeLessThan(3000);
    for (const resolution of resolutions) expect(resolution.problem).toMatch(/within 1000 ms/);
  });

  it('close() ends an evaluation in progress at once', async () => {
    const resolver = createProxyResolver(
      { pac: fixture('endless.pac') },
      { pacHost: offlineHost({}), timeoutMs: 60_000, env: {}, pacWorkerFile: PAC_WORKER },
    );
    const evaluation = resolver.resolveProxy(url);
    // Whether the file is still loading or already looping, close() ends it.
    setTimeout(() => resolver.close(), 500);
    const resolution = await evaluation;
    expect(resolution.entries).toEqual([{ type: 'DIRECT' }]);
    expect(resolution.problem).toMatch(/the check was already over/);
  }, 10_000);
});
