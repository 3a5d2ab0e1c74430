// A throwaway identity for the TLS warm-up (warm-up.ts): an in-memory handshake of this
// process with itself. It is never offered on a network and protects nothing, so it may be
// public; the name is reserved (RFC 6761 §6.4). EC P-256, self-signed, valid until 2126.
export const WARM_UP_NAME = 'warm-up.invalid';

export const WARM_UP_KEY = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgRJmHRQt2tkkqxtSs
XeagYLI33k9yWibIskeAZAyCPnShRANCAAQD1ulD3MFFFDDO5RLfmgwGhmVaOYho
gfyeHpNO8JcUBKwy0elTth07wTRTCdOJxrwvvw7L1q5FsNFonHIVMA/R
-----END PRIVATE KEY-----`;

export const WARM_UP_CERT = `-----BEGIN CERTIFICATE-----
MIIBpjCCAU2gAwIBAgIUdpaSacd9AYahmLzj23ErIVxGjaAwCgYIKoZIzj0EAwIw
GjEYMBYGA1UEAwwPd2FybS11cC5pbnZhbGlkMCAXDTI2MTIwMjA1NTUzNloYDzIx
MjYxMTA4MDU1NTM2WjAaMRgwFgYDVQQDDA93YXJtLXVwLmludmFsaWQwWTATBgcq
hkjOPQIBBggqhkjOPQMBBwNCAAQD1ulD3MFFFDDO5RLfmgwGhmVaOYhogfyeHpNO
8JcUBKwy0elTth07wTRTCdOJxrwvvw7L1q5FsNFonHIVMA/Ro28wbTAdBgNVHQ4E
FgQU78ph+GvHvXZpp2gJRHjiIXWKSIowHwYDVR0jBBgwFoAU78ph+GvHvXZpp2gJ
RHjiIXWKSIowDwYDVR0TAQH/BAUwAwEB/zAaBgNVHREEEzARgg93YXJtLXVwLmlu
dmFsaWQwCgYIKoZIzj0EAwIDRwAwRAIgE8Ryt+F+Ly4I7A4NB9G2T8F/H1D2LNRA
/3M7tpOl3hoCICkvzlgsKqiCvbl+wiUl2sLcPHBOFEFiFLMDfjxQqXU9
-----END CERTIFICATE-----`;
