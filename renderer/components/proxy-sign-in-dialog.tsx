// The proxy sign-in dialog (issue 17): a proxy asked for a password the check did not have. It
// names the proxy and the sign-in methods it offered, takes a user name and password and hands
// them up; app.tsx checks again with them. Modal: labelled, focus kept inside (Tab wraps, the
// page behind is inert), Escape cancels, and focus goes back where it was when it closes.
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ProxySignInRequest } from '../../common/results/proxy-sign-in';
import { PROXY_SIGN_IN_TEXT } from '../../common/i18n';

const t = PROXY_SIGN_IN_TEXT;

export interface ProxySignInDialogProps {
  request: ProxySignInRequest;
  /** The last sign-in for this proxy was refused: it asked again. */
  refused: boolean;
  onSubmit(username: string, password: string): void;
  onCancel(): void;
}

export function ProxySignInDialog({
  request,
  refused,
  onSubmit,
  onCancel,
}: ProxySignInDialogProps) {
  const id = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const first = useRef<HTMLInputElement>(null);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    const before = document.activeElement;
    first.current?.focus();
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (username.trim() === '') {
      setMissing(true);
      return first.current?.focus();
    }
    onSubmit(username.trim(), password);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      return onCancel();
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    // Tab past the last control comes back to the first, and Shift+Tab the other way.
    const controls = [...dialog.current.querySelectorAll<HTMLElement>('input, button')];
    const [head, tail] = [controls[0], controls.at(-1)];
    if (event.shiftKey && document.activeElement === head) {
      event.preventDefault();
      tail?.focus();
    } else if (!event.shiftKey && document.activeElement === tail) {
      event.preventDefault();
      head?.focus();
    }
  };

  const errorId = `${id}-error`;
  return (
    <div className="modal-backdrop">
      <div
        ref={dialog}
        className="panel modal sign-in"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-heading`}
        aria-describedby={`${id}-intro`}
        onKeyDown={onKeyDown}
        data-testid="proxy-sign-in"
      >
        <h2 id={`${id}-heading`}>{t.heading}</h2>
        <p id={`${id}-intro`}>
          {t.intro(request.address)} {t.schemes(request.schemes)}
        </p>
        {refused && (
          <p className="error" role="alert">
            {t.refused}
          </p>
        )}
        <form onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor={`${id}-user`}>{t.username}</label>
            <input
              type="text"
              id={`${id}-user`}
              ref={first}
              value={username}
              autoComplete="username"
              spellCheck={false}
              aria-invalid={missing}
              {...(missing && { 'aria-describedby': errorId })}
              onChange={(e) => {
                setUsername(e.currentTarget.value);
                setMissing(false);
              }}
            />
            {missing && (
              <p className="error" id={errorId}>
                {t.needUsername}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor={`${id}-password`}>{t.password}</label>
            <input
              type="password"
              id={`${id}-password`}
              value={password}
              autoComplete="current-password"
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
          </div>
          <p className="hint">{t.privacy}</p>
          <div className="modal-actions">
            <button type="submit" className="button button-primary">
              {t.submit}
            </button>
            <button type="button" className="button" onClick={onCancel}>
              {t.cancel}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
