// The judgement on a completed handshake (pure): genuine, or opened by someone in the
// middle (guide Table 2-1: "Disable SSL inspection"). Plain words name the issuer so the
// admin knows which box re-signs the traffic.
import { rootCertificates } from 'node:tls';
import type { ProbeDetail } from '../../../common/results/schema';
import type { TlsAnalysis } from './handshake';
import { versionWords } from './handshake-errors';
import {
  identifyInterceptor,
  systemRootCertificates,
  trustedByThisComputer,
} from '../proxy/interceptors';

export type TlsDetail = NonNullable<ProbeDetail['tls']>;

export interface TlsAssessment {
  outcome: 'reply' | 'tls-intercepted' | 'tls-error';
  message: string;
  detail: TlsDetail;
}

export interface AssessOptions {
  /** Issuer organisations a genuine leaf may come from (profile `expectedIssuers`). */
  expectedIssuers?: readonly string[];
  /** The name the certificate must carry, for the words. */
  identity: string;
  where: string;
  /** PEM roots trusted as if public (`--ca`). */
  extraCa?: readonly string[];
  /** This computer's trusted roots (PEM); undefined where they cannot be read (Node 20). */
  systemRoots?: () => readonly string[] | undefined;
}

/** OpenSSL verify results (X509_V_ERR_*) in plain words. */
const CHAIN_WORDS: Record<string, string> = {
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'is not a public certificate authority',
  UNABLE_TO_GET_ISSUER_CERT: 'is not a public certificate authority',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'is not a public certificate authority',
  SELF_SIGNED_CERT_IN_CHAIN: 'is a private root, not a public certificate authority',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'signed its own certificate (self-signed)',
  CERT_HAS_EXPIRED: 'issued a certificate that has expired',
  CERT_NOT_YET_VALID: "issued a certificate that is not valid yet (check this computer's clock)",
  CERT_REVOKED: 'issued a certificate that was revoked',
};

/** OpenSSL's date checks (X509_V_ERR_CERT_HAS_EXPIRED, X509_V_ERR_CERT_NOT_YET_VALID). */
const DATE_WORDS: Record<string, string> = {
  CERT_HAS_EXPIRED: 'has expired',
  CERT_NOT_YET_VALID: 'is not valid yet',
};

export function assessTls(analysis: TlsAnalysis, options: AssessOptions): TlsAssessment {
  const leaf = analysis.chain[0];
  const issuerName = leaf?.issuer ?? 'an unknown issuer';
  const organization = leaf?.issuerOrganization;
  const issuerWords = `"${issuerName}"${organization ? ` (${organization})` : ''}`;
  const detail: TlsDetail = {
    version: analysis.version,
    cipher: analysis.cipher,
    publiclyTrusted: analysis.chainValid,
    chain: analysis.chain,
  };
  if (analysis.sni !== undefined) detail.sni = analysis.sni;
  if (leaf) {
    detail.issuer = leaf.issuer;
    detail.fingerprint256 = leaf.fingerprint256;
    if (organization !== undefined) detail.issuerOrganization = organization;
  }
  const fingerprintWords = leaf ? ` Certificate SHA-256 fingerprint: ${leaf.fingerprint256}.` : '';

  const intercepted = (reason: string, authorizationError: string | undefined): TlsAssessment => {
    const product = identifyInterceptor({ issuer: leaf?.issuer, issuerOrganization: organization });
    if (product) detail.inspectionProduct = product;
    if (authorizationError) detail.authorizationError = authorizationError;
    const productWords = product ? ` (looks like ${product})` : '';
    // Inspection works because IT installs its CA on managed computers: if this one trusts
    // it, browsers stay quiet while Onsight, which checks Librestream's own chain, fails.
    const trusted = analysis.chainPem
      ? trustedByThisComputer(analysis.chainPem, options.systemRoots ?? systemRootCertificates)
      : undefined;
    if (trusted !== undefined) detail.trustedByThisComputer = trusted;
    const trustWords =
      trusted === undefined
        ? ''
        : trusted
          ? ' This computer trusts that certificate authority, so browsers show no warning.'
          : ' This computer does not trust that certificate authority either.';
    return {
      outcome: 'tls-intercepted',
      detail,
      message: `${reason}: the connection is likely opened by SSL inspection${productWords}.${fingerprintWords}${trustWords}`,
    };
  };

  if (!analysis.chainValid) {
    const code = analysis.authorizationError;
    // Node reports OpenSSL's last verify error, so a date error may hide an unknown issuer:
    // only a chain whose signatures lead to a public root (or `--ca`) is the site's own, and
    // then the dates, not a proxy, are the problem (most often this computer's clock).
    const dates = code === undefined ? undefined : DATE_WORDS[code];
    const publicRoots = () => [...rootCertificates, ...(options.extraCa ?? [])];
    if (dates && analysis.chainPem && trustedByThisComputer(analysis.chainPem, publicRoots)) {
      detail.authorizationError = code;
      return {
        outcome: 'tls-error',
        detail,
        message: `a certificate from ${options.where} (issued by ${issuerWords}) ${dates} by this computer's clock: if the clock is wrong, set it right and check again; if it is right, the server's certificate is out of date.${fingerprintWords}`,
      };
    }
    const words = (code && CHAIN_WORDS[code]) ?? `does not validate (${code ?? 'unknown reason'})`;
    return intercepted(
      `the certificate from ${options.where} comes from ${issuerWords}, which ${words}`,
      code,
    );
  }
  if (analysis.nameMismatch !== undefined) {
    return intercepted(
      `the certificate from ${options.where} (${leaf?.subject ?? 'no subject'}) is not valid for ${options.identity}`,
      'ERR_TLS_CERT_ALTNAME_INVALID',
    );
  }
  const expected = options.expectedIssuers ?? [];
  const expectedIssuer =
    expected.length === 0 ||
    expected.some((name) => name.toLowerCase() === (organization ?? '').toLowerCase());
  if (!expectedIssuer) {
    return intercepted(
      `the certificate from ${options.where} comes from ${issuerWords}, not from ${expected.join(' or ')} as expected`,
      undefined,
    );
  }
  return {
    outcome: 'reply',
    detail,
    // One line for the table: the chain itself is in the detail.
    message: `${versionWords(analysis.version)} in ${analysis.handshakeMs} ms with ${options.where}, certificate from ${organization ?? issuerName}: not inspected`,
  };
}

/** What the certificate on a SIP-TLS port says (rows 2-2.3, 2-3.5; docs/ARCHITECTURE.md). */
export type SipCertificateVerdict =
  | { kind: 'validates' }
  /**
   * A known inspection product re-signs the traffic (`product`), or the issuer that re-signed
   * Librestream's HTTPS in this run does: SIP-TLS breaks as HTTPS does.
   */
  | { kind: 'inspection'; product: string | undefined; words: string }
  /** Any other chain that does not validate: Onsight may refuse it, nobody is known to be in the middle. */
  | { kind: 'unvalidated'; words: string };

/**
 * The guide says nothing about the certificates on 5061, and Onsight's servers may use a
 * private chain: an unknown chain is not called inspection (that would make every site read
 * "SSL inspection"). Only an issuer from the interceptor table is; any other chain that does
 * not validate (self-signed, expired, private, or for another name where a name is known) is
 * worth a warning that names its issuer.
 */
export function judgeSipCertificate(analysis: TlsAnalysis): SipCertificateVerdict {
  const leaf = analysis.chain[0];
  const organization = leaf?.issuerOrganization;
  const issuerWords = `"${leaf?.issuer ?? 'an unknown issuer'}"${organization ? ` (${organization})` : ''}`;
  const product = identifyInterceptor({ issuer: leaf?.issuer, issuerOrganization: organization });
  if (product) {
    return {
      kind: 'inspection',
      product,
      words: `the certificate comes from ${issuerWords}, which looks like ${product}: SSL inspection opens the connection, and Onsight's SIP over TLS fails through it as HTTPS does`,
    };
  }
  if (!analysis.chainValid) {
    const code = analysis.authorizationError;
    const why = (code && CHAIN_WORDS[code]) ?? `does not validate (${code ?? 'unknown reason'})`;
    return {
      kind: 'unvalidated',
      words: `the certificate comes from ${issuerWords}, which ${why}: Onsight may refuse it`,
    };
  }
  // Servers dialled by address (2-2.3) have no name to check; one sent in SNI (2-3.5) does.
  if (analysis.sni !== undefined && analysis.nameMismatch !== undefined) {
    return {
      kind: 'unvalidated',
      words: `the certificate (${leaf?.subject ?? 'no subject'}, from ${issuerWords}) is not valid for ${analysis.sni}: Onsight may refuse it`,
    };
  }
  return { kind: 'validates' };
}
