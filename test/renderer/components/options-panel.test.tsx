// The options panel: typos are caught before anything runs; a change re-runs with the
// options the user chose (cancelling the run in progress first).
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { APP_TEXT } from '../../../common/i18n/en';
import { DEFAULT_OPTIONS } from '../../../common/options';
import { makePlan, play, renderApp, scriptRun } from './fake-netcheck';
import { parseDomains, parseProxy } from '../../../renderer/state/options-form';

const t = APP_TEXT.options;

async function setup() {
  const fake = await renderApp();
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  const form = screen.getByRole('group', { name: t.legend });
  return { fake, user, form };
}

describe('the options panel', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] }));
  afterEach(() => vi.useRealTimers());

  it('refuses a proxy that is not system, direct or http(s)://host:port', async () => {
    const { fake, user, form } = await setup();
    const proxy = within(form).getByRole('textbox', { name: t.proxy });
    await user.clear(proxy);
    await user.type(proxy, 'proxy.example.com:8080');
    await user.click(within(form).getByRole('button', { name: t.apply }));
    expect(proxy).toHaveAttribute('aria-invalid', 'true');
    expect(proxy).toHaveAccessibleDescription(new RegExp(t.badProxy.replace(/[()]/g, '.')));
    expect(screen.getByText(t.badProxy)).toBeInTheDocument();
    expect(proxy).toHaveFocus();
    expect(fake.api.start).toHaveBeenCalledTimes(1);
  });

  it.each([
    'http://proxy.corp:3128/path',
    'http://proxy.corp:3128/?q=1',
    'http://proxy.corp:3128#x',
  ])('refuses %s: a proxy address has no path, query or fragment', async (typed) => {
    const { fake, user, form } = await setup();
    const proxy = within(form).getByRole('textbox', { name: t.proxy });
    await user.clear(proxy);
    await user.type(proxy, typed);
    await user.click(within(form).getByRole('button', { name: t.apply }));
    expect(proxy).toHaveAttribute('aria-invalid', 'true');
    expect(fake.api.start).toHaveBeenCalledTimes(1);
  });

  it('refuses a domain that is not a host name', async () => {
    const { fake, user, form } = await setup();
    const domains = within(form).getByRole('textbox', { name: t.domains });
    await user.type(domains, 'onsight.example.com, not_a host!');
    await user.keyboard('{Enter}');
    expect(domains).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(t.badDomain('not_a'))).toBeInTheDocument();
    expect(fake.api.start).toHaveBeenCalledTimes(1);
  });

  it('re-runs with the typed domains and proxy, cancelling the run in progress', async () => {
    const { fake, user, form } = await setup();
    const running = scriptRun(makePlan());
    act(() => fake.emit(running.started));
    await user.type(
      within(form).getByRole('textbox', { name: t.domains }),
      'Onsight.Example.com  video.example.org,onsight.example.com',
    );
    const proxy = within(form).getByRole('textbox', { name: t.proxy });
    await user.clear(proxy);
    await user.type(proxy, 'http://proxy.example.com:3128');
    await user.click(within(form).getByRole('button', { name: t.apply }));
    expect(fake.api.cancel).toHaveBeenCalledWith(running.runId);
    // Main runs one check at a time: the new one starts once the old one has ended.
    expect(fake.api.start).toHaveBeenCalledTimes(1);
    const stopped = scriptRun(running.plan, {}, { runId: running.runId, cancelled: true });
    await act(async () => fake.emit(stopped.finished));
    expect(fake.api.start).toHaveBeenCalledTimes(2);
    expect(fake.starts[1]).toEqual({
      options: { ...DEFAULT_OPTIONS, customDomains: ['onsight.example.com', 'video.example.org'] },
      proxy: 'http://proxy.example.com:3128',
    });
    expect(fake.calls.indexOf(`cancel ${running.runId}`)).toBeLessThan(
      fake.calls.lastIndexOf('start'),
    );
    expect(screen.queryByText(t.badProxy)).not.toBeInTheDocument();
  });

  it('re-runs at once when a switch changes, and shows the legacy tables it brings', async () => {
    const { fake, user, form } = await setup();
    await play(fake, scriptRun(makePlan()));
    expect(screen.queryByRole('heading', { name: 'Older call server' })).toBeNull();

    await user.click(within(form).getByRole('checkbox', { name: t.legacy }));
    expect(fake.starts[1]).toEqual({
      options: { ...DEFAULT_OPTIONS, legacy: true },
      proxy: 'system',
    });
    expect(fake.api.cancel).not.toHaveBeenCalled();
    await play(fake, scriptRun(makePlan({ legacy: true })));
    expect(screen.getByRole('heading', { name: 'Older call server' })).toBeInTheDocument();

    await user.click(within(form).getByRole('checkbox', { name: t.teamlink }));
    expect(fake.starts[2]).toEqual({
      options: { ...DEFAULT_OPTIONS, legacy: true, teamlink: false },
      proxy: 'system',
    });
  });
});

describe('option parsing', () => {
  it('splits domains on commas and spaces, lower-cases and de-duplicates them', () => {
    expect(parseDomains(' a.example.com,B.example.com  a.example.com ')).toEqual({
      ok: true,
      value: ['a.example.com', 'b.example.com'],
    });
    expect(parseDomains('')).toEqual({ ok: true, value: [] });
    expect(parseDomains('a.example.com http://b.example.com')).toEqual({
      ok: false,
      message: t.badDomain('http://b.example.com'),
    });
  });

  it('accepts system, direct and http(s) proxy URLs only', () => {
    expect(parseProxy('')).toEqual({ ok: true, value: 'system' });
    expect(parseProxy(' Direct ')).toEqual({ ok: true, value: 'direct' });
    expect(parseProxy('https://proxy.example.com:8443')).toEqual({
      ok: true,
      value: 'https://proxy.example.com:8443',
    });
    for (const bad of ['socks5://proxy.example.com:1080', 'proxy:8080', 'http://']) {
      expect(parseProxy(bad)).toEqual({ ok: false, message: t.badProxy });
    }
  });
});
