// "Save report…": the format, the privacy choice stated next to the button (issue 7,
// "Privacy": computer details are on by default in the app's own save dialog), and what
// became of the last save. File > Save report… from the menu presses the same button.
// "Copy summary" beside it puts the short plain-text summary on the clipboard.
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { ReportFormat } from '../../common/ipc/contract';
import { APP_HELPDESK_TEXT, currentLanguage } from '../../common/i18n';
import { messageOf } from '../state/message-of';
import { CopyButton, type CopyState } from './copy-button';

const t = APP_HELPDESK_TEXT.save;

/** Where the skip link "Skip to the report" lands. */
export const REPORT_ID = 'report';
const FORMATS: ReportFormat[] = ['html', 'pdf', 'text', 'json'];
/** Read when the panel renders: the words follow the page's language. */
const summaryWords = (): Record<CopyState, string> => ({
  idle: t.copySummary,
  copied: t.summaryCopied,
  failed: t.summaryCopyFailed,
});

type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; path: string }
  | { status: 'not-saved' }
  | { status: 'failed'; message: string };

export interface ReportPanelProps {
  /** A finished result exists: main has something to save. */
  canSave: boolean;
  /** Bumped by File > Save report…: each new value saves once with the current choices. */
  saveRequests: number;
  /** The finished result's summary (common/reports/summary.ts); null before a result exists. */
  summary: string | null;
  /** Under the save outcome: "Compare with a saved report…" (issue 20). */
  children?: ReactNode;
}

function outcomeText(state: SaveState): string {
  switch (state.status) {
    case 'idle':
    case 'saving':
      return '';
    case 'saved':
      return t.saved(state.path);
    case 'not-saved':
      return t.notSaved;
    case 'failed':
      return t.failed(state.message);
  }
}

export function ReportPanel({ canSave, saveRequests, summary, children }: ReportPanelProps) {
  const id = useId();
  const [format, setFormat] = useState<ReportFormat>('html');
  const [includeComputerDetails, setIncludeComputerDetails] = useState(true);
  const [englishCopy, setEnglishCopy] = useState(true);
  // English needs no English copy: the option is not shown, and not sent.
  const offerCopy = currentLanguage() !== 'en';
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const saving = state.status === 'saving';

  const save = useCallback(() => {
    if (!canSave || saving) return;
    setState({ status: 'saving' });
    const options = { includeComputerDetails, ...(offerCopy && { englishCopy }) };
    window.netcheck.exportReport(format, options).then(
      (answer) =>
        setState(
          answer.saved && answer.path
            ? { status: 'saved', path: answer.path }
            : { status: 'not-saved' },
        ),
      (error: unknown) => setState({ status: 'failed', message: messageOf(error) }),
    );
  }, [canSave, saving, format, includeComputerDetails, offerCopy, englishCopy]);

  // Only a new menu click saves: the value at mount is not a request.
  const handled = useRef(saveRequests);
  useEffect(() => {
    if (saveRequests === handled.current) return;
    handled.current = saveRequests;
    save();
  }, [saveRequests, save]);

  const outcome = outcomeText(state);
  return (
    <section
      className="panel report"
      id={REPORT_ID}
      tabIndex={-1}
      aria-labelledby={`${id}-heading`}
    >
      <h2 id={`${id}-heading`}>{t.legend}</h2>
      <div className="field">
        <label htmlFor={`${id}-format`}>{t.format}</label>
        <select
          id={`${id}-format`}
          value={format}
          onChange={(e) => setFormat(e.currentTarget.value as ReportFormat)}
        >
          {FORMATS.map((f) => (
            <option key={f} value={f}>
              {t.formats[f]}
            </option>
          ))}
        </select>
      </div>
      <div className="check">
        <input
          type="checkbox"
          id={`${id}-details`}
          checked={includeComputerDetails}
          aria-describedby={`${id}-details-hint`}
          onChange={(e) => setIncludeComputerDetails(e.currentTarget.checked)}
        />
        <label htmlFor={`${id}-details`}>{t.includeDetails}</label>
      </div>
      <p className="hint" id={`${id}-details-hint`}>
        {includeComputerDetails ? t.withDetails : t.withoutDetails}
      </p>
      {offerCopy && format !== 'json' && (
        <>
          <div className="check">
            <input
              type="checkbox"
              id={`${id}-english`}
              checked={englishCopy}
              aria-describedby={`${id}-english-hint`}
              onChange={(e) => setEnglishCopy(e.currentTarget.checked)}
            />
            <label htmlFor={`${id}-english`}>{t.englishCopy}</label>
          </div>
          <p className="hint" id={`${id}-english-hint`}>
            {t.englishCopyHint}
          </p>
        </>
      )}
      <div className="report-actions">
        <button
          type="button"
          className="button"
          onClick={save}
          disabled={!canSave || saving}
          aria-describedby={`${id}-details-hint`}
        >
          {saving ? t.saving : t.save}
        </button>
        {/* A new result starts again from "Copy summary", not from the last one's "copied". */}
        <CopyButton
          key={summary ?? ''}
          text={summary ?? ''}
          words={summaryWords()}
          large
          disabled={summary === null}
        />
      </div>
      {!canSave && <p className="hint">{t.noResult}</p>}
      <p
        className={state.status === 'failed' ? 'error' : 'hint'}
        role="status"
        data-testid="save-outcome"
      >
        {outcome}
      </p>
      {children}
    </section>
  );
}
