// The profile's fingerprint inside a 0.1 (v1) helpdesk code: 10 bits of FNV-1a (a small,
// pure hash; common/ stays free of node:crypto) over the profile's id, version, revision and
// file hash. v2 codes name their layout instead (layouts.ts), so that a new title breaks no
// code; this stays to read the codes 0.1 printed. Its job is only to tell a code made with
// another profile apart (1 in 1024 would slip through), not to resist forgery.
import type { ResultDocument } from '../results/schema';

export const PROFILE_DIGEST_BITS = 10;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function fnv1a(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME) >>> 0;
  }
  return hash;
}

/** Folds the 32-bit hash so that every bit of it reaches the 10 that are kept. */
export function profileDigest(profile: ResultDocument['profile']): number {
  const hash = fnv1a(
    [profile.id, profile.version, String(profile.revision), profile.hash].join('\u0000'),
  );
  const mask = 2 ** PROFILE_DIGEST_BITS - 1;
  return (hash ^ (hash >>> 10) ^ (hash >>> 20) ^ (hash >>> 30)) & mask;
}
