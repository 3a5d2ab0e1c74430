import { describe, expect, it } from 'vitest';
import { changeRequest } from '../../../common/results/change-request';
import { buildResult } from '../helpdesk/result-builder';

const SIX_RANGES =
  '52.142.34.48/28, 51.105.215.0/28, 52.253.84.80/28, 52.146.156.64/28, 13.70.46.96/28, 13.64.48.96/28';

describe('changeRequest', () => {
  it('asks for nothing when every rule is open', () => {
    expect(changeRequest(buildResult().rows)).toEqual([]);
  });

  it('writes the rule an administrator types, with the profile names of the destinations', () => {
    const result = buildResult({ answers: { '2-2.3': { outcome: 'timeout' } } });
    expect(changeRequest(result.rows)).toEqual([
      `Allow outbound TCP 5061 (SIP over TLS 1.2) to ${SIX_RANGES}`,
    ]);
  });

  it('merges rows that share protocol and port, unioning their destinations', () => {
    const result = buildResult({
      answers: {
        '2-1.1': { outcome: 'timeout' },
        '2-2.6': { outcome: 'refused' },
        '2-2.2': { outcome: 'timeout' },
        '2-3.4': { outcome: 'reset' },
      },
      options: { legacy: true },
    });
    expect(changeRequest(result.rows)).toEqual([
      `Allow outbound TCP 443 (HTTPS) to onsight.librestream.com, ${SIX_RANGES}`,
      `Allow outbound TCP 5060 (SIP) to ${SIX_RANGES}, 54.213.166.17`,
    ]);
  });

  it('names only the silent destinations of a rule that is partly missing (warn)', () => {
    const result = buildResult({
      answers: {
        '2-2.1': (target) => ({ outcome: target.startsWith('13.') ? 'timeout' : 'reply' }),
      },
    });
    expect(result.rows.find((r) => r.id === '2-2.1')?.status).toBe('warn');
    expect(changeRequest(result.rows)).toEqual([
      'Allow outbound UDP 3478 (STUN) to 13.70.46.96/28, 13.64.48.96/28',
    ]);
  });

  it('asks to disable SSL inspection on the product that opened the traffic', () => {
    const intercepted = {
      outcome: 'tls-intercepted' as const,
      detail: { tls: { inspectionProduct: 'Zscaler' } },
    };
    const named = buildResult({ answers: { '2-1.1': intercepted, '2-1.2': intercepted } });
    expect(changeRequest(named.rows)).toEqual([
      'Disable SSL inspection for *.librestream.com on Zscaler',
    ]);
    const unnamed = buildResult({ answers: { '2-1.2': { outcome: 'tls-intercepted' } } });
    expect(changeRequest(unnamed.rows)).toEqual([
      'Disable SSL inspection for *.librestream.com on the inspecting proxy',
    ]);
  });

  it('names the proxy that refused, without its scheme or credentials', () => {
    const proxy = {
      via: 'http://user:secret@proxy.corp.example:3128',
      server: 'squid/6.13',
      status: '403 Forbidden',
    };
    const result = buildResult({
      answers: {
        '2-1.1': { outcome: 'proxy-denied', detail: { proxy } },
        '2-2.6': {
          outcome: 'proxy-auth',
          detail: { proxy: { ...proxy, status: '407', authSchemes: ['Negotiate', 'Basic'] } },
        },
      },
    });
    const lines = changeRequest(result.rows);
    expect(lines).toEqual([
      'Add onsight.librestream.com (TCP 443) to the allow list of proxy.corp.example:3128 (squid/6.13); it answered 403 Forbidden',
      `Let Onsight through proxy.corp.example:3128 (squid/6.13) without a proxy password (it asked for Negotiate, Basic) to ${SIX_RANGES.split(
        ', ',
      )
        .map((r) => `${r} (TCP 443)`)
        .join(', ')}`,
    ]);
    expect(lines.join('\n')).not.toMatch(/secret|http:/);
  });

  it('asks to let the proxy reach a destination it could not reach itself (502, 503, 504), not to allow-list it', () => {
    const proxy = {
      via: 'http://proxy.corp.example:3128',
      server: 'squid/6.13',
      status: 'HTTP/1.1 503 Service Unavailable',
    };
    const result = buildResult({
      answers: { '2-1.1': { outcome: 'proxy-denied', detail: { proxy } } },
    });
    expect(changeRequest(result.rows)).toEqual([
      'Let proxy.corp.example:3128 (squid/6.13) reach onsight.librestream.com (TCP 443) through the firewall behind it; it answered HTTP/1.1 503 Service Unavailable: it could not reach them itself',
    ]);
  });

  it('keeps the profile name of a mapped target and separates DNS and this computer', () => {
    const result = buildResult({
      answers: { '4.2': { outcome: 'dns-fail' }, '2-2.2': { outcome: 'local-block' } },
    });
    const mapped = result.rows.map((row) => ({
      ...row,
      probes: row.probes.map((p) =>
        p.rowId === '2-2.2' ? { ...p, target: '198.18.1.1', mappedFrom: p.target } : p,
      ),
    }));
    expect(changeRequest(mapped)).toEqual([
      `Allow outbound TCP 5060 (SIP) to ${SIX_RANGES} in this computer's own firewall`,
      "Let this network's DNS resolve mtalk.google.com, fcm.googleapis.com",
    ]);
  });

  it('asks for nothing a firewall cannot fix: ports taken on this computer only warn', () => {
    const result = buildResult({ answers: { '3-1.1': { outcome: 'in-use' } } });
    expect(result.rows.find((r) => r.id === '3-1.1')?.status).toBe('warn');
    expect(changeRequest(result.rows)).toEqual([]);
  });

  it('asks to open nothing for silence that proves nothing (media ports outside a call)', () => {
    // One media block answered, the others were silent or sent "port unreachable": the row
    // warns, but silence on the media range is not a blocked range (udp-sample's own words).
    const result = buildResult({
      answers: {
        '2-2.4': (target) => ({
          outcome: target.startsWith('52.142.')
            ? 'reply'
            : target.startsWith('13.')
              ? 'refused'
              : 'timeout',
        }),
      },
    });
    expect(result.rows.find((r) => r.id === '2-2.4')?.status).toBe('warn');
    expect(changeRequest(result.rows)).toEqual([]);
  });

  it('asks to open nothing when the handshake went through but the certificate is out of its dates', () => {
    const outOfDates = {
      outcome: 'tls-error' as const,
      detail: { tls: { version: 'TLSv1.3', authorizationError: 'CERT_NOT_YET_VALID' } },
    };
    const result = buildResult({ answers: { '2-1.1': outOfDates, '2-1.2': outOfDates } });
    expect(result.rows.find((r) => r.id === '2-1.2')?.status).toBe('fail');
    expect(changeRequest(result.rows)).toEqual([]);
  });
});
