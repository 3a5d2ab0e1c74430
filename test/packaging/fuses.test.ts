// The fuse settings the packaging step applies (electronFuses in electron-builder.yml), read
// from the file itself. The stand-in build test reads them back from the packed binary; the
// release workflow reads them back from the real Electron binary with `npx @electron/fuses read`.
import { describe, expect, it } from 'vitest';
import { FUSE_POLICY, fuseName, fuses, fuseViolations, loadConfig } from './builder-config';

describe('electronFuses in electron-builder.yml', () => {
  it('is exactly the hardening policy', () => {
    expect(loadConfig().electronFuses).toEqual(FUSE_POLICY);
    expect(fuseViolations(loadConfig())).toEqual([]);
  });

  it('turns Node off and file:// privileges off, in the file electron-builder reads', () => {
    expect(loadConfig().electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('names each fuse a copy of the file turns back on, or leaves out', () => {
    const config = loadConfig();
    const fusesOf = config.electronFuses as Record<string, boolean>;
    expect(fuseViolations({ ...config, electronFuses: { ...fusesOf, runAsNode: true } })).toEqual([
      'runAsNode',
    ]);
    const { grantFileProtocolExtraPrivileges: _dropped, ...withoutFileFuse } = fusesOf;
    expect(fuseViolations({ ...config, electronFuses: withoutFileFuse })).toEqual([
      'grantFileProtocolExtraPrivileges',
    ]);
    expect(fuseViolations({ ...config, electronFuses: undefined })).toEqual(
      Object.keys(FUSE_POLICY),
    );
  });

  it('names only fuses that @electron/fuses (the version electron-builder uses) can flip', () => {
    for (const option of Object.keys(loadConfig().electronFuses as object))
      expect(fuses.FuseV1Options[fuseName(option)], option).toEqual(expect.any(Number));
  });
});
