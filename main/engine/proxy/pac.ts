// PAC files (`--pac URL|FILE`): loaded once, compiled once into a QuickJS sandbox
// (pac-resolver v9 with quickjs-wasi) on a thread of its own, evaluated per URL under a
// time budget.
import { readFile } from 'node:fs/promises';
import { networkInterfaces } from 'node:os';
import { resolve as resolvePath } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ProxyEntry } from '../../../common/proxy';
import { parseIpv4 } from '../../../common/net/ipv4';
import { errorMessage, type PacReply, type PacRequest } from './pac-protocol';
import { inProcessLookup, type SystemLookup } from '../net/system-lookup';

/** A PAC file larger than this is not a PAC file. */
const MAX_PAC_BYTES = 1024 * 1024;

export type PacLoad =
  { ok: true; source: string; location: string } | { ok: false; location: string; message: string };

export interface PacLoadOptions {
  signal: AbortSignal;
  /** Injected in tests; the global fetch otherwise (never through a proxy). */
  fetch?: typeof fetch;
}

/**
 * Reads a PAC file from http(s)://, file:// or a path. `location` is the URL the
 * report names ("PAC at file:///etc/proxy.pac").
 */
export async function loadPac(
  where: string,
  { signal, fetch: fetchFn = fetch }: PacLoadOptions,
): Promise<PacLoad> {
  const isWeb = /^https?:\/\//i.test(where);
  const location = isWeb || /^file:/i.test(where) ? where : pathToFileURL(resolvePath(where)).href;
  const fail = (message: string): PacLoad => ({
    ok: false,
    location,
    message: `the PAC file at ${location} ${message}`,
  });
  if (isWeb) {
    try {
      const response = await fetchFn(where, { signal, redirect: 'follow' });
      if (!response.ok)
        return fail(
          `could not be fetched: the server answered ${response.status} ${response.statusText}`,
        );
      const text = await readBounded(response, MAX_PAC_BYTES);
      if (text === null) return fail(`is more than ${MAX_PAC_BYTES} bytes long: not a PAC file`);
      return { ok: true, source: text, location };
    } catch (error) {
      return fail(
        signal.aborted
          ? 'could not be fetched in time'
          : `could not be fetched: ${errorMessage(error)}`,
      );
    }
  }
  try {
    const buffer = await readFile(fileURLToPath(location), { signal });
    if (buffer.length > MAX_PAC_BYTES)
      return fail(`is ${buffer.length} bytes long: not a PAC file`);
    return { ok: true, source: buffer.toString('utf8'), location };
  } catch (error) {
    return fail(`could not be read: ${errorMessage(error)}`);
  }
}

/** The body as text, or null once it passes `limit` bytes (the rest is never read). */
async function readBounded(response: Response, limit: number): Promise<string | null> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks).toString('utf8');
    length += value.byteLength;
    if (length > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
}

/** What the PAC sandbox may ask of this computer. */
export interface PacHost {
  /** IPv4 address of a name, or null; used by dnsResolve, isResolvable and isInNet. */
  lookup(host: string): Promise<string | null>;
  /** This computer's address as PAC files expect it from myIpAddress(). */
  myIpAddress(): string;
}

/**
 * pac-resolver's own myIpAddress() opens a TCP connection to 8.8.8.8 to learn the
 * local address: a packet to the internet from a tool that must not send any, and
 * one a locked-down network may block. The first non-internal IPv4 address of an
 * interface is what Windows' and Chromium's PAC runners return as well.
 */
export function firstLocalIpv4(): string {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const a of addresses ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return '127.0.0.1';
}

/**
 * The PAC functions that ask the computer, with names looked up by `lookups` (the CLI gives
 * its run's lookup child: a PAC file's dnsResolve on a silent DNS server must not hold the
 * process either). PAC's dnsResolve answers an IPv4 address. A look-up gets half of one
 * evaluation's budget: a silent DNS server then reads as "does not resolve" (as Windows' PAC
 * runner answers) before the evaluation's own time is up, rather than ending the PAC file.
 */
export const pacHostOver = (lookups: SystemLookup, timeoutMs: number): PacHost => ({
  lookup: (host) =>
    withTimeout(
      lookups
        .lookup(host)
        .then((o) => (o.ok ? (o.addresses.find((a) => parseIpv4(a) !== null) ?? null) : null)),
      timeoutMs / 2,
      null,
    ),
  myIpAddress: firstLocalIpv4,
});

export const systemPacHost = (timeoutMs: number): PacHost =>
  pacHostOver(inProcessLookup(), timeoutMs);

export type PacEvaluation =
  | { ok: true; result: string; entries: ProxyEntry[]; ignored: string[] }
  | { ok: false; reason: 'threw' | 'timeout' | 'garbage' | 'closed'; message: string };

export interface PacScript {
  /** FindProxyForURL(url, host) within `timeoutMs` of this call; never throws. */
  evaluate(url: string, timeoutMs: number): Promise<PacEvaluation>;
  /** Ends the sandbox's thread at once; evaluations still waiting end as `closed`. */
  close(): void;
}

export type PacCompile = { ok: true; script: PacScript } | { ok: false; message: string };

/** Starting a worker thread and a QuickJS VM: about 0.1-0.5 s; this bounds a stuck start. */
const SANDBOX_START_MS = 5000;

export interface PacCompileOptions {
  /** The built pac-worker.cjs (the CLI's and the app's bundles each ship one beside them). */
  workerFile: string;
  /** Budget of the file's top-level code, and so of compiling it (`--timeout-ms`). */
  timeoutMs: number;
}

/**
 * Compiles a PAC file in a QuickJS VM on a thread of its own (pac-worker.ts), one per file:
 * globals must not mix. An evaluation that outlives its budget, a looping script or one that
 * waits on a look-up, ends the thread: the script is then stopped for the rest of the run,
 * since it would do the same for the next URL, and the run's own thread never waited on it.
 */
export async function compilePac(
  source: string,
  location: string,
  host: PacHost,
  { workerFile, timeoutMs }: PacCompileOptions,
): Promise<PacCompile> {
  const worker = new Worker(workerFile);
  // The thread never keeps the process alive: a pending call's own timer does.
  worker.unref();
  const pending = new Map<number, (reply: PacReply & { type: 'evaluated' }) => void>();
  /** Starts the budget of an evaluation the sandbox has begun. */
  const beginning = new Map<number, () => void>();
  let started = () => {};
  /** Settles the compile still in progress, if any. */
  let compiling: ((result: { ok: true } | { ok: false; message: string }) => void) | undefined;
  let stopped: PacEvaluation | undefined;
  let nextId = 0;
  const post = (request: PacRequest) => worker.postMessage(request);

  const stop = (why: PacEvaluation & { ok: false }) => {
    stopped ??= why;
    void worker.terminate();
    compiling?.({ ok: false, message: why.message });
    for (const settle of pending.values())
      settle({ type: 'evaluated', id: -1, ok: false, reason: 'threw', message: why.message });
    pending.clear();
  };
  worker.on('message', (reply: PacReply) => {
    if (reply.type === 'started') started();
    else if (reply.type === 'compiled')
      compiling?.(
        reply.ok
          ? reply
          : {
              ok: false,
              message: `the PAC file at ${location} is not valid JavaScript with a FindProxyForURL function: ${reply.message}`,
            },
      );
    else if (reply.type === 'began') beginning.get(reply.id)?.();
    else if (reply.type === 'evaluated') {
      pending.get(reply.id)?.(reply);
      pending.delete(reply.id);
    } else {
      void host
        .lookup(reply.host)
        .then((address) => !stopped && post({ type: 'lookup-answer', id: reply.id, address }));
    }
  });
  const died = (error?: Error) =>
    stop({
      ok: false,
      reason: 'threw',
      message: `the PAC file at ${location} stopped the sandbox${error ? `: ${errorMessage(error)}` : ''}`,
    });
  worker.on('error', died);
  worker.on('exit', () => died());

  const loaded = await new Promise<{ ok: true } | { ok: false; message: string }>((resolve) => {
    const late = (message: string) => () => stop({ ok: false, reason: 'timeout', message });
    // Starting the thread and QuickJS is this tool's cost, not the file's: a bound of its own.
    let timer = setTimeout(
      late(`the PAC sandbox did not start within ${SANDBOX_START_MS} ms`),
      SANDBOX_START_MS,
    );
    started = () => {
      clearTimeout(timer);
      timer = setTimeout(
        late(`the PAC file at ${location} did not finish loading within ${timeoutMs} ms`),
        timeoutMs,
      );
    };
    compiling = (result) => {
      clearTimeout(timer);
      compiling = undefined;
      resolve(result);
    };
    post({ type: 'compile', source, location, myIp: host.myIpAddress() });
  });
  if (!loaded.ok) {
    stop({ ok: false, reason: 'closed', message: loaded.message });
    return loaded;
  }
  return {
    ok: true,
    script: {
      evaluate(url, budgetMs) {
        if (stopped) return Promise.resolve(stopped);
        const id = nextId++;
        return new Promise<PacEvaluation>((resolve) => {
          // The budget runs from the evaluation's start in the sandbox: time spent waiting
          // behind another URL's evaluation is not this file's fault (bounded by the run).
          let timer: NodeJS.Timeout | undefined;
          beginning.set(id, () => {
            beginning.delete(id);
            timer = setTimeout(
              () =>
                stop({
                  ok: false,
                  reason: 'timeout',
                  message: `the PAC file at ${location} did not answer for ${url} within ${budgetMs} ms`,
                }),
              budgetMs,
            );
          });
          pending.set(id, (reply) => {
            clearTimeout(timer);
            beginning.delete(id);
            if (reply.ok)
              return resolve({
                ok: true,
                result: reply.result,
                entries: reply.entries,
                ignored: reply.ignored,
              });
            if (stopped) return resolve(stopped);
            resolve({
              ok: false,
              reason: reply.reason,
              message:
                reply.reason === 'garbage'
                  ? `the PAC file at ${location} returned garbage for ${url}: ${reply.message}`
                  : `the PAC file at ${location} threw an error for ${url}: ${reply.message}`,
            });
          });
          post({ type: 'evaluate', id, url });
        });
      },
      close() {
        stop({ ok: false, reason: 'closed', message: `the check was already over` });
      },
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
