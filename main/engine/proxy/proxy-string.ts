// Pure parsers for the two ways a proxy is written: a PAC/Chromium proxy list
// ("PROXY a:8080; HTTPS b:443; DIRECT") and a proxy URL (`--proxy`, HTTPS_PROXY).
// Hostile or garbled input yields a typed error, never an exception.
import { serverText } from '../../../common/text/server-text';
import type { ProxyEntry, ProxyEntryType } from '../../../common/proxy';

export type ProxyStringError =
  | { code: 'empty'; message: string }
  | { code: 'no-valid-entry'; message: string; ignored: string[] }
  | { code: 'bad-url'; message: string };

export type ProxyListParse =
  { ok: true; entries: ProxyEntry[]; ignored: string[] } | { ok: false; error: ProxyStringError };

export type ProxyUrlParse =
  { ok: true; entry: ProxyEntry } | { ok: false; error: ProxyStringError };

/** Longest text we look at: a PAC result or variable longer than this is garbage. */
const MAX_LENGTH = 4096;

// Chromium's ProxyServer::GetDefaultPortForScheme: a proxy written without a port.
const DEFAULT_PORT: Record<Exclude<ProxyEntryType, 'DIRECT'>, number> = {
  PROXY: 80,
  HTTPS: 443,
  SOCKS: 1080,
  SOCKS4: 1080,
  SOCKS5: 1080,
};

const HOST_NAME = /^(?=.{1,253}$)[a-z0-9_]([a-z0-9_-]{0,62})(\.[a-z0-9_]([a-z0-9_-]{0,62}))*\.?$/i;
const IPV6 = /^[0-9a-f:.]+$/i;

/** host[:port] or [v6]:port → host and port; null when malformed. */
function parseHostPort(text: string, defaultPort: number): { host: string; port: number } | null {
  let host: string;
  let portText: string | undefined;
  if (text.startsWith('[')) {
    const close = text.indexOf(']');
    if (close < 0) return null;
    host = text.slice(1, close);
    const after = text.slice(close + 1);
    if (after !== '' && !after.startsWith(':')) return null;
    portText = after === '' ? undefined : after.slice(1);
    if (!IPV6.test(host) || !host.includes(':')) return null;
  } else {
    const colon = text.lastIndexOf(':');
    host = colon < 0 ? text : text.slice(0, colon);
    portText = colon < 0 ? undefined : text.slice(colon + 1);
    if (!HOST_NAME.test(host)) return null;
  }
  if (portText === undefined) return { host, port: defaultPort };
  if (!/^\d{1,5}$/.test(portText)) return null;
  const port = Number(portText);
  return port >= 1 && port <= 65535 ? { host, port } : null;
}

function parseEntry(text: string): ProxyEntry | null {
  const [word, rest, ...extra] = text.split(/\s+/);
  if (word === undefined || extra.length > 0) return null;
  const type = word.toUpperCase();
  if (type === 'DIRECT') return rest === undefined ? { type: 'DIRECT' } : null;
  if (!(type in DEFAULT_PORT) || rest === undefined) return null;
  const kind = type as keyof typeof DEFAULT_PORT;
  const hostPort = parseHostPort(rest, DEFAULT_PORT[kind]);
  return hostPort && { type: kind, ...hostPort };
}

/** A PAC file's words are the server's: plain text, at most 80 characters. */
const shorten = (text: string) => serverText(text, 80);

/**
 * A PAC FindProxyForURL result or a Chromium proxy list. Like Chromium's
 * ProxyList::SetFromPacString, entries it cannot read are skipped (and named in
 * `ignored`); a list with no usable entry at all is an error, so the caller can say
 * the PAC file returned garbage instead of silently going direct.
 */
export function parseProxyList(text: unknown): ProxyListParse {
  if (typeof text !== 'string' || text.trim() === '') {
    return {
      ok: false,
      error: {
        code: 'empty',
        message: `expected a proxy list such as "PROXY host:port; DIRECT", got ${describe(text)}`,
      },
    };
  }
  if (text.length > MAX_LENGTH) {
    return {
      ok: false,
      error: {
        code: 'no-valid-entry',
        message: `the proxy list is ${text.length} characters long: not a proxy list`,
        ignored: [],
      },
    };
  }
  const entries: ProxyEntry[] = [];
  const ignored: string[] = [];
  for (const part of text.split(';')) {
    const trimmed = part.trim();
    if (trimmed === '') continue;
    const entry = parseEntry(trimmed);
    if (entry) entries.push(entry);
    else ignored.push(shorten(trimmed));
  }
  if (entries.length === 0) {
    return {
      ok: false,
      error: {
        code: 'no-valid-entry',
        message: `"${shorten(text.trim())}" is not a proxy list: expected entries such as "PROXY host:port" or "DIRECT"`,
        ignored,
      },
    };
  }
  return { ok: true, entries, ignored };
}

function describe(value: unknown): string {
  if (typeof value === 'string') return 'an empty string';
  if (value === null) return 'null';
  return typeof value;
}

// Proxy URL schemes as curl and Chromium read them; socks:// means SOCKS4 in both.
const TYPE_OF_SCHEME: Record<string, Exclude<ProxyEntryType, 'DIRECT'>> = {
  'http:': 'PROXY',
  'https:': 'HTTPS',
  'socks:': 'SOCKS4',
  'socks4:': 'SOCKS4',
  'socks4a:': 'SOCKS4',
  'socks5:': 'SOCKS5',
  'socks5h:': 'SOCKS5',
};

/**
 * A proxy URL: "http://proxy.corp:3128", "https://user:pw@proxy:443", or the bare
 * "proxy.corp:3128" that HTTP_PROXY often holds (read as http://, as curl does).
 */
export function parseProxyUrl(text: string): ProxyUrlParse {
  const trimmed = text.trim();
  const bad = (why: string): ProxyUrlParse => ({
    ok: false,
    error: { code: 'bad-url', message: `"${shorten(trimmed)}" is not a proxy address: ${why}` },
  });
  if (trimmed === '')
    return { ok: false, error: { code: 'empty', message: 'the proxy address is empty' } };
  if (trimmed.length > MAX_LENGTH) return bad('too long');
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return bad('write it as http://host:port');
  }
  const type = TYPE_OF_SCHEME[url.protocol];
  if (!type)
    return bad(
      `the scheme ${url.protocol.slice(0, -1)} is not a proxy scheme (http, https, socks4, socks5)`,
    );
  if (url.pathname !== '/' && url.pathname !== '') return bad('a proxy address has no path');
  if (url.search !== '' || url.hash !== '') return bad('a proxy address has no query');
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const hostPort = parseHostPort(host.includes(':') ? `[${host}]` : host, DEFAULT_PORT[type]);
  if (!hostPort) return bad('the host name is not valid');
  const port = url.port === '' ? hostPort.port : Number(url.port);
  const entry: ProxyEntry = { type, host: hostPort.host, port };
  if (url.username !== '') {
    entry.credentials = {
      username: safeDecode(url.username),
      password: safeDecode(url.password),
    };
  }
  return { ok: true, entry };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
