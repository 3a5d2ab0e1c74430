// Spreads the start of network operations over turns of the event loop. A run starts
// hundreds of attempts at once; a round trip is timed from its connect (or send) to the
// moment its answer is *read*, and the answer is read only when the loop polls again. Were
// every SYN, datagram and ClientHello issued in one turn, each early one would count the cost
// of issuing all the later ones (20-30 ms on a busy machine against a 0.1 ms link).
/** Operations started per turn: a few syscalls' worth (well under a millisecond). */
export const STARTS_PER_TURN = 4;

/**
 * Which starts go first. `first`: the STUN requests that find a block's live address, which
 * the block's media sample and its other ports wait for (ARCHITECTURE.md, "Ranges"). `last`:
 * a media sample spread over a block's addresses, needed only while no address is known to
 * be live, so that it is usually called off before it opens a socket. `paced`: a paced
 * datagram after its pacing slot (stun/binding.ts), with room of its own in each turn.
 */
export type StartLane = 'first' | 'normal' | 'last' | 'paced';

interface Waiting {
  start(): void;
  /** A start whose attempt was called off while it waited takes no room in a turn. */
  signal?: AbortSignal;
}

const lanes: Record<StartLane, Waiting[]> = { first: [], normal: [], last: [], paced: [] };
/** The starts that wait for room; `paced` ones have room of their own (PACED_PER_TURN). */
const unpacedCount = () => lanes.first.length + lanes.normal.length + lanes.last.length;
const waitingCount = () => unpacedCount() + lanes.paced.length;
let scheduled = false;

/**
 * Paced datagrams (a media sample's, after their pacing slot) started per turn, beside the
 * others' STARTS_PER_TURN and not out of them: the samples' thousands of sends must neither
 * take the connects' and handshakes' room (their attempts' time runs while they wait) nor
 * all go in one timer phase.
 */
export const PACED_PER_TURN = 8;

/** Starts up to `room` waiting callers of `lane` (one called off takes no room); returns the room left. */
function startFrom(lane: Waiting[], room: number): number {
  let taken = 0;
  while (taken < lane.length && room > 0) {
    const waiting = lane[taken]!;
    taken += 1;
    if (!waiting.signal?.aborted) room -= 1;
    waiting.start();
  }
  lane.splice(0, taken);
  return room;
}

function release(): void {
  scheduled = false;
  let room = STARTS_PER_TURN;
  for (const lane of [lanes.first, lanes.normal, lanes.last]) room = startFrom(lane, room);
  startFrom(lanes.paced, PACED_PER_TURN);
  // What is left waits for the next turn, after the loop has polled for answers.
  if (waitingCount() > 0) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setImmediate(release);
}

/**
 * Resolves in a coming turn of the event loop, at most STARTS_PER_TURN callers per turn, in
 * call order within a lane and lane by lane. A caller whose `signal` aborted meanwhile is
 * resolved in passing, without taking one of the turn's starts: it will send nothing.
 */
export function nextStartTurn(lane: StartLane = 'normal', signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    lanes[lane].push(signal ? { start: resolve, signal } : { start: resolve });
    schedule();
  });
}

/**
 * Resolves in the first coming turn in which no start is waiting, in `lane` or (without one)
 * in any lane: work that is not timed (host information) goes after the run's first packets,
 * not among them; a block's wait for its live address counts from its STUN requests' sending.
 */
export function afterStarts(lane?: StartLane): Promise<void> {
  // Paced datagrams are not the run's first packets: untimed work need not wait for them.
  const idle = () => (lane ? lanes[lane].length === 0 : unpacedCount() === 0);
  return new Promise((resolve) => {
    const check = () => (idle() ? resolve() : setImmediate(check));
    setImmediate(check);
  });
}

/**
 * The turns in which `count` items start, `perTurn` to a turn: element k resolves in the k-th
 * coming turn of the event loop (element 0 at once), each after the one before it. A run's
 * units start in these (runner.ts): started all in one turn, a 10× plan's 631 units (over
 * 5000 attempts) held the loop for about 60 ms before its first poll.
 */
export function startTurns(count: number, perTurn: number): Promise<void>[] {
  const turns: Promise<void>[] = [];
  let previous = Promise.resolve();
  for (let k = 0; k * perTurn < count; k++) {
    if (k > 0)
      previous = previous.then(() => new Promise<void>((resolve) => setImmediate(resolve)));
    turns.push(previous);
  }
  return turns;
}
