import { describe, expect, it } from 'vitest';
import {
  buildOptionsRequest,
  copiedHeadersOf,
  formatHost,
  type OptionsRequestParams,
} from '../../../../main/engine/sip/message-builder';
import { parseVia } from '../../../../main/engine/sip/via';

const params: OptionsRequestParams = {
  transport: 'TCP',
  targetHost: '52.142.34.50',
  targetPort: 5060,
  localAddress: '192.168.1.20',
  localPort: 51000,
  branchId: 'a1b2c3',
  fromTag: 'f00d',
  callId: 'c0ffee',
  cseq: 1,
  userAgent: 'onsight-netcheck',
};

describe('buildOptionsRequest', () => {
  it('builds the exact RFC 3261 §11 request over TCP', () => {
    expect(buildOptionsRequest(params)).toBe(
      [
        'OPTIONS sip:52.142.34.50:5060;transport=tcp SIP/2.0',
        'Via: SIP/2.0/TCP 192.168.1.20:51000;branch=z9hG4bKa1b2c3;rport',
        'Max-Forwards: 70',
        'From: <sip:netcheck@192.168.1.20>;tag=f00d',
        'To: <sip:52.142.34.50:5060>',
        'Call-ID: c0ffee@192.168.1.20',
        'CSeq: 1 OPTIONS',
        'Contact: <sip:netcheck@192.168.1.20:51000;transport=tcp>',
        'Accept: application/sdp',
        'User-Agent: onsight-netcheck',
        'Content-Length: 0',
        '',
        '',
      ].join('\r\n'),
    );
  });

  it('uses a SIPS URI and a TLS Via over TLS', () => {
    const request = buildOptionsRequest({ ...params, transport: 'TLS', targetPort: 5061 });
    expect(request.startsWith('OPTIONS sips:52.142.34.50:5061 SIP/2.0\r\n')).toBe(true);
    expect(request).toContain(
      '\r\nVia: SIP/2.0/TLS 192.168.1.20:51000;branch=z9hG4bKa1b2c3;rport\r\n',
    );
    expect(request).toContain('\r\nContact: <sips:netcheck@192.168.1.20:51000;transport=tls>\r\n');
  });

  it('leaves rport out when asked (X.3), and copiedHeadersOf names the headers as sent', () => {
    const request = buildOptionsRequest({ ...params, rport: false });
    expect(request).toContain('\r\nVia: SIP/2.0/TCP 192.168.1.20:51000;branch=z9hG4bKa1b2c3\r\n');
    expect(copiedHeadersOf({ ...params, rport: false })).toEqual({
      via: 'SIP/2.0/TCP 192.168.1.20:51000;branch=z9hG4bKa1b2c3',
      from: '<sip:netcheck@192.168.1.20>;tag=f00d',
      to: '<sip:52.142.34.50:5060>',
      callId: 'c0ffee@192.168.1.20',
      cseq: '1 OPTIONS',
    });
  });

  it('brackets IPv6 addresses and keeps the Via parseable', () => {
    const request = buildOptionsRequest({
      ...params,
      localAddress: '2001:db8::7',
      targetHost: '2001:db8::1',
    });
    expect(request.startsWith('OPTIONS sip:[2001:db8::1]:5060;transport=tcp SIP/2.0\r\n')).toBe(
      true,
    );
    const via = /^Via: (.*)$/m.exec(request)![1]!;
    expect(parseVia(via)).toMatchObject({ transport: 'TCP', host: '2001:db8::7', port: 51000 });
    expect(formatHost('[::1]')).toBe('[::1]');
    expect(formatHost('sip.example')).toBe('sip.example');
  });
});
