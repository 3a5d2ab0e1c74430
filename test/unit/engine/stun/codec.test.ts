import { createHmac } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  decode,
  encode,
  FILLER_ATTRIBUTE,
  mappedAddressOf,
  METHOD_BINDING,
  serverAddressesOf,
} from '../../../../main/engine/stun/codec';
import { shortTermIntegrity } from '../../../../main/engine/stun/short-term-credential';
import {
  PADDED_REQUEST,
  PASSWORD,
  SAMPLE_IPV4_RESPONSE,
  SAMPLE_IPV6_RESPONSE,
  SAMPLE_REQUEST,
  TRANSACTION_ID,
} from './rfc5769-vectors';
import {
  COTURN_RESPONSE,
  ORIGIN_IPV4_RESPONSE,
  OTHER_ADDRESS_IPV6_RESPONSE,
  RFC5780_TRANSACTION_ID,
} from './rfc5780-vectors';

const integrity = shortTermIntegrity(PASSWORD);
// RFC 5769 pads with spaces (0x20); RFC 8489 §14 lets the padding be anything.
const asInRfc5769 = { integrity, fingerprint: true, padding: 0x20 };
const hexOf = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('STUN codec against RFC 5769', () => {
  it('§2.1 sample request: encodes byte for byte and decodes with valid integrity and fingerprint', () => {
    const encoded = encode(
      {
        class: 'request',
        method: METHOD_BINDING,
        transactionId: TRANSACTION_ID,
        attributes: [
          { type: 'software', value: 'STUN test client' },
          { type: 'other', code: 0x0024, value: Uint8Array.of(0x6e, 0x00, 0x01, 0xff) },
          { type: 'other', code: 0x8029, value: Buffer.from('932ff9b151263b36', 'hex') },
          { type: 'username', value: 'evtj:h6vY' },
        ],
      },
      asInRfc5769,
    );
    expect(hexOf(encoded)).toBe(hexOf(SAMPLE_REQUEST));

    const decoded = decode(SAMPLE_REQUEST, { integrity });
    expect(decoded).toMatchObject({ ok: true, integrity: 'valid', fingerprint: 'valid' });
    if (!decoded.ok) return;
    expect(decoded.message.class).toBe('request');
    expect(decoded.message.method).toBe(METHOD_BINDING);
    expect(hexOf(decoded.message.transactionId)).toBe(hexOf(TRANSACTION_ID));
    expect(decoded.message.attributes.map((a) => a.type)).toEqual([
      'software',
      'other',
      'other',
      'username',
      'message-integrity',
      'fingerprint',
    ]);
    expect(decoded.message.attributes[0]).toEqual({ type: 'software', value: 'STUN test client' });
    expect(decoded.message.attributes[3]).toEqual({ type: 'username', value: 'evtj:h6vY' });
  });

  it('§2.2 sample IPv4 response: 192.0.2.1 port 32853, byte for byte', () => {
    const encoded = encode(
      {
        class: 'success',
        method: METHOD_BINDING,
        transactionId: TRANSACTION_ID,
        attributes: [
          { type: 'software', value: 'test vector' },
          { type: 'xor-mapped-address', family: 4, address: '192.0.2.1', port: 32853 },
        ],
      },
      asInRfc5769,
    );
    expect(hexOf(encoded)).toBe(hexOf(SAMPLE_IPV4_RESPONSE));
    const decoded = decode(SAMPLE_IPV4_RESPONSE, { integrity });
    expect(decoded).toMatchObject({ ok: true, integrity: 'valid', fingerprint: 'valid' });
    if (!decoded.ok) return;
    expect(decoded.message.class).toBe('success');
    expect(mappedAddressOf(decoded.message)).toEqual({
      family: 4,
      address: '192.0.2.1',
      port: 32853,
    });
    expect(decoded.message.attributes[0]).toEqual({ type: 'software', value: 'test vector' });
  });

  it('§2.3 sample IPv6 response: 2001:db8:1234:5678:11:2233:4455:6677 port 32853, byte for byte', () => {
    const encoded = encode(
      {
        class: 'success',
        method: METHOD_BINDING,
        transactionId: TRANSACTION_ID,
        attributes: [
          { type: 'software', value: 'test vector' },
          {
            type: 'xor-mapped-address',
            family: 6,
            address: '2001:db8:1234:5678:11:2233:4455:6677',
            port: 32853,
          },
        ],
      },
      asInRfc5769,
    );
    expect(hexOf(encoded)).toBe(hexOf(SAMPLE_IPV6_RESPONSE));
    const decoded = decode(SAMPLE_IPV6_RESPONSE, { integrity });
    expect(decoded).toMatchObject({ ok: true, integrity: 'valid', fingerprint: 'valid' });
    if (!decoded.ok) return;
    expect(mappedAddressOf(decoded.message)).toEqual({
      family: 6,
      address: '2001:db8:1234:5678:11:2233:4455:6677',
      port: 32853,
    });
  });

  it('checks integrity of a datagram that is a view into a larger Buffer, leaving the bytes alone', () => {
    // dgram hands over Buffers that share memory with others (byteOffset > 0).
    const backing = Buffer.concat([Buffer.alloc(8, 0xee), Buffer.from(SAMPLE_IPV4_RESPONSE)]);
    const datagram = backing.subarray(8);
    const before = Buffer.from(backing);
    expect(decode(datagram, { integrity })).toMatchObject({ ok: true, integrity: 'valid' });
    expect(backing.equals(before)).toBe(true);
  });

  it('reports a wrong password as invalid integrity, and unchecked without one', () => {
    expect(decode(SAMPLE_IPV4_RESPONSE, { integrity: shortTermIntegrity('wrong') })).toMatchObject({
      ok: true,
      integrity: 'invalid',
    });
    expect(decode(SAMPLE_IPV4_RESPONSE)).toMatchObject({ ok: true, integrity: 'unchecked' });
  });

  it('rejects a flipped bit under FINGERPRINT', () => {
    const damaged = SAMPLE_IPV4_RESPONSE.slice();
    damaged[30] = damaged[30]! ^ 0x01;
    expect(decode(damaged)).toMatchObject({ ok: false, error: 'bad-fingerprint' });
  });
});

describe('STUN codec, Binding messages of this tool', () => {
  const id = Uint8Array.from({ length: 12 }, (_, i) => i + 1);

  it('round-trips a bare request with FINGERPRINT (20 + 8 bytes)', () => {
    const bytes = encode(
      { class: 'request', method: METHOD_BINDING, transactionId: id, attributes: [] },
      { fingerprint: true },
    );
    expect(bytes.length).toBe(28);
    expect(hexOf(bytes.subarray(0, 4))).toBe('00010008');
    expect(decode(bytes)).toMatchObject({
      ok: true,
      fingerprint: 'valid',
      message: { class: 'request', attributes: [{ type: 'fingerprint' }] },
    });
  });

  it('falls back to MAPPED-ADDRESS (RFC 3489 servers) and reads ERROR-CODE', () => {
    const success = decode(
      encode({
        class: 'success',
        method: METHOD_BINDING,
        transactionId: id,
        attributes: [{ type: 'mapped-address', family: 4, address: '203.0.113.7', port: 4242 }],
      }),
    );
    expect(success.ok && mappedAddressOf(success.message)).toEqual({
      family: 4,
      address: '203.0.113.7',
      port: 4242,
    });
    const failure = decode(
      encode({
        class: 'error',
        method: METHOD_BINDING,
        transactionId: id,
        attributes: [{ type: 'error-code', code: 420, reason: 'Unknown Attribute' }],
      }),
    );
    expect(failure).toMatchObject({
      ok: true,
      message: {
        class: 'error',
        attributes: [{ type: 'error-code', code: 420, reason: 'Unknown Attribute' }],
      },
    });
  });

  it('names what is wrong with garbage', () => {
    expect(decode(Buffer.from('hello'))).toMatchObject({ ok: false, error: 'too-short' });
    expect(decode(Buffer.alloc(20, 0x41))).toMatchObject({ ok: false, error: 'not-stun' });
    const truncated = SAMPLE_IPV4_RESPONSE.subarray(0, 40);
    expect(decode(truncated)).toMatchObject({ ok: false, error: 'bad-length' });
    const badFamily = encode({
      class: 'success',
      method: METHOD_BINDING,
      transactionId: id,
      attributes: [{ type: 'xor-mapped-address', family: 4, address: '192.0.2.1', port: 1 }],
    });
    badFamily[25] = 0x07; // the family byte of the first attribute
    expect(decode(badFamily)).toMatchObject({ ok: false, error: 'bad-attribute' });
  });
});

describe("STUN codec, RFC 5780's RESPONSE-ORIGIN and OTHER-ADDRESS", () => {
  it('reads both as plain (not XORed) addresses, byte for byte as written by hand', () => {
    const result = decode(ORIGIN_IPV4_RESPONSE);
    if (!result.ok) throw new Error(result.reason);
    expect(mappedAddressOf(result.message)).toEqual({
      family: 4,
      address: '203.0.113.7',
      port: 4242,
    });
    expect(serverAddressesOf(result.message)).toEqual({
      responseOrigin: { family: 4, address: '198.51.100.7', port: 3478 },
      otherAddress: { family: 4, address: '198.51.100.8', port: 3479 },
    });
    // Built from the same attributes, the encoder writes the same bytes.
    const built = encode({
      class: 'success',
      method: METHOD_BINDING,
      transactionId: RFC5780_TRANSACTION_ID,
      attributes: [
        { type: 'xor-mapped-address', family: 4, address: '203.0.113.7', port: 4242 },
        { type: 'response-origin', family: 4, address: '198.51.100.7', port: 3478 },
        { type: 'other-address', family: 4, address: '198.51.100.8', port: 3479 },
      ],
    });
    expect(hexOf(built)).toBe(hexOf(ORIGIN_IPV4_RESPONSE));
  });

  it('reads an IPv6 OTHER-ADDRESS, and reports neither when the server sent none', () => {
    const ipv6 = decode(OTHER_ADDRESS_IPV6_RESPONSE);
    expect(ipv6.ok && serverAddressesOf(ipv6.message)).toEqual({
      otherAddress: { family: 6, address: '2001:db8::8', port: 3479 },
    });
    const plain = decode(SAMPLE_IPV4_RESPONSE);
    expect(plain.ok && serverAddressesOf(plain.message)).toEqual({});
  });

  it("reads a real coturn 4.6.1 answer: it answered from where it was asked, its other address is its second listener's", () => {
    const result = decode(COTURN_RESPONSE);
    if (!result.ok) throw new Error(result.reason);
    expect(serverAddressesOf(result.message)).toEqual({
      responseOrigin: { family: 4, address: '198.18.10.1', port: 3478 },
      otherAddress: { family: 4, address: '198.18.10.17', port: 3479 },
    });
    expect(mappedAddressOf(result.message)?.address).toBe('198.18.10.1');
  });

  it('names a RESPONSE-ORIGIN of the wrong length or family as a bad attribute', () => {
    const short = ORIGIN_IPV4_RESPONSE.slice();
    // RESPONSE-ORIGIN's family byte (offset 20 + 12 + 4 + 1) made 0x07.
    short[37] = 0x07;
    expect(decode(short)).toMatchObject({
      ok: false,
      error: 'bad-attribute',
      reason: 'unknown address family 0x7',
    });
    const ipv4AsSix = ORIGIN_IPV4_RESPONSE.slice();
    ipv4AsSix[37] = 0x02;
    expect(decode(ipv4AsSix)).toMatchObject({
      ok: false,
      error: 'bad-attribute',
      reason: 'IPv6 address attribute of 8 bytes',
    });
  });
});

describe('STUN codec, requests padded to a size (X.4)', () => {
  const id = Uint8Array.from({ length: 12 }, (_, i) => i + 1);
  const bare = { class: 'request' as const, method: METHOD_BINDING, transactionId: id };

  it('pads a bare request to 64 bytes byte for byte as built by hand, FINGERPRINT last', () => {
    const encoded = encode({ ...bare, attributes: [] }, { fingerprint: true, padTo: 64 });
    expect(hexOf(encoded)).toBe(hexOf(PADDED_REQUEST));
    expect(decode(PADDED_REQUEST)).toMatchObject({
      ok: true,
      fingerprint: 'valid',
      message: {
        class: 'request',
        attributes: [{ type: 'other', code: 0xff26 }, { type: 'fingerprint' }],
      },
    });
  });

  it('pads RFC 5769 §2.1 to 1200 bytes: the filler after its attributes, before MESSAGE-INTEGRITY', () => {
    // Expected bytes from the RFC's own: its attributes as printed, then the filler, then
    // MESSAGE-INTEGRITY and FINGERPRINT over the new length, computed here with node:crypto
    // and zlib (not the codec's crc32.ts).
    const attributesEnd = SAMPLE_REQUEST.length - 24 - 8;
    const fillerLength = 1200 - attributesEnd - 4 - 24 - 8;
    const expected = Buffer.alloc(1200);
    Buffer.from(SAMPLE_REQUEST.subarray(0, attributesEnd)).copy(expected);
    expected.writeUInt16BE(FILLER_ATTRIBUTE, attributesEnd);
    expected.writeUInt16BE(fillerLength, attributesEnd + 2);
    const integrityAt = attributesEnd + 4 + fillerLength;
    expected.writeUInt16BE(integrityAt + 24 - 20, 2);
    const hmac = createHmac('sha1', PASSWORD).update(expected.subarray(0, integrityAt)).digest();
    expected.writeUInt16BE(0x0008, integrityAt);
    expected.writeUInt16BE(20, integrityAt + 2);
    hmac.copy(expected, integrityAt + 4);
    expected.writeUInt16BE(1200 - 20, 2);
    const crc = (crc32(expected.subarray(0, 1192)) ^ 0x5354554e) >>> 0;
    expected.writeUInt32BE(0x80280004, 1192);
    expected.writeUInt32BE(crc, 1196);

    const encoded = encode(
      {
        class: 'request',
        method: METHOD_BINDING,
        transactionId: TRANSACTION_ID,
        attributes: [
          { type: 'software', value: 'STUN test client' },
          { type: 'other', code: 0x0024, value: Uint8Array.of(0x6e, 0x00, 0x01, 0xff) },
          { type: 'other', code: 0x8029, value: Buffer.from('932ff9b151263b36', 'hex') },
          { type: 'username', value: 'evtj:h6vY' },
        ],
      },
      { ...asInRfc5769, padTo: 1200 },
    );
    expect(encoded.length).toBe(1200);
    expect(hexOf(encoded)).toBe(hexOf(expected));
    expect(decode(encoded, { integrity })).toMatchObject({
      ok: true,
      integrity: 'valid',
      fingerprint: 'valid',
    });
  });

  it('reaches each size X.4 sends, in bytes of UDP payload', () => {
    for (const size of [1200, 1472, 1600]) {
      const bytes = encode({ ...bare, attributes: [] }, { fingerprint: true, padTo: size });
      expect(bytes.length).toBe(size);
      // The header's length field counts everything after the 20-byte header (RFC 8489 §5).
      expect(Buffer.from(bytes).readUInt16BE(2)).toBe(size - 20);
      expect(decode(bytes)).toMatchObject({ ok: true, fingerprint: 'valid' });
    }
  });

  it('refuses a size that is not whole 4-byte words or leaves no room for the filler', () => {
    const pad = (padTo: number) => () =>
      encode({ ...bare, attributes: [] }, { fingerprint: true, padTo });
    expect(pad(1201)).toThrow(TypeError);
    expect(pad(28)).toThrow(TypeError);
    // 20 header + 4 filler header + 8 FINGERPRINT: the smallest, with an empty filler.
    expect(pad(32)().length).toBe(32);
  });
});
