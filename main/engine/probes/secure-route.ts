// Table 2-1 the way Onsight itself connects: through whatever proxy the site uses for
// `https://<host>/`, trying the proxy list in order as Chromium does, and, when a proxy is
// in use, the direct path as well so the report shows both side by side (issue 4).
import { classifyOutcome } from '../../../common/outcomes';
import { formatProxyEntry, type ProxyEntry } from '../../../common/proxy';
import type { ProbeDetail } from '../../../common/results/schema';
import { startAttemptBudget, type AttemptBudget } from '../net/attempt-budget';
import type { AttemptResult, ProbeContext, ProbeTask } from '../probe-types';
import type { TunnelProxy } from '../proxy/connect-tunnel';
import { openSecured, tlsTargetOf, type SecuredOpen } from './secure-open';

/** What a probe kind does once the TLS connection is open (it owns the socket from then on). */
export type SecuredStep = (secured: SecuredOpen, budget: AttemptBudget) => Promise<AttemptResult>;

/** The URL whose proxy Onsight would use: the name it connects to, on the probe's port. */
export function proxyUrlOf(task: ProbeTask): string {
  const { identity } = tlsTargetOf(task);
  const host = identity.includes(':') ? `[${identity}]` : identity;
  const port = Number(task.port);
  return `https://${host}${port === 443 ? '' : `:${port}`}/`;
}

type ProxyDetail = NonNullable<ProbeDetail['proxy']>;

async function attemptOnce(
  task: ProbeTask,
  ctx: ProbeContext,
  via: TunnelProxy | undefined,
  step: SecuredStep,
): Promise<AttemptResult> {
  // Not `ctx` itself: the direct path runs beside each proxy and the proxies one after another,
  // each with a budget of its own, and `ctx.endAttempt` would end them all with the first.
  const budget = startAttemptBudget({ signal: ctx.signal, timeoutMs: ctx.timeoutMs });
  try {
    const secured = await openSecured(task, ctx, budget, via);
    if (!secured.ok) return secured.result;
    const result = await step(secured, budget);
    return secured.proxy
      ? { ...result, detail: { ...result.detail, proxy: { ...secured.proxy, path: 'proxy' } } }
      : result;
  } finally {
    budget.dispose();
  }
}

/**
 * The proxy could not be reached or did not answer as a proxy: Chromium then moves on to
 * the next entry of the list. A proxy that answered (407, 403, a tunnel) decides.
 */
function proxyNotReached(result: AttemptResult): boolean {
  return result.detail.proxy?.status === undefined && result.outcome !== 'reply';
}

function pathWords(result: AttemptResult, expectsReply: boolean): string {
  const status = result.status ?? classifyOutcome(result.outcome, expectsReply);
  if (status === 'pass' || status === 'warn') return 'pass';
  return status === 'fail' ? `blocked (${result.outcome})` : `not confirmed (${result.outcome})`;
}

function sideBySide(proxied: AttemptResult, direct: AttemptResult, expectsReply: boolean): string {
  const viaProxy = pathWords(proxied, expectsReply);
  const straight = pathWords(direct, expectsReply);
  const note =
    viaProxy === 'pass' && straight !== 'pass'
      ? ', which is normal when a proxy is in use'
      : viaProxy !== 'pass' && straight === 'pass'
        ? ', but Onsight follows the proxy setting, as this check does'
        : '';
  return `via the proxy: ${viaProxy}; direct: ${straight}${note}`;
}

const withProxy = (result: AttemptResult, proxy: ProxyDetail, message?: string): AttemptResult => ({
  ...result,
  detail: { ...result.detail, ...(message !== undefined && { message }), proxy },
});

/**
 * One unit of an `https`/`tls` row: asks the context for the proxy list of the target's
 * URL and tries it in order. The entry that answered decides the result; the direct path,
 * tried at the same time whenever a proxy is in the list, is reported in `detail.proxy`.
 */
export async function routeSecured(
  task: ProbeTask,
  ctx: ProbeContext,
  step: SecuredStep,
): Promise<AttemptResult> {
  const resolution = ctx.proxyFor ? await ctx.proxyFor(proxyUrlOf(task)) : undefined;
  const entries: ProxyEntry[] = resolution?.entries ?? [{ type: 'DIRECT' }];
  const direct = () => attemptOnce(task, ctx, undefined, step);
  if (entries.every((entry) => entry.type === 'DIRECT')) {
    const result = await direct();
    // A proxy setting that sends this host direct (NO_PROXY, a PAC rule) is worth naming.
    return resolution && resolution.source !== 'none'
      ? withProxy(result, { via: 'DIRECT', path: 'direct', tried: ['DIRECT'] })
      : result;
  }

  const directAttempt = direct();
  const tried: string[] = [];
  const passedOver: string[] = [];
  let decided: { result: AttemptResult; via: string } | undefined;
  for (const [index, entry] of entries.entries()) {
    const via = formatProxyEntry(entry);
    tried.push(via);
    if (entry.type === 'DIRECT') {
      decided = { result: await directAttempt, via };
      break;
    }
    const result = await attemptOnce(task, ctx, entry, step);
    decided = { result, via };
    if (!proxyNotReached(result) || index === entries.length - 1) break;
    passedOver.push(result.detail.message ?? `${via}: ${result.outcome}`);
  }
  const { result, via } = decided!;
  const own = result.detail.message ?? result.outcome;
  const message = passedOver.length > 0 ? `${passedOver.join('; ')}; then ${via}: ${own}` : own;
  if (via === 'DIRECT') return withProxy(result, { via, path: 'direct', tried }, message);

  const straight = await directAttempt;
  const proxy: ProxyDetail = {
    ...(result.detail.proxy ?? { via }),
    path: 'proxy',
    tried,
    directOutcome: straight.outcome,
    directMessage: straight.detail.message ?? straight.outcome,
  };
  return withProxy(
    result,
    proxy,
    `${message} (${sideBySide(result, straight, task.probe.expectsReply)})`,
  );
}
