import type { ProbeExecutor } from '../probe-types';

/** Stands in for a kind that is not built yet: never a pass (ARCHITECTURE.md, outcome `not-implemented`). */
export const notImplementedProbe: ProbeExecutor = async (task) => ({
  outcome: 'not-implemented',
  address: null,
  rttMs: null,
  detail: { message: `not implemented: the ${task.probe.kind} probe is not built yet` },
});
