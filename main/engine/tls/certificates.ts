// Reading a peer's certificate chain into the result's plain fields (pure: no sockets).
import type { DetailedPeerCertificate, PeerCertificate } from 'node:tls';
import type { ProbeDetail } from '../../../common/results/schema';
import { serverText } from '../../../common/text/server-text';

export type CertificateSummary = NonNullable<NonNullable<ProbeDetail['tls']>['chain']>[number];

type Name = PeerCertificate['subject'] | undefined;

/** Most telling attributes first, as people read a certificate name. */
const NAME_ORDER = ['CN', 'O', 'OU', 'L', 'ST', 'C'];

/** Name attributes are the server's (or its CA's) words: plain text from here on. */
const valuesOf = (value: string | string[] | undefined): string[] =>
  (value === undefined ? [] : Array.isArray(value) ? value : [value]).map((v) => serverText(v));

/** "CN=Contoso SSL Inspection Root, O=Contoso SSL Inspection". */
export function formatName(name: Name): string {
  if (!name) return '';
  const keys = Object.keys(name);
  const ordered = [
    ...NAME_ORDER.filter((key) => keys.includes(key)),
    ...keys.filter((key) => !NAME_ORDER.includes(key)).sort(),
  ];
  return ordered
    .flatMap((key) =>
      valuesOf((name as Record<string, string | string[]>)[key]).map((v) => `${key}=${v}`),
    )
    .join(', ');
}

/** The organisation (O) of a name, else its common name: what an admin recognises. */
export function organizationOf(name: Name): string | undefined {
  if (!name) return undefined;
  return valuesOf(name.O)[0];
}

export function summarizeCertificate(cert: PeerCertificate): CertificateSummary {
  const summary: CertificateSummary = {
    subject: formatName(cert.subject),
    issuer: formatName(cert.issuer),
    fingerprint256: cert.fingerprint256,
  };
  const organization = organizationOf(cert.issuer);
  if (organization !== undefined) summary.issuerOrganization = organization;
  if (cert.valid_from) summary.validFrom = cert.valid_from;
  if (cert.valid_to) summary.validTo = cert.valid_to;
  return summary;
}

/**
 * The chain from the leaf up, as `getPeerCertificate(true)` links it: each certificate's
 * `issuerCertificate`, until a self-signed root points at itself or the links end.
 */
export function chainOf(leaf: DetailedPeerCertificate): CertificateSummary[] {
  const chain: CertificateSummary[] = [];
  const seen = new Set<string>();
  let cert: DetailedPeerCertificate | undefined = leaf;
  while (cert && cert.fingerprint256 && !seen.has(cert.fingerprint256)) {
    seen.add(cert.fingerprint256);
    chain.push(summarizeCertificate(cert));
    cert = cert.issuerCertificate;
  }
  return chain;
}

/** The chain as the server sent it (leaf first) in PEM, for checks against a trust store. */
export function chainPemOf(leaf: DetailedPeerCertificate): string {
  const blocks: string[] = [];
  const seen = new Set<string>();
  let cert: DetailedPeerCertificate | undefined = leaf;
  while (cert?.raw && cert.fingerprint256 && !seen.has(cert.fingerprint256)) {
    seen.add(cert.fingerprint256);
    const body = cert.raw.toString('base64').replace(/(.{64})/g, '$1\n');
    blocks.push(
      `-----BEGIN CERTIFICATE-----\n${body.replace(/\n$/, '')}\n-----END CERTIFICATE-----`,
    );
    cert = cert.issuerCertificate;
  }
  return blocks.join('\n');
}
