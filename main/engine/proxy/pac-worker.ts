// The PAC sandbox's thread (pac.ts is the other side). QuickJS runs synchronously: on the
// main thread a looping or stalling PAC file would freeze every probe's timers, so it runs
// here, and the parent ends this thread (Worker.terminate) when an evaluation outlives its
// budget, whatever the script is doing. The PAC functions that ask this computer (dnsResolve,
// isResolvable, isInNet) are answered by the parent, so one resolver serves the whole run.
import { parentPort } from 'node:worker_threads';
import type { QuickJS } from 'quickjs-wasi';
import { parseIpv4 } from '../../../common/net/ipv4';
import { errorMessage, type PacRequest, type PacReply } from './pac-protocol';
import { parseProxyList } from './proxy-string';

/** QuickJS heap for one PAC file: generous for real PAC files, bounded for hostile ones. */
const PAC_MEMORY_LIMIT = 32 * 1024 * 1024;

const port = parentPort;
if (!port) throw new Error('pac-worker.cjs runs as a worker thread only');

const send = (reply: PacReply) => port.postMessage(reply);
let findProxyForUrl: ((url: string) => Promise<string>) | undefined;
let nextLookup = 0;
const lookups = new Map<number, (address: string | null) => void>();

/** Asks the parent for a name's IPv4 address (null: it does not resolve). */
function lookup(host: string): Promise<string | null> {
  const id = nextLookup++;
  return new Promise((resolve) => {
    lookups.set(id, resolve);
    send({ type: 'lookup', id, host });
  });
}

/**
 * The PAC functions that touch the network (or stdout), replaced by ones that go through the
 * parent. degenerator awaits a sandbox function only when it is an async function.
 */
function pacSandbox(myIp: string) {
  return {
    // pac-resolver's alert() writes to stdout, which `--json` reserves for the document.
    alert: () => undefined,
    myIpAddress: async () => myIp,
    dnsResolve: async (name: unknown) => (typeof name === 'string' ? lookup(name) : null),
    isResolvable: async (name: unknown) =>
      typeof name === 'string' && (await lookup(name)) !== null,
    isInNet: async (name: unknown, pattern: unknown, mask: unknown) => {
      if (typeof name !== 'string' || typeof pattern !== 'string' || typeof mask !== 'string')
        return false;
      const address = parseIpv4(name) ?? parseIpv4((await lookup(name)) ?? '');
      const base = parseIpv4(pattern);
      const bits = parseIpv4(mask);
      if (address === null || base === null || bits === null) return false;
      return (address & bits) >>> 0 === (base & bits) >>> 0;
    },
  };
}

async function compile(source: string, location: string, myIp: string): Promise<PacReply> {
  const [{ QuickJS }, { createPacResolver }] = await Promise.all([
    import('quickjs-wasi'),
    import('pac-resolver'),
  ]);
  const vm: QuickJS = await QuickJS.create({ memoryLimit: PAC_MEMORY_LIMIT });
  send({ type: 'started' });
  try {
    findProxyForUrl = createPacResolver(vm, source, {
      filename: location,
      sandbox: pacSandbox(myIp),
    });
    return { type: 'compiled', ok: true };
  } catch (error) {
    return { type: 'compiled', ok: false, message: errorMessage(error) };
  }
}

async function evaluate(id: number, url: string): Promise<PacReply> {
  send({ type: 'began', id });
  if (!findProxyForUrl)
    return { type: 'evaluated', id, ok: false, reason: 'threw', message: 'not compiled' };
  let result: unknown;
  try {
    result = await findProxyForUrl(url);
  } catch (error) {
    return { type: 'evaluated', id, ok: false, reason: 'threw', message: errorMessage(error) };
  }
  const parsed = parseProxyList(result);
  if (!parsed.ok)
    return { type: 'evaluated', id, ok: false, reason: 'garbage', message: parsed.error.message };
  const { entries, ignored } = parsed;
  return { type: 'evaluated', id, ok: true, result: result as string, entries, ignored };
}

// Evaluations take turns: one QuickJS VM, one call at a time (the parent's timers run from
// each call's request, so a turn spent waiting counts against it).
let turn: Promise<unknown> = Promise.resolve();
port.on('message', (request: PacRequest) => {
  switch (request.type) {
    case 'compile':
      turn = turn.then(() => compile(request.source, request.location, request.myIp).then(send));
      return;
    case 'evaluate':
      turn = turn.then(() => evaluate(request.id, request.url).then(send));
      return;
    case 'lookup-answer':
      lookups.get(request.id)?.(request.address);
      lookups.delete(request.id);
      return;
  }
});
