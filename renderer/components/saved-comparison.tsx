// "Compare with a saved report…" (issue 20): the button beside Save report, and the panel
// above the results that shows a saved JSON report beside the run on screen: both headlines,
// the rows that changed in the words of `diff` and Keep checking ("2-2.3 Calls can be set up
// securely: Fail → Pass"), and the profile-version note when the two were made with
// different rules. A file that is no report is one sentence in the panel.
import { useEffect, useId, useMemo, useRef, type Ref } from 'react';
import { DIFF_TEXT, KEEP_CHECKING_TEXT, OPEN_SAVED_TEXT, SCREEN_TEXT } from '../../common/i18n';
import { formatDateTime } from '../../common/i18n/format';
import type { Language } from '../../common/i18n/languages';
import type { Profile } from '../../common/profile/schema';
import { rowChangeLine } from '../../common/reports/row-change';
import type { Comparison, Reading } from '../../common/results/compare';
import type { ResultDocument } from '../../common/results/schema';
import {
  comparisonView,
  oneSidedChanges,
  type SavedComparison,
} from '../state/use-saved-comparison';

export interface CompareButtonProps {
  comparison: SavedComparison;
  /** A finished run is on screen: there is something to compare with. */
  canCompare: boolean;
  buttonRef: Ref<HTMLButtonElement>;
}

/** The button and its hint, in the Report panel. */
export function CompareButton({ comparison, canCompare, buttonRef }: CompareButtonProps) {
  const t = OPEN_SAVED_TEXT;
  const hintId = useId();
  return (
    <div className="compare-saved">
      <button
        type="button"
        className="button"
        ref={buttonRef}
        onClick={comparison.open}
        disabled={!canCompare || comparison.opening}
        aria-describedby={hintId}
      >
        {comparison.opening ? t.opening : t.open}
      </button>
      <p className="hint" id={hintId}>
        {t.hint}
      </p>
    </div>
  );
}

function Side({
  label,
  reading,
  language,
}: {
  label: string;
  reading: Reading;
  language: Language;
}) {
  const t = OPEN_SAVED_TEXT;
  const id = useId();
  const { source, diagnosis } = reading;
  return (
    <section
      className={`comparison-side verdict-${diagnosis.verdict}`}
      aria-labelledby={id}
      data-testid="comparison-side"
    >
      <h3 id={id}>{label}</h3>
      {source.kind === 'json' && source.file !== '' && (
        <p className="comparison-file">{source.file}</p>
      )}
      {source.kind === 'json' && (
        <p className="comparison-time">
          {t.started(formatDateTime(language, new Date(source.startedAt)))}
        </p>
      )}
      <p className="comparison-headline">
        <span className="comparison-word">{SCREEN_TEXT.verdictWords[diagnosis.verdict]}</span>{' '}
        <span>{diagnosis.headline}</span>
      </p>
    </section>
  );
}

export interface ComparisonPanelProps {
  comparison: SavedComparison;
  /** The finished run on screen (the English record); null while a new run goes. */
  current: ResultDocument | null;
  profile: Profile | undefined;
  language: Language;
  /** Closing gives focus back to where the comparison was asked for. */
  onClosed: () => void;
}

/** The comparison, above the results; nothing while no file is open or no run is finished. */
export function ComparisonPanel(props: ComparisonPanelProps) {
  const { comparison, current, profile, language } = props;
  const { saved, openings } = comparison;
  const t = OPEN_SAVED_TEXT;
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const view = useMemo(
    () => (saved && current && profile ? comparisonView(saved, current, profile) : null),
    // The words are read in the page's language: a change of language reads the file again.
    [saved, current, profile, language],
  );

  // Each file opened (or refused) brings the reader to the panel's heading.
  useEffect(() => {
    if (openings > 0) heading.current?.focus();
  }, [openings]);

  if (view === null) return null;
  const close = () => {
    comparison.close();
    props.onClosed();
  };
  return (
    <section className="panel comparison" aria-labelledby={id} data-testid="comparison">
      <div className="comparison-head">
        <h2 id={id} ref={heading} tabIndex={-1}>
          {t.heading}
        </h2>
        <button type="button" className="button" onClick={close}>
          {t.close}
        </button>
      </div>
      {view.kind === 'failed' ? (
        <p className="error" data-testid="comparison-error">
          {view.message}
        </p>
      ) : (
        <Compared comparison={view.comparison} language={language} />
      )}
    </section>
  );
}

function Compared({ comparison, language }: { comparison: Comparison; language: Language }) {
  const t = OPEN_SAVED_TEXT;
  const listId = useId();
  const othersId = useId();
  const { changes } = comparison;
  const others = oneSidedChanges(comparison);
  return (
    <>
      <div className="comparison-sides">
        <Side label={t.savedLabel} reading={comparison.before} language={language} />
        <Side label={t.currentLabel} reading={comparison.after} language={language} />
      </div>
      <h3 id={listId}>{KEEP_CHECKING_TEXT.changesLabel}</h3>
      {changes.length === 0 ? (
        <p data-testid="comparison-unchanged">{DIFF_TEXT.unchanged}</p>
      ) : (
        <ul
          aria-labelledby={listId}
          className="comparison-changes"
          data-testid="comparison-changes"
        >
          {changes.map((change) => (
            <li key={change.id}>{rowChangeLine(change)}</li>
          ))}
        </ul>
      )}
      {comparison.profileVersionsDiffer && (
        <p className="hint" data-testid="comparison-versions">
          {DIFF_TEXT.versionsDiffer}
        </p>
      )}
      {others.length > 0 && (
        <>
          <p id={othersId}>{DIFF_TEXT.onlyOneSide}</p>
          <ul aria-labelledby={othersId} className="comparison-changes">
            {others.map((change) => (
              <li key={change.id}>{rowChangeLine(change)}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
