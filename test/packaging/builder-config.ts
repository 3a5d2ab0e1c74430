// electron-builder.yml as electron-builder reads it, its own schema, and the packages its build
// step brings along (resolved from app-builder-lib, so tests use the versions the build uses).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';

export const ROOT = resolve(__dirname, '../..');
export const CONFIG_FILE = resolve(ROOT, 'electron-builder.yml');

const fromBuilder = createRequire(require.resolve('app-builder-lib/package.json'));
const yaml = fromBuilder('js-yaml') as { load(text: string): unknown };

export function loadConfig(file = CONFIG_FILE): Record<string, unknown> {
  const config = yaml.load(readFileSync(file, 'utf8'));
  if (typeof config !== 'object' || config === null) throw new Error(`${file}: not a mapping`);
  return config as Record<string, unknown>;
}

let validator: ValidateFunction | undefined;

/** The check electron-builder runs on its configuration: its JSON Schema (draft-07). */
export function validateConfig(config: unknown): ErrorObject[] {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(
    fromBuilder('./scheme.json') as object,
  );
  return validator(config) ? [] : (validator.errors ?? []);
}

/** @electron/fuses as electron-builder uses it to flip the fuses (its reader and names). */
export const fuses = fromBuilder('@electron/fuses') as {
  getCurrentFuseWire(binary: string): Promise<Record<string, unknown>>;
  FuseV1Options: Record<string, number | string>;
};

/** The hardening the packaged binary must carry (ARCHITECTURE.md, "Security posture"). */
export const FUSE_POLICY = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
} as const;

/** Fuses of `config` that differ from the policy (missing ones included), by option name. */
export function fuseViolations(config: Record<string, unknown>): string[] {
  const set = (config.electronFuses ?? {}) as Record<string, unknown>;
  return Object.entries(FUSE_POLICY)
    .filter(([option, wanted]) => set[option] !== wanted)
    .map(([option]) => option);
}

/** electron-builder's option name → @electron/fuses' fuse name: runAsNode → RunAsNode. */
export const fuseName = (option: string) => option[0]!.toUpperCase() + option.slice(1);
