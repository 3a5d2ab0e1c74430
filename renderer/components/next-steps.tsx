// The diagnosis's next steps (common/diagnosis): what to do on site, what the helpdesk says,
// what IT changes, split into "Must fix" and "Recommended". One view for the main window and
// the decoded helpdesk code, so both tell the same story in the same words.
import { useId } from 'react';
import type { Diagnosis } from '../../common/results/schema';
import { DIAGNOSIS_TEXT } from '../../common/i18n/en';
import { CopyButton } from './copy-button';

const L = DIAGNOSIS_TEXT.labels;

function Lines({ label, lines, kind }: { label: string; lines: readonly string[]; kind: string }) {
  const id = useId();
  if (lines.length === 0) return null;
  return (
    <div className={`next-lines next-lines-${kind}`} data-testid={`next-${kind}`}>
      <div className="next-lines-head">
        <h3 id={id}>{label}</h3>
        <CopyButton text={lines.join('\n')} label={label} />
      </div>
      <ul aria-labelledby={id}>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

export function NextSteps({ diagnosis }: { diagnosis: Diagnosis }) {
  const id = useId();
  return (
    <section className="panel next-steps" aria-labelledby={id} data-testid="next-steps">
      <h2 id={id} className="visually-hidden">
        {L.onSite}
      </h2>
      <dl className="steps">
        <dt>{L.onSite}</dt>
        <dd data-testid="step-on-site">{diagnosis.steps.onSite}</dd>
        <dt>{L.helpdesk}</dt>
        <dd>{diagnosis.steps.helpdesk}</dd>
        <dt>{L.it}</dt>
        <dd>{diagnosis.steps.it}</dd>
      </dl>
      <Lines label={L.mustFix} lines={diagnosis.mustFix} kind="must-fix" />
      <Lines label={L.recommended} lines={diagnosis.recommended} kind="recommended" />
    </section>
  );
}
