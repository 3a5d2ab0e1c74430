// Which executor runs each probe kind.
import type { ProbeKind } from '../../../common/outcomes';
import type { ProbeExecutor } from '../probe-types';
import { dnsProbe } from './dns';
import { httpRedirectProbe } from './http-redirect';
import { httpsProbe } from './https';
import { sipOptionsProbe } from './sip-options';
import { stunProbe } from './stun';
import { tcpProbe } from './tcp';
import { tlsProbe } from './tls';
import { udpBindProbe } from './udp-bind';
import { udpSampleProbe } from './udp-sample';
import { callQualityProbe } from './call-quality';
import { natBehaviourProbe } from './nat-behaviour';
import { sipAlgProbe } from './sip-alg';
import { largeDatagramsProbe } from './large-datagrams';

export const EXECUTORS: Record<ProbeKind, ProbeExecutor> = {
  dns: dnsProbe,
  tcp: tcpProbe,
  tls: tlsProbe,
  https: httpsProbe,
  'http-redirect': httpRedirectProbe,
  stun: stunProbe,
  'sip-options': sipOptionsProbe,
  'udp-sample': udpSampleProbe,
  'udp-bind': udpBindProbe,
  'call-quality': callQualityProbe,
  'nat-behaviour': natBehaviourProbe,
  'sip-alg': sipAlgProbe,
  'large-datagrams': largeDatagramsProbe,
};
