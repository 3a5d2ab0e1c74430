// Where a redirect's Location points, seen from the server that was asked. Onsight's servers
// only redirect port 80 to their own HTTPS (guide Table 2-2, Note 1), or to Librestream's names;
// a captive portal sends every request to its own login page on another host.

export type LocationKind =
  | 'https-here'
  | 'https-elsewhere'
  | 'http-here'
  | 'http-elsewhere'
  /** Relative, another scheme, or not a URL. */
  | 'unusable';

const LIBRESTREAM = /(^|\.)librestream\.com$/;

export function locationKind(location: string, requestedHost: string): LocationKind {
  if (!URL.canParse(location)) return 'unusable';
  const url = new URL(location);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'unusable';
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  const here = host === requestedHost.toLowerCase() || LIBRESTREAM.test(host);
  return `${url.protocol === 'https:' ? 'https' : 'http'}-${here ? 'here' : 'elsewhere'}`;
}
