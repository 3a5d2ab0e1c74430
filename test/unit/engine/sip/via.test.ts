import { describe, expect, it } from 'vitest';
import { parseVia, readNat } from '../../../../main/engine/sip/via';

describe('parseVia', () => {
  it('reads sent-by and parameters, with whitespace around the separators', () => {
    expect(
      parseVia('SIP / 2.0 / tcp 10.0.0.5:5060 ;branch=z9hG4bK1;rport=4000;received=198.51.100.4'),
    ).toEqual({
      protocol: 'SIP/2.0',
      transport: 'TCP',
      host: '10.0.0.5',
      port: 5060,
      params: { branch: 'z9hG4bK1', rport: '4000', received: '198.51.100.4' },
    });
  });

  it('reads bracketed IPv6, a missing port and a bare rport', () => {
    expect(parseVia('SIP/2.0/TLS [2001:db8::9];rport')).toEqual({
      protocol: 'SIP/2.0',
      transport: 'TLS',
      host: '2001:db8::9',
      params: { rport: '' },
    });
  });

  it('rejects what is not a Via', () => {
    expect(parseVia('garbage')).toBeNull();
    expect(parseVia('SIP/2.0/TCP host:99999')).toBeNull();
    expect(parseVia('')).toBeNull();
  });
});

describe('readNat', () => {
  const via = (params: string) =>
    parseVia(`SIP/2.0/TCP 192.168.1.20:51000;branch=z9hG4bK1${params}`);

  it('sees no NAT when the server saw our own address and port', () => {
    expect(readNat(via(';rport=51000;received=192.168.1.20'), '192.168.1.20', 51000)).toEqual({
      viaReceived: '192.168.1.20',
      viaRport: 51000,
      natDetected: false,
    });
    expect(readNat(via(';received=::ffff:192.168.1.20'), '192.168.1.20', 51000).natDetected).toBe(
      false,
    );
  });

  it('sees a NAT when the address or only the port differs', () => {
    expect(
      readNat(via(';rport=40000;received=203.0.113.9'), '192.168.1.20', 51000).natDetected,
    ).toBe(true);
    expect(
      readNat(via(';rport=40000;received=192.168.1.20'), '192.168.1.20', 51000).natDetected,
    ).toBe(true);
  });

  it('says nothing when the server reported nothing', () => {
    expect(readNat(via(';rport'), '192.168.1.20', 51000)).toEqual({});
    expect(readNat(null, '192.168.1.20', 51000)).toEqual({});
  });
});
