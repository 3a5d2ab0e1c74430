// RFC 5769 §2.1-2.3 test vectors, as printed in the RFC (hex, four bytes a line).
const hex = (lines: string) => Uint8Array.from(Buffer.from(lines.replace(/\s+/g, ''), 'hex'));

export const PASSWORD = 'VOkJxbRl1RmTxUk/WvJxBt';
export const TRANSACTION_ID = hex('b7e7a701 bc34d686 fa87dfae');

/** §2.1 Sample Request: SOFTWARE "STUN test client", PRIORITY, ICE-CONTROLLED, USERNAME "evtj:h6vY". */
export const SAMPLE_REQUEST = hex(`
  00010058 2112a442 b7e7a701 bc34d686 fa87dfae
  80220010 5354554e 20746573 7420636c 69656e74
  00240004 6e0001ff
  80290008 932ff9b1 51263b36
  00060009 6576746a 3a683676 59202020
  00080014 9aeaa70c bfd8cb56 781ef2b5 b2d3f249 c1b571a2
  80280004 e57a3bcf`);

/** §2.2 Sample IPv4 Response: SOFTWARE "test vector", 192.0.2.1 port 32853. */
export const SAMPLE_IPV4_RESPONSE = hex(`
  0101003c 2112a442 b7e7a701 bc34d686 fa87dfae
  8022000b 74657374 20766563 746f7220
  00200008 0001a147 e112a643
  00080014 2b91f599 fd9e90c3 8c7489f9 2af9ba53 f06be7d7
  80280004 c07d4c96`);

/** §2.3 Sample IPv6 Response: 2001:db8:1234:5678:11:2233:4455:6677 port 32853. */
export const SAMPLE_IPV6_RESPONSE = hex(`
  01010048 2112a442 b7e7a701 bc34d686 fa87dfae
  8022000b 74657374 20766563 746f7220
  00200014 0002a147 0113a9fa a5d3f179 bc25f4b5 bed2b9d9
  00080014 a382954e 4be67bf1 1784c97c 8292c275 bfe3ed41
  80280004 c8fb0b4c`);

/**
 * Not from RFC 5769: a Binding request padded to 64 bytes for X.4, built by hand. Header
 * (length 44), transaction id 01..0c, the filler attribute 0xff26 of 32 zero bytes, and
 * FINGERPRINT: CRC-32 (Python's binascii.crc32) of the 56 bytes before it, XOR 0x5354554e.
 */
export const PADDED_REQUEST = hex(`
  0001002c 2112a442 01020304 05060708 090a0b0c
  ff260020 00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000
  80280004 268b2cce`);
