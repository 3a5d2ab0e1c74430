// The lab's certificates, made with the openssl CLI: the lab CA (trusted by the CLI through
// --ca, as a private deployment would be), one server certificate for every web and SIP name,
// and the "corporate" CA an inspecting proxy re-signs with (trusted by nobody).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeCa, type CaFiles } from '../support/squid';

export interface LabCertificates {
  labCa: CaFiles;
  server: { cert: string; key: string };
  corporateCa: CaFiles;
}

const SERVER_NAMES = [
  'librestream.com',
  '*.librestream.com',
  '*.librestreamtech.cn',
  '*.customer.test',
];

export function makeLabCertificates(dir: string): LabCertificates {
  const labCa = makeCa(dir, 'lab-ca', 'Onsight Lab', 'Onsight Lab Root CA');
  // Named as Zscaler names its own CA, so the lab proves that the product is recognised,
  // carried by the helpdesk code and named by the diagnosis (ssl-inspection scenario).
  const corporateCa = makeCa(dir, 'corporate-ca', 'Zscaler Inc.', 'Zscaler Intermediate Root CA');
  const key = join(dir, 'server.key');
  const csr = join(dir, 'server.csr');
  const cert = join(dir, 'server.pem');
  const ext = join(dir, 'server.ext');
  writeFileSync(
    ext,
    [
      'basicConstraints=critical,CA:FALSE',
      'keyUsage=critical,digitalSignature,keyEncipherment',
      'extendedKeyUsage=serverAuth',
      `subjectAltName=${SERVER_NAMES.map((name) => `DNS:${name}`).join(',')}`,
    ].join('\n'),
  );
  const openssl = (args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });
  openssl(
    // An EC key, as most public servers use now: an RSA-2048 signature costs the lab's server
    // about 1.5 ms of CPU per handshake, which on a loaded 2-core machine shows in the round trips.
    ['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes']
      .concat(['-keyout', key, '-out', csr])
      .concat(['-subj', '/O=Onsight Lab/CN=onsight.librestream.com']),
  );
  openssl(
    ['x509', '-req', '-in', csr, '-CA', labCa.certFile, '-CAkey', labCa.keyFile].concat([
      '-CAcreateserial',
      '-days',
      '2',
      '-extfile',
      ext,
      '-out',
      cert,
    ]),
  );
  return { labCa, server: { cert, key }, corporateCa };
}
