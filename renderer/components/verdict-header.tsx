// The one sentence at the top: will Onsight work here, why, and the helpdesk code.
import { useId, useState } from 'react';
import type { ResultDocument } from '../../common/results/schema';
import { natoSpelling } from '../../common/helpdesk/nato';
import { APP_HELPDESK_TEXT, APP_TEXT } from '../../common/i18n/en';
import type { RunPhase } from '../state/run-state';
import { useElapsedSeconds } from '../state/use-elapsed-seconds';
import { CopyButton } from './copy-button';
import { SHELL_TEXT } from '../../common/i18n/en';

export interface VerdictHeaderProps {
  phase: RunPhase;
  result: ResultDocument | null;
  startedAt: string | null;
  progress: { done: number; total: number };
  error: string | null;
}

interface Wording {
  tone: string;
  headline: string;
  reason: string;
}

function wordingOf({ phase, result, error }: VerdictHeaderProps): Wording {
  const t = APP_TEXT.header;
  if (phase === 'failed')
    return { tone: 'failed', headline: t.failedHeadline, reason: error ?? '' };
  if (phase === 'broken')
    return { tone: 'failed', headline: SHELL_TEXT.runFailedHeadline, reason: error ?? '' };
  if (phase === 'cancelled')
    return { tone: 'cancelled', headline: t.cancelledHeadline, reason: t.cancelledReason };
  if (phase === 'finished' && result) {
    const { verdict, headline, reason } = result.diagnosis;
    return { tone: verdict, headline, reason };
  }
  return { tone: 'running', headline: t.startingHeadline, reason: t.startingReason };
}

/** The code large, and on demand each character with its spelling word for the phone. */
function HelpdeskCode({ code }: { code: string }) {
  const [spelled, setSpelled] = useState(false);
  const spellingId = useId();
  const t = APP_TEXT.header;
  const r = APP_HELPDESK_TEXT.readOut;
  return (
    <div className="helpdesk" aria-label={t.helpdeskLabel} role="group">
      <span className="helpdesk-label">{t.helpdeskLabel}</span>
      <span className="helpdesk-code" data-testid="helpdesk-code">
        {code}
      </span>
      <CopyButton text={code} label={t.helpdeskLabel} />
      <button
        type="button"
        className="button button-small"
        aria-expanded={spelled}
        aria-controls={spellingId}
        onClick={() => setSpelled(!spelled)}
      >
        {spelled ? r.hide : r.show}
      </button>
      <p className="helpdesk-hint">{t.helpdeskHint}</p>
      <p className="helpdesk-spelling" id={spellingId} aria-label={r.label} hidden={!spelled}>
        {spelled ? natoSpelling(code) : ''}
      </p>
    </div>
  );
}

export function VerdictHeader(props: VerdictHeaderProps) {
  const { phase, result, startedAt, progress } = props;
  const running = phase === 'running' || phase === 'starting';
  const elapsed = useElapsedSeconds(startedAt, phase === 'running');
  const { tone, headline, reason } = wordingOf(props);
  const caveats = phase === 'finished' ? (result?.diagnosis.caveats ?? []) : [];
  const code = phase === 'finished' ? (result?.helpdeskCode ?? null) : null;
  const t = APP_TEXT.header;

  return (
    <header className={`verdict verdict-${tone}`} data-testid="verdict" data-phase={phase}>
      <p className="app-name">{APP_TEXT.appName}</p>
      <h1 className="headline">{headline}</h1>
      {reason && <p className="reason">{reason}</p>}
      {caveats.length > 0 && (
        <ul className="caveats" aria-label={t.caveatsLabel}>
          {caveats.map((caveat) => (
            <li key={caveat}>{caveat}</li>
          ))}
        </ul>
      )}
      {running && (
        <div className="progress">
          <progress
            max={Math.max(progress.total, 1)}
            value={progress.done}
            aria-label={t.progressLabel}
            aria-valuetext={t.progress(progress.done, progress.total)}
          />
          <p className="progress-text">
            <span>{t.progress(progress.done, progress.total)}</span>
            <span className="elapsed">{t.elapsed(elapsed)}</span>
          </p>
        </div>
      )}
      {code !== null && <HelpdeskCode key={code} code={code} />}
    </header>
  );
}
