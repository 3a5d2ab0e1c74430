import { describe, expect, it } from 'vitest';
import { createLimiter } from '../../../main/engine/limiter';

/** A task that runs until `release` is called, recording when it started. */
function gate(started: string[], name: string) {
  let release = () => {};
  const done = new Promise<void>((resolve) => (release = resolve));
  return {
    task: async () => {
      started.push(name);
      await done;
      return name;
    },
    release: () => release(),
  };
}

describe('createLimiter', () => {
  it('runs at most `limit` tasks at once and starts the queued ones in arrival order', async () => {
    const limiter = createLimiter(2);
    const started: string[] = [];
    const gates = ['a', 'b', 'c', 'd'].map((name) => gate(started, name));
    const runs = gates.map((g) => limiter.run(g.task, () => 'skipped').done);
    await Promise.resolve();
    expect(started).toEqual(['a', 'b']);
    gates[1]!.release();
    await runs[1];
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual(['a', 'b', 'c']);
    for (const g of gates) g.release();
    expect(await Promise.all(runs)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('drops a queued task that is called off, and the next one takes its place', async () => {
    const limiter = createLimiter(1);
    const started: string[] = [];
    const [first, second, third] = ['a', 'b', 'c'].map((name) => gate(started, name));
    const runs = [
      limiter.run(first!.task, () => 'skipped'),
      limiter.run(second!.task, () => 'skipped'),
      limiter.run(third!.task, () => 'skipped'),
    ];
    expect(runs[1]!.callOff()).toBe(true);
    expect(await runs[1]!.done).toBe('skipped');
    // Once dropped, or once running, a task is not called off (again).
    expect(runs[1]!.callOff()).toBe(false);
    expect(runs[0]!.callOff()).toBe(false);
    first!.release();
    expect(await runs[0]!.done).toBe('a');
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual(['a', 'c']);
    expect(runs[2]!.callOff()).toBe(false);
    third!.release();
    expect(await runs[2]!.done).toBe('c');
  });
});
