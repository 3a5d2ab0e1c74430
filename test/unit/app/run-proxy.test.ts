// The app's proxy of a run: the options panel's choice, or a refusal. A typed proxy main cannot
// use must fail the start, not quietly check through the system's proxy instead.
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => {
  throw new Error('run-proxy must not load electron itself');
});

import { appRunProxy } from '../../../main/app/run-proxy';

const URL = 'https://onsight.librestream.com/';

/** The system's answer (session.resolveProxy), recording that it was asked. */
function systemSession() {
  const asked: string[] = [];
  return {
    asked,
    session: {
      resolveProxy: async (url: string) => {
        asked.push(url);
        return 'PROXY system.corp:8080';
      },
    },
  };
}

describe('appRunProxy', () => {
  it('routes through the typed proxy, without asking the system', async () => {
    const { session, asked } = systemSession();
    const proxy = appRunProxy('http://proxy.corp:3128', session, 1000);
    const resolution = await proxy.resolveProxy(URL);
    proxy.close();
    expect(resolution.entries).toEqual([{ type: 'PROXY', host: 'proxy.corp', port: 3128 }]);
    expect(asked).toEqual([]);
  });

  it('"system" asks Chromium for the system setting', async () => {
    const { session, asked } = systemSession();
    const proxy = appRunProxy('system', session, 1000);
    const resolution = await proxy.resolveProxy(URL);
    proxy.close();
    expect(asked).toEqual([URL]);
    expect(resolution.entries).toEqual([{ type: 'PROXY', host: 'system.corp', port: 8080 }]);
  });

  it("gives the window's sign-in to the proxy it was typed for, and to no other", async () => {
    const session = {
      resolveProxy: async () => 'PROXY system.corp:8080; HTTPS other.corp:8443; DIRECT',
    };
    const signIn = { proxy: 'PROXY system.corp:8080', username: 'jane', password: 's3cret' };
    const proxy = appRunProxy('system', session, 1000, signIn);
    const resolution = await proxy.resolveProxy(URL);
    proxy.close();
    expect(resolution.entries).toEqual([
      {
        type: 'PROXY',
        host: 'system.corp',
        port: 8080,
        credentials: { username: 'jane', password: 's3cret' },
      },
      { type: 'HTTPS', host: 'other.corp', port: 8443 },
      { type: 'DIRECT' },
    ]);
    // The setting's own words, which the result shows, never carry it.
    expect(JSON.stringify({ ...resolution, entries: undefined })).not.toContain('s3cret');
  });

  it('replaces a user name and password typed into the address that the proxy refused', async () => {
    const { session } = systemSession();
    const signIn = { proxy: 'PROXY proxy.corp:3128', username: 'jane', password: 'right' };
    const proxy = appRunProxy('http://jane:wrong@proxy.corp:3128', session, 1000, signIn);
    const resolution = await proxy.resolveProxy(URL);
    proxy.close();
    expect(resolution.entries).toEqual([
      {
        type: 'PROXY',
        host: 'proxy.corp',
        port: 3128,
        credentials: { username: 'jane', password: 'right' },
      },
    ]);
  });

  it.each(['http://proxy.corp:3128/path', 'http://proxy.corp:3128/?q=1', 'http://-bad-:80'])(
    'refuses %s instead of falling back to the system proxy',
    (typed) => {
      const { session, asked } = systemSession();
      expect(() => appRunProxy(typed, session, 1000)).toThrow(/is not a proxy address/);
      expect(() => appRunProxy(typed, session, 1000)).not.toThrow(/--proxy/);
      expect(asked).toEqual([]);
    },
  );
});
