// STUN message codec (RFC 8489): bytes in → typed message or typed error, never an exception.
//
// Why not the npm package `werift-ice` (evaluated first, issue 3): its STUN codec only comes
// with the whole ICE agent (1.2 MB unpacked, `debug` and `multicast-dns` as dependencies, no
// `engines` field), it is tied to node:crypto and Node's Buffer, and on hostile input it returns
// `undefined` without saying why, where this tool must tell a garbage answer (`malformed`) from
// a fingerprint mismatch in plain words. A Binding-only codec is about two hundred lines, so it
// is written here and proved byte for byte against the RFC 5769 vectors.
//
// The codec is pure: the HMAC-SHA1 of MESSAGE-INTEGRITY is injected (short-term-credential.ts
// builds it with node:crypto), and CRC-32 is computed in crc32.ts.
import { crc32 } from './crc32';
import { formatIPv4, formatIPv6, parseIPv4, parseIPv6 } from './ip-text';

/** RFC 8489 §5: fixed value that tells STUN apart from other protocols on the same port. */
export const MAGIC_COOKIE = 0x2112a442;
/** RFC 8489 §18.2: the only method this tool speaks. */
export const METHOD_BINDING = 0x001;
const HEADER_LENGTH = 20;
/** RFC 8489 §14.7: XORed into the CRC so that a FINGERPRINT differs from other protocols' CRCs. */
const FINGERPRINT_XOR = 0x5354554e;
const HMAC_SHA1_LENGTH = 20;

/** RFC 8489 §18.3 attribute types, and RFC 5780 §7's two that name the server's own address. */
export const ATTRIBUTE = {
  MAPPED_ADDRESS: 0x0001,
  USERNAME: 0x0006,
  MESSAGE_INTEGRITY: 0x0008,
  ERROR_CODE: 0x0009,
  XOR_MAPPED_ADDRESS: 0x0020,
  SOFTWARE: 0x8022,
  FINGERPRINT: 0x8028,
  /** RFC 5780 §7.3: the address and port the response was sent from. */
  RESPONSE_ORIGIN: 0x802b,
  /** RFC 5780 §7.4: the server's other address and port (for NAT behaviour discovery). */
  OTHER_ADDRESS: 0x802c,
} as const;

/**
 * The address attributes without XOR: MAPPED-ADDRESS (RFC 8489 §14.1), and RFC 5780's
 * RESPONSE-ORIGIN and OTHER-ADDRESS, which "use the same format" (§7.3, §7.4). Both are
 * comprehension-optional (0x8000-0xFFFF), so a server that knows them may send them in any
 * Binding success, unasked (coturn sends RESPONSE-ORIGIN unless told not to).
 */
const PLAIN_ADDRESS_TYPES = {
  [ATTRIBUTE.MAPPED_ADDRESS]: 'mapped-address',
  [ATTRIBUTE.RESPONSE_ORIGIN]: 'response-origin',
  [ATTRIBUTE.OTHER_ADDRESS]: 'other-address',
} as const;

export type StunClass = 'request' | 'indication' | 'success' | 'error';
const CLASS_BITS: Record<StunClass, number> = {
  request: 0x000,
  indication: 0x010,
  success: 0x100,
  error: 0x110,
};

export interface TransportAddress {
  family: 4 | 6;
  address: string;
  port: number;
}

/** Attributes a message may be built with; MESSAGE-INTEGRITY and FINGERPRINT are options of `encode`. */
export type EncodableAttribute =
  | ({ type: 'xor-mapped-address' } & TransportAddress)
  | ({ type: 'mapped-address' } & TransportAddress)
  | ({ type: 'response-origin' } & TransportAddress)
  | ({ type: 'other-address' } & TransportAddress)
  | { type: 'software'; value: string }
  | { type: 'username'; value: string }
  | { type: 'error-code'; code: number; reason: string }
  /** Anything else, kept as raw bytes (ICE's PRIORITY, RFC 5780's CHANGE-REQUEST, ...). */
  | { type: 'other'; code: number; value: Uint8Array };

export type StunAttribute =
  | EncodableAttribute
  | { type: 'message-integrity'; hmac: Uint8Array }
  | { type: 'fingerprint'; value: number };

export interface StunMessage {
  class: StunClass;
  method: number;
  /** 96 bits (RFC 8489 §5). */
  transactionId: Uint8Array;
  attributes: StunAttribute[];
}

export type DecodeErrorKind =
  'too-short' | 'not-stun' | 'bad-length' | 'bad-attribute' | 'bad-fingerprint';

export type DecodeResult =
  | {
      ok: true;
      message: StunMessage;
      /** 'unchecked' when the message carries MESSAGE-INTEGRITY but no HMAC was given. */
      integrity: 'absent' | 'valid' | 'invalid' | 'unchecked';
      fingerprint: 'absent' | 'valid';
    }
  | { ok: false; error: DecodeErrorKind; reason: string };

/** HMAC-SHA1 keyed with the credential (RFC 8489 §14.5), injected to keep the codec pure. */
export type HmacSha1 = (bytes: Uint8Array) => Uint8Array;

export interface EncodeOptions {
  /** Appends MESSAGE-INTEGRITY computed with this HMAC. */
  integrity?: HmacSha1;
  /** Appends FINGERPRINT (RFC 8489 §14.7). */
  fingerprint?: boolean;
  /** The padding byte: any value is valid (RFC 8489 §14); RFC 5769's vectors use spaces. */
  padding?: number;
  /**
   * The whole message's size in bytes (the UDP payload), reached with a FILLER attribute
   * placed before MESSAGE-INTEGRITY and FINGERPRINT: X.4's large datagrams. A multiple of 4
   * (RFC 8489 §5), with room for the filler's own 4-byte header.
   */
  padTo?: number;
}

/**
 * X.4's filler: a comprehension-optional attribute (RFC 8489 §14: 0x8000-0xFFFF, which a server
 * that does not know it ignores), of a type IANA's STUN Attributes registry had not assigned
 * when this was written (0xC000-0xFFFF goes by Expert Review, §18.3).
 *
 * Not RFC 5780 §7.6's PADDING (0x0026), tried first against coturn 4.6.1: with two or more
 * listening addresses coturn turns RFC 5780 on by itself, and then answers a PADDING request
 * with a success padded to its interface MTU (1,596 bytes in the lab, whatever the request's
 * size). Every answer would itself be a fragmented datagram on the way back, so a path that
 * drops fragments would lose the 1,200-byte request's answer too, and the check would measure
 * both directions at once. A server ignores an unknown optional attribute and answers with a
 * plain success of under 100 bytes: only the request's size is tested.
 */
export const FILLER_ATTRIBUTE = 0xff26;

const utf8 = new TextEncoder();
const utf8Text = new TextDecoder('utf-8', { fatal: false });

const padded = (length: number) => (length + 3) & ~3;

function messageType(cls: StunClass, method: number): number {
  return (method & 0x000f) | ((method & 0x0070) << 1) | ((method & 0x0f80) << 2) | CLASS_BITS[cls];
}

function encodeAddress(
  attribute: TransportAddress,
  xor: boolean,
  transactionId: Uint8Array,
): Uint8Array {
  const raw = attribute.family === 4 ? parseIPv4(attribute.address) : parseIPv6(attribute.address);
  if (!raw) throw new TypeError(`not an IPv${attribute.family} address: ${attribute.address}`);
  const value = new Uint8Array(4 + raw.length);
  const view = new DataView(value.buffer);
  view.setUint8(1, attribute.family === 4 ? 0x01 : 0x02);
  view.setUint16(2, xor ? attribute.port ^ (MAGIC_COOKIE >>> 16) : attribute.port);
  const mask = xorMask(transactionId);
  raw.forEach((byte, i) => (value[4 + i] = xor ? byte ^ mask[i]! : byte));
  return value;
}

/** RFC 8489 §14.2: the address is XORed with the magic cookie, then (IPv6) the transaction id. */
function xorMask(transactionId: Uint8Array): Uint8Array {
  const mask = new Uint8Array(16);
  new DataView(mask.buffer).setUint32(0, MAGIC_COOKIE);
  mask.set(transactionId.subarray(0, 12), 4);
  return mask;
}

/** Byte `i` of xorMask(transactionId), without building the mask. */
function xorMaskByte(transactionId: Uint8Array, i: number): number {
  return i < 4 ? (MAGIC_COOKIE >>> (24 - 8 * i)) & 0xff : transactionId[i - 4]!;
}

function attributeValue(
  attribute: EncodableAttribute,
  transactionId: Uint8Array,
): [number, Uint8Array] {
  switch (attribute.type) {
    case 'xor-mapped-address':
      return [ATTRIBUTE.XOR_MAPPED_ADDRESS, encodeAddress(attribute, true, transactionId)];
    case 'mapped-address':
      return [ATTRIBUTE.MAPPED_ADDRESS, encodeAddress(attribute, false, transactionId)];
    case 'response-origin':
      return [ATTRIBUTE.RESPONSE_ORIGIN, encodeAddress(attribute, false, transactionId)];
    case 'other-address':
      return [ATTRIBUTE.OTHER_ADDRESS, encodeAddress(attribute, false, transactionId)];
    case 'software':
      return [ATTRIBUTE.SOFTWARE, utf8.encode(attribute.value)];
    case 'username':
      return [ATTRIBUTE.USERNAME, utf8.encode(attribute.value)];
    case 'error-code': {
      const reason = utf8.encode(attribute.reason);
      const value = new Uint8Array(4 + reason.length);
      value[2] = Math.floor(attribute.code / 100);
      value[3] = attribute.code % 100;
      value.set(reason, 4);
      return [ATTRIBUTE.ERROR_CODE, value];
    }
    case 'other':
      return [attribute.code, attribute.value];
  }
}

/** The FILLER attribute that brings the message to `padTo` bytes; throws if it cannot. */
function filler(parts: Array<[number, Uint8Array]>, trailer: number, padTo: number) {
  const before = parts.reduce((sum, [, value]) => sum + 4 + padded(value.length), HEADER_LENGTH);
  const length = padTo - before - trailer - 4;
  if (padTo % 4 !== 0 || length < 0)
    throw new TypeError(`cannot pad a ${before + trailer}-byte STUN message to ${padTo} bytes`);
  return [FILLER_ATTRIBUTE, new Uint8Array(length)] as [number, Uint8Array];
}

/** Builds a message; throws only on a programming error (a bad address or transaction id). */
export function encode(
  message: Omit<StunMessage, 'attributes'> & { attributes: EncodableAttribute[] },
  options: EncodeOptions = {},
): Uint8Array {
  if (message.transactionId.length !== 12) throw new TypeError('a transaction id is 12 bytes');
  const parts = message.attributes.map((a) => attributeValue(a, message.transactionId));
  const trailer = (options.integrity ? 4 + HMAC_SHA1_LENGTH : 0) + (options.fingerprint ? 8 : 0);
  if (options.padTo !== undefined) parts.push(filler(parts, trailer, options.padTo));
  const bodyLength = parts.reduce((sum, [, value]) => sum + 4 + padded(value.length), 0);
  const total = HEADER_LENGTH + bodyLength + trailer;
  const bytes = new Uint8Array(total).fill(options.padding ?? 0);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, messageType(message.class, message.method));
  view.setUint32(4, MAGIC_COOKIE);
  bytes.set(message.transactionId, 8);
  let offset = HEADER_LENGTH;
  const putHeader = (type: number, length: number) => {
    view.setUint16(offset, type);
    view.setUint16(offset + 2, length);
    offset += 4;
  };
  for (const [type, value] of parts) {
    putHeader(type, value.length);
    bytes.set(value, offset);
    offset += padded(value.length);
  }
  if (options.integrity) {
    // RFC 8489 §14.5: the length field counts up to the end of MESSAGE-INTEGRITY while hashing.
    view.setUint16(2, offset + 4 + HMAC_SHA1_LENGTH - HEADER_LENGTH);
    const hmac = options.integrity(bytes.subarray(0, offset));
    putHeader(ATTRIBUTE.MESSAGE_INTEGRITY, HMAC_SHA1_LENGTH);
    bytes.set(hmac.subarray(0, HMAC_SHA1_LENGTH), offset);
    offset += HMAC_SHA1_LENGTH;
  }
  if (options.fingerprint) {
    view.setUint16(2, offset + 8 - HEADER_LENGTH);
    const crc = (crc32(bytes.subarray(0, offset)) ^ FINGERPRINT_XOR) >>> 0;
    putHeader(ATTRIBUTE.FINGERPRINT, 4);
    view.setUint32(offset, crc);
    offset += 4;
  }
  view.setUint16(2, offset - HEADER_LENGTH);
  return bytes;
}

const fail = (error: DecodeErrorKind, reason: string): DecodeResult => ({
  ok: false,
  error,
  reason,
});

function decodeAddress(
  value: Uint8Array,
  xor: boolean,
  transactionId: Uint8Array,
): TransportAddress | string {
  if (value.length < 4) return 'address attribute shorter than 4 bytes';
  const familyByte = value[1];
  const length = familyByte === 0x01 ? 4 : familyByte === 0x02 ? 16 : 0;
  if (length === 0) return `unknown address family 0x${(familyByte ?? 0).toString(16)}`;
  if (value.length !== 4 + length)
    return `IPv${length === 4 ? 4 : 6} address attribute of ${value.length} bytes`;
  // Byte by byte into one small array: a run reads thousands of answers with three addresses
  // each, and a Buffer's map() (with a mask array per address) allocated a backing store per
  // call, the run's largest source of garbage (issue 12, peak RSS).
  const raw = new Uint8Array(length);
  for (let i = 0; i < length; i++)
    raw[i] = xor ? value[4 + i]! ^ xorMaskByte(transactionId, i) : value[4 + i]!;
  const port = ((value[2]! << 8) | value[3]!) ^ (xor ? MAGIC_COOKIE >>> 16 : 0);
  return length === 4
    ? { family: 4, address: formatIPv4(raw), port }
    : { family: 6, address: formatIPv6(raw), port };
}

function decodeAttribute(
  type: number,
  value: Uint8Array,
  transactionId: Uint8Array,
): StunAttribute | string {
  switch (type) {
    case ATTRIBUTE.XOR_MAPPED_ADDRESS: {
      const address = decodeAddress(value, true, transactionId);
      if (typeof address === 'string') return address;
      return { type: 'xor-mapped-address', ...address };
    }
    case ATTRIBUTE.MAPPED_ADDRESS:
    case ATTRIBUTE.RESPONSE_ORIGIN:
    case ATTRIBUTE.OTHER_ADDRESS: {
      const address = decodeAddress(value, false, transactionId);
      if (typeof address === 'string') return address;
      return { type: PLAIN_ADDRESS_TYPES[type], ...address };
    }
    case ATTRIBUTE.SOFTWARE:
      return { type: 'software', value: utf8Text.decode(value) };
    case ATTRIBUTE.USERNAME:
      return { type: 'username', value: utf8Text.decode(value) };
    case ATTRIBUTE.ERROR_CODE: {
      // RFC 8489 §14.8: class 3-6 in the hundreds, number 0-99.
      if (value.length < 4) return 'ERROR-CODE shorter than 4 bytes';
      const hundreds = value[2]! & 0x07;
      const number = value[3]!;
      if (hundreds < 3 || hundreds > 6 || number > 99)
        return `ERROR-CODE ${hundreds}/${number} out of range`;
      return {
        type: 'error-code',
        code: hundreds * 100 + number,
        reason: utf8Text.decode(value.subarray(4)),
      };
    }
    case ATTRIBUTE.MESSAGE_INTEGRITY:
      if (value.length !== HMAC_SHA1_LENGTH) return `MESSAGE-INTEGRITY of ${value.length} bytes`;
      return { type: 'message-integrity', hmac: value.slice() };
    case ATTRIBUTE.FINGERPRINT:
      if (value.length !== 4) return `FINGERPRINT of ${value.length} bytes`;
      return {
        type: 'fingerprint',
        value: new DataView(value.buffer, value.byteOffset, 4).getUint32(0),
      };
    default:
      return { type: 'other', code: type, value: value.slice() };
  }
}

const sameBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((byte, i) => byte === b[i]);

/** Reads one datagram. Never throws: anything that is not a well-formed STUN message is an error value. */
export function decode(input: Uint8Array, options: { integrity?: HmacSha1 } = {}): DecodeResult {
  if (input.length < HEADER_LENGTH)
    return fail('too-short', `${input.length} bytes, a STUN header is 20`);
  const view = new DataView(input.buffer, input.byteOffset, input.length);
  const type = view.getUint16(0);
  // RFC 8489 §5: the two top bits are zero and the magic cookie is present.
  if (type & 0xc000 || view.getUint32(4) !== MAGIC_COOKIE) {
    return fail('not-stun', 'no STUN magic cookie');
  }
  const length = view.getUint16(2);
  if (length % 4 !== 0 || HEADER_LENGTH + length !== input.length) {
    return fail('bad-length', `length field ${length} for a ${input.length}-byte datagram`);
  }
  const cls = (Object.keys(CLASS_BITS) as StunClass[]).find(
    (c) => (type & 0x110) === CLASS_BITS[c],
  )!;
  const method = (type & 0x000f) | ((type >> 1) & 0x0070) | ((type >> 2) & 0x0f80);
  const transactionId = input.slice(8, HEADER_LENGTH);
  const attributes: StunAttribute[] = [];
  let integrity: 'absent' | 'valid' | 'invalid' | 'unchecked' = 'absent';
  let fingerprint: 'absent' | 'valid' = 'absent';
  for (let offset = HEADER_LENGTH; offset < input.length;) {
    if (fingerprint === 'valid') return fail('bad-attribute', 'attributes after FINGERPRINT');
    if (offset + 4 > input.length) return fail('bad-attribute', 'truncated attribute header');
    const attrType = view.getUint16(offset);
    const attrLength = view.getUint16(offset + 2);
    const end = offset + 4 + attrLength;
    if (offset + 4 + padded(attrLength) > input.length) {
      return fail('bad-attribute', `attribute 0x${attrType.toString(16)} overruns the message`);
    }
    const decoded = decodeAttribute(attrType, input.subarray(offset + 4, end), transactionId);
    if (typeof decoded === 'string') return fail('bad-attribute', decoded);
    if (decoded.type === 'fingerprint') {
      // RFC 8489 §14.7: CRC over everything before this attribute, length field as it stands.
      const expected = (crc32(input.subarray(0, offset)) ^ FINGERPRINT_XOR) >>> 0;
      if (decoded.value !== expected) return fail('bad-fingerprint', 'FINGERPRINT does not match');
      fingerprint = 'valid';
      attributes.push(decoded);
    } else if (integrity !== 'absent') {
      // RFC 8489 §14.5: only FINGERPRINT may follow MESSAGE-INTEGRITY; anything else is ignored.
    } else if (decoded.type === 'message-integrity') {
      integrity = options.integrity
        ? checkIntegrity(input, offset, decoded.hmac, options.integrity)
        : 'unchecked';
      attributes.push(decoded);
    } else {
      attributes.push(decoded);
    }
    offset += 4 + padded(attrLength);
  }
  return {
    ok: true,
    message: { class: cls, method, transactionId, attributes },
    integrity,
    fingerprint,
  };
}

function checkIntegrity(
  input: Uint8Array,
  offset: number,
  hmac: Uint8Array,
  compute: HmacSha1,
): 'valid' | 'invalid' {
  // RFC 8489 §14.5: hash the header (length adjusted to end at MESSAGE-INTEGRITY) and what precedes it.
  // A copy: a Node Buffer's slice() is a view, and the length is patched in place below.
  const covered = Uint8Array.prototype.slice.call(input, 0, offset);
  new DataView(covered.buffer).setUint16(2, offset + 4 + HMAC_SHA1_LENGTH - HEADER_LENGTH);
  return sameBytes(compute(covered).subarray(0, HMAC_SHA1_LENGTH), hmac) ? 'valid' : 'invalid';
}

/** The first attribute of a type, typed. */
export function findAttribute<T extends StunAttribute['type']>(
  message: StunMessage,
  type: T,
): Extract<StunAttribute, { type: T }> | undefined {
  return message.attributes.find((a): a is Extract<StunAttribute, { type: T }> => a.type === type);
}

/** RFC 8489 §14.2: XOR-MAPPED-ADDRESS, else the RFC 3489 MAPPED-ADDRESS older servers send. */
export function mappedAddressOf(message: StunMessage): TransportAddress | undefined {
  const found =
    findAttribute(message, 'xor-mapped-address') ?? findAttribute(message, 'mapped-address');
  return found ? { family: found.family, address: found.address, port: found.port } : undefined;
}

/** An address attribute of the message, as a plain transport address. */
function addressOf(
  message: StunMessage,
  type: 'response-origin' | 'other-address',
): TransportAddress | undefined {
  const found = findAttribute(message, type);
  return found ? { family: found.family, address: found.address, port: found.port } : undefined;
}

/**
 * RFC 5780 §7.3 and §7.4: the addresses the server reports as its own, the one it answered
 * from and its other one; each absent when the server sent none.
 */
export function serverAddressesOf(message: StunMessage): {
  responseOrigin?: TransportAddress;
  otherAddress?: TransportAddress;
} {
  const responseOrigin = addressOf(message, 'response-origin');
  const otherAddress = addressOf(message, 'other-address');
  return {
    ...(responseOrigin ? { responseOrigin } : {}),
    ...(otherAddress ? { otherAddress } : {}),
  };
}
