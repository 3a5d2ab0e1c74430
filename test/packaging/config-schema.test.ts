// electron-builder.yml against electron-builder's own schema: the real file passes, and a copy
// with a misspelt key fails (electron-builder would otherwise stop on it only at release time).
import { describe, expect, it } from 'vitest';
import { loadConfig, validateConfig } from './builder-config';

describe('electron-builder.yml', () => {
  it('is valid against app-builder-lib/scheme.json', () => {
    expect(validateConfig(loadConfig())).toEqual([]);
  });

  it('names the product, the app id and the icons in build/', () => {
    const config = loadConfig();
    expect(config).toMatchObject({
      productName: 'Onsight Network Check',
      appId: 'com.librestream.onsight.networkcheck',
      directories: { buildResources: 'build' },
      win: { icon: 'build/icon.ico' },
      mac: { icon: 'build/icon.png' },
      linux: { icon: 'build/icons' },
    });
  });

  it('installs per user without administrator rights, with a choice of folder', () => {
    expect(loadConfig().nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: false,
      allowToChangeInstallationDirectory: true,
    });
  });

  it('puts version and architecture into every artifact name', () => {
    const config = loadConfig() as Record<string, { artifactName?: string }> & {
      artifactName: string;
    };
    const names = [
      config.artifactName,
      ...['nsis', 'portable', 'dmg'].map((k) => config[k]?.artifactName),
    ];
    for (const name of names) expect(name).toMatch(/\$\{version\}.*\$\{arch\}/);
  });

  it('builds the dmg for both Mac architectures with the hardened runtime and notarisation', () => {
    expect(loadConfig().mac).toMatchObject({
      hardenedRuntime: true,
      notarize: true,
      target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
    });
  });

  it('tells macOS 15+ in plain words why the app uses the local network (Info.plist)', () => {
    const mac = loadConfig().mac as { extendInfo?: Record<string, unknown> };
    const text = mac.extendInfo?.NSLocalNetworkUsageDescription;
    expect(typeof text).toBe('string');
    // Shown as is in the system's prompt: a sentence or two, no markup, no line breaks.
    expect(text).toMatch(/^Onsight Network Check [^\n<>]{40,300}\.$/);
    expect(text).toMatch(/proxy|DNS/);
    // extendInfo is a free-form plist dictionary: the key must be spelt exactly.
    expect(Object.keys(mac.extendInfo!)).toEqual(['NSLocalNetworkUsageDescription']);
  });

  it('rejects extendInfo outside mac, where electron-builder has no such key', () => {
    const config = loadConfig();
    const broken = { ...config, win: { ...(config.win as object), extendInfo: {} } };
    expect(validateConfig(broken)).toContainEqual(
      expect.objectContaining({
        instancePath: '/win',
        params: { additionalProperty: 'extendInfo' },
      }),
    );
  });

  it('rejects a copy with an unknown top-level key, naming it', () => {
    const broken = { ...loadConfig(), electronFusez: { runAsNode: false } };
    const errors = validateConfig(broken);
    expect(errors).toContainEqual(
      expect.objectContaining({
        keyword: 'additionalProperties',
        params: { additionalProperty: 'electronFusez' },
      }),
    );
  });

  it('rejects a copy with an unknown key inside a section', () => {
    const config = loadConfig();
    const broken = { ...config, nsis: { ...(config.nsis as object), perUser: true } };
    expect(validateConfig(broken)).toContainEqual(
      expect.objectContaining({
        instancePath: '/nsis',
        params: { additionalProperty: 'perUser' },
      }),
    );
  });
});
