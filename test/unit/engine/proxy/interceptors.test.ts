import { X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needs } from '../../../support/tools';
import { makeCa, makeLeaf, type CaFiles } from '../../../support/squid';
import table from '../../../../common/diagnosis/inspection-products.json';
import {
  identifyInterceptor,
  systemRootCertificates,
  trustedByThisComputer,
} from '../../../../main/engine/proxy/interceptors';

describe('identifyInterceptor', () => {
  it.each([
    [
      {
        issuer: 'Zscaler Intermediate Root CA (zscaler.net) (t)',
        issuerOrganization: 'Zscaler Inc.',
      },
      'Zscaler',
    ],
    [
      { issuer: 'Corp Forward Trust', issuerOrganization: 'Palo Alto Networks' },
      'Palo Alto Networks',
    ],
    [{ issuer: 'FortiGate CA', issuerOrganization: 'Fortinet' }, 'Fortinet FortiGate'],
    [{ issuer: 'Fortinet_CA_SSL' }, 'Fortinet FortiGate'],
    [{ issuer: 'ca.acme.goskope.com', issuerOrganization: 'Acme' }, 'Netskope'],
    [{ issuer: 'Blue Coat ProxySG', issuerOrganization: 'Acme' }, 'Symantec / Blue Coat'],
    [
      { issuer: 'Cisco Umbrella Secondary SubCA ash-SG', issuerOrganization: 'Cisco' },
      'Cisco Umbrella',
    ],
    [{ issuer: 'Sophos SSL CA_C1234', issuerOrganization: 'Sophos' }, 'Sophos'],
    [{ issuer: 'Check Point Outbound Inspection CA' }, 'Check Point'],
    [{ issuer: 'McAfee Web Gateway' }, 'Skyhigh Security / McAfee Web Gateway'],
    [{ issuer: 'Forcepoint Cloud Security Gateway CA' }, 'Forcepoint'],
    [{ issuer: 'Barracuda Web Security Gateway' }, 'Barracuda'],
    [{ issuer: 'Kaspersky Anti-Virus Personal Root Certificate' }, 'Kaspersky'],
    [{ issuer: 'HTTPS Management Certificate for SonicWALL (self-signed)' }, 'SonicWall'],
    [{ issuer: 'WatchGuard Proxy CA' }, 'WatchGuard'],
    [{ issuer: 'Cisco Firepower Decrypt CA' }, 'Cisco Firepower'],
    [{ issuer: 'iboss Root CA' }, 'iboss'],
    [{ issuer: 'Menlo Security Intermediate CA' }, 'Menlo Security'],
    [{ issuer: 'Microsoft Defender for Cloud Apps Proxy CA' }, 'Microsoft Defender for Cloud Apps'],
    // As the tls probe passes it: the issuer's full name, as certificates.ts formats it.
    [
      { issuer: 'CN=FortiGate CA, O=Fortinet', issuerOrganization: 'Fortinet' },
      'Fortinet FortiGate',
    ],
    [{ issuer: 'CN=ESET SSL Filter CA' }, 'ESET'],
  ])('%o is %s', (names, product) => {
    expect(identifyInterceptor(names)).toBe(product);
  });

  it.each([
    [{ issuer: 'DigiCert Global G2 TLS RSA SHA256 2020 CA1', issuerOrganization: 'DigiCert Inc' }],
    [{ issuer: 'R11', issuerOrganization: "Let's Encrypt" }],
    [{ issuer: 'Amazon RSA 2048 M02', issuerOrganization: 'Amazon' }],
    [{ issuer: 'Cloudflare Inc ECC CA-3', issuerOrganization: 'Cloudflare, Inc.' }],
    [
      {
        issuer: 'Microsoft Azure RSA TLS Issuing CA 03',
        issuerOrganization: 'Microsoft Corporation',
      },
    ],
    [{ issuer: 'GTS CA 1C3', issuerOrganization: 'Google Trust Services LLC' }],
    [{ issuer: 'Contoso SSL Inspection Root', issuerOrganization: 'Contoso SSL Inspection' }],
    [{ issuer: 'CN=Preset Certificates Ltd' }],
    [{}],
  ])('names no product for a public CA or an unknown one: %o', (names) => {
    expect(identifyInterceptor(names)).toBeUndefined();
  });

  it('is a data table whose patterns all compile and name distinct products', () => {
    const names = table.products.map((p) => p.product);
    expect(new Set(names).size).toBe(names.length);
    for (const { patterns } of table.products)
      for (const p of patterns) expect(() => new RegExp(p, 'i')).not.toThrow();
  });
});

describe('trustedByThisComputer', needs('openssl'), () => {
  // Two public roots from Node's bundled list stand in for a system store.
  const roots = tls.rootCertificates.slice(0, 2);
  const other = tls.rootCertificates[5]!;

  let dir: string;
  let corporate: CaFiles;
  let leaf: { key: string; cert: string };
  // Made in a hook, not while collecting: where openssl is missing the suite is skipped.
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'nc-trust-'));
    corporate = makeCa(dir, 'corporate', 'Zscaler Inc.', 'Zscaler Root CA');
    leaf = makeLeaf(dir, 'leaf', corporate, 'onsight.librestream.com');
  });
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('is true when the chain ends at, or is issued by, a trusted root', () => {
    expect(trustedByThisComputer(roots[0]!, () => roots)).toBe(true);
    // A managed computer with the inspection CA pushed into its store.
    expect(trustedByThisComputer(leaf.cert, () => [...roots, corporate.cert])).toBe(true);
    expect(trustedByThisComputer(`${leaf.cert}${corporate.cert}`, () => [corporate.cert])).toBe(
      true,
    );
  });

  it('is false for an inspection CA this computer does not trust', () => {
    expect(trustedByThisComputer(leaf.cert, () => roots)).toBe(false);
    expect(trustedByThisComputer(`${leaf.cert}${corporate.cert}`, () => roots)).toBe(false);
  });

  it('is false when no certificate of the chain leads to a trusted root', () => {
    expect(trustedByThisComputer(other, () => roots)).toBe(false);
    // Two unrelated certificates are not a chain.
    expect(trustedByThisComputer(`${other}\n${tls.rootCertificates[6]}`, () => roots)).toBe(false);
  });

  it('is undefined (unknown) without a system store or a readable chain', () => {
    expect(trustedByThisComputer(roots[0]!, () => undefined)).toBeUndefined();
    expect(trustedByThisComputer('not a certificate', () => roots)).toBeUndefined();
    expect(
      trustedByThisComputer(
        '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----',
        () => roots,
      ),
    ).toBeUndefined();
  });

  it('reads the system store only where Node can (≥ 22.15), unknown before', () => {
    const hasSystemStore =
      typeof (tls as { getCACertificates?: unknown }).getCACertificates === 'function';
    const store = systemRootCertificates();
    if (hasSystemStore) expect(Array.isArray(store)).toBe(true);
    else expect(store).toBeUndefined();
    expect(new X509Certificate(roots[0]!).ca).toBe(true);
  });
});
