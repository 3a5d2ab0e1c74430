// `onsight-netcheck watch` (issue 20): while IT changes the firewall, check the rows that are
// not passing again and again, and print only what changed, until the verdict is ready.
// The first run is `run`'s (its table and footer); each round after it re-runs the rows the
// app's "Re-run failed rows" would pick (common/results/recheck.ts), merged over the earlier
// answers as the app merges (mergeRerun), and compared row by row (rowChanges).
import type { PlannedRow } from '../../common/plan';
import type { Profile } from '../../common/profile/schema';
import type { ResultDocument } from '../../common/results/schema';
import { localised, mergeRerun } from '../../common/results/assemble';
import { rowsToCheckAgain } from '../../common/results/recheck';
import { nextRoundDelayMs } from '../../common/results/keep-checking-pace';
import { rowChanges, type RowChange } from '../../common/results/row-changes';
import { rowChangeLine } from '../../common/reports/row-change';
import { columns } from '../../common/reports/columns';
import { oneLine } from '../../common/reports/diagnosis-lines';
import { wrap } from '../../common/reports/wrap';
import { currentLanguage, LANGUAGE_TEXT, WATCH_TEXT } from '../../common/i18n';
import { formatClock, formatDuration } from '../../common/i18n/format';
import type { WatchCommand } from './args';
import { EXIT, exitCodeFor } from './exit-codes';
import { liveTable } from './live-table';
import { sleep } from '../engine/net/sleep';
import { liveCoverage } from '../../common/results/live-coverage';
import { formatVerdict, pendingRow, type TableStyle } from './table';
import { loadSelection, openRunner, planOf, styleFor, type CliDeps } from './run-setup';

/** What the loop needs from the world: runs, the clock and Ctrl+C (a test gives fakes). */
export interface WatchRounds {
  /** The first run of the whole selection, shown as `run` shows it. */
  first(): Promise<ResultDocument>;
  /** A run of these rows only (a plan with `only`), with the first run's settings; unshown. */
  again(rowIds: readonly string[]): Promise<ResultDocument>;
  /** The first run's plan: which rows it ran, and which an extra check builds on. */
  planned: readonly Pick<PlannedRow, 'id' | 'enabled' | 'probes'>[];
  profile: Profile;
  /** Ctrl+C: the run under way stops, and so does the wait. */
  interrupt: AbortSignal;
  /** Milliseconds on a clock that only goes forward. */
  now(): number;
  /** Resolves after `ms`, or at once when `interrupt` is aborted. */
  sleep(ms: number): Promise<void>;
}

export interface WatchPrinter {
  /** After a first run that is not ready: the pace. */
  starting(): void;
  changes(changes: readonly RowChange[]): void;
  /** The verdict changed. */
  verdict(result: ResultDocument): void;
  /** --for is over, and the verdict is not ready. */
  stopped(): void;
}

/** Until ready (0), Ctrl+C (130) or --for (the last verdict's code). */
export async function watchLoop(
  rounds: WatchRounds,
  printer: WatchPrinter,
  { everyMs, forMs }: Pick<WatchCommand, 'everyMs' | 'forMs'>,
): Promise<number> {
  const started = rounds.now();
  const end = started + forMs;
  let result = await rounds.first();
  if (rounds.interrupt.aborted) return EXIT.interrupted;
  if (result.verdict.status === 'ready') return EXIT.ready;
  printer.starting();
  let roundStarted = started;
  for (;;) {
    // Rounds never overlap, paced as the app's Keep checking (keep-checking-pace.ts).
    const next = rounds.now() + nextRoundDelayMs(roundStarted, rounds.now(), everyMs);
    await rounds.sleep(Math.min(next, end) - rounds.now());
    if (rounds.interrupt.aborted) return EXIT.interrupted;
    if (next >= end) {
      printer.stopped();
      return exitCodeFor(result.verdict.status);
    }
    roundStarted = rounds.now();
    // Pacing: a round's plan is a subset of the first run's rows, under the same concurrency
    // and timeouts, so it never sends more than the first run did. Unverified rows are among
    // them; a verdict that is not ready with no row left to check (it came from this
    // computer's facts) is read again by checking the whole selection, as the first run did.
    const chosen = rowsToCheckAgain(result.rows, rounds.planned, { warnings: true });
    const ids =
      chosen.length > 0 ? chosen : rounds.planned.filter((r) => r.enabled).map((r) => r.id);
    const rerun = await rounds.again(ids);
    // A round cut short answered nothing for sure: the earlier answers stand.
    if (rounds.interrupt.aborted) return EXIT.interrupted;
    const merged = mergeRerun(result, rerun, ids, rounds.profile);
    const changes = rowChanges(result.rows, merged.rows);
    if (changes.length > 0) printer.changes(changes);
    if (merged.diagnosis.headline !== result.diagnosis.headline) printer.verdict(merged);
    result = merged;
    if (result.verdict.status === 'ready') return EXIT.ready;
  }
}

/** Each line behind the local time it was seen at, wrapped under its own text. */
function linePrinter(
  out: NodeJS.WriteStream,
  style: TableStyle,
  profile: Profile,
  { everyMs, forMs }: Pick<WatchCommand, 'everyMs' | 'forMs'>,
): WatchPrinter {
  const duration = (ms: number) => formatDuration(currentLanguage(), ms);
  const stamped = (texts: readonly string[]) => {
    const time = formatClock(currentLanguage(), new Date());
    const under = ' '.repeat(columns(time) + 1);
    const lines = texts.flatMap((text, i) =>
      wrap(text, style.width, i === 0 ? `${time} ` : under, under),
    );
    out.write(`${lines.join('\n')}\n`);
  };
  return {
    starting: () =>
      out.write(
        `\n${wrap(WATCH_TEXT.starting(duration(everyMs), duration(forMs)), style.width).join('\n')}\n`,
      ),
    changes: (changes) => changes.forEach((change) => stamped([rowChangeLine(change)])),
    verdict(result) {
      const { diagnosis } = localised(result, profile);
      stamped([
        LANGUAGE_TEXT.labelled(WATCH_TEXT.verdict, diagnosis.headline),
        oneLine(diagnosis.reason),
      ]);
    },
    stopped: () => stamped([WATCH_TEXT.stopped(duration(forMs))]),
  };
}

export async function watch(
  command: WatchCommand,
  out: NodeJS.WriteStream,
  deps: CliDeps,
): Promise<number> {
  const loaded = loadSelection(command.selection);
  const plan = planOf(loaded, command.selection, command.qualitySeconds);
  const runner = openRunner(command, loaded, deps);
  const style = styleFor(out, command.width, true);
  try {
    const first = async () => {
      const table = liveTable(out, plan.rows.map(pendingRow), style, out.isTTY === true);
      const covered = liveCoverage(loaded.profile, plan);
      const result = await runner.run(plan, (event) => {
        if (event.type === 'row-updated') covered(event.row).forEach((row) => table.update(row));
      });
      table.finish(result.rows);
      out.write(
        `\n${formatVerdict(localised(result, loaded.profile), loaded.profile, style).join('\n')}\n`,
      );
      return result;
    };
    const rounds: WatchRounds = {
      first,
      again: (ids) => runner.run(planOf(loaded, command.selection, command.qualitySeconds, ids)),
      planned: plan.rows,
      profile: loaded.profile,
      interrupt: runner.interrupt,
      now: () => performance.now(),
      sleep: (ms) => sleep(ms, runner.interrupt),
    };
    return await watchLoop(rounds, linePrinter(out, style, loaded.profile, command), command);
  } finally {
    runner.close();
  }
}
