// The system resolver in a process of its own (ARCHITECTURE.md, "Name resolution"). getaddrinfo
// runs on libuv's four shared threads and cannot be cancelled: a lookup a silent DNS server
// holds (10 s with glibc's defaults, 120 s in its TCP fallback after a truncated answer) would
// keep the CLI from exiting (libuv joins those threads at exit) and, in the app, clog the
// threads the next run needs. Here it holds this child's threads only, and the run kills the
// child when it ends. Started by Node's `fork` (the CLI) or Electron's `utilityProcess` (the app).
import { lookup } from 'node:dns';
import type { LookupReply, LookupRequest } from './system-lookup';

/** Electron's utilityProcess gives the child `process.parentPort`; Node's fork gives `send`. */
interface ParentPort {
  on(event: 'message', listener: (event: { data: LookupRequest }) => void): void;
  postMessage(message: LookupReply): void;
}
const parentPort = (process as { parentPort?: ParentPort }).parentPort;
const reply = (message: LookupReply) =>
  parentPort ? parentPort.postMessage(message) : process.send?.(message);

function answer({ id, host }: LookupRequest): void {
  // Both families in the order the operating system gives (RFC 6724 sorting in getaddrinfo),
  // as Onsight's own connections get them.
  lookup(host, { all: true, family: 0, order: 'verbatim' }, (error, addresses) =>
    reply(
      error
        ? { id, code: error.code ?? 'EUNKNOWN' }
        : { id, addresses: addresses.map((a) => a.address) },
    ),
  );
}

if (parentPort) parentPort.on('message', (event) => answer(event.data));
else process.on('message', (message) => answer(message as LookupRequest));
// The parent is gone: end at once. A normal exit would wait for a stuck getaddrinfo thread.
process.on('disconnect', () => process.kill(process.pid, 'SIGKILL'));
