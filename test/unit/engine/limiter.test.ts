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
    const signal = new AbortController().signal;
    const runs = gates.map((g) => limiter.run(g.task, signal, () => 'skipped'));
    await Promise.resolve();
    expect(started).toEqual(['a', 'b']);
    gates[1]!.release();
    await runs[1];
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual(['a', 'b', 'c']);
    for (const g of gates) g.release();
    expect(await Promise.all(runs)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('drops a queued task whose signal aborts, and the next one takes its place', async () => {
    const limiter = createLimiter(1);
    const started: string[] = [];
    const [first, second, third] = ['a', 'b', 'c'].map((name) => gate(started, name));
    const calledOff = new AbortController();
    const open = new AbortController().signal;
    const runs = [
      limiter.run(first!.task, open, () => 'skipped'),
      limiter.run(second!.task, calledOff.signal, () => 'skipped'),
      limiter.run(third!.task, open, () => 'skipped'),
    ];
    calledOff.abort();
    expect(await runs[1]).toBe('skipped');
    first!.release();
    await runs[0];
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual(['a', 'c']);
    third!.release();
    expect(await runs[2]).toBe('c');
  });
});
