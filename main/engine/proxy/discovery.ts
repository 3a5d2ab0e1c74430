// Which proxy, if any, a connection to a URL goes through, behind one interface for
// every source: `--proxy URL|direct|system`, `--pac URL|FILE`, the environment
// variables, and (in the app) the system's own settings through Chromium.
import { formatProxyEntry, type ProxyEntry, type ProxyResolution } from '../../../common/proxy';
import { proxyFromEnvironment } from './env-proxy';
import { compilePac, loadPac, systemPacHost, type PacCompile, type PacHost } from './pac';
import { parseProxyList, parseProxyUrl } from './proxy-string';

export type ProxyChoice =
  { kind: 'system' } | { kind: 'direct' } | { kind: 'url'; entry: ProxyEntry };

/** `--proxy` as typed: "system", "direct" or a proxy URL. A sentence instead of a throw. */
export function parseProxyChoice(
  text: string,
): { ok: true; choice: ProxyChoice } | { ok: false; message: string } {
  const word = text.trim().toLowerCase();
  if (word === 'system') return { ok: true, choice: { kind: 'system' } };
  if (word === 'direct' || word === 'none') return { ok: true, choice: { kind: 'direct' } };
  const parsed = parseProxyUrl(text);
  if (!parsed.ok)
    return { ok: false, message: `--proxy: ${parsed.error.message} (or use "direct" or "system")` };
  return { ok: true, choice: { kind: 'url', entry: parsed.entry } };
}

export interface ProxySettings {
  /** `--proxy`; "system" when not given. */
  proxy?: ProxyChoice;
  /** `--pac URL|FILE`: wins over `--proxy system` (the CLI refuses both with a URL). */
  pac?: string;
}

export interface DiscoveryDeps {
  /** Defaults to process.env. */
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * The operating system's own answer for a URL, as a Chromium proxy list (the app's
   * session.resolveProxy). Absent in the CLI, where "system" means the environment
   * variables, then direct.
   */
  systemResolver?: (url: string) => Promise<string>;
  /** Budget for loading and for each evaluation of a PAC file. */
  timeoutMs?: number;
  pacHost?: PacHost;
  /** The built pac-worker.cjs: needed only with `pac` (the CLI passes the one beside it). */
  pacWorkerFile?: string;
  fetch?: typeof fetch;
}

export interface ProxyResolver {
  resolveProxy(url: string): Promise<ProxyResolution>;
  /** Frees the PAC sandbox; call once the run is over. */
  close(): void;
}

const DIRECT: ProxyEntry[] = [{ type: 'DIRECT' }];
const goingDirect = (message: string) => `${message}; connecting directly instead`;

export function createProxyResolver(
  settings: ProxySettings,
  deps: DiscoveryDeps = {},
): ProxyResolver {
  const timeoutMs = deps.timeoutMs ?? 3000;
  const env = deps.env ?? process.env;
  const choice = settings.proxy ?? { kind: 'system' };
  const workerFile = deps.pacWorkerFile ?? '';
  // A caller's mistake, not the user's: say so at once rather than at the first URL.
  if (settings.pac !== undefined && workerFile === '')
    throw new Error('createProxyResolver: a PAC file needs deps.pacWorkerFile');
  let closed = false;
  let pac: Promise<{ location: string; compiled: PacCompile }> | undefined;

  const loadAndCompile = (where: string) =>
    (pac ??= (async () => {
      const loaded = await loadPac(where, {
        signal: AbortSignal.timeout(timeoutMs),
        fetch: deps.fetch,
      });
      if (!loaded.ok)
        return {
          location: loaded.location,
          compiled: { ok: false, message: loaded.message } as PacCompile,
        };
      const compiled = await compilePac(
        loaded.source,
        loaded.location,
        deps.pacHost ?? systemPacHost(timeoutMs),
        { workerFile, timeoutMs },
      );
      if (closed && compiled.ok) compiled.script.close();
      return { location: loaded.location, compiled };
    })());

  async function fromPac(where: string, url: string): Promise<ProxyResolution> {
    const { location, compiled } = await loadAndCompile(where);
    const base = { source: 'pac', sourceDetail: `PAC at ${location}` } as const;
    if (!compiled.ok) return { ...base, entries: DIRECT, problem: goingDirect(compiled.message) };
    if (closed)
      return { ...base, entries: DIRECT, problem: goingDirect('the check was already over') };
    const evaluation = await compiled.script.evaluate(url, timeoutMs);
    if (!evaluation.ok)
      return { ...base, entries: DIRECT, problem: goingDirect(evaluation.message) };
    return {
      ...base,
      entries: evaluation.entries,
      ...(evaluation.ignored.length > 0 && {
        problem: `the PAC file's answer "${evaluation.result}" has entries that cannot be used: ${evaluation.ignored.join('; ')}`,
      }),
    };
  }

  async function fromSystem(
    url: string,
    systemResolver: (url: string) => Promise<string>,
  ): Promise<ProxyResolution> {
    const base = { source: 'system', sourceDetail: "this computer's proxy settings" } as const;
    let answer: string;
    try {
      answer = await systemResolver(url);
    } catch (error) {
      return {
        ...base,
        entries: DIRECT,
        problem: goingDirect(
          `the system proxy settings could not be read: ${error instanceof Error ? error.message : String(error)}`,
        ),
      };
    }
    const parsed = parseProxyList(answer);
    if (!parsed.ok)
      return {
        ...base,
        entries: DIRECT,
        problem: goingDirect(`the system proxy settings gave ${parsed.error.message}`),
      };
    return { ...base, entries: parsed.entries };
  }

  function fromEnvironment(url: URL): ProxyResolution {
    const found = proxyFromEnvironment(url, env);
    switch (found.kind) {
      case 'proxy':
        return { source: 'environment', sourceDetail: found.variable, entries: [found.entry] };
      case 'bypass':
        return {
          source: 'environment',
          sourceDetail: `${found.variable} rule "${found.rule}"`,
          entries: DIRECT,
        };
      case 'invalid':
        return {
          source: 'environment',
          sourceDetail: found.variable,
          entries: DIRECT,
          problem: goingDirect(found.message),
        };
      case 'unset':
        return { source: 'none', sourceDetail: 'no proxy is configured', entries: DIRECT };
    }
  }

  return {
    async resolveProxy(url) {
      let target: URL;
      try {
        target = new URL(url);
      } catch {
        return {
          source: 'none',
          sourceDetail: 'no proxy applies',
          entries: DIRECT,
          problem: `"${url}" is not a URL`,
        };
      }
      if (settings.pac !== undefined) return fromPac(settings.pac, target.href);
      switch (choice.kind) {
        case 'direct':
          return { source: 'flag', sourceDetail: 'direct, given by hand', entries: DIRECT };
        case 'url':
          return {
            source: 'flag',
            sourceDetail: `${formatProxyEntry(choice.entry)}, given by hand`,
            entries: [choice.entry],
          };
        case 'system':
          return deps.systemResolver
            ? fromSystem(target.href, deps.systemResolver)
            : fromEnvironment(target);
      }
    },
    close() {
      closed = true;
      // The sandbox's thread ends at once, whatever the script is doing.
      void pac?.then(({ compiled }) => compiled.ok && compiled.script.close());
    },
  };
}
