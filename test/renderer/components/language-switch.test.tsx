// The Language menu's choice reaches every word of a finished window (issue 19): main pushes it,
// the page speaks it (lang, the diagnosis, the buttons' words, the failed reason) and can go
// back. Expected words are the catalogue's, for the German and English sides.
import { act, screen, within } from '@testing-library/react';
import { CATALOGUES, setLanguage } from '../../../common/i18n';
import { makePlan, play, renderApp, scriptRun } from './fake-netcheck';

const de = CATALOGUES.de;
const en = CATALOGUES.en;

describe('a language change in a finished window', () => {
  afterEach(() => setLanguage('en'));

  it('speaks German everywhere, then English again', async () => {
    const fake = await renderApp();
    await play(fake, scriptRun(makePlan(), { '2-2.3': 'refused' }));
    const verdict = screen.getByTestId('verdict');
    const copyCode = en.APP_TEXT.table.copy;
    expect(
      within(verdict).getAllByRole('button', { name: new RegExp(`^${copyCode}`) }).length,
    ).toBeGreaterThan(0);

    act(() => fake.language('de'));
    expect(document.documentElement.lang).toBe('de');
    const headline = de.DIAGNOSIS_TEXT.causes['direct-blocked']('teamlink-only').headline;
    expect(screen.getByRole('heading', { level: 1, name: headline })).toBeInTheDocument();
    expect(
      within(verdict).getByRole('button', { name: de.SCREEN_TEXT.sendToIt.copy }),
    ).toBeInTheDocument();
    expect(
      within(verdict).queryByRole('button', { name: en.SCREEN_TEXT.sendToIt.copy }),
    ).not.toBeInTheDocument();
    expect(
      within(verdict).getAllByRole('button', { name: new RegExp(`^${de.APP_TEXT.table.copy}`) })
        .length,
    ).toBeGreaterThan(0);

    act(() => fake.language('en'));
    expect(document.documentElement.lang).toBe('en');
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: en.DIAGNOSIS_TEXT.causes['direct-blocked']('teamlink-only').headline,
      }),
    ).toBeInTheDocument();
    expect(
      within(verdict).getByRole('button', { name: en.SCREEN_TEXT.sendToIt.copy }),
    ).toBeInTheDocument();
  });
});
