// The proxy sign-in dialog (issue 17) in the window, against a fake bridge replaying the real
// fold and diagnosis: it opens when the diagnosis says the proxy's password stopped the check,
// names the proxy and its schemes, is a labelled modal that keeps focus and gives it back, and
// checks again with the user name and password in a field of their own (never in the address).
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { APP_TEXT, PROXY_SIGN_IN_TEXT } from '../../../common/i18n/en';
import { DEFAULT_OPTIONS } from '../../../common/options';
import {
  makePlan,
  play,
  renderApp,
  scriptRun,
  SCRIPTED_PROXY,
  type FakeNetcheck,
} from './fake-netcheck';

const t = PROXY_SIGN_IN_TEXT;
/** Table 2-1's rows behind a proxy that asks for a password: the check cannot tell. */
const ASKS = { '2-1.1': 'proxy-auth', '2-1.2': 'proxy-auth' } as const;

beforeEach(() => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] }));
afterEach(() => vi.useRealTimers());

async function askedToSignIn(): Promise<{ fake: FakeNetcheck; dialog: HTMLElement }> {
  const fake = await renderApp();
  await play(fake, scriptRun(makePlan(), ASKS));
  const dialog = await screen.findByRole('dialog', { name: t.heading });
  return { fake, dialog };
}

describe('the proxy sign-in dialog', () => {
  it('opens when the proxy asked for a password, naming the proxy and the methods it offers', async () => {
    const { dialog } = await askedToSignIn();
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription(
      `${t.intro('192.0.2.8:3128')} ${t.schemes(SCRIPTED_PROXY.authSchemes)}`,
    );
    expect(dialog).toHaveTextContent('Negotiate, Basic');
    expect(within(dialog).getByLabelText(t.username)).toHaveFocus();
    expect(within(dialog).getByLabelText(t.password)).toHaveAttribute('type', 'password');
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    // The page behind waits: inert, so neither Tab nor a click reaches it.
    expect(screen.getByRole('heading', { level: 1, hidden: true }).closest('.app')).toHaveAttribute(
      'inert',
    );
  });

  it('checks again with the sign-in beside the options, the proxy address unchanged', async () => {
    const { fake, dialog } = await askedToSignIn();
    const user = userEvent.setup();
    await user.type(within(dialog).getByLabelText(t.username), 'jane');
    await user.type(within(dialog).getByLabelText(t.password), 's3cret');
    await user.click(within(dialog).getByRole('button', { name: t.submit }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(fake.api.start).toHaveBeenCalledTimes(2));
    expect(fake.starts[1]).toEqual({
      options: DEFAULT_OPTIONS,
      proxy: 'system',
      signIn: { proxy: SCRIPTED_PROXY.via, username: 'jane', password: 's3cret' },
    });

    // "Run again" keeps it for this window's checks.
    await play(fake, scriptRun(makePlan()));
    await user.click(screen.getByRole('button', { name: APP_TEXT.actions.runAgain }));
    await waitFor(() => expect(fake.api.start).toHaveBeenCalledTimes(3));
    expect(fake.starts[2]!.signIn).toEqual(fake.starts[1]!.signIn);
  });

  it('says so when the proxy asks again after a sign-in', async () => {
    const { fake, dialog } = await askedToSignIn();
    const user = userEvent.setup();
    await user.type(within(dialog).getByLabelText(t.username), 'jane');
    await user.type(within(dialog).getByLabelText(t.password), 'wrong');
    await user.click(within(dialog).getByRole('button', { name: t.submit }));
    await waitFor(() => expect(fake.api.start).toHaveBeenCalledTimes(2));
    await play(fake, scriptRun(makePlan(), ASKS));
    const again = await screen.findByRole('dialog', { name: t.heading });
    expect(within(again).getByRole('alert')).toHaveTextContent(t.refused);
    // A fresh form: what was typed before is not shown again.
    expect(within(again).getByLabelText(t.password)).toHaveValue('');
  });

  it('asks for a user name before checking again', async () => {
    const { fake, dialog } = await askedToSignIn();
    const user = userEvent.setup();
    await user.click(within(dialog).getByRole('button', { name: t.submit }));
    const name = within(dialog).getByLabelText(t.username);
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(t.needUsername);
    expect(name).toHaveFocus();
    expect(fake.api.start).toHaveBeenCalledTimes(1);
  });

  it('keeps Tab inside, and Escape cancels and gives focus back to the button that opened it', async () => {
    const { fake, dialog } = await askedToSignIn();
    const user = userEvent.setup();
    const name = within(dialog).getByLabelText(t.username);
    const cancel = within(dialog).getByRole('button', { name: t.cancel });
    await user.tab({ shift: true });
    expect(cancel).toHaveFocus();
    await user.tab();
    expect(name).toHaveFocus();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(cancel).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(fake.api.start).toHaveBeenCalledTimes(1);

    // Cancelled, it stays one press away; closing gives focus back to that button.
    const reopen = screen.getByRole('button', { name: t.open });
    await user.click(reopen);
    const dialogAgain = screen.getByRole('dialog', { name: t.heading });
    expect(within(dialogAgain).getByLabelText(t.username)).toHaveFocus();
    await user.click(within(dialogAgain).getByRole('button', { name: t.cancel }));
    expect(reopen).toHaveFocus();
  });

  it('does not open for a result that asks for no password, nor offer to', async () => {
    const fake = await renderApp();
    await play(fake, scriptRun(makePlan(), { '2-1.1': 'timeout' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: t.open })).not.toBeInTheDocument();
  });

  it('waits while helpdesk mode is open, and opens on the way back', async () => {
    const fake = await renderApp();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /^Helpdesk/ }));
    await play(fake, scriptRun(makePlan(), ASKS));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    act(() => screen.getByRole('button', { name: /^Back/ }).click());
    expect(await screen.findByRole('dialog', { name: t.heading })).toBeInTheDocument();
  });
});
