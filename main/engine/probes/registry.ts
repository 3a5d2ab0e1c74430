// Which executor runs each probe kind.
import type { ProbeKind } from '../../../common/outcomes';
import type { ProbeExecutor } from '../probe-types';
import { dnsProbe } from './dns';
import { notImplementedProbe } from './not-implemented';

export const EXECUTORS: Record<ProbeKind, ProbeExecutor> = {
  dns: dnsProbe,
  tcp: notImplementedProbe,
  tls: notImplementedProbe,
  https: notImplementedProbe,
  'http-redirect': notImplementedProbe,
  stun: notImplementedProbe,
  'sip-options': notImplementedProbe,
  'udp-sample': notImplementedProbe,
  'udp-bind': notImplementedProbe,
};
