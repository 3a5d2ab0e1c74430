// Which executor runs each probe kind.
import type { ProbeKind } from '../../../common/outcomes';
import type { ProbeExecutor } from '../probe-types';
import { dnsProbe } from './dns';
import { httpRedirectProbe } from './http-redirect';
import { httpsProbe } from './https';
import { notImplementedProbe } from './not-implemented';
import { sipOptionsProbe } from './sip-options';
import { tcpProbe } from './tcp';
import { tlsProbe } from './tls';
import { udpBindProbe } from './udp-bind';

export const EXECUTORS: Record<ProbeKind, ProbeExecutor> = {
  dns: dnsProbe,
  tcp: tcpProbe,
  tls: tlsProbe,
  https: httpsProbe,
  'http-redirect': httpRedirectProbe,
  stun: notImplementedProbe,
  'sip-options': sipOptionsProbe,
  'udp-sample': notImplementedProbe,
  'udp-bind': udpBindProbe,
};
