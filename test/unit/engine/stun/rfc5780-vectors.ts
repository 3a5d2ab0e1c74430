// Binding successes with RFC 5780's RESPONSE-ORIGIN (0x802B, §7.3) and OTHER-ADDRESS (0x802C,
// §7.4). RFC 5780 publishes no test vectors: these are written byte by byte from the format
// the two attributes share with MAPPED-ADDRESS (RFC 8489 §14.1: a zero byte, the family, the
// port, the address, none of it XORed), and one is a real coturn answer captured in a test
// namespace.
const hex = (text: string) => Uint8Array.from(Buffer.from(text.replace(/\s+/g, ''), 'hex'));

export const RFC5780_TRANSACTION_ID = hex('b7e7a701 bc34d686 fa87dfae');

/**
 * XOR-MAPPED-ADDRESS 203.0.113.7 port 4242, RESPONSE-ORIGIN 198.51.100.7 port 3478,
 * OTHER-ADDRESS 198.51.100.8 port 3479.
 */
export const ORIGIN_IPV4_RESPONSE = hex(`
  0101 0024 2112a442 b7e7a701 bc34d686 fa87dfae
  0020 0008 0001 3180 ea12d545
  802b 0008 0001 0d96 c6336407
  802c 0008 0001 0d97 c6336408
`);

/** OTHER-ADDRESS 2001:db8::8 port 3479 alone: the 16-byte family (0x02). */
export const OTHER_ADDRESS_IPV6_RESPONSE = hex(`
  0101 0018 2112a442 b7e7a701 bc34d686 fa87dfae
  802c 0014 0002 0d97 20010db8 00000000 00000000 00000008
`);

/**
 * coturn 4.6.1 with five listening addresses (RFC 5780 on by itself), asked on 198.18.10.1:
 * XOR-MAPPED-ADDRESS and MAPPED-ADDRESS 198.18.10.1 port 35193, RESPONSE-ORIGIN 198.18.10.1
 * port 3478, OTHER-ADDRESS 198.18.10.17 port 3479 (its second listening address, port + 1),
 * SOFTWARE "Coturn-4.6.1 'Gorst'".
 */
export const COTURN_RESPONSE = hex(`
  01010048 2112a442 25a5de33 d9257d6a b6e88c97
  00200008 0001a86b e700ae43
  00010008 00018979 c6120a01
  802b0008 00010d96 c6120a01
  802c0008 00010d97 c6120a11
  80220014 436f7475 726e2d34 2e362e31 2027476f 72737427
`);
