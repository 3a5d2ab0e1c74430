import { describe, expect, it } from 'vitest';
import { redirectsToHttps } from '../../../../main/engine/probes/http-redirect';
import { allInside } from '../../../../main/engine/probes/tcp';

describe('allInside (guide section 4)', () => {
  it('holds only when every address lies in the block', () => {
    expect(allInside('17.0.0.0/8', ['17.57.146.20', '17.188.180.1'])).toBe(true);
    expect(allInside('17.0.0.0/8', ['17.57.146.20', '10.0.0.1'])).toBe(false);
    // The guide names no IPv6 block: a native IPv6 answer is not judged; a NAT64 one by its IPv4.
    expect(allInside('17.0.0.0/8', ['2620:149::1'])).toBeUndefined();
    expect(allInside('17.0.0.0/8', ['64:ff9b::1139:9214'])).toBe(true);
    expect(allInside('17.0.0.0/8', ['64:ff9b::a00:1'])).toBe(false);
  });
});

describe('redirectsToHttps (RFC 9110 §15.4)', () => {
  const head = (status: number, location?: string) => ({
    version: '1.1',
    status,
    reason: '',
    headers: location ? ([['Location', location]] as Array<[string, string]>) : [],
  });

  it('accepts 301, 302, 307 and 308 to an https URL', () => {
    for (const status of [301, 302, 307, 308])
      expect(redirectsToHttps(head(status, 'HTTPS://a.test/'))).toBe(true);
  });

  it('rejects other statuses, plain http and relative locations', () => {
    expect(redirectsToHttps(head(200))).toBe(false);
    expect(redirectsToHttps(head(303, 'https://a.test/'))).toBe(false);
    expect(redirectsToHttps(head(301, 'http://a.test/'))).toBe(false);
    expect(redirectsToHttps(head(301, '/login'))).toBe(false);
  });
});
