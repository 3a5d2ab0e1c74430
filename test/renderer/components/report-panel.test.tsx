// Saving a report from the window, the helpdesk code's read-it-out aid, and the firewall
// change request with its one copy button.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { APP_HELPDESK_TEXT, APP_TEXT } from '../../../common/i18n/en';
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
  it('lists the lines under the table, with one button that copies them all', async () => {
    const { fake, run } = await finishedApp({ '2-2.2': 'timeout', '2-2.3': 'timeout' });
    expect(run.result.verdict.status).toBe('teamlink-only');
    const lines = run.result.changeRequest;
    expect(lines.length).toBeGreaterThan(0);
    const panel = screen.getByRole('region', { name: c.heading });
    // Below the results table, not in the header area.
    expect(screen.getByRole('main')).toContainElement(panel);
    expect(
      within(panel)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(lines);
    const copy = within(panel).getAllByRole('button');
    expect(copy).toHaveLength(1);
    await userEvent.setup().click(copy[0]!);
    expect(fake.api.copyText).toHaveBeenCalledWith(lines.join('\n'));
    expect(copy[0]).toHaveTextContent(APP_TEXT.table.copied);
  });

  it('leaves the top to the next steps: "Must fix" comes right under the verdict', async () => {
    const { run } = await finishedApp({ '2-1.1': 'timeout' });
    expect(run.result.verdict.status).toBe('not-ready');
    const next = screen.getByTestId('next-steps');
    expect(screen.getByTestId('verdict').nextElementSibling).toBe(next);
    expect(within(next).getByTestId('step-on-site')).toHaveTextContent(
      'Send the report to your IT team: the firewall must let Onsight through.',
    );
    expect(within(screen.getByTestId('next-must-fix')).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('main')).toContainElement(
      screen.getByRole('region', { name: c.heading }),
    );
  });

  it('is not there when nothing needs changing', async () => {
    const { run } = await finishedApp();
    expect(run.result.changeRequest).toEqual([]);
    expect(screen.queryByRole('region', { name: c.heading })).not.toBeInTheDocument();
  });
});
