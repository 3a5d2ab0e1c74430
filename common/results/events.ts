// Events the engine emits while it runs (ARCHITECTURE.md, "IPC contract"): a tagged union
// that the CLI's live table, the renderer and the tests all fold the same way.
import type { Plan } from '../plan';
import type { ProbeResult, ResultDocument, RowResult } from './schema';

export type RunEvent =
  | { type: 'run-started'; runId: string; startedAt: string; plan: Plan }
  | {
      type: 'probe-started';
      runId: string;
      probeId: string;
      rowId: string;
      target: string;
      port: number | string;
    }
  | { type: 'probe-finished'; runId: string; result: ProbeResult }
  | { type: 'row-updated'; runId: string; row: RowResult }
  | { type: 'run-finished'; runId: string; result: ResultDocument; cancelled: boolean };

export type RunEventListener = (event: RunEvent) => void;
