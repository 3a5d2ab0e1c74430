// PAC files (`--pac URL|FILE`): loaded once, compiled once into a QuickJS sandbox
// (pac-resolver v9 with quickjs-wasi), evaluated per URL under a time budget.
import { readFile } from 'node:fs/promises';
import { networkInterfaces } from 'node:os';
import { resolve as resolvePath } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { QuickJS } from 'quickjs-wasi';
import { parseIpv4 } from '../../../common/net/ipv4';
import type { ProxyEntry } from '../../../common/proxy';
import { parseProxyList } from './proxy-string';
import { inProcessLookup, type SystemLookup } from '../net/system-lookup';

/** A PAC file larger than this is not a PAC file. */
const MAX_PAC_BYTES = 1024 * 1024;
/** QuickJS heap for one PAC file: generous for real PAC files, bounded for hostile ones. */
const PAC_MEMORY_LIMIT = 32 * 1024 * 1024;

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
          : `could not be fetched: ${messageOf(error)}`,
      );
    }
  }
  try {
    const buffer = await readFile(fileURLToPath(location), { signal });
    if (buffer.length > MAX_PAC_BYTES)
      return fail(`is ${buffer.length} bytes long: not a PAC file`);
    return { ok: true, source: buffer.toString('utf8'), location };
  } catch (error) {
    return fail(`could not be read: ${messageOf(error)}`);
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
 * process either). PAC's dnsResolve answers an IPv4 address.
 */
export const pacHostOver = (lookups: SystemLookup, timeoutMs: number): PacHost => ({
  lookup: (host) =>
    withTimeout(
      lookups
        .lookup(host)
        .then((o) => (o.ok ? (o.addresses.find((a) => parseIpv4(a) !== null) ?? null) : null)),
      timeoutMs,
      null,
    ),
  myIpAddress: firstLocalIpv4,
});

export const systemPacHost = (timeoutMs: number): PacHost =>
  pacHostOver(inProcessLookup(), timeoutMs);

export type PacEvaluation =
  | { ok: true; result: string; entries: ProxyEntry[]; ignored: string[] }
  | { ok: false; reason: 'threw' | 'timeout' | 'garbage'; message: string };

export interface PacScript {
  /** FindProxyForURL(url, host) under a time budget; never throws. */
  evaluate(url: string, timeoutMs: number): Promise<PacEvaluation>;
  close(): void;
}

export type PacCompile = { ok: true; script: PacScript } | { ok: false; message: string };

/** Compiles a PAC file in a fresh QuickJS VM (one VM per file: globals must not mix). */
export async function compilePac(
  source: string,
  location: string,
  host: PacHost,
): Promise<PacCompile> {
  const [{ QuickJS }, { createPacResolver }] = await Promise.all([
    import('quickjs-wasi'),
    import('pac-resolver'),
  ]);
  let deadline = Date.now() + 5_000;
  const vm: QuickJS = await QuickJS.create({
    memoryLimit: PAC_MEMORY_LIMIT,
    // Runs about once per bytecode instruction: an endless loop in a PAC file ends here.
    interruptHandler: () => Date.now() > deadline,
  });
  let findProxyForUrl: (url: string) => Promise<string>;
  try {
    findProxyForUrl = createPacResolver(vm, source, {
      filename: location,
      sandbox: pacSandbox(host),
    });
  } catch (error) {
    vm.dispose();
    return {
      ok: false,
      message: `the PAC file at ${location} is not valid JavaScript with a FindProxyForURL function: ${messageOf(error)}`,
    };
  }
  let closed = false;
  return {
    ok: true,
    script: {
      async evaluate(url, timeoutMs) {
        if (closed)
          return { ok: false, reason: 'threw', message: 'the PAC file was already closed' };
        deadline = Date.now() + timeoutMs;
        let result: unknown;
        try {
          result = await findProxyForUrl(url);
        } catch (error) {
          if (Date.now() > deadline || /interrupted/i.test(messageOf(error))) {
            return {
              ok: false,
              reason: 'timeout',
              message: `the PAC file at ${location} did not answer for ${url} within ${timeoutMs} ms`,
            };
          }
          return {
            ok: false,
            reason: 'threw',
            message: `the PAC file at ${location} threw an error for ${url}: ${messageOf(error)}`,
          };
        }
        const parsed = parseProxyList(result);
        if (!parsed.ok) {
          return {
            ok: false,
            reason: 'garbage',
            message: `the PAC file at ${location} returned garbage for ${url}: ${parsed.error.message}`,
          };
        }
        return {
          ok: true,
          result: result as string,
          entries: parsed.entries,
          ignored: parsed.ignored,
        };
      },
      close() {
        if (closed) return;
        closed = true;
        vm.dispose();
      },
    },
  };
}

/**
 * The PAC functions that touch the network (or stdout), replaced by ones that go through `host`.
 * degenerator awaits a sandbox function only when it is an async function.
 */
function pacSandbox(host: PacHost) {
  return {
    // pac-resolver's alert() writes to stdout, which `--json` reserves for the document.
    alert: () => undefined,
    myIpAddress: async () => host.myIpAddress(),
    dnsResolve: async (name: unknown) => (typeof name === 'string' ? host.lookup(name) : null),
    isResolvable: async (name: unknown) =>
      typeof name === 'string' && (await host.lookup(name)) !== null,
    isInNet: async (name: unknown, pattern: unknown, mask: unknown) => {
      if (typeof name !== 'string' || typeof pattern !== 'string' || typeof mask !== 'string')
        return false;
      const address = parseIpv4(name) ?? parseIpv4((await host.lookup(name)) ?? '');
      const base = parseIpv4(pattern);
      const bits = parseIpv4(mask);
      if (address === null || base === null || bits === null) return false;
      return (address & bits) >>> 0 === (base & bits) >>> 0;
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

function messageOf(error: unknown): string {
  if (error instanceof Error)
    return error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message;
  if (error && typeof error === 'object' && 'message' in error)
    return String((error as { message: unknown }).message);
  return String(error);
}
