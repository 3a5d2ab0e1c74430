// The proxy environment variables that curl, Node's undici and most command-line
// tools honour: https_proxy/HTTPS_PROXY, http_proxy/HTTP_PROXY, no_proxy/NO_PROXY.
// Pure: the environment is passed in.
import { cidrContains, parseCidr, parseIpv4 } from '../../../common/net/ipv4';
import type { ProxyEntry } from '../../../common/proxy';
import { parseProxyUrl } from './proxy-string';

export type EnvProxyResult =
  /** No variable applies to this URL. */
  | { kind: 'unset' }
  /** NO_PROXY names this host: connect directly. */
  | { kind: 'bypass'; variable: string; rule: string }
  | { kind: 'proxy'; variable: string; entry: ProxyEntry }
  /** The variable is set but cannot be read as a proxy address. */
  | { kind: 'invalid'; variable: string; message: string };

type Env = Readonly<Record<string, string | undefined>>;

/** Lower case first, as curl and undici do; the first one set (non-empty) wins. */
function firstSet(env: Env, names: readonly string[]): { name: string; value: string } | undefined {
  for (const name of names) {
    const value = env[name]?.trim();
    if (value) return { name, value };
  }
  return undefined;
}

// For https:// URLs, undici's EnvHttpProxyAgent falls back to the HTTP proxy when no
// HTTPS proxy is set; corporate machines often set only HTTP_PROXY.
const VARIABLES_FOR: Record<string, readonly string[]> = {
  'https:': ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'],
  'http:': ['http_proxy', 'HTTP_PROXY'],
};

export function proxyFromEnvironment(target: URL, env: Env): EnvProxyResult {
  const variables = VARIABLES_FOR[target.protocol];
  const chosen = variables && firstSet(env, variables);
  if (!chosen) return { kind: 'unset' };
  const noProxy = firstSet(env, ['no_proxy', 'NO_PROXY']);
  if (noProxy) {
    const rule = matchNoProxy(noProxy.value, target);
    if (rule !== undefined) return { kind: 'bypass', variable: noProxy.name, rule };
  }
  const parsed = parseProxyUrl(chosen.value);
  if (!parsed.ok)
    return {
      kind: 'invalid',
      variable: chosen.name,
      message: `${chosen.name}: ${parsed.error.message}`,
    };
  return { kind: 'proxy', variable: chosen.name, entry: parsed.entry };
}

const defaultPort = (url: URL) => (url.protocol === 'https:' ? 443 : 80);

/**
 * The NO_PROXY rule that matches the URL's host, or undefined. Rules are separated by
 * commas or spaces: `*` matches everything; `example.com`, `.example.com` and
 * `*.example.com` match the domain and every name below it (curl ≥ 7.86 and undici);
 * an IPv4 address or CIDR block matches addresses; `host:port` matches only that port.
 */
export function matchNoProxy(list: string, target: URL): string | undefined {
  const host = target.hostname
    .replace(/^\[|\]$/g, '')
    .toLowerCase()
    .replace(/\.$/, '');
  const port = target.port === '' ? defaultPort(target) : Number(target.port);
  const address = parseIpv4(host);
  for (const raw of list.split(/[\s,]+/)) {
    const rule = raw.trim().toLowerCase();
    if (rule === '') continue;
    if (rule === '*') return raw;
    const { name, rulePort } = splitRulePort(rule);
    if (rulePort !== undefined && rulePort !== port) continue;
    const cidr = parseCidr(name);
    if (cidr) {
      if (address !== null && cidrContains(cidr, address)) return raw;
      continue;
    }
    const domain = name.replace(/^\*?\./, '').replace(/\.$/, '');
    if (domain === '') continue;
    if (host === domain || host.endsWith(`.${domain}`)) return raw;
  }
  return undefined;
}

function splitRulePort(rule: string): { name: string; rulePort?: number } {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(rule);
  if (bracketed)
    return { name: bracketed[1]!, rulePort: bracketed[2] ? Number(bracketed[2]) : undefined };
  const m = /^([^:]+):(\d+)$/.exec(rule);
  return m ? { name: m[1]!, rulePort: Number(m[2]) } : { name: rule };
}
