// The system proxy as Chromium resolves it, read with the engine's proxy-list parser.
import { describe, expect, it, vi } from 'vitest';

const resolveProxy = vi.hoisted(() => vi.fn(async (_url: string) => 'DIRECT'));
vi.mock('electron', () => ({ session: { defaultSession: { resolveProxy } } }));

const { resolveSystemProxy } = await import('../../../main/app/system-proxy');

describe('system proxy', () => {
  it("asks the default session and parses Chromium's answer", async () => {
    resolveProxy.mockResolvedValueOnce('PROXY proxy.corp:3128; DIRECT');
    await expect(resolveSystemProxy('https://onsight.librestream.com/')).resolves.toMatchObject({
      ok: true,
      entries: [{ type: 'PROXY', host: 'proxy.corp', port: 3128 }, { type: 'DIRECT' }],
    });
    expect(resolveProxy).toHaveBeenCalledWith('https://onsight.librestream.com/');
  });

  it('takes another session when given one', async () => {
    const session = { resolveProxy: async () => 'DIRECT' };
    await expect(resolveSystemProxy('https://example.test/', session)).resolves.toMatchObject({
      ok: true,
      entries: [{ type: 'DIRECT' }],
    });
  });
});
