import { describe, expect, it } from 'vitest';
import { afterStarts, nextStartTurn, STARTS_PER_TURN } from '../../../../main/engine/net/turns';

/** Counts event-loop turns with a chain of setImmediate. */
function turnCounter() {
  let turn = 0;
  let running = true;
  const tick = () => {
    turn += 1;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  return { now: () => turn, stop: () => (running = false) };
}

describe('nextStartTurn', () => {
  it('starts at most STARTS_PER_TURN operations per turn, in order', async () => {
    const turns = turnCounter();
    const startedIn: number[] = [];
    const order: number[] = [];
    const count = STARTS_PER_TURN * 3 + 1;
    await Promise.all(
      Array.from({ length: count }, (_, i) =>
        nextStartTurn().then(() => {
          startedIn.push(turns.now());
          order.push(i);
        }),
      ),
    );
    turns.stop();
    expect(order).toEqual(Array.from({ length: count }, (_, i) => i));
    const perTurn = new Map<number, number>();
    for (const turn of startedIn) perTurn.set(turn, (perTurn.get(turn) ?? 0) + 1);
    expect([...perTurn.values()]).toEqual([STARTS_PER_TURN, STARTS_PER_TURN, STARTS_PER_TURN, 1]);
  });

  it("starts lane by lane: 'first' before 'normal' before 'last', whatever the call order", async () => {
    const order: string[] = [];
    const lanes = ['last', 'normal', 'first', 'last', 'normal', 'first'] as const;
    await Promise.all(
      lanes.map((lane, i) => nextStartTurn(lane).then(() => order.push(`${lane}${i}`))),
    );
    expect(order).toEqual(['first2', 'first5', 'normal1', 'normal4', 'last0', 'last3']);
  });

  it('lets a start called off while it waited pass without taking room in its turn', async () => {
    const turns = turnCounter();
    const calledOff = new AbortController();
    const startedIn = new Map<string, number>();
    const starts = [
      ...Array.from({ length: STARTS_PER_TURN }, (_, i) =>
        nextStartTurn('normal', calledOff.signal).then(() => startedIn.set(`off${i}`, turns.now())),
      ),
      ...Array.from({ length: STARTS_PER_TURN }, (_, i) =>
        nextStartTurn('normal').then(() => startedIn.set(`on${i}`, turns.now())),
      ),
    ];
    calledOff.abort();
    await Promise.all(starts);
    turns.stop();
    // The live ones all start in the first turn: the called-off ones took none of its room.
    expect(new Set([...startedIn.values()]).size).toBe(1);
  });

  it('afterStarts resolves only once nothing waits to start', async () => {
    const started: number[] = [];
    const starts = Array.from({ length: STARTS_PER_TURN * 2 }, (_, i) =>
      nextStartTurn().then(() => started.push(i)),
    );
    await afterStarts();
    expect(started).toHaveLength(STARTS_PER_TURN * 2);
    await Promise.all(starts);
  });

  it('afterStarts(lane) waits for that lane only: the STUN lane drains before the others', async () => {
    const started: string[] = [];
    const queue = (lane: 'first' | 'normal', count: number) =>
      Array.from({ length: count }, (_, i) =>
        nextStartTurn(lane).then(() => started.push(`${lane} ${i}`)),
      );
    const starts = [
      ...queue('normal', STARTS_PER_TURN * 3),
      ...queue('first', STARTS_PER_TURN * 2),
    ];
    await afterStarts('first');
    // Every STUN start went out; normal ones were behind them and are still waiting.
    expect(started.filter((s) => s.startsWith('first'))).toHaveLength(STARTS_PER_TURN * 2);
    expect(started.filter((s) => s.startsWith('normal')).length).toBeLessThan(STARTS_PER_TURN * 3);
    await Promise.all(starts);
  });
});
