// A hotel or guest Wi-Fi that has not been signed in to yet looks like a firewall that blocks
// everything, and like SSL inspection: it answers HTTPS with its own certificate and HTTP
// with its login page. Both signs together name it, so nobody asks IT to open ports for it
// (issue 4, "Captive portals").
import { locationKind } from '../net/redirect-location';
import type { RowResult } from './schema';

/** HTTP 2xx: a page, where the guide's servers only ever redirect (Table 2-2, Note 1). */
const isPage = (status: number | undefined) =>
  status !== undefined && status >= 200 && status < 300;

/** A redirect to another host than the server asked: a portal sends everyone to its login page. */
const redirectsElsewhere = (location: string | undefined, address: string | null) =>
  location !== undefined &&
  address !== null &&
  locationKind(location, address).endsWith('-elsewhere');

export function captivePortalSuspected(rows: readonly RowResult[]): boolean {
  const probes = rows.flatMap((row) => row.probes);
  const otherCertificate = probes.some(
    (p) => (p.kind === 'https' || p.kind === 'tls') && p.outcome === 'tls-intercepted',
  );
  const loginPage = probes.some(
    (p) =>
      p.kind === 'http-redirect' &&
      p.outcome === 'reply' &&
      (isPage(p.detail.http?.status) || redirectsElsewhere(p.detail.http?.location, p.address)),
  );
  return otherCertificate && loginPage;
}
