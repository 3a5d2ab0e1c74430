// The parent's side of the lookup child (lookup-child.ts): one child per run, started at the
// run's first name, killed when the run ends, so no lookup outlives its run. The engine does not
// know how a child is started (Node's fork in the CLI, Electron's utilityProcess in the app): the
// caller gives a spawner.
import { fork } from 'node:child_process';
import { lookup } from 'node:dns/promises';

export interface LookupRequest {
  id: number;
  host: string;
}
export type LookupReply = { id: number; addresses: string[] } | { id: number; code: string };

export type LookupOutcome = { ok: true; addresses: string[] } | { ok: false; code: string };

/** A started lookup child, however it was started. */
export interface LookupChild {
  post(request: LookupRequest): void;
  onMessage(listener: (reply: LookupReply) => void): void;
  /** The child ended (killed, crashed, or failed to start). */
  onExit(listener: () => void): void;
  kill(): void;
}
export type LookupSpawner = () => LookupChild;

/** The system resolver for one run. */
export interface SystemLookup {
  lookup(host: string): Promise<LookupOutcome>;
  /** The run is over: abandon every lookup still waiting. */
  close(): void;
}

/** A spawner that can give back a child it started ahead and nobody took. */
export type PrestartedSpawner = LookupSpawner & { dispose(): void };

/**
 * Lookup children started by Node's `fork` from the built `lookup-child.cjs` (the CLI). With
 * `prestart`, the first child starts at once, so its start-up (a Node process, about as long
 * as the CLI's own) overlaps the CLI's loading instead of delaying the run's first name;
 * `dispose` kills it if no run took it.
 */
export function forkLookups(childFile: string, { prestart = false } = {}): PrestartedSpawner {
  const start = (): LookupChild => {
    const child = fork(childFile, [], {
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
      execArgv: [],
      serialization: 'json',
    });
    // A child started ahead may end before anyone listens: remember it.
    let ended = false;
    const onExit: Array<() => void> = [];
    const end = () => {
      if (ended) return;
      ended = true;
      onExit.splice(0).forEach((listener) => listener());
    };
    child.on('exit', end);
    child.on('error', end);
    return {
      post: (request) => child.send(request),
      onMessage: (listener) => child.on('message', (m) => listener(m as LookupReply)),
      onExit: (listener) => (ended ? listener() : onExit.push(listener)),
      kill: () => child.kill('SIGKILL'),
    };
  };
  let spare = prestart ? start() : undefined;
  const spawn = () => {
    const child = spare ?? start();
    spare = undefined;
    return child;
  };
  return Object.assign(spawn, {
    dispose: () => {
      spare?.kill();
      spare = undefined;
    },
  });
}

/** Lookups in a child process of their own, started on the first name, killed by `close`. */
export function childLookup(spawn: LookupSpawner): SystemLookup {
  let child: LookupChild | undefined;
  let nextId = 0;
  let ended = false;
  const waiting = new Map<number, (outcome: LookupOutcome) => void>();
  const endAll = (code: string) => {
    for (const settle of waiting.values()) settle({ ok: false, code });
    waiting.clear();
  };
  const started = (): LookupChild => {
    if (child) return child;
    const spawned = spawn();
    spawned.onMessage((reply) => {
      const settle = waiting.get(reply.id);
      waiting.delete(reply.id);
      settle?.(
        'code' in reply
          ? { ok: false, code: reply.code }
          : { ok: true, addresses: reply.addresses },
      );
    });
    // The child died under its lookups (it never should): they end, the run goes on.
    spawned.onExit(() => {
      ended = true;
      endAll('ECHILD');
    });
    child = spawned;
    return spawned;
  };
  return {
    lookup(host) {
      if (ended) return Promise.resolve({ ok: false, code: 'ECHILD' });
      const id = nextId++;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        started().post({ id, host });
      });
    },
    close() {
      ended = true;
      endAll('ECANCELLED');
      child?.kill();
    },
  };
}

/**
 * Lookups in this very process: for tests of single probes and of the runner, which end with
 * their process. A stuck lookup here cannot be abandoned (see lookup-child.ts).
 */
export function inProcessLookup(): SystemLookup {
  return {
    lookup: (host) =>
      lookup(host, { all: true, family: 0, order: 'verbatim' }).then(
        (answers): LookupOutcome => ({ ok: true, addresses: answers.map((a) => a.address) }),
        (error: NodeJS.ErrnoException): LookupOutcome => ({
          ok: false,
          code: error.code ?? 'EUNKNOWN',
        }),
      ),
    close: () => {},
  };
}
