// "Copy summary" (issue 7) in the Report panel, and the layout aids of the table and options:
// a result clamped in the table but whole in its tooltip and details, and table numbers kept
// on one line.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { APP_HELPDESK_TEXT, APP_TEXT } from '../../../common/i18n/en';
import { summaryText } from '../../../common/reports/summary';
import { ReportPanel } from '../../../renderer/components/report-panel';
import { OptionsPanel } from '../../../renderer/components/options-panel';
import { DEFAULT_OPTIONS } from '../../../common/options';
import { createFakeNetcheck, makePlan, play, renderApp, scriptRun } from './fake-netcheck';

const s = APP_HELPDESK_TEXT.save;

describe('Copy summary', () => {
  it('waits for a finished check, then copies the summary of its result', async () => {
    const fake = await renderApp();
    expect(screen.getByRole('button', { name: s.copySummary })).toBeDisabled();

    const run = scriptRun(makePlan(), { '2-2.2': 'timeout', '2-2.3': 'refused' });
    await play(fake, run);
    const copy = screen.getByRole('button', { name: s.copySummary });
    expect(copy).toBeEnabled();
    // Beside Save, in the Report panel.
    const panel = screen.getByRole('region', { name: s.legend });
    expect(panel).toContainElement(copy);
    expect(within(panel).getByRole('button', { name: s.save })).toBeInTheDocument();

    await userEvent.setup().click(copy);
    const text = summaryText(run.result);
    expect(fake.api.copyText).toHaveBeenCalledWith(text);
    expect(text).toContain('Onsight will work here through TeamLink only');
    expect(text).toContain(`Helpdesk code: ${run.result.helpdeskCode}`);
    expect(text).toMatch(/^2-2\.2 Fail: /m);
    expect(text).toMatch(/^2-2\.3 Fail: /m);
    for (const line of run.result.changeRequest) expect(text).toContain(line);
    expect(copy).toHaveAccessibleName(s.summaryCopied);
  });

  it('copies the new result after a new check, starting again from "Copy summary"', async () => {
    const fake = await renderApp();
    const first = scriptRun(makePlan(), { '2-2.2': 'refused' });
    await play(fake, first);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: s.copySummary }));
    expect(screen.getByRole('button', { name: s.summaryCopied })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: APP_TEXT.actions.runAgain }));
    const second = scriptRun(makePlan());
    await play(fake, second);
    const copy = screen.getByRole('button', { name: s.copySummary });
    await user.click(copy);
    expect(fake.api.copyText).toHaveBeenLastCalledWith(summaryText(second.result));
    expect(second.result.verdict.status).toBe('ready');
  });

  it('says so when the clipboard refused', async () => {
    const fake = createFakeNetcheck();
    window.netcheck = fake.api;
    vi.mocked(fake.api.copyText).mockRejectedValueOnce(new Error('no clipboard'));
    render(<ReportPanel canSave saveRequests={0} summary="Onsight will work here" />);
    await userEvent.setup().click(screen.getByRole('button', { name: s.copySummary }));
    expect(fake.api.copyText).toHaveBeenCalledWith('Onsight will work here');
    expect(await screen.findByRole('button', { name: s.summaryCopyFailed })).toBeInTheDocument();
  });
});

describe('long results in the table', () => {
  it('shows the result in plain words, with the whole engine text as tooltip and in the details', async () => {
    const fake = await renderApp();
    const run = scriptRun(makePlan(), { '2-2.2': 'refused' });
    const summary = run.result.rows.find((r) => r.id === '2-2.2')!.summary;
    await play(fake, run);
    const row = document.querySelector<HTMLElement>('tr[data-row-id="2-2.2"]')!;
    const text = row.querySelector('td.row-summary .summary-text')!;
    expect(text).toHaveTextContent('Blocked: the connection was refused');
    expect(text).toHaveAttribute('title', summary);

    await userEvent
      .setup()
      .click(within(row).getByRole('button', { name: APP_TEXT.table.detailsFor('2-2.2') }));
    const detail = document.getElementById('detail-2-2.2')!;
    expect(within(detail).getByText(summary)).toHaveClass('row-detail-summary');
  });
});

describe('options labels', () => {
  it('keeps "2-3" and "2-4" whole, and the label reads as before', () => {
    act(() => {
      render(
        <OptionsPanel
          value={{ options: DEFAULT_OPTIONS, proxy: 'system' }}
          onChange={() => undefined}
        />,
      );
    });
    const legacy = screen.getByRole('checkbox', { name: APP_TEXT.options.legacy });
    const label = document.querySelector(`label[for="${legacy.id}"]`)!;
    expect([...label.querySelectorAll('.nowrap')].map((e) => e.textContent)).toEqual([
      '2-3',
      '2-4',
    ]);
    expect(label).toHaveTextContent(APP_TEXT.options.legacy);
  });
});
