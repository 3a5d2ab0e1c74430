// Name resolution through the system resolver, as Onsight itself would resolve.
// Each name is looked up once per run; every probe of that name shares the answer.
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { ProbeExecutor, Resolution } from '../probe-types';

const PLAIN_WORDS: Record<string, string> = {
  ENOTFOUND: 'the name does not exist (or the DNS server refused to say)',
  EAI_AGAIN: 'no DNS server answered',
  ESERVFAIL: 'the DNS server failed to answer',
  ECONNREFUSED: 'the DNS server refused the query',
  ETIMEOUT: 'no DNS server answered in time',
};

export function dnsFailureMessage(host: string, code: string): string {
  return `could not look up ${host}: ${PLAIN_WORDS[code] ?? 'the lookup failed'} (${code})`;
}

/** A per-run resolver: cached, bounded by `timeoutMs` (getaddrinfo itself cannot be cancelled). */
export function createResolver(timeoutMs: number): (host: string) => Promise<Resolution> {
  const cache = new Map<string, Promise<Resolution>>();
  return (host) => {
    if (isIP(host)) return Promise.resolve({ ok: true, addresses: [host] });
    let pending = cache.get(host);
    if (!pending) {
      pending = resolveOnce(host, timeoutMs);
      cache.set(host, pending);
    }
    return pending;
  };
}

async function resolveOnce(host: string, timeoutMs: number): Promise<Resolution> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<Resolution>((resolve) => {
    timer = setTimeout(
      () =>
        resolve({ ok: false, errorCode: 'ETIMEOUT', message: dnsFailureMessage(host, 'ETIMEOUT') }),
      timeoutMs,
    );
  });
  const looked = lookup(host, { all: true, family: 4 }).then(
    (answers): Resolution => ({ ok: true, addresses: answers.map((a) => a.address) }),
    (error: NodeJS.ErrnoException): Resolution => {
      const code = error.code ?? 'EUNKNOWN';
      return { ok: false, errorCode: code, message: dnsFailureMessage(host, code) };
    },
  );
  try {
    return await Promise.race([looked, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/** The `dns` probe kind: the name resolves (to addresses inside `expectInside`, when given). */
export const dnsProbe: ProbeExecutor = async (task, ctx) => {
  const started = performance.now();
  const answer = await ctx.resolve(task.host);
  const rttMs = Math.round(performance.now() - started);
  if (!answer.ok) {
    return {
      outcome: 'dns-fail',
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
      message: `${task.host} resolves to ${answer.addresses.join(', ')}`,
      resolvedAddresses: answer.addresses,
    },
  };
};
