// Helpdesk mode (issue 17): a good code shows the caller's diagnosis, the problem rows first and
// the rest behind "Show all rows", with tables that were off left hidden; each kind of typing
// mistake shows its own message, never a wrong table. Main's real decoder answers the view, and
// the codes are the recorded ones (test/fixtures/helpdesk-codes.json). In the window, the view is
// reached from a visible control and the Help menu, and this computer's own check is not on
// screen while it is open.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import fixtures from '../../../test/fixtures/helpdesk-codes.json';
import {
  APP_HELPDESK_TEXT,
  COVERAGE_TEXT,
  DIAGNOSIS_TEXT,
  HELPDESK_MODE_TEXT,
  ROW_STATUS_WORDS,
  SCREEN_TEXT,
  TABLE_WORDS,
} from '../../../common/i18n/en';
import { decodeForDisplay } from '../../../common/helpdesk/decoded-table';
import { encodeHelpdeskCode } from '../../../common/helpdesk/code';
import type { RowStatus } from '../../../common/outcomes';
import { DecodePanel } from '../../../renderer/components/decode-panel';
import { createFakeNetcheck, makePlan, play, profile, renderApp, scriptRun } from './fake-netcheck';

/** The hash makePlan() stamps on its results. */
const HASH = 'a1b2c3d4';
const t = APP_HELPDESK_TEXT.decode;
const m = HELPDESK_MODE_TEXT;
const PROBLEMS: readonly string[] = ['fail', 'warn', 'unverified'];
const levelOf = new Map(profile.rows.map((r) => [r.id, r.level]));
/** The word the caller's window shows: an optional rule that failed is "Recommended". */
const shownWord = (id: string, status: RowStatus) =>
  levelOf.get(id) === 'optional' && status === 'fail'
    ? SCREEN_TEXT.recommendedWord
    : ROW_STATUS_WORDS[status];
/** Reminders (2-0.1, 3-1.2, 3-1.3) are notes for IT, never rows with a status. */
const isNote = (id: string) => levelOf.get(id) === 'info';

/** A recorded code by its name, with the row statuses it was made from. */
function recorded(name: string) {
  const vector = fixtures.codes.find((c) => c.name === name);
  if (!vector) throw new Error(`no recorded code "${name}"`);
  return {
    code: vector.code,
    statuses: new Map(vector.facts.rows.map((r) => [r.id, r.status as RowStatus])),
  };
}

/** A result with three problems, and its code. */
const { result } = scriptRun(makePlan(), {
  '2-2.2': 'timeout',
  '2-2.3': 'refused',
  '4.1': 'timeout',
});
const CODE = result.helpdeskCode!;

function answerWithRealDecoder(fake: ReturnType<typeof createFakeNetcheck>, hash = HASH) {
  vi.mocked(fake.api.decode).mockImplementation(async (code) =>
    decodeForDisplay(code, profile, hash),
  );
}

function renderPanel(hash = HASH) {
  const fake = createFakeNetcheck();
  answerWithRealDecoder(fake, hash);
  window.netcheck = fake.api;
  const onLeave = vi.fn();
  render(<DecodePanel onLeave={onLeave} language="en" />);
  return { fake, onLeave };
}

/** Types a code into the helpdesk view (the window's own code has the same label, hidden). */
async function decode(typed: string) {
  const user = userEvent.setup();
  const view = within(screen.getByTestId('decode-panel'));
  const input = view.getByLabelText(t.label);
  await user.clear(input);
  await user.type(input, typed);
  await user.click(view.getByRole('button', { name: t.submit }));
}

/** Row ids of a table, in order. */
const rowIdsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .flatMap((r) => (r.dataset.row ? [r.dataset.row] : []));

describe('helpdesk mode: the decoded code', () => {
  it("shows the caller's diagnosis in the caller's words, then only the problem rows", async () => {
    const { fake } = renderPanel();
    expect(screen.getByLabelText(t.label)).toHaveFocus();
    // As an agent types what they hear: lower case, spaces instead of dashes.
    await decode(CODE.toLowerCase().replaceAll('-', ' '));
    expect(fake.api.decode).toHaveBeenCalledWith(CODE.toLowerCase().replaceAll('-', ' '));
    const decoded = await screen.findByTestId('decoded');
    expect(
      within(decoded).getByRole('heading', { level: 2, name: t.resultFor(CODE) }),
    ).toBeInTheDocument();
    // The caller's screen said exactly this (common/diagnosis): TeamLink only, two rules.
    expect(within(decoded).getByTestId('decoded-headline')).toHaveTextContent(
      'Onsight will work here through TeamLink only',
    );
    expect(within(decoded).getByText(result.diagnosis.reason)).toBeInTheDocument();
    // What to say, and what IT changes.
    expect(within(decoded).getByText(result.diagnosis.steps.helpdesk)).toBeInTheDocument();
    expect(within(decoded).getByText(result.diagnosis.steps.it)).toBeInTheDocument();
    const must = within(within(decoded).getByTestId('next-must-fix')).getAllByRole('listitem');
    expect(must.map((li) => li.textContent)).toEqual(result.diagnosis.mustFix);
    expect(must.map((li) => li.textContent!.replace(/^.*\(/, '('))).toEqual([
      '(row 2-2.2)',
      '(row 2-2.3)',
    ]);
    const recommended = within(within(decoded).getByTestId('next-recommended')).getAllByRole(
      'listitem',
    );
    expect(recommended.map((li) => li.textContent)).toEqual(result.diagnosis.recommended);

    // Problems first: the three rows scripted to fail, and nothing else until asked.
    const problems = within(decoded).getByRole('table', { name: m.problemsHeading });
    expect(rowIdsOf(problems)).toEqual(['2-2.2', '2-2.3', '4.1']);
    const row = (id: string) => within(problems).getByRole('row', { name: new RegExp(`^${id} `) });
    expect(within(row('2-2.2')).getByText(ROW_STATUS_WORDS.fail)).toBeInTheDocument();
    expect(within(decoded).getAllByRole('table')).toHaveLength(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('"Show all rows" opens every table the run checked, with the same statuses', async () => {
    renderPanel();
    await decode(CODE);
    const decoded = await screen.findByTestId('decoded');
    const user = userEvent.setup();
    const toggle = within(decoded).getByRole('button', { name: m.showAll });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName(m.hideAll);
    const all = within(decoded).getByTestId('decoded-all');
    const shown = within(all)
      .getAllByRole('table')
      .flatMap((table) => rowIdsOf(table));
    // Legacy was off in this run: Tables 2-3 and 2-4 stay hidden, as on the caller's screen.
    expect(shown).toEqual(
      profile.rows
        .filter((r) => r.table !== '2-3' && r.table !== '2-4' && !isNote(r.id))
        .map((r) => r.id),
    );
    for (const r of result.rows.filter((r) => shown.includes(r.id))) {
      const cell = within(all).getByRole('row', {
        name: new RegExp(`^${r.id.replace('.', '\\.')} `),
      });
      expect(within(cell).getByText(shownWord(r.id, r.status))).toBeInTheDocument();
      // The same coverage mark as the caller's table (issue 20), named by its label.
      const mark = within(cell).queryByRole('img', { name: COVERAGE_TEXT.labels.inferred });
      expect(mark !== null, r.id).toBe(r.coverage?.kind === 'inferred');
    }
    expect(
      within(decoded).getByText(
        /^Rules: Onsight Firewall & Proxy Configuration Guide 400295-08 Rev D, December 2022$/,
      ),
    ).toBeInTheDocument();
    await user.click(toggle);
    expect(within(decoded).queryByTestId('decoded-all')).not.toBeVisible();
  });

  it.each([
    { name: 'udp-blocked, TeamLink off, legacy off', legacyShown: false },
    { name: 'udp-blocked, TeamLink on, legacy on', legacyShown: true },
    { name: '0.1: UDP blocked, legacy', legacyShown: true },
    { name: '0.1: DNS broken', legacyShown: false },
    // An optional rule that failed: "Recommended" there, as in the caller's window.
    { name: '0.1: TCP 80 blocked', legacyShown: false },
  ])(
    'a recorded code ($name): its problems first, legacy tables only if they were on',
    async ({ name, legacyShown }) => {
      const { code, statuses } = recorded(name);
      renderPanel();
      await decode(code);
      const decoded = await screen.findByTestId('decoded');
      const problems = within(decoded).getByRole('table', { name: m.problemsHeading });
      const expected = [...statuses].filter(([, s]) => PROBLEMS.includes(s)).map(([id]) => id);
      expect(rowIdsOf(problems)).toEqual(expected);
      await userEvent.setup().click(within(decoded).getByRole('button', { name: m.showAll }));
      const all = within(decoded).getByTestId('decoded-all');
      const legacy = within(all).queryByRole('table', { name: TABLE_WORDS['2-3'] });
      if (legacyShown) expect(legacy).toBeInTheDocument();
      else expect(legacy).not.toBeInTheDocument();
      for (const table of within(all).getAllByRole('table'))
        for (const id of rowIdsOf(table)) {
          const cell = within(table).getByRole('row', {
            name: new RegExp(`^${id.replace('.', '\\.')} `),
          });
          expect(within(cell).getByText(shownWord(id, statuses.get(id)!))).toBeInTheDocument();
        }
    },
  );

  it('a code with no problem says so instead of an empty table', async () => {
    renderPanel();
    await decode(recorded('open, TeamLink on, legacy on').code);
    const decoded = await screen.findByTestId('decoded');
    expect(within(decoded).getByText(m.noProblems)).toBeInTheDocument();
    expect(within(decoded).queryByRole('table')).not.toBeInTheDocument();
  });

  const plain = CODE.replaceAll('-', '');
  const swapAt = [...plain].findIndex((c, i) => i > 0 && c !== plain[i - 1]);
  const swapped =
    plain.slice(0, swapAt - 1) + plain[swapAt] + plain[swapAt - 1] + plain.slice(swapAt + 1);
  const cases = [
    { reason: 'length', typed: plain.repeat(3), message: /characters/ },
    { reason: 'character', typed: `${plain.slice(0, 3)}U${plain.slice(4)}`, message: /"U"/ },
    { reason: 'check', typed: swapped, message: /does not add up/ },
  ] as const;

  it.each(cases)(
    'a $reason mistake says so and shows no table',
    async ({ reason, typed, message }) => {
      renderPanel();
      await decode(typed);
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveAttribute('data-reason', reason);
      expect(alert).toHaveTextContent(t.errors[reason]);
      expect(alert).toHaveTextContent(message);
      expect(screen.getByLabelText(t.label)).toHaveAttribute('aria-invalid', 'true');
      expect(screen.queryByTestId('decoded')).not.toBeInTheDocument();
    },
  );

  it('a code made with another profile version says so', async () => {
    // A profile with other rows makes codes of a layout this app has not registered.
    const other = { ...profile, rows: profile.rows.slice(1) };
    const otherCode = encodeHelpdeskCode(
      {
        options: { teamlink: true, legacy: false, china: false, customDomains: false },
        rows: other.rows.map((row) => ({ id: row.id, status: 'pass' })),
        cause: 'none',
        product: null,
        partial: false,
      },
      other,
    );
    renderPanel();
    await decode(otherCode);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-reason', 'profile');
    expect(alert).toHaveTextContent(t.errors.profile);
    expect(alert).toHaveTextContent(/another version/);
    expect(screen.queryByTestId('decoded')).not.toBeInTheDocument();
  });

  it('a mistake after a good code replaces the result, and Escape leaves', async () => {
    const { onLeave } = renderPanel();
    await decode(CODE);
    await screen.findByTestId('decoded');
    await decode(`${plain}7`);
    await screen.findByRole('alert');
    expect(screen.queryByTestId('decoded')).not.toBeInTheDocument();
    await userEvent.setup().keyboard('{Escape}');
    expect(onLeave).toHaveBeenCalledOnce();
  });

  it('gives focus back to where it was when it is left', async () => {
    window.netcheck = createFakeNetcheck().api;
    function Host() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            open
          </button>
          {open && <DecodePanel onLeave={() => setOpen(false)} language="en" />}
        </>
      );
    }
    render(<Host />);
    const user = userEvent.setup();
    const opener = screen.getByRole('button', { name: 'open' });
    await user.click(opener);
    expect(screen.getByLabelText(t.label)).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('main', { name: t.heading })).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });
});

describe('helpdesk mode in the window', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] }));
  afterEach(() => vi.useRealTimers());

  /** The agent's own run: every row open. */
  const OWN_HEADLINE = 'Onsight will work here';

  async function windowWithOwnResult() {
    const fake = await renderApp();
    answerWithRealDecoder(fake);
    await play(fake, scriptRun(makePlan()));
    expect(screen.getByRole('heading', { level: 1, name: OWN_HEADLINE })).toBeVisible();
    return fake;
  }

  it("is a visible control; the caller's result replaces the agent's own, which comes back on leaving", async () => {
    await windowWithOwnResult();
    const user = userEvent.setup();
    const control = screen.getByRole('button', { name: m.open });
    await user.click(control);
    const view = screen.getByRole('main', { name: t.heading });
    await waitFor(() => expect(within(view).getByLabelText(t.label)).toHaveFocus());
    // Nothing of this computer's check is on screen, nor read out: one verdict at a time.
    expect(screen.queryByRole('heading', { level: 1, name: OWN_HEADLINE })).toBeNull();
    expect(screen.queryByTestId('announcer')).not.toBeVisible();
    expect(screen.getAllByRole('main')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: m.open })).toBeNull();

    await decode(recorded('udp-blocked, TeamLink off, legacy off').code);
    const decoded = await within(view).findByTestId('decoded');
    expect(within(decoded).getByTestId('decoded-headline')).toHaveTextContent(
      DIAGNOSIS_TEXT.causes['direct-blocked']('not-ready').headline,
    );
    expect(screen.queryByRole('heading', { level: 1, name: OWN_HEADLINE })).toBeNull();

    await user.click(within(view).getByRole('button', { name: m.back }));
    expect(screen.queryByRole('main', { name: t.heading })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: OWN_HEADLINE })).toBeVisible();
    expect(screen.getByRole('button', { name: m.open })).toHaveFocus();
  });

  it('Help > Enter a helpdesk code… opens it too', async () => {
    const fake = await windowWithOwnResult();
    act(() => fake.menu('enter-helpdesk-code'));
    const view = await screen.findByRole('main', { name: t.heading });
    await waitFor(() => expect(within(view).getByLabelText(t.label)).toHaveFocus());
    expect(screen.queryByRole('heading', { level: 1, name: OWN_HEADLINE })).toBeNull();
  });

  it('a run of this computer that ends meanwhile stays off screen until the agent leaves', async () => {
    const fake = await windowWithOwnResult();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: m.open }));
    // "Run again" was not pressed, but a queued run may still finish: here, a failing one.
    const again = scriptRun(makePlan(), { '2-2.6': 'timeout' });
    await play(fake, again);
    const view = screen.getByRole('main', { name: t.heading });
    expect(
      screen.queryByRole('heading', { level: 1, name: again.result.diagnosis.headline }),
    ).toBeNull();
    expect(within(view).queryByTestId('decoded')).not.toBeInTheDocument();
    await user.click(within(view).getByRole('button', { name: m.back }));
    expect(
      screen.getByRole('heading', { level: 1, name: again.result.diagnosis.headline }),
    ).toBeVisible();
  });
});
