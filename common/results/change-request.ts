// The firewall change request: the lines an administrator would type, built from the probes
// that failed. One function for the app, the CLI and every report, so they never disagree.
// Rules that share protocol and port become one line with their destinations unioned, the
// way the guide's Table 2-2 lists six ranges under one port.
import type { ProbeResult, RowResult } from './schema';
import { CHANGE_REQUEST_TEXT } from '../i18n';
import { captivePortalSuspected } from './captive-portal';

/** Line kinds, in the order an administrator should work through them. */
const SECTIONS = ['inspection', 'proxy', 'allow', 'allow-local', 'dns', 'local-ports'] as const;
type Section = (typeof SECTIONS)[number];

interface Group {
  section: Section;
  render: (items: readonly string[], services: readonly string[]) => string;
  items: string[];
  services: string[];
}

/** The name a person knows a destination by: the profile's own, even when mapped. */
const destination = (probe: ProbeResult) => probe.mappedFrom ?? probe.target;

const protocol = (probe: ProbeResult) => probe.transport.toUpperCase();

/** SIP over TLS listens on 5061 (RFC 3261, section 26.2), plain SIP on 5060. */
const SIP_TLS_PORT = 5061;
const HTTPS_PORT = 443;

function serviceOf(probe: ProbeResult): string | undefined {
  switch (probe.kind) {
    case 'https':
    case 'tls':
      return CHANGE_REQUEST_TEXT.services.https;
    case 'http-redirect':
      return CHANGE_REQUEST_TEXT.services.httpRedirect;
    case 'sip-options':
      return probe.port === SIP_TLS_PORT
        ? CHANGE_REQUEST_TEXT.services.sipTls
        : CHANGE_REQUEST_TEXT.services.sip;
    case 'stun':
      return CHANGE_REQUEST_TEXT.services.stun;
    case 'udp-sample':
      return CHANGE_REQUEST_TEXT.services.media;
    case 'tcp':
      return probe.port === HTTPS_PORT ? CHANGE_REQUEST_TEXT.services.https : undefined;
    case 'dns':
    case 'udp-bind':
      return undefined;
  }
}

/** `*.librestream.com` for `onsight.librestream.com`: inspection is switched off per domain. */
function inspectedDomain(name: string): string {
  const labels = name.split('.');
  return labels.length >= 3 && !/^\d+$/.test(labels.at(-1)!)
    ? `*.${labels.slice(1).join('.')}`
    : name;
}

/** The proxy's address without scheme or credentials (a report may be e-mailed). */
function proxyName(probe: ProbeResult): string {
  const via = probe.detail.proxy?.via;
  if (!via) return CHANGE_REQUEST_TEXT.unnamedProxy;
  const address = via
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/^[^@/]*@/, '')
    .replace(/\/.*$/, '');
  const server = probe.detail.proxy?.server;
  return server ? `${address} (${server})` : address;
}

/** 502 Bad Gateway, 503 Service Unavailable, 504 Gateway Timeout in a status line. */
const GATEWAY_FAILURE = /(?:^|\s)50[234](?:\s|$)/;

/** Which line a failed probe belongs to; null when the failure says nothing a firewall can fix. */
function placeOf(
  probe: ProbeResult,
): (Omit<Group, 'items' | 'services'> & { key: string; item: string }) | null {
  const port = `${protocol(probe)} ${probe.port}`;
  if (probe.kind === 'udp-bind') {
    return {
      section: 'local-ports',
      key: `local-ports ${probe.port}`,
      item: String(probe.port),
      render: ([range]) => CHANGE_REQUEST_TEXT.localPorts(range!),
    };
  }
  switch (probe.outcome) {
    case 'error':
    case 'not-implemented':
    case 'not-sent':
    case 'reply':
    case 'in-use':
      return null;
    case 'tls-intercepted': {
      const product = probe.detail.tls?.inspectionProduct ?? CHANGE_REQUEST_TEXT.unnamedInspector;
      return {
        section: 'inspection',
        key: `inspection ${product}`,
        item: inspectedDomain(destination(probe)),
        render: (domains) => CHANGE_REQUEST_TEXT.disableInspection(domains, product),
      };
    }
    case 'proxy-auth':
    case 'proxy-denied': {
      const proxy = proxyName(probe);
      const status = probe.detail.proxy?.status;
      // RFC 9110 §15.6.3-5: the proxy tried and could not reach the destination itself, so
      // its allow list is not what stops it.
      const unreached =
        probe.outcome === 'proxy-denied' && status !== undefined && GATEWAY_FAILURE.test(status);
      const render =
        probe.outcome === 'proxy-auth'
          ? (items: readonly string[]) =>
              CHANGE_REQUEST_TEXT.proxyAuth(proxy, probe.detail.proxy?.authSchemes ?? [], items)
          : unreached
            ? (items: readonly string[]) =>
                CHANGE_REQUEST_TEXT.proxyCannotReach(proxy, status, items)
            : (items: readonly string[]) => CHANGE_REQUEST_TEXT.proxyDenied(proxy, status, items);
      return {
        section: 'proxy',
        key: `${unreached ? 'proxy-unreached' : probe.outcome} ${proxy}`,
        item: `${destination(probe)} (${port})`,
        render,
      };
    }
    case 'dns-fail':
      return {
        section: 'dns',
        key: 'dns',
        item: destination(probe),
        render: (names) => CHANGE_REQUEST_TEXT.resolve(names),
      };
    case 'local-block':
      return {
        section: 'allow-local',
        key: `allow-local ${port}`,
        item: destination(probe),
        render: (items, services) => CHANGE_REQUEST_TEXT.allowOnThisComputer(port, services, items),
      };
    case 'tls-error':
      // The handshake went through, so the path is open: no rule fixes a certificate (e.g.
      // one out of its dates by this computer's clock).
      if (probe.detail.tls?.version !== undefined) return null;
      return allowLine(probe, port);
    case 'timeout':
    case 'refused':
    case 'reset':
    case 'unreachable':
    case 'malformed':
      return allowLine(probe, port);
  }
}

function allowLine(probe: ProbeResult, port: string): NonNullable<ReturnType<typeof placeOf>> {
  return {
    section: 'allow',
    key: `allow ${port}`,
    item: destination(probe),
    render: (items, services) => CHANGE_REQUEST_TEXT.allow(port, services, items),
  };
}

const PROXY_OUTCOMES = new Set<string>(['proxy-auth', 'proxy-denied']);

/**
 * Every failing row (fail, or warn where part of a rule is missing) turned into merged
 * firewall and proxy lines, from the probes that did not get through; plus what any proxy
 * refused.
 */
export function changeRequest(rows: readonly RowResult[]): string[] {
  // Behind a Wi-Fi login nothing is known about the firewall yet: no rule to ask for.
  if (captivePortalSuspected(rows)) return [];
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const failing = row.status === 'fail' || row.status === 'warn';
    for (const probe of row.probes) {
      // A proxy that asks for a password leaves its row unverified, yet it is a fact to fix.
      const proxyFact = probe.status === 'unverified' && PROXY_OUTCOMES.has(probe.outcome);
      // Any other unverified probe proved nothing (silence on the media range outside a call,
      // a cancelled attempt): asking to open it would send IT after a rule that may be fine.
      if (probe.status !== 'fail' && !proxyFact) continue;
      if (!failing && !proxyFact) continue;
      const place = placeOf(probe);
      if (!place) continue;
      const group = groups.get(place.key) ?? {
        section: place.section,
        render: place.render,
        items: [],
        services: [],
      };
      groups.set(place.key, group);
      if (!group.items.includes(place.item)) group.items.push(place.item);
      const service = serviceOf(probe);
      if (service && !group.services.includes(service)) group.services.push(service);
    }
  }
  return SECTIONS.flatMap((section) =>
    [...groups.values()]
      .filter((g) => g.section === section)
      .map((g) => g.render(g.items, g.services)),
  );
}
