// Under the first screen (issue 17): what the helpdesk and IT are told, the change request
// grouped into "Must fix" and "Recommended" and folded to its first lines, the verdict's
// notes, the guide's reminders as notes for IT, and the detailed firewall rules folded away.
// The skip link "Skip to the problems" lands here.
import { useId } from 'react';
import type { ResultDocument } from '../../common/results/schema';
import { APP_TEXT, DIAGNOSIS_TEXT, SCREEN_TEXT } from '../../common/i18n';
import { itNotes } from '../../common/reports/it-request';
import { ChangeRequestPanel } from './change-request-panel';
import { NextLines } from './next-steps';
import { KeepNumbersTogether } from './keep-numbers-together';

const L = DIAGNOSIS_TEXT.labels;

export const PROBLEMS_ID = 'problems';

export function ProblemsPanel({ result }: { result: ResultDocument }) {
  const id = useId();
  const notesId = useId();
  const { diagnosis } = result;
  const notes = itNotes(result);
  const nothing = diagnosis.mustFix.length === 0 && diagnosis.recommended.length === 0;
  return (
    <section
      className="panel problems"
      id={PROBLEMS_ID}
      tabIndex={-1}
      aria-labelledby={id}
      data-testid="problems"
    >
      <h2 id={id}>{SCREEN_TEXT.changeRequest.heading}</h2>
      {diagnosis.caveats.length > 0 && (
        <ul className="caveats" aria-label={APP_TEXT.header.caveatsLabel}>
          {diagnosis.caveats.map((caveat) => (
            <li key={caveat}>
              <KeepNumbersTogether text={caveat} />
            </li>
          ))}
        </ul>
      )}
      <dl className="steps">
        <dt>{L.helpdesk}</dt>
        <dd>{diagnosis.steps.helpdesk}</dd>
        <dt>{L.it}</dt>
        <dd>{diagnosis.steps.it}</dd>
      </dl>
      {nothing && <p className="muted">{SCREEN_TEXT.changeRequest.none}</p>}
      <NextLines label={L.mustFix} lines={diagnosis.mustFix} kind="must-fix" folded />
      <NextLines label={L.recommended} lines={diagnosis.recommended} kind="recommended" folded />
      <ChangeRequestPanel lines={result.changeRequest} />
      {notes.length > 0 && (
        <div className="it-notes" data-testid="it-notes">
          <h3 id={notesId}>{SCREEN_TEXT.changeRequest.notes}</h3>
          <ul aria-labelledby={notesId}>
            {notes.map((note) => (
              <li key={note.text}>
                {note.text}
                {note.coverage && <div className="muted note-coverage">{note.coverage}</div>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
