// The `tls` probe kind: the handshake completes, at the minimum version, with the site's
// own certificate (rows 2-1.2 "No SSL inspection", and TLS on 5061 for SIP).
import type { Outcome } from '../../../common/outcomes';
import type { ProbeExecutor } from '../probe-types';
import { routeSecured } from './secure-route';

export { tlsTargetOf } from './secure-open';

/**
 * Outcomes that end before any handshake: nothing can be said about inspection then, and
 * row 2-1.1 already carries the connectivity failure.
 */
const NOT_REACHED = new Set<Outcome>([
  'timeout',
  'refused',
  'reset',
  'unreachable',
  'local-block',
  'dns-fail',
  'proxy-auth',
  'proxy-denied',
]);

export const tlsProbe: ProbeExecutor = async (task, ctx) => {
  const result = await routeSecured(task, ctx, async (secured) => {
    secured.socket.destroy();
    const { outcome, message, detail } = secured.assessment;
    return {
      outcome,
      address: secured.address,
      // The round trip of what this kind checks: the TLS handshake.
      rttMs: secured.analysis.handshakeMs,
      detail: { message, tls: detail },
    };
  });
  if (!NOT_REACHED.has(result.outcome)) return result;
  return {
    ...result,
    status: 'unverified',
    detail: {
      ...result.detail,
      message: `could not check for SSL inspection: ${result.detail.message ?? result.outcome}`,
    },
  };
};
