// "This computer and network": what the helpdesk asks first, read from hostInfo() and the run.
import type { HostInfo } from '../../common/results/schema';
import { testedNetwork } from '../../common/results/tested-network';
import { APP_TEXT, NETWORK_TEXT, SCREEN_TEXT } from '../../common/i18n';

const t = APP_TEXT.host;

export type HostInfoState =
  { status: 'loading' } | { status: 'ready'; info: HostInfo } | { status: 'failed' };

export interface HostPanelProps {
  host: HostInfoState;
  /** The address a STUN server saw (a probe's detail.stun.mappedAddress), once known. */
  publicAddress: string | null;
  /** Where the proxy setting came from (result.proxy.source), once the run is over. */
  proxySource: string | null;
  /** The run is over: what is still not known will not be known from this run. */
  finished?: boolean;
}

export function HostPanel({ host, publicAddress, proxySource, finished = false }: HostPanelProps) {
  const pending = host.status === 'loading' ? t.notYet : t.unavailable;
  const info = host.status === 'ready' ? host.info : null;
  const active = info?.interfaces.find((i) => i.default) ?? null;
  const address = active ? [active.ipv4, active.ipv6].filter(Boolean).join(', ') : '';
  const tested = info ? testedNetwork(info) : null;

  const facts: { label: string; value: string; mono?: boolean }[] = [
    { label: t.os, value: info?.os ?? pending },
    { label: t.connection, value: tested ? (tested.active?.kind ?? t.unknown) : pending },
    { label: t.interface, value: info ? (active?.name ?? t.unknown) : pending, mono: true },
    { label: t.address, value: info ? address || t.unknown : pending, mono: true },
    { label: NETWORK_TEXT.vpn, value: tested ? (tested.vpn ?? t.unknown) : pending },
    { label: NETWORK_TEXT.families, value: tested ? (tested.families ?? t.unknown) : pending },
    { label: t.gateway, value: info ? (info.defaultGateway ?? t.unknown) : pending, mono: true },
    {
      label: t.dns,
      value: info ? (info.dnsServers.length > 0 ? info.dnsServers.join(', ') : t.unknown) : pending,
      mono: true,
    },
    {
      label: t.publicAddress,
      value:
        publicAddress ??
        info?.publicAddress ??
        (finished ? SCREEN_TEXT.publicAddressNone : t.notYet),
      mono: true,
    },
    { label: t.proxy, value: proxySource ?? t.notYet },
  ];

  return (
    <section className="panel host" aria-labelledby="host-heading">
      <h2 id="host-heading">{t.legend}</h2>
      <dl className="facts">
        {facts.map(({ label, value, mono }) => (
          <div className="fact" key={label}>
            <dt>{label}</dt>
            <dd className={mono ? 'mono' : undefined}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
