// Help > Enter a helpdesk code…: a good code shows its grouped table, and each kind of typing
// mistake shows its own message, never a wrong table. Main's real decoder answers the panel.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import profileJson from '../../../common/profiles/onsight-default.json';
import { parseProfile } from '../../../common/profile/schema';
import { APP_HELPDESK_TEXT, ROW_STATUS_WORDS } from '../../../common/i18n/en';
import { decodeForDisplay } from '../../../common/helpdesk/decoded-table';
import { encodeHelpdeskCode } from '../../../common/helpdesk/code';
import { DecodePanel } from '../../../renderer/components/decode-panel';
import { createFakeNetcheck, makePlan, renderApp, scriptRun } from './fake-netcheck';

const parsed = parseProfile(profileJson);
if (!parsed.ok) throw new Error(parsed.message);
const profile = parsed.profile;
/** The hash makePlan() stamps on its results. */
const HASH = 'a1b2c3d4';
const t = APP_HELPDESK_TEXT.decode;

/** A result with three problems, and its code. */
const { result } = scriptRun(makePlan(), {
  '2-2.2': 'timeout',
  '2-2.3': 'refused',
  '4.1': 'timeout',
});
const CODE = result.helpdeskCode!;

function renderPanel(hash = HASH) {
  const fake = createFakeNetcheck();
  vi.mocked(fake.api.decode).mockImplementation(async (code) =>
    decodeForDisplay(code, profile, hash),
  );
  window.netcheck = fake.api;
  const onClose = vi.fn();
  render(<DecodePanel onClose={onClose} />);
  return { fake, onClose };
}

async function decode(typed: string) {
  const user = userEvent.setup();
  const input = screen.getByLabelText(t.label);
  await user.clear(input);
  await user.type(input, typed);
  await user.click(screen.getByRole('button', { name: t.submit }));
}

describe('DecodePanel', () => {
  it("turns a good code into the caller's diagnosis, in the caller's words, and the grouped table", async () => {
    const { fake } = renderPanel();
    expect(screen.getByLabelText(t.label)).toHaveFocus();
    // As an agent types what they hear: lower case, spaces instead of dashes.
    await decode(CODE.toLowerCase().replaceAll('-', ' '));
    expect(fake.api.decode).toHaveBeenCalledWith(CODE.toLowerCase().replaceAll('-', ' '));
    const decoded = await screen.findByTestId('decoded');
    expect(within(decoded).getByText(t.resultFor(CODE))).toBeInTheDocument();
    // The caller's screen said exactly this (common/diagnosis): TeamLink only, two rules.
    expect(within(decoded).getByTestId('decoded-headline')).toHaveTextContent(
      'Onsight will work here through TeamLink only',
    );
    expect(within(decoded).getByText(result.diagnosis.reason)).toBeInTheDocument();
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

    const calls = within(decoded).getByRole('table', { name: /Table 2-2/ });
    const row = (id: string) => within(calls).getByRole('row', { name: new RegExp(`^${id} `) });
    expect(within(row('2-2.2')).getByText(ROW_STATUS_WORDS.fail)).toBeInTheDocument();
    expect(within(row('2-2.6')).getByText(ROW_STATUS_WORDS.pass)).toBeInTheDocument();

    // Every row of the result is in the decoded tables with the same status.
    const shown = within(decoded)
      .getAllByRole('row')
      .flatMap((r) => (r.dataset.row ? [r.dataset.row] : []));
    expect(shown).toEqual(profile.rows.map((r) => r.id));
    for (const r of result.rows) {
      const cell = within(decoded).getByRole('row', {
        name: new RegExp(`^${r.id.replace('.', '\\.')} `),
      });
      expect(within(cell).getByText(ROW_STATUS_WORDS[r.status])).toBeInTheDocument();
    }
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
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

  it('a mistake after a good code replaces the table, and Escape closes', async () => {
    const { onClose } = renderPanel();
    await decode(CODE);
    await screen.findByTestId('decoded');
    await decode(`${plain}7`);
    await screen.findByRole('alert');
    expect(screen.queryByTestId('decoded')).not.toBeInTheDocument();
    await userEvent.setup().keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('Help > Enter a helpdesk code… opens the panel in the window', async () => {
    const fake = await renderApp();
    expect(screen.queryByRole('dialog', { name: t.heading })).not.toBeInTheDocument();
    act(() => fake.menu('enter-helpdesk-code'));
    const dialog = await screen.findByRole('dialog', { name: t.heading });
    await waitFor(() => expect(within(dialog).getByLabelText(t.label)).toHaveFocus());
    await userEvent.setup().click(within(dialog).getByRole('button', { name: t.close }));
    expect(screen.queryByRole('dialog', { name: t.heading })).not.toBeInTheDocument();
  });

  it('gives focus back to where it was when it closes', async () => {
    window.netcheck = createFakeNetcheck().api;
    function Host() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            open
          </button>
          {open && <DecodePanel onClose={() => setOpen(false)} />}
        </>
      );
    }
    render(<Host />);
    const user = userEvent.setup();
    const opener = screen.getByRole('button', { name: 'open' });
    await user.click(opener);
    expect(screen.getByLabelText(t.label)).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: t.heading })).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });
});

describe('DecodePanel and codes from the 0.1 version', () => {
  it('says the code came from an older version, above its story', async () => {
    renderPanel();
    // A clean run's code as 0.1 printed it (test/fixtures/helpdesk-codes.json).
    await decode('3G33-0P');
    const decoded = await screen.findByTestId('decoded');
    expect(within(decoded).getByTestId('decoded-notice')).toHaveTextContent(/older version/i);
    expect(within(decoded).getByTestId('decoded-headline')).toHaveTextContent(
      'Onsight will work here',
    );
  });
});
