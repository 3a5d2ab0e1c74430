// Naming the SSL-inspection product behind a re-signed certificate (row 2-1.2), and
// telling whether this computer trusts it (the difference between "the app fails" and
// "the app works but is inspected").
import { X509Certificate } from 'node:crypto';
import * as tls from 'node:tls';
import { INSPECTION_PRODUCTS } from '../../../common/diagnosis/inspection-products';

export interface IssuerNames {
  /** The issuer's common name (CN). */
  issuer?: string;
  /** The issuer's organisation (O). */
  issuerOrganization?: string;
}

const PRODUCTS: ReadonlyArray<{ product: string; patterns: RegExp[] }> = INSPECTION_PRODUCTS.map(
  ({ name, patterns }) => ({
    product: name,
    patterns: patterns.map((p) => new RegExp(p, 'i')),
  }),
);

/** The product name (common/diagnosis/inspection-products.json) whose pattern matches the issuer, or undefined. */
export function identifyInterceptor({
  issuer,
  issuerOrganization,
}: IssuerNames): string | undefined {
  const names = [issuer, issuerOrganization].filter(
    (n): n is string => typeof n === 'string' && n !== '',
  );
  return PRODUCTS.find(({ patterns }) => patterns.some((p) => names.some((n) => p.test(n))))
    ?.product;
}

/**
 * The roots this operating system trusts, as PEM. Node ≥ 22.15 reads them with
 * tls.getCACertificates('system'); Node 20 has only its bundled Mozilla list
 * (tls.rootCertificates), which says nothing about what a company pushed into the
 * Windows or macOS store, so there the answer is unknown (undefined).
 */
export function systemRootCertificates(): readonly string[] | undefined {
  const get = (tls as { getCACertificates?: (type: 'system') => string[] }).getCACertificates;
  return typeof get === 'function' ? get('system') : undefined;
}

/**
 * Whether the chain (PEM, leaf first, as the server sent it) leads to a root this
 * computer trusts: true, false, or undefined when the system store cannot be read or
 * the chain cannot be parsed. Only signatures are checked, not dates or names: the
 * question is whose CA it is, not whether the handshake would pass.
 */
export function trustedByThisComputer(
  chainPem: string,
  roots: () => readonly string[] | undefined = systemRootCertificates,
): boolean | undefined {
  const chain = parseChain(chainPem);
  const rootPems = roots();
  if (!chain || chain.length === 0 || !rootPems) return undefined;
  const trusted = parseChain(rootPems.join('\n')) ?? [];
  const issuedBy = (cert: X509Certificate, issuer: X509Certificate) =>
    cert.checkIssued(issuer) && cert.verify(issuer.publicKey);
  for (let i = 0; i < chain.length; i++) {
    const cert = chain[i]!;
    if (trusted.some((root) => root.fingerprint256 === cert.fingerprint256 || issuedBy(cert, root)))
      return true;
    const next = chain[i + 1];
    if (!next || !issuedBy(cert, next)) return false;
  }
  return false;
}

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

function parseChain(pem: string): X509Certificate[] | undefined {
  try {
    return (pem.match(PEM_BLOCK) ?? []).map((block) => new X509Certificate(block));
  } catch {
    return undefined;
  }
}
