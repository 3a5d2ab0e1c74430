// The first screen's three answers (issue 17): will Onsight work here (an icon, a word and a
// colour per verdict, then the headline), what to do now (the diagnosis's on-site step), and
// what to tell the helpdesk (the code); the page's actions come in as `actions`.
import { useId, useState, type ReactNode } from 'react';
import type { VerdictStatus } from '../../common/outcomes';
import type { ResultDocument } from '../../common/results/schema';
import { natoSpelling } from '../../common/helpdesk/nato';
import { APP_HELPDESK_TEXT, APP_TEXT } from '../../common/i18n';
import type { RunPhase } from '../state/run-state';
import { useElapsedSeconds } from '../state/use-elapsed-seconds';
import { CopyButton } from './copy-button';
import { KeepNumbersTogether } from './keep-numbers-together';
import { DIAGNOSIS_TEXT, EXTRA_SCREEN_TEXT, SCREEN_TEXT, SHELL_TEXT } from '../../common/i18n';

export interface VerdictHeaderProps {
  phase: RunPhase;
  /**
   * The run's document: while it runs, verdict-ready's provisional one (issue 18: every guide
   * row is final, the extra checks of table X still measure), then run-finished's.
   */
  result: ResultDocument | null;
  startedAt: string | null;
  progress: { done: number; total: number };
  error: string | null;
  /** Run again, Send to IT: inside the header, so they sit in the first screen. */
  actions?: ReactNode;
}

type Tone = VerdictStatus | 'running' | 'cancelled' | 'failed';

interface Wording {
  tone: Tone;
  headline: string;
  reason: string;
}

function wordingOf({ phase, result, error }: VerdictHeaderProps): Wording {
  const t = APP_TEXT.header;
  if (phase === 'failed')
    return { tone: 'failed', headline: t.failedHeadline, reason: error ?? '' };
  if (phase === 'broken')
    return {
      tone: 'failed',
      headline: SHELL_TEXT.runFailedHeadline,
      // Worded here, not in the state: a language change rewords it.
      reason: error === null ? '' : SHELL_TEXT.runFailedReason(error),
    };
  if (phase === 'cancelled')
    return { tone: 'cancelled', headline: t.cancelledHeadline, reason: t.cancelledReason };
  if ((phase === 'finished' || phase === 'running') && result) {
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

/** 20×20 strokes in currentColor: a different shape per verdict, so colour is never alone. */
const VERDICT_ICONS: Record<Tone, string> = {
  ready: 'M4.5 10.5l3.5 3.5 7.5-8.5',
  'not-ready': 'M5.5 5.5l9 9M14.5 5.5l-9 9',
  // A detour: calls go round, through TeamLink.
  'teamlink-only': 'M4 15V9.5A3.5 3.5 0 0 1 7.5 6H15M12 3l3 3-3 3',
  inconclusive: 'M7.5 7.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.5v.7M10 15v.3',
  running: 'M10 3a7 7 0 1 1-7 7',
  cancelled: 'M6.5 6.5h7v7h-7z',
  failed: 'M10 5v6M10 14.5v.3',
};

const toneWord = (tone: Tone): string =>
  tone === 'running' || tone === 'cancelled' || tone === 'failed'
    ? SCREEN_TEXT.phaseWords[tone]
    : SCREEN_TEXT.verdictWords[tone];

function VerdictBadge({ tone }: { tone: Tone }) {
  return (
    <span className="verdict-badge" data-testid="verdict-word">
      <svg
        className="verdict-icon"
        viewBox="0 0 20 20"
        width="20"
        height="20"
        aria-hidden="true"
        focusable="false"
      >
        <circle cx="10" cy="10" r="9" />
        <path d={VERDICT_ICONS[tone]} />
      </svg>
      <span>{toneWord(tone)}</span>
    </span>
  );
}

export function VerdictHeader(props: VerdictHeaderProps) {
  const { phase, result, startedAt, progress, actions } = props;
  const running = phase === 'running' || phase === 'starting';
  const elapsed = useElapsedSeconds(startedAt, phase === 'running');
  const { tone, headline, reason } = wordingOf(props);
  const finished = phase === 'finished' && result !== null;
  /** The verdict stands, and the extra checks still run: the code would change at their end. */
  const provisional = phase === 'running' && result !== null;
  const code = finished ? result.helpdeskCode : null;
  const t = APP_TEXT.header;
  const nextId = useId();

  return (
    <header className={`verdict verdict-${tone}`} data-testid="verdict" data-phase={phase}>
      <div className="verdict-top">
        <VerdictBadge tone={tone} />
        <p className="app-name">{APP_TEXT.appName}</p>
      </div>
      <h1 className="headline">{headline}</h1>
      {reason && (
        <p className="reason">
          <KeepNumbersTogether text={reason} />
        </p>
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
      {(finished || provisional) && (
        <div className="answers">
          <section className="next-step" aria-labelledby={nextId} data-testid="next-step">
            <h2 id={nextId}>{DIAGNOSIS_TEXT.labels.onSite}</h2>
            <p>{result.diagnosis.steps.onSite}</p>
          </section>
          {code !== null && <HelpdeskCode key={code} code={code} />}
          {provisional && (
            <p className="extras-running" data-testid="extras-running">
              {EXTRA_SCREEN_TEXT.extrasRunning}
            </p>
          )}
        </div>
      )}
      {actions}
    </header>
  );
}
