// Saving a report from the window, the helpdesk code's read-it-out aid, and the firewall
// change request with its one copy button.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { APP_HELPDESK_TEXT, APP_TEXT, SCREEN_TEXT } from '../../../common/i18n/en';
import { itRequestText } from '../../../common/reports/it-request';
import { FoldedLines } from '../../../renderer/components/folded-lines';
import { natoSpelling } from '../../../common/helpdesk/nato';
import { VerdictHeader } from '../../../renderer/components/verdict-header';
import { createFakeNetcheck, makePlan, play, renderApp, scriptRun } from './fake-netcheck';

const s = APP_HELPDESK_TEXT.save;
const c = APP_HELPDESK_TEXT.changeRequest;

async function finishedApp(script: Parameters<typeof scriptRun>[1] = {}) {
  const fake = await renderApp();
  const run = scriptRun(makePlan(), script);
  await play(fake, run);
  return { fake, run };
}

describe('Save report', () => {
  it('waits for a result, then saves HTML with computer details by default, saying so', async () => {
    const fake = await renderApp();
    const save = screen.getByRole('button', { name: s.save });
    expect(save).toBeDisabled();
    expect(screen.getByText(s.noResult)).toBeInTheDocument();
    await play(fake, scriptRun(makePlan()));

    const details = screen.getByRole('checkbox', { name: s.includeDetails });
    expect(details).toBeChecked();
    // The statement next to the button, and read with it.
    expect(details).toHaveAccessibleDescription(s.withDetails);
    expect(save).toHaveAccessibleDescription(s.withDetails);
    expect(screen.getByRole('combobox', { name: s.format })).toHaveValue('html');

    vi.mocked(fake.api.exportReport).mockResolvedValueOnce({
      saved: true,
      path: '/home/alice/report.html',
    });
    await userEvent.setup().click(save);
    expect(fake.api.exportReport).toHaveBeenCalledWith('html', { includeComputerDetails: true });
    expect(await screen.findByText(s.saved('/home/alice/report.html'))).toBeInTheDocument();
  });

  it('respects the choices: PDF without computer details', async () => {
    const { fake } = await finishedApp();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: s.format }), 'pdf');
    await user.click(screen.getByRole('checkbox', { name: s.includeDetails }));
    expect(screen.getByRole('button', { name: s.save })).toHaveAccessibleDescription(
      s.withoutDetails,
    );
    await user.click(screen.getByRole('button', { name: s.save }));
    expect(fake.api.exportReport).toHaveBeenCalledWith('pdf', { includeComputerDetails: false });
    expect(await screen.findByText(s.notSaved)).toBeInTheDocument();
  });

  it("File > Save report… saves with the page's choices; a failure is shown in words", async () => {
    const { fake } = await finishedApp();
    await userEvent.setup().selectOptions(screen.getByRole('combobox', { name: s.format }), 'text');
    vi.mocked(fake.api.exportReport).mockRejectedValueOnce(
      new Error("Error invoking remote method 'netcheck:export-report': Error: disk full"),
    );
    act(() => fake.menu('save-report'));
    await waitFor(() =>
      expect(fake.api.exportReport).toHaveBeenCalledWith('text', { includeComputerDetails: true }),
    );
    expect(await screen.findByText(s.failed('disk full'))).toBeInTheDocument();
    expect(fake.api.exportReport).toHaveBeenCalledTimes(1);
  });
});

describe('helpdesk code: read it out', () => {
  it('shows the NATO spelling on demand, and hides it again', async () => {
    window.netcheck = createFakeNetcheck().api;
    const { result } = scriptRun(makePlan());
    const code = result.helpdeskCode!;
    render(
      <VerdictHeader
        phase="finished"
        result={result}
        startedAt={result.startedAt}
        progress={{ done: 1, total: 1 }}
        error={null}
      />,
    );
    const user = userEvent.setup();
    const toggle = screen.getByRole('button', { name: APP_HELPDESK_TEXT.readOut.show });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText(/ as in /)).not.toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName(APP_HELPDESK_TEXT.readOut.hide);
    const spelling = screen.getByLabelText(APP_HELPDESK_TEXT.readOut.label);
    expect(spelling).toHaveTextContent(natoSpelling(code));
    expect(spelling.textContent!.split(', ')[0]).toMatch(new RegExp(`^${code[0]} as in \\w+$`));
    expect(toggle.getAttribute('aria-controls')).toBe(spelling.id);
    await user.click(toggle);
    expect(spelling).not.toBeVisible();
  });

  it('has nothing to read out when the result has no code', async () => {
    window.netcheck = createFakeNetcheck().api;
    const { result } = scriptRun(makePlan(), {}, { helpdeskCode: null });
    render(
      <VerdictHeader
        phase="finished"
        result={result}
        startedAt={result.startedAt}
        progress={{ done: 1, total: 1 }}
        error={null}
      />,
    );
    expect(screen.queryByTestId('helpdesk-code')).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: APP_HELPDESK_TEXT.readOut.show }),
    ).not.toBeInTheDocument();
  });
});

describe('firewall change request', () => {
  const r = SCREEN_TEXT.changeRequest;

  it('comes right under the first screen: Must fix and Recommended, the rules in detail folded', async () => {
    const { fake, run } = await finishedApp({
      '2-2.2': 'timeout',
      '2-2.3': 'timeout',
      '4.1': 'timeout',
    });
    expect(run.result.verdict.status).toBe('teamlink-only');
    const { diagnosis, changeRequest } = run.result;
    const panel = screen.getByRole('region', { name: r.heading });
    expect(screen.getByTestId('verdict').nextElementSibling).toBe(panel);
    expect(
      within(screen.getByTestId('next-must-fix'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(diagnosis.mustFix);
    expect(
      within(screen.getByTestId('next-recommended'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(diagnosis.recommended);

    // The detailed rules, with their addresses, wait behind a disclosure.
    const details = within(panel).getByRole('button', { name: r.details(changeRequest.length) });
    expect(details).toHaveAttribute('aria-expanded', 'false');
    const lines = document.getElementById(details.getAttribute('aria-controls')!)!;
    expect(lines).not.toBeVisible();
    const user = userEvent.setup();
    await user.click(details);
    expect(lines).toBeVisible();
    expect(
      within(lines)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(changeRequest);
    await user.click(
      within(panel).getByRole('button', { name: `${APP_TEXT.table.copy}: ${c.copyLabel}` }),
    );
    expect(fake.api.copyText).toHaveBeenLastCalledWith(changeRequest.join('\n'));
  });

  it('"Send to IT" copies the change request and saves the report from the first screen', async () => {
    const { fake, run } = await finishedApp({ '2-1.1': 'timeout' });
    const send = screen.getByRole('group', { name: SCREEN_TEXT.sendToIt.label });
    expect(screen.getByTestId('verdict')).toContainElement(send);
    const user = userEvent.setup();
    await user.click(within(send).getByRole('button', { name: SCREEN_TEXT.sendToIt.copy }));
    const text = vi.mocked(fake.api.copyText).mock.lastCall![0];
    expect(text).toBe(itRequestText(run.result));
    expect(text).toContain('Must fix:');
    for (const line of run.result.diagnosis.mustFix) expect(text).toContain(line);
    for (const line of run.result.changeRequest) expect(text).toContain(line);
    expect(text).toContain(`Helpdesk code: ${run.result.helpdeskCode}`);
    // The reminders go to IT as notes (2-0.1: a setting no network check can see).
    expect(text).toMatch(/Notes for IT:\n {2}- Onsight Platform Manager: /);
    expect(
      within(send).getByRole('button', { name: SCREEN_TEXT.sendToIt.copied }),
    ).toBeInTheDocument();

    await user.click(within(send).getByRole('button', { name: SCREEN_TEXT.sendToIt.save }));
    expect(fake.api.exportReport).toHaveBeenCalledWith('html', { includeComputerDetails: true });
  });

  it('folds a long list to its first lines, with a disclosure for the rest', async () => {
    const lines = ['one', 'two', 'three', 'four', 'five'];
    const { rerender } = render(<FoldedLines lines={lines} labelledBy="x" />);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['one', 'two']);
    const more = screen.getByRole('button', { name: r.showAll(5) });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await userEvent.setup().click(more);
    expect(screen.getAllByRole('listitem')).toHaveLength(5);
    expect(screen.getByRole('button', { name: r.showFewer })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    // One line more than the fold is shown whole: a disclosure to reveal one line is noise.
    rerender(<FoldedLines lines={lines.slice(0, 3)} labelledBy="x" />);
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('says nothing needs changing when every rule is open', async () => {
    const { run } = await finishedApp();
    expect(run.result.changeRequest).toEqual([]);
    const panel = screen.getByRole('region', { name: r.heading });
    expect(panel).toHaveTextContent(r.none);
    expect(screen.queryByTestId('change-request')).not.toBeInTheDocument();
  });
});
