// The Via header (RFC 3261 §20.42) and what the server wrote into ours: `received` and
// `rport` (RFC 3581 §4) tell the source address and port the server saw.

export interface ViaHeader {
  /** e.g. "SIP/2.0/TCP". */
  protocol: string;
  transport: string;
  host: string;
  port?: number;
  /** Parameter names in lower case; a parameter without a value maps to "". */
  params: Record<string, string>;
}

const VIA = /^([^\s/]+)\s*\/\s*([^\s/]+)\s*\/\s*([^\s;]+)\s+([^;\s]+)\s*(;.*)?$/;
const SENT_BY = /^(\[[0-9A-Fa-f:.]+\]|[^:[\]]+)(?::([0-9]{1,5}))?$/;

export function parseVia(value: string): ViaHeader | null {
  const match = VIA.exec(value.trim());
  if (!match) return null;
  const sentBy = SENT_BY.exec(match[4]!);
  if (!sentBy) return null;
  const port = sentBy[2] === undefined ? undefined : Number(sentBy[2]);
  if (port !== undefined && port > 65535) return null;
  const params: Record<string, string> = {};
  for (const param of (match[5] ?? '').split(';')) {
    const [name, ...rest] = param.split('=');
    const key = name!.trim().toLowerCase();
    if (key !== '')
      params[key] = rest
        .join('=')
        .trim()
        .replace(/^"(.*)"$/, '$1');
  }
  return {
    protocol: `${match[1]}/${match[2]}`,
    transport: match[3]!.toUpperCase(),
    host: unbracket(sentBy[1]!),
    ...(port === undefined ? {} : { port }),
    params,
  };
}

export interface NatReading {
  viaReceived?: string;
  viaRport?: number;
  /** Undefined when the server reported neither address nor port. */
  natDetected?: boolean;
}

/**
 * Compares what the server saw with our socket's own address and port: a difference means
 * a NAT (or a proxy that rewrites) between us and the server.
 */
export function readNat(
  via: ViaHeader | null,
  localAddress: string,
  localPort: number,
): NatReading {
  if (!via) return {};
  const received = via.params['received'];
  const rportText = via.params['rport'];
  const rport = rportText && /^[0-9]{1,5}$/.test(rportText) ? Number(rportText) : undefined;
  const reading: NatReading = {
    ...(received ? { viaReceived: unbracket(received) } : {}),
    ...(rport !== undefined ? { viaRport: rport } : {}),
  };
  if (reading.viaReceived === undefined && reading.viaRport === undefined) return reading;
  const addressDiffers =
    reading.viaReceived !== undefined &&
    normalizeAddress(reading.viaReceived) !== normalizeAddress(localAddress);
  const portDiffers = reading.viaRport !== undefined && reading.viaRport !== localPort;
  return { ...reading, natDetected: addressDiffers || portDiffers };
}

const unbracket = (host: string) => host.replace(/^\[(.*)\]$/, '$1');

/** IPv4-mapped IPv6 (`::ffff:10.0.0.1`) is the same address as its IPv4 form. */
function normalizeAddress(address: string): string {
  return unbracket(address)
    .toLowerCase()
    .replace(/^::ffff:(?=[0-9.]+$)/, '');
}
