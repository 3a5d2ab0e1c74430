// The HMAC behind MESSAGE-INTEGRITY for a short-term credential (RFC 8489 §9.1.1): the key is
// the password itself. The codec takes it as a function so that it stays free of node:crypto.
import { createHmac } from 'node:crypto';
import type { HmacSha1 } from './codec';

export function shortTermIntegrity(password: string): HmacSha1 {
  return (bytes) => createHmac('sha1', password).update(bytes).digest();
}
