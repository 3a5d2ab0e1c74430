import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needs } from '../../../support/tools';
import { assessTls } from '../../../../main/engine/tls/assess';
import type { TlsAnalysis } from '../../../../main/engine/tls/handshake';
import { createTlsFixtures, type TlsFixtures } from '../../../support/tls-fixtures';

const leaf = {
  subject: 'CN=onsight.librestream.com',
  issuer: 'CN=Zscaler Intermediate Root CA (zscaler.net), O=Zscaler Inc.',
  issuerOrganization: 'Zscaler Inc.',
  fingerprint256: 'AB:CD',
};
const analysis = (overrides: Partial<TlsAnalysis> = {}): TlsAnalysis => ({
  version: 'TLSv1.2',
  cipher: 'ECDHE-RSA-AES128-GCM-SHA256',
  sni: 'onsight.librestream.com',
  chain: [leaf],
  chainValid: true,
  handshakeMs: 40,
  ...overrides,
});
const options = { identity: 'onsight.librestream.com', where: '20.1.2.3 port 443' };

describe('assessTls', () => {
  it('passes a valid chain for the right name', () => {
    const assessment = assessTls(analysis(), options);
    expect(assessment.outcome).toBe('reply');
    expect(assessment.detail).toMatchObject({
      publiclyTrusted: true,
      issuerOrganization: 'Zscaler Inc.',
      fingerprint256: 'AB:CD',
    });
    expect(assessment.detail.inspectionProduct).toBeUndefined();
  });

  it('names the inspection product from the issuer of an untrusted chain', () => {
    const assessment = assessTls(
      analysis({ chainValid: false, authorizationError: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY' }),
      options,
    );
    expect(assessment.outcome).toBe('tls-intercepted');
    expect(assessment.detail).toMatchObject({
      inspectionProduct: 'Zscaler',
      authorizationError: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    });
    expect(assessment.message).toBe(
      'the certificate from 20.1.2.3 port 443 comes from "CN=Zscaler Intermediate Root CA (zscaler.net), O=Zscaler Inc." (Zscaler Inc.), which is not a public certificate authority: the connection is likely opened by SSL inspection (looks like Zscaler). Certificate SHA-256 fingerprint: AB:CD.',
    );
  });

  it('reads an expired certificate in plain words', () => {
    const assessment = assessTls(
      analysis({ chainValid: false, authorizationError: 'CERT_HAS_EXPIRED' }),
      options,
    );
    expect(assessment.message).toContain('issued a certificate that has expired');
  });

  it('flags a certificate for another name', () => {
    const assessment = assessTls(
      analysis({ nameMismatch: "Host: onsight.librestream.com. is not in the cert's altnames" }),
      options,
    );
    expect(assessment.outcome).toBe('tls-intercepted');
    expect(assessment.detail.authorizationError).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
  });

  it('compares expected issuers with the organisation, ignoring case', () => {
    expect(assessTls(analysis(), { ...options, expectedIssuers: ['zscaler inc.'] }).outcome).toBe(
      'reply',
    );
    const unexpected = assessTls(analysis(), {
      ...options,
      expectedIssuers: ['DigiCert Inc', 'Amazon'],
    });
    expect(unexpected.outcome).toBe('tls-intercepted');
    expect(unexpected.message).toContain('not from DigiCert Inc or Amazon as expected');
  });

  it('treats a handshake without a certificate as not validated', () => {
    const assessment = assessTls(
      analysis({ chain: [], chainValid: false, authorizationError: 'NO_CERTIFICATE' }),
      options,
    );
    expect(assessment.outcome).toBe('tls-intercepted');
    expect(assessment.detail.fingerprint256).toBeUndefined();
  });
});

describe(
  'whether this computer trusts the interceptor (where its store can be read)',
  needs('openssl'),
  () => {
    let fixtures: TlsFixtures;
    beforeAll(() => {
      fixtures = createTlsFixtures();
    });
    afterAll(() => fixtures?.remove());
    const intercepted = () =>
      analysis({
        chainValid: false,
        authorizationError: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
        chainPem: fixtures.interceptedLeaf.cert,
      });

    it('says so when the store holds the inspecting CA, as on a managed computer', () => {
      const assessment = assessTls(intercepted(), {
        ...options,
        systemRoots: () => [fixtures.testCa.cert, fixtures.corporateCa.cert],
      });
      expect(assessment.detail.trustedByThisComputer).toBe(true);
      expect(assessment.message).toMatch(
        /This computer trusts that certificate authority, so browsers show no warning\.$/,
      );
    });

    it('says so when it does not', () => {
      const assessment = assessTls(intercepted(), {
        ...options,
        systemRoots: () => [fixtures.testCa.cert],
      });
      expect(assessment.detail.trustedByThisComputer).toBe(false);
      expect(assessment.message).toContain('does not trust that certificate authority either');
    });

    it('says nothing where the store cannot be read (Node 20)', () => {
      const assessment = assessTls(intercepted(), { ...options, systemRoots: () => undefined });
      expect(assessment.detail.trustedByThisComputer).toBeUndefined();
      expect(assessment.message).not.toContain('This computer');
    });
  },
);
