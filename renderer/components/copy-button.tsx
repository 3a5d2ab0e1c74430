// Copies through main (window.netcheck.copyText): the sandboxed page has no clipboard of its own.
import { useState } from 'react';
import { APP_TEXT } from '../../common/i18n/en';

type CopyState = 'idle' | 'copied' | 'failed';

const WORDS: Record<CopyState, string> = {
  idle: APP_TEXT.table.copy,
  copied: APP_TEXT.table.copied,
  failed: APP_TEXT.table.copyFailed,
};

export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<CopyState>('idle');
  const copy = () => {
    window.netcheck.copyText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  return (
    <button
      type="button"
      className="button button-small"
      onClick={copy}
      aria-label={`${WORDS[state]}: ${label}`}
    >
      {WORDS[state]}
    </button>
  );
}
