// Holds a window's run events until its renderer says it listens (ARCHITECTURE.md, "IPC
// contract": events are queued until `ready()`), so a fast first run loses nothing.
import type { RunEvent } from '../../common/results/events';

export interface EventQueue {
  push(event: RunEvent): void;
  /** Delivers everything held, in order, and every later event at once. */
  ready(): void;
}

export function createEventQueue(deliver: (event: RunEvent) => void): EventQueue {
  const held: RunEvent[] = [];
  let listening = false;
  return {
    push(event) {
      if (listening) deliver(event);
      else held.push(event);
    },
    ready() {
      listening = true;
      for (const event of held.splice(0)) deliver(event);
    },
  };
}
