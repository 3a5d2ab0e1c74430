// One TLS handshake at a time. The client's half of a handshake (key share, the server's
// signature, the chain) is CPU on this one thread: two handshakes in flight together each
// count the other's crypto as network time (issue 12: in the lab, two at once read 6-10 ms
// for a handshake of 1-2 ms; one at a time, 4 ms at most). A slot is held until the
// handshake ends, or HOLD_MS at most: a server that never finishes must not hold up the
// others, so past that the handshake goes on outside the count. Waiting for a slot is not
// timed (rttMs).
export const HANDSHAKES_AT_ONCE = 1;
/** A lab handshake takes about 3 ms; past this one is waiting on the network, not on us. */
export const HOLD_MS = 50;

let held = 0;
const waiting: Array<() => void> = [];

function grant(): () => void {
  held += 1;
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    clearTimeout(timer);
    held -= 1;
    waiting.shift()?.();
  };
  const timer = setTimeout(release, HOLD_MS);
  timer.unref();
  return release;
}

/** Resolves with the slot's release once one is free (at once, mostly). */
export function handshakeSlot(): Promise<() => void> {
  if (held < HANDSHAKES_AT_ONCE) return Promise.resolve(grant());
  return new Promise((resolve) => waiting.push(() => resolve(grant())));
}
