import { describe, expect, it } from 'vitest';
import { redirectKind } from '../../../../main/engine/probes/http-redirect';
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

describe('redirectKind (RFC 9110 §15.4; guide Table 2-2, Note 1)', () => {
  const head = (status: number, location?: string) => ({
    version: '1.1',
    status,
    reason: '',
    headers: location ? ([['Location', location]] as Array<[string, string]>) : [],
  });

  it('accepts 301, 302, 307 and 308 to HTTPS on the server asked', () => {
    for (const status of [301, 302, 307, 308])
      expect(redirectKind(head(status, 'HTTPS://52.142.34.58/'), '52.142.34.58')).toBe(
        'https-here',
      );
  });

  it("accepts HTTPS on Librestream's own names", () => {
    expect(redirectKind(head(301, 'https://onsight.librestream.com/x'), '52.142.34.58')).toBe(
      'https-here',
    );
    expect(redirectKind(head(301, 'https://librestream.com.evil.example/'), '10.0.0.1')).toBe(
      'https-elsewhere',
    );
  });

  it("tells a redirect to another host's HTTPS login page apart (captive portals)", () => {
    expect(redirectKind(head(302, 'https://login.portal.example/?u=x'), '52.142.34.58')).toBe(
      'https-elsewhere',
    );
  });

  it('rejects other statuses, plain http, relative and broken locations', () => {
    const host = 'a.test';
    expect(redirectKind(head(200), host)).toBe('other');
    expect(redirectKind(head(303, 'https://a.test/'), host)).toBe('other');
    expect(redirectKind(head(301, 'http://a.test/'), host)).toBe('other');
    expect(redirectKind(head(301, '/login'), host)).toBe('other');
    expect(redirectKind(head(301, 'https://[::1'), host)).toBe('other');
  });
});
