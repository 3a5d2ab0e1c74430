// The whole window against a fake bridge: start-up order, live progress, the live region,
// re-running failed rows, cancelling, and the "This computer and network" panel.
import { act, screen, waitFor, within } from '@testing-library/react';
import { SHELL_TEXT } from '../../../common/i18n/en';
import userEvent from '@testing-library/user-event';
import { APP_TEXT, NETWORK_TEXT, ROW_STATUS_WORDS } from '../../../common/i18n/en';
import { mergeRerun } from '../../../common/results/assemble';
import type { RunEvent } from '../../../common/results/events';
import { DEFAULT_OPTIONS } from '../../../common/options';
import { makePlan, play, profile, renderApp, scriptRun } from './fake-netcheck';

describe('the app window', () => {
  // The header's elapsed-seconds tick would otherwise update the window between assertions.
  beforeEach(() => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] }));
  afterEach(() => vi.useRealTimers());

  it('listens, says it is ready, then starts a run with the default options', async () => {
    const fake = await renderApp();
    expect(fake.api.onEvent).toHaveBeenCalledTimes(1);
    expect(fake.calls.slice(0, 2)).toEqual(['ready', 'start']);
    expect(fake.starts[0]).toEqual({ options: DEFAULT_OPTIONS, proxy: 'system' });
    expect(
      screen.getByRole('heading', { level: 1, name: APP_TEXT.header.startingHeadline }),
    ).toBeInTheDocument();
  });

  it('turns every row from waiting to checking to a result, with progress in the header', async () => {
    const fake = await renderApp();
    const run = scriptRun(makePlan(), { '2-2.2': 'timeout' });
    act(() => fake.emit(run.started));
    const bar = screen.getByRole('progressbar', { name: APP_TEXT.header.progressLabel });
    const total = run.plan.rows.filter((r) => r.enabled && r.probes.length > 0).length;
    expect(bar).toHaveAttribute('value', '0');
    expect(screen.getByText(APP_TEXT.header.progress(0, total))).toBeInTheDocument();
    const sip = () => screen.getByRole('row', { name: /^2-2\.2 / });
    expect(within(sip()).getByText(ROW_STATUS_WORDS.pending)).toBeInTheDocument();

    const firstStarted = run.progress.find(
      (e) => e.type === 'probe-started' && e.rowId === '2-2.2',
    )!;
    act(() => fake.emit(firstStarted));
    expect(within(sip()).getByText(ROW_STATUS_WORDS.running)).toBeInTheDocument();

    act(() => fake.emitAll(run.progress));
    expect(within(sip()).getByText(ROW_STATUS_WORDS.fail)).toBeInTheDocument();
    expect(screen.getByText(APP_TEXT.header.progress(total, total))).toBeInTheDocument();

    await act(async () => fake.emit(run.finished));
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'Onsight will work here through TeamLink only',
      }),
    ).toBeInTheDocument();
  });

  it('announces the verdict first, then one summary, in a polite live region', async () => {
    const fake = await renderApp();
    const run = scriptRun(makePlan(), { '2-1.1': 'timeout' });
    act(() => fake.emit(run.started));
    await act(async () => fake.emitAll(run.progress));
    const region = screen.getByTestId('announcer');
    expect(region).toHaveAttribute('aria-live', 'polite');
    // No row is read out as it answers.
    expect(region).toBeEmptyDOMElement();
    await act(async () => fake.emit(run.finished));
    expect(Array.from(region.querySelectorAll('p'), (p) => p.textContent)).toEqual([
      'Onsight cannot reach its servers on this network. Secure web traffic (HTTPS) that Onsight needs does not get through (row 2-1.1), so Onsight cannot sign in.',
      '1 problem: Onsight signs in and loads its settings.',
    ]);
  });

  it('re-runs only the failed rows and keeps the other answers', async () => {
    const fake = await renderApp();
    const user = userEvent.setup();
    const first = scriptRun(makePlan(), { '2-2.2': 'timeout', '2-2.3': 'refused' });
    await play(fake, first);
    await user.click(screen.getByRole('button', { name: APP_TEXT.actions.rerunFailed }));
    expect(fake.api.rerun).toHaveBeenCalledWith(first.runId, ['2-2.2', '2-2.3']);

    // Main plans the other rows as left out; the window keeps their earlier answers.
    const again = scriptRun(makePlan({}, ['2-2.2', '2-2.3']));
    // As main does (main/app/run-session.ts): the re-run ends with the merged result.
    const merged = mergeRerun(first.result, again.result, ['2-2.2', '2-2.3'], profile);
    act(() => fake.emit(again.started));
    const row = (id: string) =>
      screen.getByRole('row', { name: new RegExp(`^${id.replace('.', '\\.')} `) });
    expect(within(row('2-2.2')).getByText(ROW_STATUS_WORDS.pending)).toBeInTheDocument();
    expect(within(row('2-1.1')).getByText(ROW_STATUS_WORDS.pass)).toBeInTheDocument();
    await act(async () => {
      fake.emitAll(again.progress);
      fake.emit({ ...again.finished, result: merged } as RunEvent);
    });
    expect(within(row('2-2.2')).getByText(ROW_STATUS_WORDS.pass)).toBeInTheDocument();
    expect(within(row('2-1.1')).getByText(ROW_STATUS_WORDS.pass)).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Onsight will work here' }),
    ).toBeInTheDocument();
    // The merged result has a code of its own: the one a saved report and decode give.
    expect(merged.helpdeskCode).not.toBeNull();
    expect(screen.getByTestId('helpdesk-code')).toHaveTextContent(merged.helpdeskCode!);
    // The verdict and one summary, not one announcement per row.
    const region = screen.getByTestId('announcer');
    expect(Array.from(region.querySelectorAll('p'), (p) => p.textContent)).toEqual([
      'Onsight will work here. Every required rule of the Onsight firewall guide is open on this network.',
      'No problems.',
    ]);
  });

  it('offers Cancel only while running, and cancels the current run', async () => {
    const fake = await renderApp();
    const user = userEvent.setup();
    const run = scriptRun(makePlan(), {}, { cancelled: true });
    act(() => fake.emit(run.started));
    await user.click(screen.getByRole('button', { name: APP_TEXT.actions.cancel }));
    expect(fake.api.cancel).toHaveBeenCalledWith(run.runId);
    await act(async () => fake.emit(run.finished));
    expect(screen.queryByRole('button', { name: APP_TEXT.actions.cancel })).not.toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: APP_TEXT.header.cancelledHeadline }),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('helpdesk-code')).not.toBeInTheDocument();
  });

  it('keeps keyboard focus in the toolbar when Cancel goes away with the run', async () => {
    const fake = await renderApp();
    const user = userEvent.setup();
    const run = scriptRun(makePlan(), {}, { cancelled: true });
    act(() => fake.emit(run.started));
    screen.getByRole('button', { name: APP_TEXT.actions.cancel }).focus();
    await user.keyboard('{Enter}');
    expect(fake.api.cancel).toHaveBeenCalledWith(run.runId);
    await act(async () => fake.emit(run.finished));
    expect(screen.getByRole('button', { name: APP_TEXT.actions.runAgain })).toHaveFocus();
  });

  it('says so in plain words when a run breaks, and then runs again', async () => {
    const fake = await renderApp();
    const user = userEvent.setup();
    const run = scriptRun(makePlan());
    act(() => fake.emit(run.started));
    const firstRow = run.progress.findIndex((e) => e.type === 'row-updated');
    act(() => fake.emitAll(run.progress.slice(0, firstRow + 1)));
    await act(async () =>
      fake.emit({ type: 'run-failed', runId: run.runId, message: 'socket table full' }),
    );
    expect(
      screen.getByRole('heading', { level: 1, name: SHELL_TEXT.runFailedHeadline }),
    ).toBeInTheDocument();
    expect(screen.getByText(SHELL_TEXT.runFailedReason('socket table full'))).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: APP_TEXT.actions.cancel })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: APP_TEXT.actions.runAgain }));
    expect(fake.api.start).toHaveBeenCalledTimes(2);
    expect(
      screen.getByRole('heading', { level: 1, name: APP_TEXT.header.startingHeadline }),
    ).toBeInTheDocument();
  });

  it('"Run again" starts a new run with the same options', async () => {
    const fake = await renderApp();
    const user = userEvent.setup();
    await play(fake, scriptRun(makePlan()));
    await user.click(screen.getByRole('button', { name: APP_TEXT.actions.runAgain }));
    expect(fake.api.start).toHaveBeenCalledTimes(2);
    expect(fake.starts[1]).toEqual(fake.starts[0]);
  });

  it('shows this computer and network: OS, interface, VPN, IP versions, gateway, DNS, STUN address, proxy source', async () => {
    const fake = await renderApp();
    const panel = screen.getByRole('region', { name: APP_TEXT.host.legend });
    await waitFor(() => expect(panel).toHaveTextContent('Windows 11 Pro'));
    const fact = (label: string) => within(panel).getByText(label).nextElementSibling;
    expect(fact(APP_TEXT.host.connection)).toHaveTextContent('Wi-Fi "Site-Guest"');
    expect(fact(APP_TEXT.host.interface)).toHaveTextContent('Wi-Fi');
    expect(fact(NETWORK_TEXT.vpn)).toHaveTextContent(
      'Ethernet 3 up: the check did not run through it (the default route goes elsewhere)',
    );
    expect(fact(NETWORK_TEXT.families)).toHaveTextContent('IPv4 only');
    expect(fact(APP_TEXT.host.address)).toHaveTextContent('192.168.1.23');
    expect(fact(APP_TEXT.host.gateway)).toHaveTextContent('192.168.1.1');
    expect(fact(APP_TEXT.host.dns)).toHaveTextContent('192.168.1.1, 9.9.9.9');
    expect(fact(APP_TEXT.host.publicAddress)).toHaveTextContent(APP_TEXT.host.notYet);
    await play(fake, scriptRun(makePlan()));
    expect(fact(APP_TEXT.host.publicAddress)).toHaveTextContent('203.0.113.7');
    expect(fact(APP_TEXT.host.proxy)).toHaveTextContent(
      'system (PAC at http://wpad.example/wpad.dat)',
    );
  });
});
