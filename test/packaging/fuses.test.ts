// The fuse settings the packaging step applies (electronFuses in electron-builder.yml). The
// stand-in build test reads them back from the packed binary; the release workflow reads them
// back from the real Electron binary with `npx @electron/fuses read`.
import { describe, expect, it } from 'vitest';
import { FUSE_POLICY, fuseName, fuses, loadConfig } from './builder-config';

describe('electronFuses', () => {
  it('is exactly the hardening policy', () => {
    expect(loadConfig().electronFuses).toEqual(FUSE_POLICY);
  });

  it('turns Node off: no ELECTRON_RUN_AS_NODE, no NODE_OPTIONS, no --inspect', () => {
    expect(FUSE_POLICY).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
    });
  });

  it('loads the app only from an asar whose integrity is checked, and encrypts cookies', () => {
    expect(FUSE_POLICY).toMatchObject({
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    });
  });

  it('names only fuses that @electron/fuses (the version electron-builder uses) can flip', () => {
    for (const option of Object.keys(FUSE_POLICY))
      expect(fuses.FuseV1Options[fuseName(option)], option).toEqual(expect.any(Number));
  });
});
