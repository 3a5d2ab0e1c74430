// The words every face shows for the network that was tested.
import { describe, expect, it } from 'vitest';
import { kindWords, testedNetwork } from '../../../common/results/tested-network';
import type { HostInfo } from '../../../common/results/schema';

const host = (over: Partial<HostInfo>): HostInfo => ({
  os: 'test',
  interfaces: [],
  defaultGateway: null,
  dnsServers: [],
  ...over,
});

describe('testedNetwork', () => {
  it('names the Wi-Fi network, the VPN it ran through, and both IP versions', () => {
    expect(
      testedNetwork(
        host({
          interfaces: [{ name: 'en0', type: 'wifi', wifiName: 'Plant 3', default: true }],
          vpn: { interfaces: ['utun4'], defaultRoute: true },
          families: {
            ipv4: { address: true, defaultRoute: true },
            ipv6: { address: true, defaultRoute: true },
          },
        }),
      ),
    ).toEqual({
      active: { name: 'en0', kind: 'Wi-Fi "Plant 3"' },
      vpn: 'utun4 up: the check ran through it',
      families: 'IPv4 and IPv6',
    });
  });

  it('needs an address and a route for a family: an IPv6 address without a route is not IPv6', () => {
    const families = {
      ipv4: { address: true, defaultRoute: true },
      ipv6: { address: true, defaultRoute: false },
    };
    expect(testedNetwork(host({ families })).families).toBe('IPv4 only');
  });

  it('says nothing of VPN or families for a result from before they were read', () => {
    expect(testedNetwork(host({}))).toEqual({ active: null, vpn: null, families: null });
  });
});

describe('kindWords', () => {
  it("reads systeminformation's words in older results", () => {
    expect(kindWords('wireless')).toBe('Wi-Fi');
    expect(kindWords('wired')).toBe('Wired');
    expect(kindWords('cellular')).toBe('Mobile data');
    expect(kindWords(undefined)).toBeNull();
  });
});
