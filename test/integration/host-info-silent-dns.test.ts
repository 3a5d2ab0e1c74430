// "This computer and network" on a network whose DNS server never answers (the very networks
// this tool is run on), inside a namespace of the test's own: collecting it must not freeze
// the process (the app's window, every probe's timers) while a lookup waits, nor with many
// interfaces (systeminformation ran execSync once per interface: 600 ms with 17), and it
// names the network that was tested: a VPN carrying the default route, the IP versions.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostInfo } from '../../common/results/schema';
import { createSilentDnsNamespace, SILENT_DNS, type Namespace } from '../support/netns';
import { needs } from '../support/tools';

/** Runs collectHostInfo() and reports the longest stall of the event loop meanwhile. */
const DRIVER = `
import { collectHostInfo } from ${JSON.stringify(resolve('main/engine/host-info.ts'))};
let last = performance.now();
let longest = 0;
const tick = setInterval(() => {
  const now = performance.now();
  longest = Math.max(longest, now - last);
  last = now;
}, 20);
collectHostInfo().then((info) => {
  clearInterval(tick);
  longest = Math.max(longest, performance.now() - last);
  console.log(JSON.stringify({ info, longestStallMs: Math.round(longest) }));
});
`;

describe('host info with a DNS server that never answers', needs('root', 'nft'), () => {
  let ns: Namespace;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nc-host-info-'));
    writeFileSync(join(dir, 'driver.ts'), DRIVER);
    await build({
      entryPoints: [join(dir, 'driver.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: join(dir, 'driver.cjs'),
      logLevel: 'error',
    });
    // /etc/hosts without this computer's name, as on many desktops: its full name
    // (`hostname -f`) must then come from DNS.
    ns = createSilentDnsNamespace('nc-hinfo', { hosts: '127.0.0.1 localhost\n' });
  });
  afterAll(() => {
    ns?.remove();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('names the operating system without stalling the event loop on a name lookup', async () => {
    const result = await ns.exec(process.execPath, [join(dir, 'driver.cjs')]);
    expect(result.stderr).toBe('');
    const { info, longestStallMs } = JSON.parse(result.stdout) as {
      info: HostInfo;
      longestStallMs: number;
    };
    expect(info.os).toMatch(/\(linux, /);
    // `hostname -f` run with execSync held it for glibc's 5 s × 2 tries.
    expect(longestStallMs).toBeLessThan(2000);
  });
});

/** Holds tun device `name` open as a VPN client does (TUNSETIFF, IFF_TUN | IFF_NO_PI). */
const HOLD_TUN = (name: string) => `
import fcntl, os, struct, sys
fd = os.open('/dev/net/tun', os.O_RDWR)
fcntl.ioctl(fd, 0x400454ca, struct.pack('16sH', b'${name}', 0x0001 | 0x1000))
print('held', flush=True)
sys.stdin.read()
`;

describe(
  'host info with 16 extra interfaces and a VPN carrying the default route',
  needs('root', 'nft', 'python3'),
  () => {
    let ns: Namespace;
    let dir: string;
    let holder: ChildProcess | undefined;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'nc-host-info-'));
      writeFileSync(join(dir, 'driver.ts'), DRIVER);
      await build({
        entryPoints: [join(dir, 'driver.ts')],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        outfile: join(dir, 'driver.cjs'),
        logLevel: 'error',
      });
      ns = createSilentDnsNamespace('nc-hvpn');
      const ip = (...args: string[]) => execFileSync('ip', ['-n', ns.name, ...args]);
      // Eight veth pairs: sixteen interfaces with addresses, none of them the way out.
      for (let i = 0; i < 8; i++) {
        ip('link', 'add', `vx${i}`, 'type', 'veth', 'peer', 'name', `vy${i}`);
        ip('addr', 'add', `198.51.100.${2 * i + 1}/32`, 'dev', `vx${i}`);
        ip('addr', 'add', `198.51.100.${2 * i + 2}/32`, 'dev', `vy${i}`);
        ip('link', 'set', `vx${i}`, 'up');
        ip('link', 'set', `vy${i}`, 'up');
      }
      // A global IPv6 address, but no IPv6 default route.
      ip('addr', 'add', '2001:db8:5::10/64', 'dev', 'vx0', 'nodad');
      ip('tuntap', 'add', 'tun7', 'mode', 'tun');
      ip('addr', 'add', '10.8.0.2/24', 'dev', 'tun7');
      ip('link', 'set', 'tun7', 'up');
      holder = spawn('ip', ['netns', 'exec', ns.name, 'python3', '-c', HOLD_TUN('tun7')], {
        stdio: ['pipe', 'pipe', 'inherit'],
      });
      await new Promise<void>((resolve, reject) => {
        holder!.stdout!.once('data', () => resolve());
        holder!.once('exit', (code) => reject(new Error(`the tun holder exited (${code})`)));
      });
      ip('route', 'add', 'default', 'dev', 'tun7');
    });
    afterAll(() => {
      holder?.stdin?.end();
      holder?.kill();
      ns?.remove();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('names the VPN as the default route, the IP versions and DNS, without a stall', async () => {
      const result = await ns.exec(process.execPath, [join(dir, 'driver.cjs')]);
      expect(result.stderr).toBe('');
      const { info, longestStallMs } = JSON.parse(result.stdout) as {
        info: HostInfo;
        longestStallMs: number;
      };
      expect(info.interfaces).toHaveLength(17);
      const tun = info.interfaces.find((i) => i.name === 'tun7');
      expect(tun).toMatchObject({ name: 'tun7', type: 'tunnel', ipv4: '10.8.0.2', default: true });
      // veth pairs are Ethernet to the kernel, but no device: virtual, not wired.
      expect(info.interfaces.find((i) => i.name === 'vx0')).toEqual({
        name: 'vx0',
        type: 'other',
        ipv4: '198.51.100.1',
        ipv6: '2001:db8:5::10',
        default: false,
      });
      expect(info.vpn).toEqual({ interfaces: ['tun7'], defaultRoute: true });
      expect(info.families).toEqual({
        ipv4: { address: true, defaultRoute: true },
        ipv6: { address: true, defaultRoute: false },
      });
      expect(info.defaultGateway).toBeNull();
      expect(info.dnsServers).toEqual([SILENT_DNS]);
      // systeminformation's execSync per interface held it about 35 ms × 17.
      expect(longestStallMs).toBeLessThan(250);
    });
  },
);
