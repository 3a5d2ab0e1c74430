// The `large-datagrams` probe kind (table X, issue 18): placeholder until its executor lands.
import type { ProbeExecutor } from '../probe-types';

export const largeDatagramsProbe: ProbeExecutor = async (task) => ({
  outcome: 'not-implemented',
  address: task.host,
  rttMs: null,
  status: 'unverified',
  detail: { message: 'not measured yet: this check is being built (issue 18)' },
});
