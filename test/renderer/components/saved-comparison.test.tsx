// "Compare with a saved report…" (issue 20) in the whole window, against the fake bridge: a
// JSON report saved from a run where SIP failed (2-2.2 silent, 2-2.3 refused), opened after a
// run where everything passes, shows both headlines and the two rows Fail → Pass, takes focus
// to its heading, is read out politely, and closes back to its button. Files that are no
// report, main's own refusal, a report of another profile version, a cancelled dialog, and a
// change of language.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CATALOGUES } from '../../../common/i18n';
import { APP_HELPDESK_TEXT, DIFF_TEXT, OPEN_SAVED_TEXT } from '../../../common/i18n/en';
import { jsonReport } from '../../../common/reports/json';
import type { ResultDocument } from '../../../common/results/schema';
import { type FakeNetcheck, makePlan, play, profile, renderApp, scriptRun } from './fake-netcheck';

const t = OPEN_SAVED_TEXT;
/** The diagnosis's headlines of the two runs (DIAGNOSIS_TEXT), by hand. */
const TEAMLINK_ONLY = 'Onsight will work here through TeamLink only';
const READY = 'Onsight will work here';
/** The lines by hand: row id, the row's plain title (ROW_WORDS), the two status words. */
const SIP_FAIL_TO_PASS = [
  '2-2.2 Calls can be set up: Fail → Pass',
  '2-2.3 Calls can be set up securely: Fail → Pass',
];

const button = () => screen.getByRole('button', { name: t.open });
const panel = () => screen.getByTestId('comparison');
const lines = () =>
  Array.from(
    screen.queryByTestId('comparison-changes')?.querySelectorAll('li') ?? [],
    (li) => li.textContent,
  );
const heard = () =>
  Array.from(screen.getByTestId('announcer').querySelectorAll('p'), (p) => p.textContent);

/** A JSON report as Save report writes it (common/reports/json.ts). */
const saved = (result: ResultDocument) =>
  jsonReport({ result, profile, includeComputerDetails: false });

/** The window after a run with SIP failing, then one where everything answers. */
async function beforeAndAfter() {
  const fake = await renderApp();
  const before = scriptRun(makePlan(), { '2-2.2': 'timeout', '2-2.3': 'refused' });
  await play(fake, before);
  act(() => void fireEvent.click(screen.getByTestId('run-again')));
  await waitFor(() => expect(fake.api.start).toHaveBeenCalledTimes(2));
  const after = scriptRun(makePlan());
  await play(fake, after);
  return { fake, before: before.result, after: after.result };
}

async function openWith(
  fake: FakeNetcheck,
  answer: Awaited<ReturnType<FakeNetcheck['api']['openSavedResult']>>,
) {
  vi.mocked(fake.api.openSavedResult).mockResolvedValueOnce(answer);
  await act(async () => void fireEvent.click(button()));
}

describe('Compare with a saved report', () => {
  it('is offered once a run has finished, beside Save report', async () => {
    const fake = await renderApp();
    expect(button()).toBeDisabled();
    await play(fake, scriptRun(makePlan()));
    expect(button()).toBeEnabled();
    // In the Report panel, under Save report.
    const report = screen.getByRole('region', { name: APP_HELPDESK_TEXT.save.legend });
    expect(within(report).getByRole('button', { name: t.open })).toBe(button());
    expect(button()).toHaveAccessibleDescription(t.hint);
  });

  it('shows the saved report beside this run: both headlines, the rows Fail → Pass', async () => {
    const { fake, before, after } = await beforeAndAfter();
    expect(before.diagnosis.headline).toBe(TEAMLINK_ONLY);
    expect(after.diagnosis.headline).toBe(READY);
    await openWith(fake, { status: 'opened', fileName: 'before.json', text: saved(before) });

    expect(fake.api.openSavedResult).toHaveBeenCalledWith();
    const region = screen.getByRole('region', { name: t.heading });
    expect(region).toBe(panel());
    const [savedSide, thisRun] = within(region).getAllByTestId('comparison-side');
    expect(within(savedSide!).getByRole('heading', { level: 3 })).toHaveTextContent(t.savedLabel);
    expect(savedSide).toHaveTextContent('before.json');
    // scriptRun's runs start at 10:00 UTC on 25 November 2026; the reports' format.
    expect(savedSide).toHaveTextContent('Run started November 25, 2026 at 10:00 AM UTC');
    expect(savedSide).toHaveTextContent(TEAMLINK_ONLY);
    expect(within(thisRun!).getByRole('heading', { level: 3 })).toHaveTextContent(t.currentLabel);
    expect(thisRun).toHaveTextContent(READY);
    expect(thisRun).not.toHaveTextContent(TEAMLINK_ONLY);

    const list = within(region).getByRole('list', { name: 'What changed' });
    expect(lines()).toEqual(SIP_FAIL_TO_PASS);
    expect(list.querySelectorAll('li')).toHaveLength(2);
    // Same profile: no version note.
    expect(screen.queryByTestId('comparison-versions')).toBeNull();
    // Focus on the panel's heading; the count and the lines read out politely.
    expect(document.activeElement).toBe(within(region).getByRole('heading', { level: 2 }));
    expect(heard()).toEqual(
      expect.arrayContaining([`${t.heading}: 2 rows changed:`, ...SIP_FAIL_TO_PASS]),
    );

    act(() => void fireEvent.click(within(region).getByRole('button', { name: t.close })));
    expect(screen.queryByTestId('comparison')).toBeNull();
    expect(document.activeElement).toBe(button());
  });

  it('says when no row changed', async () => {
    const fake = await renderApp();
    const run = scriptRun(makePlan(), { '2-2.2': 'timeout' });
    await play(fake, run);
    await openWith(fake, { status: 'opened', fileName: 'same.json', text: saved(run.result) });
    expect(screen.getByTestId('comparison-unchanged')).toHaveTextContent(DIFF_TEXT.unchanged);
    expect(lines()).toEqual([]);
    expect(heard()).toContain(`${t.heading}: ${DIFF_TEXT.unchanged}`);
  });

  it('compares a report of another profile version where the ids match, saying so', async () => {
    const { fake, before } = await beforeAndAfter();
    const older = JSON.parse(saved(before)) as ResultDocument;
    older.profile = { ...older.profile, version: '400295-08-C' };
    // The older version had no row 4.2: it is listed apart, not as a change.
    older.rows = older.rows.filter((row) => row.id !== '4.2');
    await openWith(fake, { status: 'opened', fileName: 'old.json', text: JSON.stringify(older) });
    expect(screen.getByTestId('comparison-versions')).toHaveTextContent(DIFF_TEXT.versionsDiffer);
    expect(lines()).toEqual(SIP_FAIL_TO_PASS);
    expect(panel()).toHaveTextContent(DIFF_TEXT.onlyOneSide);
    expect(panel()).toHaveTextContent(/4\.2 .+: not in this reading → Pass/);
  });

  it('says in one sentence that a file is not JSON, or not a report of this tool', async () => {
    const fake = await renderApp();
    await play(fake, scriptRun(makePlan()));
    const format = APP_HELPDESK_TEXT.save.formats.json;
    const cases = [
      ['notes.json', 'Onsight ok?', t.errors.notJson('notes.json', format)],
      [
        'other.json',
        '{"schemaVersion": 2, "tool": "w365"}',
        t.errors.notResult('other.json', format),
      ],
      ['list.json', '[1, 2, 3]', t.errors.notResult('list.json', format)],
    ] as const;
    for (const [fileName, text, sentence] of cases) {
      await openWith(fake, { status: 'opened', fileName, text });
      expect(screen.getByTestId('comparison-error').textContent).toBe(sentence);
      expect(screen.queryByTestId('comparison-side')).toBeNull();
      expect(heard()).toContain(sentence);
    }
    // Main's refusals (too big, unreadable), worded by the page.
    const tooBig = t.errors.tooBig('video.json', 5);
    await openWith(fake, {
      status: 'failed',
      reason: 'too-big',
      fileName: 'video.json',
      maxBytes: 5 << 20,
    });
    expect(screen.getByTestId('comparison-error').textContent).toBe(tooBig);
    expect(heard()).toContain(tooBig);
    await openWith(fake, {
      status: 'failed',
      reason: 'unreadable',
      fileName: 'gone.json',
      code: 'ENOENT',
    });
    expect(screen.getByTestId('comparison-error').textContent).toBe(
      t.errors.unreadable('gone.json', 'ENOENT'),
    );
    // And again in the language the page switches to.
    act(() => fake.language('de'));
    expect(screen.getByTestId('comparison-error').textContent).toBe(
      CATALOGUES.de.OPEN_SAVED_TEXT.errors.unreadable('gone.json', 'ENOENT'),
    );
    act(() => fake.language('en'));
  });

  it('keeps what was shown when the dialog is cancelled, and says a broken call', async () => {
    const { fake, before } = await beforeAndAfter();
    await openWith(fake, { status: 'canceled' });
    expect(screen.queryByTestId('comparison')).toBeNull();
    await openWith(fake, { status: 'opened', fileName: 'before.json', text: saved(before) });
    await openWith(fake, { status: 'canceled' });
    expect(lines()).toEqual(SIP_FAIL_TO_PASS);
    vi.mocked(fake.api.openSavedResult).mockRejectedValueOnce(
      new Error("Error invoking remote method 'netcheck:open-saved-result': Error: gone"),
    );
    await act(async () => void fireEvent.click(button()));
    expect(screen.getByTestId('comparison-error').textContent).toBe('gone');
  });

  it('speaks the language the page switches to', async () => {
    const { fake, before } = await beforeAndAfter();
    await openWith(fake, { status: 'opened', fileName: 'before.json', text: saved(before) });
    act(() => fake.language('de'));
    const de = CATALOGUES.de;
    expect(screen.getByRole('region', { name: de.OPEN_SAVED_TEXT.heading })).toBe(panel());
    expect(lines()).toEqual([
      `2-2.2 ${de.ROW_WORDS['2-2.2'].title}: Fehler → OK`,
      `2-2.3 ${de.ROW_WORDS['2-2.3'].title}: Fehler → OK`,
    ]);
    expect(panel()).toHaveTextContent('Onsight funktioniert hier nur über TeamLink');
    act(() => fake.language('en'));
  });
});
