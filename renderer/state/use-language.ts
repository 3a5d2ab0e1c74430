// The window's language (issue 19): main's choice (the Language menu, or the system's), told at
// start in appInfo and pushed when the menu changes it. The catalogue takes the language in
// place (common/i18n), so a render after the change speaks it everywhere.
import { useEffect, useState } from 'react';
import type { NetcheckApi } from '../../common/ipc/contract';
import { setLanguage } from '../../common/i18n';
import type { Language } from '../../common/i18n/languages';

/** From now on the page speaks `language`, and says so to assistive technology and fonts. */
export function speak(language: Language): void {
  setLanguage(language);
  document.documentElement.lang = language;
}

/** The language the page speaks now; a change renders the page again. */
export function useLanguage(api: NetcheckApi, initial: Language): Language {
  const [language, setState] = useState(initial);
  useEffect(
    () =>
      api.onLanguage((next) => {
        speak(next);
        setState(next);
      }),
    [api],
  );
  return language;
}
