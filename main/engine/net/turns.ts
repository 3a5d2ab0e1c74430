// Spreads the start of network operations over turns of the event loop. A run starts
// hundreds of attempts at once; a round trip is timed from its connect (or send) to the
// moment its answer is *read*, and the answer is read only when the loop polls again. Were
// every SYN, datagram and ClientHello issued in one turn, each early one would count the cost
// of issuing all the later ones (20-30 ms on a busy machine against a 0.1 ms link).
/** Operations started per turn: a few syscalls' worth (well under a millisecond). */
export const STARTS_PER_TURN = 4;

const waiting: Array<() => void> = [];
let scheduled = false;

function release(): void {
  scheduled = false;
  for (const start of waiting.splice(0, STARTS_PER_TURN)) start();
  // What is left waits for the next turn, after the loop has polled for answers.
  if (waiting.length > 0) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setImmediate(release);
}

/** Resolves in a coming turn of the event loop, at most STARTS_PER_TURN callers per turn. */
export function nextStartTurn(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    schedule();
  });
}

/**
 * Resolves in the first turn in which no start is waiting: work that is not timed (host
 * information) goes after the run's first packets, not among them.
 */
export function afterStarts(): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (waiting.length === 0 && !scheduled ? resolve() : setImmediate(check));
    setImmediate(check);
  });
}
