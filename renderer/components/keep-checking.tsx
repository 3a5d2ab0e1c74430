// The "Keep checking" toggle (issue 20): while IT changes the firewall, the rows that are not
// passing are checked again every few seconds (state/use-keep-checking.ts). Beside it, when
// the last round ended, and under it what changed, newest first, in the page's language.
import { KEEP_CHECKING_TEXT, LANGUAGE_TEXT } from '../../common/i18n';
import { formatClock } from '../../common/i18n/format';
import type { Language } from '../../common/i18n/languages';
import { rowChangeLine } from '../../common/reports/row-change';
import type { KeepChecking, KeepCheckingEntry } from '../state/use-keep-checking';

/** An entry's lines, the verdict's first: what the list shows and the live region reads. */
export function entryLines(
  entry: KeepCheckingEntry,
  language: Language,
  headlineOf: (result: NonNullable<KeepCheckingEntry['verdict']>) => string,
): string[] {
  const t = KEEP_CHECKING_TEXT;
  const time = formatClock(language, entry.at);
  return [
    ...(entry.verdict ? [LANGUAGE_TEXT.labelled(t.verdictLabel, headlineOf(entry.verdict))] : []),
    ...entry.changes.map(rowChangeLine),
  ].map((line) => t.change(time, line));
}

export interface KeepCheckingPanelProps {
  keepChecking: KeepChecking;
  language: Language;
  headlineOf: (result: NonNullable<KeepCheckingEntry['verdict']>) => string;
}

function statusOf({ keepChecking: k, language }: KeepCheckingPanelProps): string | null {
  const t = KEEP_CHECKING_TEXT;
  const last = k.lastChecked && t.lastChecked(formatClock(language, k.lastChecked));
  if (k.on) return last ?? t.waiting;
  if (k.stopped === 'ready') return t.stoppedReady;
  if (k.stopped === 'time') return t.stoppedTime(Math.round(k.forMs / 60_000));
  if (k.stopped === 'broken') return t.stoppedBroken;
  return last;
}

export function KeepCheckingPanel(props: KeepCheckingPanelProps) {
  const { keepChecking: k, language, headlineOf } = props;
  const t = KEEP_CHECKING_TEXT;
  const status = statusOf(props);
  const lines = k.entries.flatMap((entry) =>
    entryLines(entry, language, headlineOf).map((line, i) => ({ key: `${entry.id}-${i}`, line })),
  );
  return (
    <section className="keep-checking" aria-labelledby="keep-checking-label">
      <div className="keep-checking-bar">
        <div className="check">
          <input
            type="checkbox"
            id="keep-checking"
            checked={k.on}
            disabled={!k.on && !k.available}
            aria-describedby="keep-checking-hint"
            onChange={(e) => (e.currentTarget.checked ? k.switchOn() : k.switchOff())}
          />
          <label htmlFor="keep-checking" id="keep-checking-label">
            {t.toggle}
          </label>
        </div>
        {status !== null && (
          <span className="keep-checking-status" data-testid="keep-checking-status">
            {status}
          </span>
        )}
      </div>
      <p className="keep-checking-hint" id="keep-checking-hint">
        {t.hint(Math.round(k.everyMs / 1000), Math.round(k.forMs / 60_000))}
      </p>
      {lines.length > 0 && (
        <div className="keep-checking-changes">
          <h2 id="keep-checking-changes">{t.changesLabel}</h2>
          <ul aria-labelledby="keep-checking-changes" data-testid="keep-checking-changes">
            {lines.map(({ key, line }) => (
              <li key={key}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {k.on && k.rounds > 0 && lines.length === 0 && (
        <p className="keep-checking-none">{t.noChange}</p>
      )}
    </section>
  );
}
