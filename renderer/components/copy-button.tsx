// Copies through main (window.netcheck.copyText): the sandboxed page has no clipboard of its own.
import { useState } from 'react';
import { APP_TEXT, LANGUAGE_TEXT } from '../../common/i18n';

export type CopyState = 'idle' | 'copied' | 'failed';

/** Read when the button renders: the words follow the page's language. */
const defaultWords = (): Record<CopyState, string> => ({
  idle: APP_TEXT.table.copy,
  copied: APP_TEXT.table.copied,
  failed: APP_TEXT.table.copyFailed,
});

export interface CopyButtonProps {
  text: string;
  /** What is copied, read after the button's word ("Copy: Helpdesk code"). */
  label?: string;
  /** The button's words; when they name what is copied, no label is needed. */
  words?: Record<CopyState, string>;
  /** A full-size button beside the panel's other actions, rather than a small inline one. */
  large?: boolean;
  disabled?: boolean;
}

export function CopyButton({
  text,
  label,
  words = defaultWords(),
  large = false,
  disabled = false,
}: CopyButtonProps) {
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
      className={large ? 'button' : 'button button-small'}
      onClick={copy}
      disabled={disabled}
      aria-label={label === undefined ? undefined : LANGUAGE_TEXT.labelled(words[state], label)}
    >
      {words[state]}
    </button>
  );
}
