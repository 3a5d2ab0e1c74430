// The window's proxy sign-in (issue 17): when a finished check says the web proxy asked for a
// password, the dialog opens once for that run; what the user types is kept in memory here, for
// this window's runs only, and goes to main beside the options (never inside the proxy address).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProxySignIn, StartOptions } from '../../common/ipc/contract';
import type { ResultDocument } from '../../common/results/schema';
import { proxySignInRequest } from '../../common/results/proxy-sign-in';

export function useProxySignIn(
  result: ResultDocument | null,
  runId: string | null,
  /** False while something else is on screen (helpdesk mode): the dialog waits for the check view. */
  active: boolean,
) {
  const signIn = useRef<ProxySignIn | null>(null);
  const prompted = useRef<string | null>(null);
  const [open, setOpen] = useState(false);
  const request = result ? proxySignInRequest(result) : null;
  const asks = request !== null;

  useEffect(() => {
    if (!active || !asks || runId === null || prompted.current === runId) return;
    prompted.current = runId;
    setOpen(true);
  }, [active, asks, runId]);

  /** The options of a start, with the sign-in once there is one. */
  const withSignIn = useCallback(
    (options: StartOptions): StartOptions =>
      signIn.current ? { ...options, signIn: signIn.current } : options,
    [],
  );

  return {
    request,
    open: open && active && request !== null,
    /** The sign-in sent for this proxy did not get through: it asked again. */
    refused: request !== null && signIn.current?.proxy === request.proxy,
    show: () => setOpen(true),
    close: () => setOpen(false),
    /** Keeps what was typed for the proxy that asked; the caller checks again. */
    keep(username: string, password: string) {
      if (request) signIn.current = { proxy: request.proxy, username, password };
      setOpen(false);
    },
    withSignIn,
  };
}
