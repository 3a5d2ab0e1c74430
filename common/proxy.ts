// Proxy settings as the engine, the CLI, the app and the reports name them.
// Entry types follow Chromium's proxy list and the PAC return-value grammar
// (PROXY, HTTPS, SOCKS, SOCKS4, SOCKS5, DIRECT).

export const PROXY_ENTRY_TYPES = ['PROXY', 'HTTPS', 'SOCKS', 'SOCKS4', 'SOCKS5', 'DIRECT'] as const;
export type ProxyEntryType = (typeof PROXY_ENTRY_TYPES)[number];

export interface ProxyCredentials {
  username: string;
  password: string;
}

export type ProxyEntry =
  | { type: 'DIRECT' }
  | {
      type: Exclude<ProxyEntryType, 'DIRECT'>;
      host: string;
      port: number;
      /** Only from a proxy URL with user:password@ (`--proxy`, HTTPS_PROXY); never printed. */
      credentials?: ProxyCredentials;
    };

/** Where the setting came from (the report's `proxy.source`). */
export type ProxySource = 'flag' | 'environment' | 'pac' | 'system' | 'none';

export interface ProxyResolution {
  source: ProxySource;
  /** Plain words: "--proxy", "HTTPS_PROXY", "PAC at file:///etc/proxy.pac", "NO_PROXY rule .corp". */
  sourceDetail: string;
  /** In the order they are to be tried; never empty (DIRECT when nothing else applies). */
  entries: ProxyEntry[];
  /** Set when the setting could not be used as written and the result is a fallback. */
  problem?: string;
}

/** "PROXY proxy.corp:3128", "DIRECT": credentials are never shown. */
export function formatProxyEntry(entry: ProxyEntry): string {
  if (entry.type === 'DIRECT') return 'DIRECT';
  const host = entry.host.includes(':') ? `[${entry.host}]` : entry.host;
  return `${entry.type} ${host}:${entry.port}`;
}
