// Reads a profile file: JSON, then the schema; every failure is one sentence naming the file.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseProfile, type Profile } from '../../common/profile/schema';
import defaultProfileJson from '../../common/profiles/onsight-default.json';

export interface LoadedProfile {
  profile: Profile;
  /** First 8 hex digits of the SHA-256 of the profile's canonical JSON. */
  hash: string;
  source: string;
}

export class ProfileError extends Error {}

export function profileHash(profile: Profile): string {
  return createHash('sha256').update(JSON.stringify(profile)).digest('hex').slice(0, 8);
}

export function profileFromJson(json: unknown, source: string): LoadedProfile {
  const parsed = parseProfile(json);
  if (!parsed.ok) throw new ProfileError(`profile ${source}: ${parsed.message}`);
  return { profile: parsed.profile, hash: profileHash(parsed.profile), source };
}

export function loadProfileFile(file: string): LoadedProfile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new ProfileError(`profile ${file}: cannot be read (${code})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ProfileError(`profile ${file}: not valid JSON (${(error as Error).message})`);
  }
  return profileFromJson(json, file);
}

/** The profile shipped with the app: the Onsight guide, Doc 400295-08 Rev D. */
export function defaultProfile(): LoadedProfile {
  return profileFromJson(defaultProfileJson, 'onsight-default.json');
}
