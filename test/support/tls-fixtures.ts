// Certificates for TLS tests, made at test time with the `openssl` CLI in a temp dir:
// a test CA (passed to probes as `--ca`), a "corporate" CA standing for an SSL-inspecting
// proxy (never trusted), and leaves signed by each.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface KeyPair {
  key: string;
  cert: string;
}

export interface TlsFixtures {
  /** Trusted through `extraCa` in the tests, like a lab's `--ca`. */
  testCa: KeyPair;
  /** Stands for an inspection product's CA: not public, not passed as extraCa. */
  corporateCa: KeyPair;
  /** onsight.test and 127.0.0.1, signed by the test CA. */
  leaf: KeyPair;
  /** onsight.test, re-signed by the corporate CA (what an inspecting proxy presents). */
  interceptedLeaf: KeyPair;
  /** other.test only, signed by the test CA: the wrong host name. */
  otherNameLeaf: KeyPair;
  remove(): void;
}

export const TEST_HOST = 'onsight.test';
export const TEST_CA_ORG = 'Onsight Test CA Org';
export const CORPORATE_CA_ORG = 'Contoso SSL Inspection';

export function requireOpenssl(): void {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
  } catch {
    throw new Error(
      'the openssl command is needed to make test certificates (apt-get install openssl)',
    );
  }
}

export function createTlsFixtures(): TlsFixtures {
  requireOpenssl();
  const dir = mkdtempSync(join(tmpdir(), 'nc-tls-'));
  const file = (name: string) => join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const ecKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

  const makeCa = (name: string, org: string): KeyPair => {
    openssl(
      'req',
      '-x509',
      ...ecKey,
      '-keyout',
      file(`${name}.key`),
      '-out',
      file(`${name}.pem`),
      '-days',
      '2',
      '-subj',
      `/O=${org}/CN=${org} Root`,
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    );
    return {
      key: readFileSync(file(`${name}.key`), 'utf8'),
      cert: readFileSync(file(`${name}.pem`), 'utf8'),
    };
  };

  const makeLeaf = (name: string, ca: string, commonName: string, altNames: string): KeyPair => {
    writeFileSync(
      file(`${name}.ext`),
      [
        'basicConstraints=critical,CA:FALSE',
        'keyUsage=critical,digitalSignature',
        'extendedKeyUsage=serverAuth',
        `subjectAltName=${altNames}`,
      ].join('\n'),
    );
    openssl(
      'req',
      ...ecKey,
      '-keyout',
      file(`${name}.key`),
      '-out',
      file(`${name}.csr`),
      '-subj',
      `/CN=${commonName}`,
    );
    openssl(
      'x509',
      '-req',
      '-in',
      file(`${name}.csr`),
      '-CA',
      file(`${ca}.pem`),
      '-CAkey',
      file(`${ca}.key`),
      '-CAcreateserial',
      '-days',
      '1',
      '-extfile',
      file(`${name}.ext`),
      '-out',
      file(`${name}.pem`),
    );
    return {
      key: readFileSync(file(`${name}.key`), 'utf8'),
      cert: readFileSync(file(`${name}.pem`), 'utf8'),
    };
  };

  try {
    const testCa = makeCa('test-ca', TEST_CA_ORG);
    const corporateCa = makeCa('corporate-ca', CORPORATE_CA_ORG);
    return {
      testCa,
      corporateCa,
      leaf: makeLeaf('leaf', 'test-ca', TEST_HOST, `DNS:${TEST_HOST},IP:127.0.0.1`),
      interceptedLeaf: makeLeaf('intercepted', 'corporate-ca', TEST_HOST, `DNS:${TEST_HOST}`),
      otherNameLeaf: makeLeaf('other', 'test-ca', 'other.test', 'DNS:other.test'),
      remove: () => rmSync(dir, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
