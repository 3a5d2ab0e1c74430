// The table: the guide's tables in order, row numbers, plain titles and results (issue 17),
// the expandable detail with every probe and the remediation, and the "Show only problems"
// filter. Reminder rows are notes for IT, optional failures "Recommended".
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { APP_TEXT, COVERAGE_TEXT, ROW_STATUS_WORDS, SCREEN_TEXT } from '../../../common/i18n/en';
import { rowTitle } from '../../../common/i18n/row-words';
import type { RowResult } from '../../../common/results/schema';
import { ResultsTable } from '../../../renderer/components/results-table';
import { makePlan, play, renderApp, scriptRun } from './fake-netcheck';

const headings = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
const rowOf = (id: string) =>
  screen.getByRole('row', { name: new RegExp(`^${id.replaceAll('.', '\\.')} `) });

describe('the results table', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] }));
  afterEach(() => vi.useRealTimers());

  it("groups rows under the guide's tables, in the profile's order, legacy tables hidden", async () => {
    const fake = await renderApp();
    const run = scriptRun(makePlan());
    await play(fake, run);
    const results = screen.getByRole('region', { name: APP_TEXT.table.resultsLabel });
    const shown = within(results)
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent);
    // Written by hand: the legacy tables are off, and 2-0 holds only a reminder (2-0.1).
    expect(shown).toEqual([
      'Signing in',
      'Calls',
      'This computer',
      'Phones and tablets',
      'Extra checks (not in the guide)',
    ]);
    const expected: Record<string, string[]> = {
      'Signing in': ['2-1.1', '2-1.2', '2-1.3', '2-1.4'],
      Calls: ['2-2.1', '2-2.2', '2-2.3', '2-2.4', '2-2.5', '2-2.6'],
      // 3-1.2 and 3-1.3 are reminders: notes for IT, not rows.
      'This computer': ['3-1.1'],
      'Phones and tablets': ['4.1', '4.2'],
      'Extra checks (not in the guide)': ['X.1', 'X.2', 'X.3', 'X.4'],
    };
    for (const [name, rowIds] of Object.entries(expected)) {
      const section = screen.getByRole('region', { name });
      const ids = within(section)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent);
      expect(ids).toEqual(rowIds);
    }
  });

  it('shows the legacy tables 2-3 and 2-4 when the legacy option is on', () => {
    const { result, plan } = scriptRun(makePlan({ legacy: true }));
    render(
      <ResultsTable
        tables={plan.tables}
        rows={result.rows}
        plannedRows={plan.rows}
        onlyProblems={false}
      />,
    );
    expect(headings()).toContain('Older call server');
    expect(headings()).toContain('Older media servers');
    expect(within(rowOf('2-3.5')).getByText(ROW_STATUS_WORDS.pass)).toBeInTheDocument();
  });

  it('gives each row its guide number, plain title, status and plain result', async () => {
    const fake = await renderApp();
    const run = scriptRun(makePlan(), { '2-2.3': 'refused' });
    await play(fake, run);
    for (const row of run.result.rows.filter(
      (r) => !['2-3', '2-4'].includes(r.table) && r.level !== 'info',
    )) {
      const line = rowOf(row.id);
      expect(within(line).getByRole('rowheader')).toHaveTextContent(row.id);
      expect(line).toHaveTextContent(rowTitle(row));
      // The engine's sentence is the tooltip, not the cell.
      if (row.summary)
        expect(line.querySelector('.summary-text')).toHaveAttribute('title', row.summary);
    }
    // Written by hand from common/i18n/row-words.ts and RESULT_WORDS.
    expect(rowOf('2-2.3')).toHaveTextContent('Calls can be set up securely');
    expect(within(rowOf('2-2.3')).getByText(ROW_STATUS_WORDS.fail)).toBeInTheDocument();
    expect(rowOf('2-2.3')).toHaveTextContent('Blocked: the connection was refused');
    expect(rowOf('2-2.3')).not.toHaveTextContent('5061');
    expect(within(rowOf('2-2.2')).getByText('Works')).toBeInTheDocument();
    expect(within(rowOf('2-1.3')).getByText(ROW_STATUS_WORDS.skipped)).toBeInTheDocument();
    expect(rowOf('2-1.3')).toHaveTextContent(
      'Not checked: "Check TeamLink in China (*.librestreamtech.cn)" is off in Options.',
    );
    // The reminder 2-0.1 is a note for IT, with no status.
    expect(screen.queryByRole('row', { name: /^2-0\.1 / })).not.toBeInTheDocument();
    expect(screen.getByTestId('it-notes')).toHaveTextContent(
      'Onsight Platform Manager: how Onsight finds its call server',
    );
  });

  it('shows an optional row that failed as "Recommended", its status still fail', async () => {
    const fake = await renderApp();
    const run = scriptRun(makePlan(), { '4.1': 'timeout' });
    await play(fake, run);
    expect(run.result.rows.find((r) => r.id === '4.1')?.status).toBe('fail');
    const pill = rowOf('4.1').querySelector('.pill')!;
    expect(pill).toHaveTextContent(SCREEN_TEXT.recommendedWord);
    expect(pill).toHaveClass('pill-recommended');
    expect(rowOf('4.1')).not.toHaveTextContent(ROW_STATUS_WORDS.fail);
  });

  it('expands a row to every probe, the explanation and the remediation, ready to copy', async () => {
    const fake = await renderApp();
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const run = scriptRun(makePlan(), { '2-2.3': 'timeout' });
    await play(fake, run);
    const toggle = within(rowOf('2-2.3')).getByRole('button', {
      name: APP_TEXT.table.detailsFor('2-2.3'),
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const detail = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(detail).toBeVisible();

    const row = run.result.rows.find((r) => r.id === '2-2.3')!;
    const planned = run.plan.rows.find((r) => r.id === '2-2.3')!;
    expect(detail).toHaveTextContent(planned.explanation);
    const probes = within(detail).getByRole('table', { name: APP_TEXT.table.probesCaption });
    const lines = within(probes).getAllByRole('row').slice(1);
    expect(lines).toHaveLength(row.probes.length);
    row.probes.forEach((probe, i) => {
      const cells = within(lines[i]!)
        .getAllByRole('cell')
        .map((c) => c.textContent);
      expect(cells).toEqual([
        probe.target,
        '5061',
        APP_TEXT.outcomes.timeout,
        APP_TEXT.table.noTime,
        probe.detail.message,
      ]);
    });
    expect(detail).toHaveTextContent(row.remediation);
    await user.click(within(detail).getByRole('button', { name: /Copy/ }));
    expect(fake.api.copyText).toHaveBeenCalledWith(row.remediation);
    expect(within(detail).getByRole('button', { name: /Copied/ })).toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(detail).not.toBeVisible();
  });

  it('opens a row from the keyboard alone', async () => {
    const fake = await renderApp();
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await play(fake, scriptRun(makePlan()));
    const toggle = screen.getByRole('button', { name: APP_TEXT.table.detailsFor('2-1.1') });
    for (let i = 0; i < 20 && document.activeElement !== toggle; i += 1) await user.tab();
    expect(toggle).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it("names a mapped target by the profile's name, with the address contacted", async () => {
    const user = userEvent.setup();
    const { plan, result } = scriptRun(makePlan());
    const rows: RowResult[] = result.rows.map((r) =>
      r.id === '2-1.1'
        ? {
            ...r,
            probes: r.probes.map((p) => ({ ...p, mappedFrom: p.target, target: '198.18.1.1' })),
          }
        : r,
    );
    render(
      <ResultsTable
        tables={plan.tables}
        rows={rows}
        plannedRows={plan.rows}
        onlyProblems={false}
      />,
    );
    await user.click(screen.getByRole('button', { name: APP_TEXT.table.detailsFor('2-1.1') }));
    const probes = screen.getByRole('table', { name: APP_TEXT.table.probesCaption });
    const first = within(probes).getAllByRole('row')[1]!;
    expect(within(first).getAllByRole('cell')[0]).toHaveTextContent(
      `onsight.librestream.com ${APP_TEXT.table.viaMapping('198.18.1.1')}`,
    );
    expect(within(first).getAllByRole('cell')[3]).toHaveTextContent('23 ms');
  });

  it('names the address of a block that answered, or what became of every address', async () => {
    const user = userEvent.setup();
    const { plan, result } = scriptRun(makePlan());
    const block = (state: 'answered' | 'silent') =>
      ['52.142.34.49', '52.142.34.50', '52.142.34.58'].map((address) => ({
        address,
        state: address === '52.142.34.58' || state === 'silent' ? state : ('not-needed' as const),
      }));
    const rows: RowResult[] = result.rows.map((r) =>
      r.id === '2-1.1'
        ? {
            ...r,
            probes: [
              { ...r.probes[0]!, detail: { addresses: block('answered') } },
              { ...r.probes[0]!, detail: { addresses: block('silent') } },
            ],
          }
        : r,
    );
    render(
      <ResultsTable
        tables={plan.tables}
        rows={rows}
        plannedRows={plan.rows}
        onlyProblems={false}
      />,
    );
    await user.click(screen.getByRole('button', { name: APP_TEXT.table.detailsFor('2-1.1') }));
    const probes = screen.getByRole('table', { name: APP_TEXT.table.probesCaption });
    const [answered, silent] = within(probes).getAllByRole('row').slice(1);
    expect(within(answered!).getAllByRole('cell')[0]).toHaveTextContent('answered by 52.142.34.58');
    expect(within(silent!).getAllByRole('cell')[0]).toHaveTextContent('3 addresses: 3 silent');
  });

  it('"Show only problems" keeps the failed, warning and could-not-tell rows', async () => {
    const fake = await renderApp();
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const run = scriptRun(makePlan(), { '2-2.2': 'timeout', '2-2.5': 'proxy-auth' });
    await play(fake, run);
    await user.click(screen.getByRole('checkbox', { name: APP_TEXT.actions.onlyProblems }));
    const results = screen.getByRole('region', { name: APP_TEXT.table.resultsLabel });
    const ids = within(results)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(ids).toEqual(['2-2.2', '2-2.5']);
    expect(
      within(results)
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent),
    ).toEqual(['Calls']);
    await user.click(screen.getByRole('checkbox', { name: APP_TEXT.actions.onlyProblems }));
    expect(within(results).getAllByRole('rowheader').length).toBeGreaterThan(2);
  });

  it('says so when the filter leaves nothing to show', () => {
    const { plan, result } = scriptRun(makePlan());
    render(
      <ResultsTable tables={plan.tables} rows={result.rows} plannedRows={plan.rows} onlyProblems />,
    );
    expect(screen.getByText(APP_TEXT.table.noProblems)).toBeInTheDocument();
    expect(screen.queryAllByRole('rowheader')).toHaveLength(0);
  });
});

describe('coverage in the app (issue 20)', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] }));
  afterEach(() => vi.useRealTimers());
  const C = COVERAGE_TEXT;

  it('marks an inferred row after its status, with its label as accessible name, and explains it in Details', async () => {
    const fake = await renderApp();
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    // The media sample gets no answer while STUN and SIP to the same servers pass.
    const run = scriptRun(makePlan(), { '2-2.4': 'timeout' });
    await play(fake, run);
    expect(run.result.rows.find((r) => r.id === '2-2.4')?.status).toBe('unverified');
    const mark = within(rowOf('2-2.4')).getByRole('img', { name: C.labels.inferred });
    expect(mark).toHaveTextContent('~');
    expect(mark).toHaveAttribute('title', C.labels.inferred);
    // Push: the desktop stands in for the phones on its network.
    expect(within(rowOf('4.1')).getByRole('img', { name: C.labels.inferred })).toBeInTheDocument();
    // A row its own probes tested carries no mark.
    expect(within(rowOf('2-2.2')).queryByRole('img', { name: C.labels.inferred })).toBeNull();
    expect(screen.getByTestId('coverage-legend')).toHaveTextContent(`~ ${C.labels.inferred}`);
    // Each entry in an element of its own, set apart by the style sheet, not by spaces.
    for (const entry of screen.getByTestId('coverage-legend').children)
      expect(entry.textContent).toMatch(/^[~*] \S/);

    await user.click(
      within(rowOf('2-2.4')).getByRole('button', { name: APP_TEXT.table.detailsFor('2-2.4') }),
    );
    expect(screen.getByTestId('row-coverage')).toHaveTextContent(
      'Inferred: Its own probes got no answer, which proves nothing: media servers rarely answer outside a call. It counts as open because rows 2-2.1, 2-2.2, 2-2.3 to the same servers got through.',
    );
  });

  it('says under the notes for IT why 3-1.3 and 2-0.1 cannot be tested here, and names the guide', async () => {
    const fake = await renderApp();
    await play(fake, scriptRun(makePlan()));
    const notes = screen.getByTestId('it-notes');
    expect(notes).toHaveTextContent(
      'Cannot be tested from this computer: It needs a second Onsight device',
    );
    expect(notes).toHaveTextContent(
      'Cannot be tested from this computer: It is a policy setting in Onsight Platform Manager',
    );
    expect(
      screen.getByText(
        'Rules: Onsight Firewall & Proxy Configuration Guide 400295-08 Rev D, December 2022',
      ),
    ).toBeInTheDocument();
  });
});
