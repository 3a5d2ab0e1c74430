// The run's name lookups in an Electron utility process (main/engine/net/lookup-child.ts). Not
// Node's fork: the packaged app's RunAsNode fuse is off, so its binary cannot run as Node, and
// a utility process needs no such switch. A utility process can start only once the app is
// ready (the headless `--cli` run may look a name up before): requests wait until it has.
import { utilityProcess, type UtilityProcess } from 'electron';
import type {
  LookupChild,
  LookupReply,
  LookupRequest,
  LookupSpawner,
} from '../engine/net/system-lookup';

export function utilityLookups(childFile: string, whenReady: () => Promise<void>): LookupSpawner {
  return (): LookupChild => {
    let child: UtilityProcess | undefined;
    let killed = false;
    const queued: LookupRequest[] = [];
    const onMessage: Array<(reply: LookupReply) => void> = [];
    const onExit: Array<() => void> = [];
    const exited = () => onExit.forEach((listener) => listener());
    void whenReady().then(
      () => {
        if (killed) return;
        const started = utilityProcess.fork(childFile, [], {
          serviceName: 'Onsight Network Check name lookups',
          stdio: 'ignore',
        });
        started.on('message', (reply: LookupReply) => onMessage.forEach((l) => l(reply)));
        started.on('exit', exited);
        for (const request of queued.splice(0)) started.postMessage(request);
        child = started;
      },
      () => exited(),
    );
    return {
      post: (request) => (child ? child.postMessage(request) : queued.push(request)),
      onMessage: (listener) => onMessage.push(listener),
      onExit: (listener) => onExit.push(listener),
      kill: () => {
        killed = true;
        child?.kill();
      },
    };
  };
}
