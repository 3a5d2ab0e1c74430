// Name resolution through the system resolver, as Onsight itself would resolve: both families,
// in the operating system's order. Each name is looked up once per run; every probe of that
// name shares the answer. The lookups run where the caller puts them (net/system-lookup.ts: a
// child process the run kills when it ends, in the CLI and the app), so none outlives its run.
import { Resolver } from 'node:dns';
import { isIP } from 'node:net';
import { DNS_TEXT } from '../../../common/i18n/en';
import { failedLookupOutcome } from '../net/resolve-target';
import { inProcessLookup, type SystemLookup } from '../net/system-lookup';
import type { ProbeExecutor, Resolution } from '../probe-types';

/** c-ares's error codes for a DNS server's own answer (RFC 1035 section 4.1.1), named as the RCODE. */
const ANSWER_CODES: Record<string, string> = {
  ESERVFAIL: 'SERVFAIL',
  EREFUSED: 'REFUSED',
  ENOTFOUND: 'NXDOMAIN',
  ENODATA: 'NODATA',
  ECONNREFUSED: 'PORT_UNREACHABLE',
};
/** getaddrinfo's codes after which a DNS server may have said more than the code tells. */
const ASK_AGAIN = new Set(['EAI_AGAIN', 'ENOTFOUND', 'ENODATA', 'EAI_NODATA', 'EAI_FAIL']);

export function dnsFailureMessage(host: string, code: string, serverAnswer?: string): string {
  const why = serverAnswer ?? DNS_TEXT.systemCodes[code] ?? DNS_TEXT.unknownSystemCode;
  return DNS_TEXT.failed(host, why, code);
}

export interface RunResolver {
  resolve(host: string): Promise<Resolution>;
  /** The run is over: abandon every lookup and query still waiting. */
  close(): void;
}

/**
 * A per-run resolver: cached, each name bounded by `timeoutMs` (the system lookup and the
 * follow-up query together).
 */
export function createResolver(
  timeoutMs: number,
  system: SystemLookup = inProcessLookup(),
): RunResolver {
  const cache = new Map<string, Promise<Resolution>>();
  // c-ares, not getaddrinfo: it runs on the event loop and `cancel()` ends its queries.
  const direct = new Resolver({ timeout: timeoutMs, tries: 1 });
  let closed = false;

  /** What the DNS server itself answered for `host`, when getaddrinfo's code hides it. */
  const askServer = (host: string): Promise<string | undefined> =>
    new Promise((resolve) => {
      direct.resolve4(host, (error) => {
        const answer = error ? ANSWER_CODES[error.code ?? ''] : undefined;
        const servers = direct.getServers();
        const words = answer && DNS_TEXT.answers[answer];
        resolve(words && servers.length > 0 ? DNS_TEXT.answered(servers, words) : undefined);
      });
    });

  const resolveOnce = async (host: string): Promise<Resolution> => {
    const failure = (code: string, serverAnswer?: string): Resolution => ({
      ok: false,
      errorCode: code,
      message: dnsFailureMessage(host, code, serverAnswer),
    });
    const looked = (async (): Promise<Resolution> => {
      const outcome = await system.lookup(host);
      if (outcome.ok) return { ok: true, addresses: outcome.addresses };
      if (closed || !ASK_AGAIN.has(outcome.code)) return failure(outcome.code);
      return failure(outcome.code, await askServer(host));
    })();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<Resolution>((resolve) => {
      timer = setTimeout(() => resolve(failure('ETIMEOUT')), timeoutMs);
    });
    try {
      return await Promise.race([looked, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    resolve(host) {
      if (isIP(host)) return Promise.resolve({ ok: true, addresses: [host] });
      let pending = cache.get(host);
      if (!pending) {
        pending = resolveOnce(host);
        cache.set(host, pending);
      }
      return pending;
    },
    close() {
      closed = true;
      system.close();
      // Both settle what waits on them (ECANCELLED), so every pending name ends, timer and all.
      direct.cancel();
    },
  };
}

/** The `dns` probe kind: the name resolves (to addresses inside `expectInside`, when given). */
export const dnsProbe: ProbeExecutor = async (task, ctx) => {
  const started = performance.now();
  const answer = await ctx.resolve(task.host);
  const rttMs = Math.round(performance.now() - started);
  if (!answer.ok) {
    return {
      outcome: failedLookupOutcome(answer.errorCode),
      address: null,
      rttMs: null,
      detail: { message: answer.message, errorCode: answer.errorCode },
    };
  }
  return {
    outcome: 'reply',
    address: answer.addresses[0] ?? null,
    rttMs,
    detail: {
      message: DNS_TEXT.resolvesTo(task.host, answer.addresses),
      resolvedAddresses: answer.addresses,
    },
  };
};
