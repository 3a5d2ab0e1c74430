// Events the engine emits while it runs (ARCHITECTURE.md, "IPC contract"): a tagged union
// that the CLI's live table, the renderer and the tests all fold the same way.
import type { Plan } from '../plan';
import type { ProbeDetail, ProbeResult, ResultDocument, RowResult } from './schema';

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
  /**
   * A long probe's detail so far (X.1's burst: its round trips up to now), while its row is
   * still running. The row's final state comes as `row-updated`.
   */
  | {
      type: 'probe-progress';
      runId: string;
      probeId: string;
      rowId: string;
      detail: ProbeDetail;
    }
  /**
   * Every guide row is final: the verdict stands (the extra checks of table X never change
   * it) and the app shows its headline. `result` is provisional: the extra rows still running.
   */
  | { type: 'verdict-ready'; runId: string; result: ResultDocument }
  | { type: 'run-finished'; runId: string; result: ResultDocument; cancelled: boolean }
  /**
   * The other final event: the run broke after `run-started` (an engine bug, a throw while
   * assembling the result). Sent by the app's run session so the window never waits forever;
   * `message` says what broke, for the log and the header.
   */
  | { type: 'run-failed'; runId: string; message: string };

export type RunEventListener = (event: RunEvent) => void;
