// The page's actions in the first screen (issue 17): Run again, Re-run failed rows, Cancel,
// and "Send to IT": copy the change request, or save the report with the report panel's
// choices (as File > Save report… does).
import type { Ref } from 'react';
import { APP_TEXT, SCREEN_TEXT } from '../../common/i18n';
import type { ResultDocument } from '../../common/results/schema';
import { itRequestText } from '../../common/reports/it-request';
import { CopyButton, type CopyState } from './copy-button';

const s = SCREEN_TEXT.sendToIt;
/** Read when the actions render: the words follow the page's language. */
const copyWords = (): Record<CopyState, string> => ({
  idle: s.copy,
  copied: s.copied,
  failed: s.copyFailed,
});

export interface FirstActionsProps {
  running: boolean;
  /** The finished result, for Send to IT; null while running or before a result. */
  result: ResultDocument | null;
  canRerunFailed: boolean;
  canCancel: boolean;
  runAgainRef: Ref<HTMLButtonElement>;
  onRunAgain: () => void;
  onRerunFailed: () => void;
  onCancel: () => void;
  onSave: () => void;
}

export function FirstActions(props: FirstActionsProps) {
  const { running, result } = props;
  const a = APP_TEXT.actions;
  return (
    <div className="first-actions">
      <div className="action-group" role="group" aria-label={SCREEN_TEXT.actionsLabel}>
        <button
          type="button"
          className="button button-primary"
          ref={props.runAgainRef}
          onClick={props.onRunAgain}
          data-testid="run-again"
        >
          {a.runAgain}
        </button>
        <button
          type="button"
          className="button"
          onClick={props.onRerunFailed}
          disabled={!props.canRerunFailed}
        >
          {a.rerunFailed}
        </button>
        {running && (
          <button
            type="button"
            className="button"
            onClick={props.onCancel}
            disabled={!props.canCancel}
          >
            {a.cancel}
          </button>
        )}
      </div>
      {result !== null && (
        <div
          className="action-group send-to-it"
          role="group"
          aria-labelledby="send-to-it-label"
          data-testid="send-to-it"
        >
          <span className="action-label" id="send-to-it-label">
            {s.label}
          </span>
          {/* A new result starts again from "Copy", not from the last one's "copied". */}
          <CopyButton
            key={`${result.startedAt} ${result.helpdeskCode}`}
            text={itRequestText(result)}
            words={copyWords()}
            large
          />
          <button type="button" className="button" onClick={props.onSave}>
            {s.save}
          </button>
        </div>
      )}
    </div>
  );
}
