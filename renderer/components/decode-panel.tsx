// Helpdesk mode (issue 17): the agent types the code the caller reads out and sees the caller's
// diagnosis, in the words of the caller's screen (common/diagnosis), then the rows with a problem
// and, behind "Show all rows", the tables the caller's run checked. This computer's own check is
// not on screen meanwhile (app.tsx hides it). A mistyped code says which mistake it is (length,
// character, check, profile) instead of showing a wrong table.
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { DecodeResult, DecodedCode, DecodedRow } from '../../common/ipc/contract';
import { decodedRowsView } from '../../common/helpdesk/decoded-view';
import { presentedStatus } from '../../common/reports/presented-status';
import { APP_HELPDESK_TEXT, APP_TEXT, HELPDESK_MODE_TEXT } from '../../common/i18n';
import type { Language } from '../../common/i18n/languages';
import { messageOf } from '../state/message-of';
import { rulesLineOf } from '../../common/reports/coverage-words';
import { StatusPill } from './status-pill';
import { CoverageLegend, CoverageMark } from './coverage-mark';
import { NextSteps } from './next-steps';

const t = APP_HELPDESK_TEXT.decode;
const m = HELPDESK_MODE_TEXT;

type Answer = DecodeResult | { ok: false; reason: 'call'; message: string } | null;

function RowsTable({ caption, rows }: { caption: string; rows: readonly DecodedRow[] }) {
  const c = APP_TEXT.table;
  return (
    <table className="decoded-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{c.columnRow}</th>
          <th scope="col">{c.columnCheck}</th>
          <th scope="col">{c.columnStatus}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-row={row.id}>
            <td className="row-id">{row.id}</td>
            <td>{row.title}</td>
            <td>
              <StatusPill status={presentedStatus(row)} />
              <CoverageMark coverage={row.coverage} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DecodedDiagnosis({ decoded }: { decoded: DecodedCode }) {
  const id = useId();
  const [showAll, setShowAll] = useState(false);
  const { problems, tables } = decodedRowsView(decoded);
  return (
    <section className="decoded" aria-labelledby={`${id}-result`} data-testid="decoded">
      <h2 id={`${id}-result`}>{t.resultFor(decoded.code)}</h2>
      {/* A code from an older version: its cause was inferred, and the agent should know. */}
      {decoded.notice && (
        <p className="hint" data-testid="decoded-notice">
          {decoded.notice}
        </p>
      )}
      <p
        className={`decoded-verdict verdict-text-${decoded.diagnosis.verdict}`}
        data-testid="decoded-headline"
      >
        {decoded.diagnosis.headline}
      </p>
      <p className="reason">{decoded.diagnosis.reason}</p>
      {decoded.diagnosis.caveats.length > 0 && (
        <ul className="caveats" aria-label={APP_TEXT.header.caveatsLabel}>
          {decoded.diagnosis.caveats.map((caveat) => (
            <li key={caveat}>{caveat}</li>
          ))}
        </ul>
      )}
      <NextSteps diagnosis={decoded.diagnosis} />
      <p className="hint">
        {t.profile(decoded.profile.id, decoded.profile.version)}; {t.options(decoded.options)}
      </p>
      <p className="hint rules-line">{rulesLineOf(decoded.guide)}</p>
      {problems.length > 0 ? (
        <RowsTable caption={m.problemsHeading} rows={problems} />
      ) : (
        <p className="empty">{m.noProblems}</p>
      )}
      <button
        type="button"
        className="button button-small disclosure"
        aria-expanded={showAll}
        aria-controls={`${id}-all`}
        onClick={() => setShowAll(!showAll)}
      >
        {showAll ? m.hideAll : m.showAll}
      </button>
      <div id={`${id}-all`} hidden={!showAll} data-testid="decoded-all">
        {showAll &&
          tables.map((table) => (
            <RowsTable key={table.id} caption={table.title} rows={table.rows} />
          ))}
      </div>
      <CoverageLegend
        coverages={(showAll ? tables.flatMap((table) => table.rows) : problems).map(
          (row) => row.coverage,
        )}
      />
    </section>
  );
}

interface DecodePanelProps {
  onLeave: () => void;
  /** The language the window speaks: main decodes in it, so a change decodes again. */
  language: Language;
}

/** The helpdesk view; `onLeave` goes back to this computer's own check. */
export function DecodePanel({ onLeave, language }: DecodePanelProps) {
  const id = useId();
  const [code, setCode] = useState('');
  const [answer, setAnswer] = useState<Answer>(null);
  /**
   * The code asked for, and how many times: pressing the button again asks again, and a new
   * language decodes it again (issue 19, "Helpdesk").
   */
  const [request, setRequest] = useState<{ code: string; count: number } | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (request === null) return;
    let live = true;
    window.netcheck.decode(request.code).then(
      (next) => live && setAnswer(next),
      (error: unknown) =>
        live && setAnswer({ ok: false, reason: 'call', message: messageOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [request, language]);

  useEffect(() => {
    // Leaving removes the focused view: focus goes back where it was, not to the page's start.
    const before = document.activeElement;
    input.current?.focus();
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (code.trim() === '') return input.current?.focus();
    setRequest((before) => ({ code: code.trim(), count: (before?.count ?? 0) + 1 }));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onLeave();
  };

  const failed = answer !== null && !answer.ok ? answer : null;
  const errorId = `${id}-error`;
  return (
    <main
      className="panel decode"
      aria-labelledby={`${id}-heading`}
      onKeyDown={onKeyDown}
      data-testid="decode-panel"
    >
      <div className="decode-head">
        <h1 id={`${id}-heading`}>{t.heading}</h1>
        <button type="button" className="button" onClick={onLeave}>
          {m.back}
        </button>
      </div>
      <p className="hint">{m.intro}</p>
      <form className="decode-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-code`}>{t.label}</label>
          <p className="hint" id={`${id}-hint`}>
            {t.hint}
          </p>
          <input
            type="text"
            id={`${id}-code`}
            ref={input}
            className="decode-input"
            value={code}
            maxLength={64}
            spellCheck={false}
            autoCapitalize="characters"
            autoComplete="off"
            aria-invalid={failed !== null}
            aria-describedby={failed ? `${id}-hint ${errorId}` : `${id}-hint`}
            onChange={(e) => setCode(e.currentTarget.value)}
          />
        </div>
        <button type="submit" className="button button-primary">
          {t.submit}
        </button>
      </form>
      {failed && (
        <div className="error" id={errorId} role="alert" data-reason={failed.reason}>
          {failed.reason !== 'call' && <strong>{t.errors[failed.reason]}: </strong>}
          {failed.message}
        </div>
      )}
      {answer?.ok && <DecodedDiagnosis key={answer.decoded.code} decoded={answer.decoded} />}
    </main>
  );
}
