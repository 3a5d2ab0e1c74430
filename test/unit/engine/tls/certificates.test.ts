import type { DetailedPeerCertificate } from 'node:tls';
import { describe, expect, it } from 'vitest';
import { chainOf, formatName } from '../../../../main/engine/tls/certificates';

const cert = (cn: string, issuerCn: string, fingerprint: string, issuerOrg?: string) =>
  ({
    subject: { CN: cn },
    issuer: issuerOrg ? { CN: issuerCn, O: issuerOrg } : { CN: issuerCn },
    fingerprint256: fingerprint,
    valid_from: 'Jan  1 00:00:00 2026 GMT',
    valid_to: 'Jan  1 00:00:00 2027 GMT',
  }) as unknown as DetailedPeerCertificate;

describe('certificates', () => {
  it('formats names with the common name first and multi-valued attributes in order', () => {
    expect(
      formatName({ C: 'US', O: 'DigiCert Inc', CN: 'DigiCert Global G2', OU: ['a', 'b'] } as never),
    ).toBe('CN=DigiCert Global G2, O=DigiCert Inc, OU=a, OU=b, C=US');
    expect(formatName(undefined)).toBe('');
  });

  it('walks the chain up to a self-signed root without looping', () => {
    const root = cert('Root', 'Root', 'R', 'Root Org');
    root.issuerCertificate = root;
    const leaf = cert('leaf.test', 'Root', 'L', 'Root Org');
    leaf.issuerCertificate = root;
    expect(chainOf(leaf)).toEqual([
      expect.objectContaining({
        subject: 'CN=leaf.test',
        issuer: 'CN=Root, O=Root Org',
        issuerOrganization: 'Root Org',
        fingerprint256: 'L',
      }),
      expect.objectContaining({ subject: 'CN=Root', fingerprint256: 'R' }),
    ]);
  });
});
